"""Gated and folded patterns (labourlens.analyse.gated) give exactly what the plain patterns give."""

from __future__ import annotations

import random
import re

import pytest

from labourlens.analyse import claims, context, mentions
from labourlens.analyse.gated import Folded, Gated

# words and marks to build texts from, with letters that ignore-case matching treats specially:
# the long s and the Kelvin sign match "s" and "k"; the dotted and dotless i are cased letters outside ASCII
_PIECES = ["the", "Post", "POSTED", "message", "user", "sam_77", "wrote", "said", "who", "which", "That", "whom",
           "Worker", "passports", "IT", "workers", "migrant", "Migrants", "loyalty", "fund", "Tool", "\u017fent",
           "\u212aim", "\u0130nspector", "\u0131t", "caf\u00e9", "\u201cquote\u201d", ":", ",", ".", "-", "\n", "  ", "",
           "until", "TILL", "pa\u017ft", "Past", "two", "ONE", "worked", "\u0130ll", "slept", "SLEEP"]

_PATTERNS = [
    (r"(?:post|posting|message|comment|thread|entry|tweet|blog\s+post|forum\s+post|video)", re.IGNORECASE),
    (r"\b(?:[Uu]ser|[Pp]oster)\s+(?P<sp>[A-Za-z][\w.\-]*(?:\d|_|\.)[\w.\-]*[A-Za-z0-9])\s+(?:wrote|said)\b", 0),
    (r"^\s*(?:The|A|An)\s+(?:\w+\s+){0,3}(?:said|wrote)\b", 0),
    (r"(?<=[a-z])\s+(?:sent|kept|said)\s*$", re.IGNORECASE),
    (r"\b(?:who|which|that|whose)\b", re.IGNORECASE),
    # "i" and "s" in the literals: texts whose only cased letters are ASCII are gated by stronger strings
    (r"\b(?:worked|slept|sleep)\b[^.]{0,20}?\b(?:until|till|past)\s+(?:one|two)\b", re.IGNORECASE),
]


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) + rnd.choice([" ", "", ", "]) for _ in range(rnd.randint(0, 9)))
            for _ in range(n)]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@pytest.mark.parametrize(("source", "flags"), _PATTERNS)
def test_gated_methods_give_what_the_pattern_gives(source: str, flags: int) -> None:
    g, p = Gated(source, flags), re.compile(source, flags)
    assert g.needs, "these patterns have literal requirements, or the test proves nothing"
    for text in _texts(3000, hash(source) & 0xFFFF):
        assert _span(g.search(text)) == _span(p.search(text)), text
        assert _span(g.search(text, 3)) == _span(p.search(text, 3)), text
        assert _span(g.match(text)) == _span(p.match(text)), text
        assert _span(g.fullmatch(text)) == _span(p.fullmatch(text)), text
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in p.finditer(text)], text
        assert g.findall(text) == p.findall(text), text
        assert g.sub("#", text) == p.sub("#", text), text
        assert g.sub("#", text, count=1) == p.sub("#", text, count=1), text
        assert g.split(text, maxsplit=1) == p.split(text, maxsplit=1), text


def test_gate_rules_out_texts_without_the_required_words() -> None:
    g = Gated(r"\b(?:sent|gave|emailed) (?:us|me) (?:a |an )?(?:statement|reply)\W*$", re.IGNORECASE)
    assert not g.possible("Workers at the plant were paid late for four months.")
    assert g.possible("The company SENT US a statement.")
    assert g.search("The company SENT US a statement.") is not None
    assert g.search("The company sent flowers.") is None


def test_gate_without_requirements_always_runs_the_pattern() -> None:
    g = Gated(r"\d+|[A-Z]{3,}")
    assert g.needs == ()
    assert g.possible("no digits here")
    assert _span(g.search("wages of 500 a month")) == (9, 12)


@pytest.mark.parametrize("source", [
    r"\b(?:migrants?|loyalty\s+funds?|it\s+workers|passports?)\b",
    r"\b(?:who|whom|that)\b",
    r"\b(?:workers?|labou?rers?|wages?|employ\w*)\b",
])
def test_folded_matches_as_ignore_case_does(source: str) -> None:
    f, p = Folded(source), re.compile(source, re.IGNORECASE)
    assert f.folded is not None
    assert f.needs, "a clause of few strings gates the folded scan"
    for text in _texts(3000, len(source)):
        assert f.found(text) == (p.search(text) is not None), text
        assert f.terms(text) == [m.group(0).lower() for m in p.finditer(text)], text


def test_folded_falls_back_for_capitals_and_cased_letters_outside_ascii() -> None:
    assert Folded(r"\bIT\s+workers\b").folded is None  # a capital in the pattern: not foldable as it is
    f = Folded(r"\b(?:sent|kit)\b")
    assert f.folded is not None
    # "\u017fent" (long s) and "\u212ait" (Kelvin sign) match only ignoring case; lower-casing would lose them
    assert f.found("they \u017fent it")
    assert f.terms("a \u212ait and a KIT") == ["\u212ait".lower(), "kit"]
    assert not f.found("nothing to see")


def test_claims_and_context_terms_match_ignoring_case() -> None:
    worker = claims._core_worker()
    assert worker.found("The IT WORKERS slept in the depot.")
    assert worker.found("Their Passports were kept by the manager.")
    assert not worker.found("The weather stayed dry all week.")
    assert context.domain_terms("Three MIGRANT workers paid a Recruitment Fee.") == ["migrant workers", "recruitment fee"]


def test_end_of_phrase_tests_need_only_the_last_characters() -> None:
    """mentions searches its determiner and relative-pronoun endings from 6 characters before the end."""
    rnd = random.Random(5)
    words = ["who", "Which", "THAT", "whom", "the", "a", "an", "his", "their", "these", "those", "x", "whoa",
             "\u017fhe", "\n", " ", "-"]
    for _ in range(20000):
        text = "".join(rnd.choice(words) + rnd.choice(["", " ", "\n"]) for _ in range(rnd.randint(0, 6)))
        for p in (mentions._DET_END, mentions._REL_END):
            assert _span(p.search(text, max(0, len(text) - 6))) == _span(p.search(text)), (p.pattern, text)


def test_answer_content_and_working_time_prechecks() -> None:
    """The folded count and substance tests of interview answers, and the digit-or-word test before the
    working-time spans, answer as the single case-insensitive patterns they replace."""
    from labourlens.analyse import interview_frame, worktime

    count = re.compile(r"\d|\b(?:once|twice|thrice|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"twenty|thirty|forty|fifty|hundred|thousand)\b", re.IGNORECASE)
    hours = re.compile(r"\d|\b(?:from|between|arriv|start)")
    digit, words = worktime._MAY_STATE_HOURS
    samples = ["KIM: Never.", "TWICE a month.", "I saw it 3 times.", "Almost NONE OF THEM did.", "That is FALSE.",
               "We arrived late.", "From dawn.", "\u0663 days", "Ten\u212a", "nothing at all", "started at six"]
    for text in samples + _texts(2000, 11):
        assert interview_frame._COUNT.found(text) == (count.search(text) is not None), text
        assert bool(digit.search(text) or words.search(text)) == (hours.search(text) is not None), text
    assert interview_frame.empty_answer("KIM: Never.")
    assert not interview_frame.empty_answer("KIM: Twice.")
    assert not interview_frame.empty_answer("That is FALSE.")


def test_fold_safe_texts_are_gated_by_the_stronger_strings() -> None:
    """A case-insensitive "i" or "s" may match "\u0130", "\u0131" or "\u017f", so a gate for any text keeps only the
    strings without them ("unt", "ll", "pa" for "until|till|past"); a text whose cased letters are all ASCII cannot hold
    those, and its gate tests the whole words."""
    from labourlens.analyse.hedges import literal_requirements, needs_met

    source = r"\b(?:until|till|past)\s+(?:one|two)\b"
    assert literal_requirements(source, re.IGNORECASE) == (frozenset({"unt", "ll", "pa"}), frozenset({"one", "two"}))
    assert literal_requirements(source, re.IGNORECASE, folded=True) == (
        frozenset({"until", "till", "past"}), frozenset({"one", "two"}))
    assert literal_requirements(source, 0, folded=True) == literal_requirements(source, 0)  # case matters: as given
    g = Gated(source, re.IGNORECASE)
    assert g.fold_needs == (("one", "two"), ("until", "past", "till"))  # the fewest strings first
    assert not g.possible("Someone painted the wall.")  # "ll" ... "one" would have let it through
    assert needs_met(g.needs, "someone painted the wall.")
    assert g.possible("They worked UNTIL two.") and g.search("They worked UNTIL two.") is not None
    # not fold-safe: the weaker strings, and the pattern finds the long s
    assert g.possible("pa\u017ft two \u0130") and _span(g.search("pa\u017ft two \u0130")) == (0, 8)


def test_working_time_excess_patterns_are_gated() -> None:
    from labourlens.analyse import worktime_excess as w

    for name in ("_WEEKLY", "_MONTHLY", "_UNTIL_SMALL", "_BEDTIME", "_EARLY_LATE"):
        assert isinstance(getattr(w, name), Gated), name
    assert w._UNTIL_SMALL.fold_needs is not None and "until" not in w._UNTIL_SMALL.needs[0]
    assert w.excessive_spans("Some nights we worked until three.") == [(15, 33, "small_hours")]
    assert w.excessive_spans("we never worked until three") == []
    assert w.excessive_spans("They worked \u00b2 weeks of 72 hours.") == [(14, 31, "week")]


def test_working_time_excess_precheck_answers_as_the_plain_tests() -> None:
    from labourlens.analyse import worktime_excess as w

    words = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight)\b", re.I)
    samples = ["from 6 until 2", "\u00b2 weeks", "\u0663 days", "ONE night", "Ten\u212a", "\u017fix", "no figure", ""]
    for text in samples + _texts(2000, 17):
        assert w._has_digit(text) == any(ch.isdigit() for ch in text), text
        assert w._NUMBER_WORD.found(text) == (words.search(text) is not None), text
