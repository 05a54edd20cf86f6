"""Relayed speakers in wire copy: "X quoted Y, a ..., as saying", "X reported that ...,
quoting Y", and people named with their institution ("Kim of the Korea Institute")."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

LEAD = "North Korean workers abroad\n\nNorth Korean workers were dispatched to the fictional site. "


def _last_source(sentence: str) -> tuple[str | None, str, str | None]:
    result = analyse(LEAD + sentence + "\n", {"published": "2024-05-01"})
    claim = next(c for c in result.claims if sentence[:20] in c.text)
    source = next(s for s in result.sources if s.key == claim.source)
    return source.wording, source.kind, source.relay


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind", "relay"),
    [
        ("Border Wire quoted Ri Chol-ho, a former foreman, as saying the men were beaten.", "Ri Chol-ho",
         "named_person", "Border Wire"),
        ("The weekly quoted a Dandong trader as saying the women handed over their wages.", "a Dandong trader",
         "anonymous_source", "The weekly"),
        ("Amur Post reported that the loggers had not been paid, quoting Lena Orlova of the Taiga Rights Centre.",
         "Lena Orlova", "named_person", "Amur Post"),
        ("North Star Radio said the builders were locked in at night, citing two people familiar with the site.",
         "two people familiar with the site", "anonymous_source", "North Star Radio"),
    ],
)
def test_relayed_speakers(sentence: str, speaker: str, kind: str, relay: str) -> None:
    wording, got_kind, got_relay = _last_source(sentence)
    assert wording is not None and wording.startswith(speaker)
    assert (got_kind, got_relay) == (kind, relay)


def test_citing_a_reason_is_not_a_speaker() -> None:
    result = analyse(LEAD + "The contractor said the men were sent home, citing safety concerns.\n",
                     {"published": "2024-05-01"})
    assert not any(s.wording and "safety" in s.wording for s in result.sources)


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Kim Young-soo of the Korea Labour Institute", "named_person"),
        ("Maria Lopez from the Baltic Migrants Centre", "named_person"),
        ("Wang Lei of the Foreign Ministry", "official"),
        ("Bank of China", "organization"),
        ("Amur Timber Group of Companies", "organization"),
    ],
)
def test_a_person_named_with_an_institution(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize(
    "sentence",
    ["Local media reported that the loggers had not been paid since spring.",
     "Russian newspapers reported that the builders slept in containers.",
     "A regional broadcaster reported that the welders worked twelve-hour shifts."],
)
def test_media_cited_by_kind_are_organizations(sentence: str) -> None:
    assert _last_source(sentence)[1] == "organization"


def test_a_named_outlet_stays_an_outlet() -> None:
    assert _last_source("Daily NK reported that the women handed over their tips.")[1] == "outlet"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("The ministry's statement", "official"),
        ("a letter from the embassy", "official"),
        ("the company's written reply", "organization"),
        ("a leaked letter", "document"),
        ("A 2023 report by a panel of UN experts", "document"),
    ],
)
def test_a_statement_speaks_for_the_body_that_made_it(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_body_named_before_it_speaks_keeps_its_name() -> None:
    text = ("North Korean builders unpaid in Amur\n\n"
            "North Korean builders at a fictional site in Blagoveshchensk have not been paid for months, a "
            "foreman told the Amur Post.\n\n"
            "Russia's Ministry of Labour did not respond to a request for comment. In 2019, the ministry said "
            "all North Korean workers had left the region.\n")
    result = analyse(text, {"published": "2024-05-01"})
    claim = next(c for c in result.claims if "the ministry said" in c.text)
    source = next(s for s in result.sources if s.key == claim.source)
    assert (source.wording, source.kind) == ("Russia's Ministry of Labour", "official")


def test_the_other_of_two_people_is_a_source_of_its_own() -> None:
    text = ("North Korean builders in Ussuriysk\n\n"
            "North Korean builders at a fictional site in Ussuriysk work past midnight, according to two "
            "Russian crane operators, who asked not to be named.\n\n"
            "\"They never get a day off,\" one of them said.\n\n"
            "The other operator said the builders were not allowed to leave the site. He said a supervisor "
            "kept their passports.\n")
    result = analyse(text, {"published": "2024-05-01"})
    by_text = {c.text[:25]: c.source for c in result.claims}
    one = next(k for t, k in by_text.items() if t.startswith('"They never'))
    other = next(k for t, k in by_text.items() if t.startswith("The other operator"))
    then = next(k for t, k in by_text.items() if t.startswith("He said a supervisor"))
    assert other != one and then == other


@pytest.mark.parametrize(
    ("sentence", "speaker", "relay"),
    [
        ("Tumen Signal spoke to Pak Yong-nam, who said the loggers were not paid for months.", "Pak Yong-nam",
         "Tumen Signal"),
        ("Harbour Radio interviewed Ri Sun-ok, a former seamstress, who said the doors were locked at night.",
         "Ri Sun-ok", "Harbour Radio"),
        ("The Amur Post quoted Choe Myong-il, a defector, saying the men handed over their wages.", "Choe Myong-il",
         "The Amur Post"),
        ("The builders were not paid for months, said Oleg Sidorov in an interview with Tumen Signal.",
         "Oleg Sidorov", "Tumen Signal"),
        ("According to a Harbour Radio interview with Ri Sun-ok, the women worked until midnight.", "Ri Sun-ok",
         "Harbour Radio"),
    ],
)
def test_the_person_an_outlet_interviewed_speaks(sentence: str, speaker: str, relay: str) -> None:
    wording, kind, got_relay = _last_source(sentence)
    assert wording is not None and wording.startswith(speaker)
    assert (kind, got_relay) == ("named_person", relay)


@pytest.mark.parametrize("text, speaker, relay", [
    ("Mr. Ri was quoted by the Tokyo Shimbun as saying the crews had not been paid.", "Mr. Ri", "the Tokyo Shimbun"),
    ("The official was quoted by Interfax as saying 5,000 builders had arrived.", "The official", "Interfax"),
    ("Citing a labour ministry document, the Moscow Courier reported that 12,000 permits were issued.",
     "a labour ministry document", "the Moscow Courier"),
    ("Quoting two former cooks, the magazine said the women were locked in at night.",
     "two former cooks", "the magazine"),
])
def test_quoted_by_and_fronted_citing(text: str, speaker: str, relay: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker and m.relay == relay


@pytest.mark.parametrize("text, speaker, relay", [
    ("According to the lawmaker, the spy agency estimated that each builder remits $700 a month.",
     "the spy agency", "the lawmaker"),
    ("According to Mr. Baek, the labour ministry said the permits had expired.", "the labour ministry", "Mr. Baek"),
])
def test_according_to_someone_reporting_a_body(text: str, speaker: str, relay: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker and m.relay == relay


def test_according_to_someone_about_workers_is_that_someone() -> None:
    m = find_mention("According to the lawmaker, the builders were paid nothing.")
    assert m is not None and m.wording == "the lawmaker" and m.relay is None


def test_the_senator_and_the_judge_refer_back() -> None:
    for text in ("Senator Ines Marr said the visas were forged. The senator added that the men were unpaid.",
                 "Judge Ana Ruiz ruled that the welders were owed wages. The judge said the firm had lied."):
        (_, a), (_, b) = speakers_of(text)
        assert a is not None and b is not None and a.key == b.key
