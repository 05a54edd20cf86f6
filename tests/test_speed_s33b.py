"""Speed round two of session 33 (attribution's mention finding and last passes; output identical on every gold set).

- The described names' whole-text scans (an apposed name, "who asked that we call her", "He asked that only his first
  name ... be used") open with "at the start, after a sentence's end or after a line break", which gave ``re`` no
  letter to look for; :func:`labourlens.analyse.opening_words.opening` writes the same test with the words' first
  letters ahead of the look-behinds: the same matches, found several times faster.
- Two last passes return at once when their trigger is absent from every sentence (a findings heading for the numbered
  findings; a sentence telling of testimony for the witness's continued account): nothing they do changes a sentence
  without it.
- A username found in a sentence and a sentence's dateline end are cached (bounded), as the last passes and the
  mention finder's shapes ask about the same sentences; each call still gets a new Mention."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from labourlens.analyse import described_names, numbered_findings, post_voice, testimony_turns, wire_datelines
from labourlens.analyse.opening_words import AFTER_STOP, opening
from labourlens.analyse.pipeline import analyse

ROOT = Path(__file__).resolve().parents[1]
META = {"published": "2024-05-01", "language": "en"}


def _texts(limit: int = 400) -> list[str]:
    paths = sorted((ROOT / "tests" / "gold" / "docs").glob("*.txt")) + sorted((ROOT / "tests" / "heldout" / "docs").glob("*.txt"))
    paths += sorted((ROOT / "samples").glob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths[:limit]]


INVENTED = [
    "The older of the two, Ulugbek, 46, from Samarkand, said the gate was locked.",
    "Interviews ran for a week. The second worker, Ri, the younger of the two, is from Hoeryong.\nA third woman, "
    "Dildora, is twenty. An older man, Timur, was there.",
    '"We slept on the floor." The youngest, Aigerim, is nineteen. the youngest, Aigerim, is nineteen.',
    "The first worker, who asked that we call her Ozoda, is 28. A cook, who asked to be called Pema because ...",
    "He asked that only his first name, Shokir, be used. She asked to be identified only by her first name, Lila.",
    "They said: He asked that only his first name, Shokir, be used.\u201d She asked to be identified only by her "
    "first name, Lila, as others did.",
    "XThe older of the two, Ulugbek, 46, came. .The youngest, Aigerim, is nineteen. \tAn older man, Timur, was.",
]


def _plain(words: tuple[str, ...]) -> str:
    """The old way of writing :func:`opening`: the look-behinds first."""
    return rf"(?:^|(?<={AFTER_STOP})|(?<=\n))(?:{'|'.join(re.escape(w) for w in words)})"


@pytest.mark.parametrize("name, words", [("_APPOSED", ("The", "A", "An")), ("_ASKED_CALL", ("The", "A", "An")),
                                         ("_NAMED_NEXT", ("He", "She"))])
def test_opening_words_match_as_the_look_behinds_did(name: str, words: tuple[str, ...]) -> None:
    pat = getattr(described_names, name)
    rx = pat if isinstance(pat, re.Pattern) else pat.pattern  # (a Gated pattern keeps the compiled one)
    assert opening(words) in rx.pattern
    old = re.compile(rx.pattern.replace(opening(words), _plain(words)), rx.flags)
    found = 0
    for text in INVENTED + _texts():
        got = [(m.span(), m.groupdict()) for m in pat.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in old.finditer(text)]
        found += len(got)
        for line in text.split("\n"):
            a, b = pat.match(line), old.match(line)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
    assert found  # the invented texts hold matches of each


def test_opening_words_scan_for_a_letter() -> None:
    # the first op of the compiled pattern is a branch on literal letters: re's fast scan applies
    assert re.compile(opening(("The", "A"))).match("The") and not re.compile(opening(("The",))).search("xThe")
    assert re.compile(opening(("The",))).search("said. The") and re.compile(opening(("The",))).search("a\nThe")


def _docs() -> list[str]:
    texts = _texts(120)
    return [t for t in texts if "indings" in t or "testif" in t or "testimony" in t][:12] + texts[:12]


def test_pass_gates_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _docs()
    gated = [analyse(d, dict(META)) for d in docs]
    monkeypatch.setattr(numbered_findings, "_has_section", lambda sentences: True)
    monkeypatch.setattr(testimony_turns, "_tells_testimony", lambda sentences: True)
    assert [analyse(d, dict(META)) for d in docs] == gated


def _sentences() -> list[str]:
    out = ["MOROWALI, Central Sulawesi - A Weibo user posting as \"tiger77\" said the shifts ran long.",
           'A user called "Uncle Li of Yanji" posted that the wages were late.', "user coldwater_9 wrote that he left.",
           "A member posting as kedr.99 said the dorm was locked.", "KITWE \u2014 Miners said they were unpaid.",
           "[Source: Radio X] DHAKA, May 3 (Reuters) - The factory said ...", "Nothing here."]
    for text in _texts(40):
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()][:40]
    return out


def test_cached_username_and_dateline_answer_as_direct_calls() -> None:
    direct_name = post_voice._username_span.__wrapped__
    direct_end = wire_datelines.dateline_end.__wrapped__
    sentences = _sentences()
    assert any(direct_name(s) for s in sentences) and any(direct_end(s) for s in sentences)
    for s in sentences + sentences:  # twice: the second time from the cache
        assert post_voice._username_span(s) == direct_name(s)
        assert wire_datelines.dateline_end(s) == direct_end(s)
    m = post_voice.username_mention(sentences[0])
    assert m is not None and m.wording == "tiger77"
    m.start += 5  # a caller's change to its Mention is not the next caller's
    again = post_voice.username_mention(sentences[0])
    assert again is not None and again is not m and again.start == m.start - 5


def test_caches_are_bounded() -> None:
    for f in (post_voice._username_span, wire_datelines.dateline_end):
        maxsize = f.cache_info().maxsize
        assert maxsize is not None and maxsize <= 1024
