"""Literal prefilters of lexicon patterns (hedges, denials, chrome lines, working-time spans) change
nothing that is found: each fast path is compared with the plain pattern on invented sentences, word
salads built from the lexicons and, when present, the repository's annotated reports."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labourlens import knowledge
from labourlens.analyse import hedges, indicators, sentences, worktime
from labourlens.analyse.hedges import Gate, Prefiltered, any_of, literal_prefixes, literal_requirements
from labourlens.analyse.indicator_polarity import free_cue  # (counter-cues hemmed in by a limit do not count)

ROOT = Path(__file__).resolve().parents[1]
DOC_DIRS = [ROOT / "tests" / "gold" / "docs"]  # the team's own annotated reports

INVENTED = [
    "A China-based source said the 40 workers were not allowed to leave the dormitory after 9 p.m.",
    "The firm, Northstar Fisheries, flatly denied that any North Korean worked at its plant.",
    "Managers reportedly kept the women's passports in a locked safe, though this could not be verified.",
    "If the plan goes ahead, the company is expected to hire 200 more workers from abroad next year.",
    "They worked from 7 a.m. until midnight, seven days a week, with only 2 hours of sleep.",
    "The loggers were never beaten, a spokesman said; they are paid in full and free to leave.",
    "Forced labour can include the retention of identity documents, the ILO lists eleven indicators.",
    "“We could not complain,” he said. “Our families back home would suffer.”",
    "The welders were lured with false promises of high pay and then told they owed a recruitment fee.",
    "None of the workers reported that their documents were withheld, inspectors at Gdansk said.",
    "Share on WhatsApp",
    "By Mira Olsen and Tomas Reed | Staff reporter",
    "Contact us at tips@example-news.org for more information.",
    "Workers unload crates at the port of Nakhodka (Reuters/File photo)",
    "HUNCHUN, China (AP) —",
    "Keywords: North Korea, labour, seafood",
    "It is widely believed that about 3,000 women may have been sent to the plants in Dandong.",
    "The brigade leader beat workers who failed to meet the daily quota, and they had no day off.",
    "SIR ſ ı İ K: the ſtaff ıs a test of case folding in Kelvin K and dotted İ.",
    "...and then? Nobody knows!! The end.\nA new line. Mr. Lee left at 5 p.m.\n",
]


def _corpus_sentences(limit: int = 1500) -> list[str]:
    out: list[str] = list(INVENTED)
    for folder in DOC_DIRS:
        for path in sorted(folder.glob("*.txt")):
            out.extend(s.text for s in sentences.split(path.read_text(encoding="utf-8", errors="replace")))
    return out[:limit]


def _salad(words: list[str], n: int, seed: int) -> list[str]:
    """Random sentences of lexicon words, small function words and punctuation."""
    rng = random.Random(seed)
    filler = ["the", "a", "not", "never", "no", "if", "they", "were", "was", "to", "of", "and", ",", ";",
              "12", "14", "three", "hours", "workers", "their", "had", "didn't", "(", ")", "said", "$"]
    pool = words + filler
    return [" ".join(rng.choice(pool) for _ in range(rng.randint(3, 28))) for _ in range(n)]


def _lexicon_words(text: str) -> list[str]:
    return sorted(set(re.findall(r"[a-z][a-z'-]+", text.lower())))


# ---------------------------------------------------------------- literal analysis of patterns


def test_literal_requirements_basic() -> None:
    assert literal_requirements(r"^skip to (main )?content") == (frozenset({"skip to "}), frozenset({"content"}))
    assert literal_requirements(r"ab|cd") == (frozenset({"ab", "cd"}),)
    assert literal_requirements(r"(?:ab)*c?") == ()  # nothing is required
    assert literal_requirements(r"x(?i:abc)y") == (frozenset({"x"}), frozenset({"y"}))
    # under IGNORECASE, "i" and "s" are not used ("İ", "ı" and "ſ" match them) and the rest is lower case
    assert literal_requirements(r"Sister Mary", re.IGNORECASE) == (frozenset({"ter mary"}),)


def test_literal_prefixes_basic() -> None:
    assert literal_prefixes(r"\b(?:(?:strongly )?deny|refut(?:e|ed))(?!\w)") == frozenset(
        {"strongly", "deny", "refute", "refuted"}  # at most 8 characters are kept
    )
    assert literal_prefixes(r"ab(c|d.)e") == frozenset({"abce", "abd"})
    assert literal_prefixes(r"a|b*c") is None  # a match may start with "c"
    assert literal_prefixes(r"(?i)abc") is None  # case-insensitive: not prefiltered
    assert literal_prefixes(r"x?") is None  # may match the empty string


def test_case_folding_traps_still_match() -> None:
    g = Gate.compile(r"^staff (writer|reporter)\b.*", re.IGNORECASE)
    for line in ("STAFF WRITER", "ſtaff writer", "Staff Reporter: Kim"):
        assert g.pattern.match(line)
        assert g.possible(line, line.lower())
    k = Gate.compile(r"^keywords?:", re.IGNORECASE)
    assert k.pattern.match("\u212aeywords:") and k.possible("\u212aeywords:", "\u212aeywords:".lower())


def _all_lexicon_patterns() -> list[tuple[str, int]]:
    pats: list[tuple[str, int]] = []
    chrome = knowledge.load("chrome.yaml") or {}
    for kind, items in chrome.items():
        flags = 0 if kind in ("byline", "dateline") else re.IGNORECASE
        pats.extend((str(p), flags) for p in items or [])
    for items in (knowledge.load("hedges.yaml") or {}).values():
        pats.extend((rf"\b(?:{p})(?!\w)", 0) for p in items)
    pats.extend((p.pattern, p.flags) for p in (worktime._FROM_TO, worktime._START_END))
    return pats


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_requirements_hold_for_generated_matches(data: st.DataObject) -> None:
    """Strings generated to match a lexicon pattern always pass its literal prefilters."""
    source, flags = data.draw(st.sampled_from(_all_lexicon_patterns()))
    pattern = re.compile(source, flags)
    text = data.draw(st.from_regex(pattern))
    m = pattern.search(text)
    if m is None:
        return
    gate = Gate.compile(source, flags)
    assert gate.possible(text, text.lower()), (source, text)
    prefixes = literal_prefixes(source, flags)
    if prefixes is not None:
        assert any(text.startswith(p, m.start()) for p in prefixes), (source, text)


# ---------------------------------------------------------------- hedges, denials, hypotheticals


@pytest.mark.parametrize("key", ["hedges", "unconfirmed", "denials", "hypothetical"])
def test_prefiltered_lexicon_equals_plain_pattern(key: str) -> None:
    items = (knowledge.load("hedges.yaml") or {})[key]
    source = r"\b(?:" + "|".join(f"(?:{i})" for i in items) + r")(?!\w)"
    plain_pattern = re.compile(source)
    fast = Prefiltered.compile(source)
    assert fast.starts is not None  # the lexicon is prefiltered at all
    texts = [hedges.lowered(t) for t in _corpus_sentences()] + _salad(_lexicon_words(" ".join(items)), 600, 5)
    for text in texts:
        a, b = plain_pattern.search(text), fast.search(text)
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), text
        assert [m.span() for m in plain_pattern.finditer(text)] == [m.span() for m in fast.finditer(text)], text


def test_any_of_is_substring_search() -> None:
    cues = ["free to leave", "own passports", "paid in full", "paid on time"]
    scan = any_of(cues)
    assert scan is not None
    for text in ("they were paid in fullness", "free to leav", "own passport", "crown passports", ""):
        assert bool(scan.search(text)) == any(c in text for c in cues)
    assert any_of([]) is None


def test_counter_cues_unchanged() -> None:
    counter = indicators._compiled()[2]
    for text in _corpus_sentences() + _salad(_lexicon_words(" ".join(c for v in counter.values() for c in v)),
                                             400, 9):
        low = hedges.lowered(text)
        expected = [ind for ind, cues in counter.items() if any(cue in low and free_cue(low, cue) for cue in cues)]
        assert indicators.counter_cues(text) == expected


def test_long_hours_prefilter_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _corpus_sentences() + [
        "They started work at 6 a.m. and left after dark.", "from eight in the morning until midnight",
        "Shifts ran between 7 and 11 at night.", "The shop is open from 6 a.m. until 8 p.m. for workers.",
        "They arrived at 5 a.m. and finished at 9 p.m.", "They woke at five and were still working at ten at night.",
    ]
    texts += ["THEY STARTED WORK AT 6 A.M. AND LEFT AFTER DARK.", "From Eight In The Morning Until Midnight",
              "They ſtarted at 6 a.m. and left at 9 p.m.", "They Started At 6 A.M. — And Left At Ten At Night"]
    fast = [worktime.long_hours(t) for t in texts]
    ungated = tuple((p, None, ()) for p, _, _ in worktime._span_patterns())  # plain patterns, no prefilter
    monkeypatch.setattr(worktime, "_span_patterns", lambda: ungated)
    assert [worktime.long_hours(t) for t in texts] == fast
    assert any(fast)
