"""Patterns are compiled once: no inline pattern in the analysis, and a warm analysis compiles only patterns
built from names met in the documents.

The ``re`` module keeps one cache of compiled patterns for the whole process and evicts its oldest entries when
it is full, so a pattern written inline in a function (``re.search(r"...", s)``) is parsed and compiled again
whenever enough other patterns came through since. The analysis compiles its patterns at import (or once per
lexicon) and finds names met in a document without a pattern per name (:mod:`labourlens.analyse.name_search`).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from compile_spy import patterns_compiled
from labourlens.analyse import name_search
from labourlens.analyse.pipeline import analyse

ANALYSE = Path(__file__).resolve().parent.parent / "src" / "labourlens" / "analyse"
_MODULE_FUNCTIONS = {"search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"}

# written for these tests: fictional people, firms, outlets and places
TEXTS = [
    "HARBOUR LEDGER\n\nWelders at Kestrel Yard held for months, workers say\n\nBy Ana Lindqvist\n\n"
    "PORT AVEN, Norland — About 40 welders at the fictional Kestrel Shipbuilding Ltd yard have not been paid "
    "for four months, three of them told the Harbour Ledger on Tuesday.\n\n"
    '"They keep our passports in the office safe," said Ortun Vell, 41, a welder from Vostra. '
    '"Nobody can go home." Vell said the men sleep twelve to a room.\n\n'
    "Kestrel's site manager, Dara Quill, denied the claims. \"Every worker is paid in full,\" she said. "
    "Kestrel Shipbuilding said it would review its contractors.\n\n"
    "Mr Tomas Akena of the Norland Ministry of Labour said inspectors would visit the yard. Akena said the "
    "recruitment fees of $2,500 charged to each worker were illegal.\n\n"
    "A recruiter, who asked not to be named, said the workers had signed contracts in Vostra in March 2023.",
    "The Coastal Labour Desk, a research group, said in a report on 12 May 2024 that fishermen on the trawler "
    "Northern Gale worked 20 hours a day and were beaten when they complained.\n\n"
    "\"We could not leave the boat for eleven months,\" one deckhand told the daily Brightwater Times. "
    "The trawler's owner, Gale Fisheries Co., did not respond to requests for comment.\n\n"
    "According to the Brightwater Times, the crew were recruited by an agency in Lumeria, surnamed Rhee, "
    "which charged them 300,000 won each. Said Rhee, the agency's director: the fees were legal.\n\n"
    "\u00a9 2024 Brightwater Times. All rights reserved.",
]


def _inline_patterns(tree: ast.AST) -> list[int]:
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
            and node.func.attr in _MODULE_FUNCTIONS and node.args
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)]


def test_no_inline_pattern_in_the_analysis() -> None:
    found = {p.name: lines for p in sorted(ANALYSE.glob("*.py"))
             if (lines := _inline_patterns(ast.parse(p.read_text(encoding="utf-8"))))}
    assert found == {}, "compile these patterns once, as module constants (see the module doc)"


def test_a_warm_analysis_compiles_only_patterns_for_names(monkeypatch: pytest.MonkeyPatch) -> None:
    meta = {"published": "2024-05-01"}
    first = [analyse(text, meta) for text in TEXTS]
    words = set(re.findall(r"[A-Z][a-z]+", " ".join(TEXTS)))
    again: list[object] = []
    compiled = patterns_compiled(monkeypatch, lambda: again.extend(analyse(text, meta) for text in TEXTS))
    assert again == first
    # what may be compiled again: a pattern built from a name the texts give, where the name stands as the pattern
    # needs it ("Harbour Ledger" printed in the masthead, "surnamed Rhee"), a few per document
    assert all(isinstance(p, str) and any(w in p for w in words) for p in compiled), compiled
    assert len(compiled) <= 3 * len(TEXTS)


TEXT = "Ortun Vell, a welder. ORTUN VELL said; Dara Quill-Vell of the Labour Office; the daily Harbour Ledger said"


@pytest.mark.parametrize("name", ["Ortun Vell", "Vell", "Quill", "Harbour Ledger", "Ledger", "Office", "", "x"])
@pytest.mark.parametrize("text", [TEXT, TEXT.replace("Vell", "Ve\u017fll"), "\u212aestrel Vell, the daily ledger",
                                  "VELL, VELL, vell of the Labour Office"])
def test_name_search_gives_what_the_patterns_give(name: str, text: str) -> None:
    after = re.compile(r",\s+(?:a|the)\s")
    free = re.compile(r"(?<![\w-])")
    want = re.search(rf"(?<![\w-]){re.escape(name)},\s+(?:a|the)\s", text) is not None
    assert name_search.followed(text, name, after, free) == want
    of_the = re.compile(r"\s+of\s+the\b")
    want_ci = re.search(rf"(?i:{re.escape(name)})\s+of\s+the\b", text) is not None
    assert name_search.followed_ci(text, name, of_the) in (want_ci, None)
    if name.isascii():  # (the long s and the Kelvin sign too: read as the letters re takes them for)
        assert name_search.followed_ci(text, name, of_the) == want_ci
    if name.isupper():
        m = re.search(re.escape(name), text, re.IGNORECASE)
        while m is not None and m.group().isupper():
            m = re.compile(re.escape(name), re.IGNORECASE).search(text, m.end())
        assert name_search.written_not_in_capitals(text, name) in (None, m.group() if m else "")


def test_lowered_reads_the_characters_re_folds_otherwise_as_their_letters() -> None:
    for odd, letter in (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k")):
        assert name_search.lowered(f"Vell {odd}") == f"vell {letter}"  # one character still: positions kept
        assert re.fullmatch(letter, odd, re.IGNORECASE) is not None  # the reason
    assert name_search.lowered("Ortun VELL \u2019s") == "ortun vell \u2019s"
