"""The speed round s29: whole-report scans given a literal gate, a lawyer's phrase tested for its word first, the
speaker kind read only where a document verb asks for it, and the indicator matcher's merged look-up. Each answers
exactly as before (no timed test)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from labourlens.analyse import counsel_voices, described_names, district_names, indicators, named_settlements
from labourlens.analyse.gated import Gated
from labourlens.analyse.speaker_lexicon import _lex
from labourlens.analyse.verb_readings import doc_verb_ok

ROOT = Path(__file__).resolve().parents[1]


def _reports() -> list[str]:
    files = sorted(ROOT.glob("samples/*.txt")) + sorted((ROOT / "tests/gold/docs").glob("*.txt"))[:20]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    # and texts each gated scan is about
    return texts + [
        "Workers came from Harda district and from the districts of Alpha, Beta and Gamma.",
        "They lived in Batey Ocho for a year; others in Campo Verde.",
        "The first worker, who asked that we call her Ozoda, is twenty-eight. The youngest, Aigerim, is nineteen.",
    ]


def _gated_scans() -> list[tuple[str, Gated]]:
    settlements = named_settlements._words()[0]
    found = [("district_names._before", district_names._before()), ("district_names._AFTER", district_names._AFTER),
             ("described_names._ASKED_CALL", described_names._ASKED_CALL)]
    return found + ([("named_settlements._words", settlements)] if settlements is not None else [])


@pytest.mark.parametrize("name", [n for n, _ in _gated_scans()])
def test_gated_report_scans_find_what_the_plain_patterns_find(name: str) -> None:
    gated = dict(_gated_scans())[name]
    assert isinstance(gated, Gated), f"{name} is no longer gated"
    assert gated.needs, f"{name}: the gate has no strings to test (it saves nothing)"
    plain = re.compile(gated.pattern.pattern, gated.pattern.flags)
    for text in _reports():
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.groupdict() for m in gated.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]
        for line in text.splitlines():
            assert (gated.match(line) is None) == (plain.match(line) is None)


def _language(items: list[tuple[Any, Any]]) -> set[str]:
    """Every string a parsed pattern of literals, alternatives, optional parts and whitespace runs matches (a run of
    whitespace read as one space); raises for anything else, so that the test below notices a new shape."""
    parser: Any = re._parser  # type: ignore[attr-defined]
    out = {""}
    for op, av in items:
        if op is parser.LITERAL:
            step = {chr(av)}
        elif op is parser.IN and av == [(parser.CATEGORY, parser.CATEGORY_SPACE)]:
            step = {" "}
        elif op is parser.SUBPATTERN:
            step = _language(list(av[3]))
        elif op is parser.BRANCH:
            step = set().union(*(_language(list(b)) for b in av[1]))
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT) and av[0] in (0, 1):
            inner = _language(list(av[2]))
            step = inner | ({""} if av[0] == 0 else set())
        else:
            raise AssertionError(f"a shape the test does not read: {op}")
        out = {a + b for a in out for b in step}
    return out


def test_the_counsel_gate_finds_every_phrase_the_counsel_words_match() -> None:
    parser: Any = re._parser  # type: ignore[attr-defined]
    words = _language(list(parser.parse(counsel_voices._COUNSEL, re.IGNORECASE)))
    assert {"lawyer", "attorneys", "solicitor", "legal counsel", "counsel", "legal representatives"} <= words
    for w in words:  # every way of naming the lawyer, in any case, holds a gate word
        for form in (w, w.upper(), w.title()):
            assert counsel_voices.COUNSEL_GATE.search(form), form


@pytest.mark.parametrize("phrase, kind", [
    ("the company's lawyer", "organization"),
    ("Its lawyer", "organization"),
    ("a lawyer for Kestrel Foods Ltd", "organization"),
    ("Counsel for the respondent", "organization"),
    ("the union's lawyer", None),
    ("Kim Sun-hee, a researcher", None),  # no lawyer named: not read (nor "Kim Sun-hee" classified)
    ("a spokesman for the company", None),
])
def test_counsel_kind_reads_firms_lawyers_as_before(phrase: str, kind: str | None) -> None:
    from labourlens.analyse.speakers import classify

    assert counsel_voices.counsel_kind(phrase, classify) == kind


def test_doc_verb_ok_reads_a_kind_given_as_a_function_as_the_kind_itself() -> None:
    lex = _lex()
    verbs = sorted(lex.doc_verbs)[:40] + ["said", "told", "says", "added"]
    for verb in verbs:
        for kind in ("organization", "document", "official", "named_person", "relative", None):
            for np in ("the report", "Vetrova", "it", "The ministry"):
                asked: list[str] = []

                def read(kind: str | None = kind, asked: list[str] = asked) -> str | None:
                    asked.append("asked")
                    return kind

                assert doc_verb_ok(lex, verb, "that workers were held", np, read) == doc_verb_ok(
                    lex, verb, "that workers were held", np, kind)
                if verb not in lex.doc_verbs or verb in lex.verb_speech:
                    assert not asked  # a speech verb never asks for the kind


def test_the_matchers_merged_lookup_holds_each_alternatives_rules_and_slot_bits() -> None:
    indicators.match("The manager kept our passports.")  # builds the index
    c = indicators._compiled()[0]
    index = c.slot_index
    assert index is not None and index.rules == len(c.rules)
    anchored = {aid for aid, rids in c.rules_by_alt.items() if rids}
    assert set(index.alt_info) == anchored | set(index.alt_bits)
    for aid, (rids, bits) in index.alt_info.items():
        assert rids == tuple(c.rules_by_alt.get(aid, ()))
        assert bits == index.alt_bits.get(aid, 0)
