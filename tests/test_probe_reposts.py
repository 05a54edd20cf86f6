"""Reposts, aggregators and agencies citing agencies: "[Source: X]" tags, "As first reported by X",
"X reported that a source said ...", "told Yonhap", "citing a government source", documents seen by a
wire, and the outlet's own voice. Every outlet, person and company here is invented or used only as a
name in a sentence of our own."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

_HEAD = "Workers at seafood plant say wages were withheld\n\n"
_META = {"published": "2025-03-01", "language": "en"}


def _voice(body: str, snippet: str) -> tuple[str, str | None, str, str | None]:
    a = analyse(_HEAD + body + "\n", _META)
    claim = next(c for c in a.claims if snippet in c.text)
    s = a.source(claim.source)
    assert s is not None
    return claim.source, s.kind, s.wording or "", s.relay


_LEDE = "North Korean workers in Russia face long hours. "

CASES = [
    # a repost tag before the story's first sentence on the same line: the sentence stays a claim
    ("[Source: Harbour Courier] North Korean workers at a plant in Dandong have not been paid for months, "
     "a source in the city told the Harbour Courier.", "not been paid", "anonymous_source", "source"),
    ("[Source: Baltic Wire Service] A worker at the shipyard in Gdansk said the crews were not paid for months. "
     "The men were not paid.", "for months", "anonymous_source", "worker at the shipyard"),
    ("[Source: Baltic Wire] GDANSK, Poland (AP) \u2014 A welder at the yard said the crews were not paid for months. "
     "The men were beaten.", "for months", "anonymous_source", "welder"),
    ("[Source: Harbour Courier]\n\nNorth Korean builders work long hours. A source in Vladivostok said the builders had their phones taken. "
     "The men were not paid.",
     "phones taken", "anonymous_source", "source in Vladivostok"),
    # "as first reported by X" at either end of the sentence
    (_LEDE + "The workers were moved to a second site in Khabarovsk, as first reported by NK News.",
     "second site", "outlet", "NK News"),
    (_LEDE + "The crews were paid in coupons, as reported by Daily NK.", "coupons", "outlet", "Daily NK"),
    (_LEDE + "The men were beaten by guards, as reported by a source in Rason.", "beaten", "anonymous_source",
     "source in Rason"),
    (_LEDE + "As first reported by Daily NK, the workers were moved to a new dormitory.", "new dormitory",
     "outlet", "Daily NK"),
    # an outlet reporting what another said: the one cited speaks
    (_LEDE + "The Harbour Courier reported last week that a source in Rason said the workers had been beaten.",
     "beaten", "anonymous_source", "source in Rason"),
    (_LEDE + "Daily NK reported on Monday that a trader in Sinuiju said the workers were fined.",
     "fined", "anonymous_source", "trader in Sinuiju"),
    (_LEDE + "Yonhap reported that the workers said they were never paid.", "never paid", "anonymous_source",
     "workers"),
    (_LEDE + "NK News reported that Kim Jin-ho, a former builder, said he was never paid.", "never paid",
     "named_person", "Kim Jin-ho"),
    # agencies citing sources; sources telling agencies
    (_LEDE + "Yonhap reported, citing a government source, that about 3,000 labourers had entered Russia.",
     "3,000", "anonymous_source", "government source"),
    (_LEDE + "A person familiar with the matter told Reuters that the passports were held by supervisors.",
     "passports", "anonymous_source", "person familiar with the matter"),
    (_LEDE + "In comments to Kyodo News, Hiroshi Tanabe, a labour lawyer, said the contracts bound them for "
     "three years.", "three years", "named_person", "Hiroshi Tanabe"),
    (_LEDE + "According to documents seen by AFP, the labourers handed over 70 percent of their wages.",
     "70 percent", "document", "documents"),
    (_LEDE + "NK Insider wrote in March that the workers at the shipyard had their pay withheld.",
     "pay withheld", "outlet", "NK Insider"),
    (_LEDE + "Radio Free Asia, citing a source in Ryanggang province, reported that the workers paid bribes.",
     "bribes", "anonymous_source", "source"),
]


@pytest.mark.parametrize(("body", "snippet", "kind", "head"), CASES)
def test_reposts_and_relays(body: str, snippet: str, kind: str, head: str) -> None:
    _sid, got_kind, wording, _relay = _voice(body, snippet)
    assert got_kind == kind, wording
    assert head.lower() in wording.lower()
    assert "[" not in wording and "Source:" not in wording


def test_outlet_reporting_a_source_is_the_relay() -> None:
    _sid, _kind, _wording, relay = _voice(
        _LEDE + "The Harbour Courier reported that a source in Rason said the workers were unpaid.", "unpaid")
    assert relay is not None and "Harbour Courier" in relay


def test_repost_tag_alone_is_not_a_claim() -> None:
    a = analyse(_HEAD + "[Source: Harbour Courier]\n\n" + _LEDE + "The workers were not paid for months.\n", _META)
    assert all("[Source:" not in c.text for c in a.claims)
    assert any("not paid" in c.text for c in a.claims)


def test_outlet_story_of_its_own_stays_the_outlet() -> None:
    # negative: an outlet that reports a fact, with no one said to say it, speaks itself
    _sid, kind, wording, relay = _voice(_LEDE + "NK News reported that the workers were unpaid.", "unpaid")
    assert kind == "outlet" and "NK News" in wording and relay is None


def test_two_outlets_are_two_sources() -> None:
    body = (_LEDE + "The Harbour Courier reported that the workers were locked in. "
            "Yonhap reported that they were paid in rubles.")
    a = analyse(_HEAD + body + "\n", _META)
    locked = next(c for c in a.claims if "locked in" in c.text)
    rubles = next(c for c in a.claims if "rubles" in c.text)
    assert locked.source != rubles.source


def test_outlet_voice_without_attribution() -> None:
    _sid, kind, wording, _relay = _voice(
        _LEDE + "Thousands of North Korean labourers are believed to still work in Russia.", "Thousands")
    assert kind == "outlet" and not wording


def test_as_said_is_not_a_report_by_clause() -> None:
    # negative: "as the workers said" is a speaker clause, not "as reported by"
    _sid, kind, wording, _relay = _voice(_LEDE + "The men were paid late, as the workers said.", "paid late")
    assert kind == "anonymous_source" and "workers" in wording


def test_insider_lowercase_is_a_person() -> None:
    # negative: "an industry insider" is an unnamed person, not an outlet named "... Insider"
    _sid, kind, _wording, _relay = _voice(_LEDE + "An industry insider said the workers were unpaid.", "unpaid")
    assert kind == "anonymous_source"


@pytest.mark.parametrize(("body", "snippet", "head", "relay"), [
    (_LEDE + "According to a Yonhap report citing a government source, 2,000 workers arrived in May.", "2,000",
     "government source", "Yonhap report"),
    (_LEDE + "According to a Daily NK article quoting a source in Hyesan, the workers paid bribes.", "bribes",
     "source in Hyesan", "Daily NK article"),
    (_LEDE + "According to an NK News report citing two defectors, the crews worked 16 hours a day.", "16 hours",
     "two defectors", "NK News report"),
])
def test_report_citing_inside_the_phrase(body: str, snippet: str, head: str, relay: str) -> None:
    _sid, _kind, wording, got_relay = _voice(body, snippet)
    assert wording.lower().endswith(head.lower())
    assert got_relay is not None and relay.lower() in got_relay.lower()


def test_report_citing_several_is_not_split() -> None:
    # negative: a phrase citing several sources is not narrowed to one of them
    _sid, _kind, wording, _relay = _voice(
        _LEDE + "According to a Yonhap report citing lawmakers and officials, the men were unpaid.", "unpaid")
    assert "and" in wording
