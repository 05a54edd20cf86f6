"""The sentence patterns given a literal gate for speed (``gated``) answer on real report sentences exactly
as the plain patterns compiled from the same source do, and each has strings to test (or the gate saves
nothing)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from labourlens.analyse import sentences
from labourlens.analyse.gated import Gated

ROOT = Path(__file__).resolve().parents[1]

# module.name of the patterns gated in the speed round of issue 3 (the benchmark's pattern timing showed
# that most sentences lack the strings each needs, and replaying every call of a pass timed each pattern
# with and without its gate: these are the ones where the gate paid). A pattern whose matches are told apart by identity
# (``m.re is _X``) must stay a plain pattern: a gated pattern's matches carry its inner pattern
# (fronted_adjuncts._COUNTED_SOURCE stays plain for that reason).
GATED = """
document_subjects._EVIDENCE indicator_subjects._SUBJECT outlet_forms._EDITOR_NOTE speaker_cues._INFORMED
meta._RELEASE testimony_turns._HEARING mention_shapes._BRIEF_VERB page_voice._LEDE speaker_cues._INITIALS
source_names._PSEUDONYM_ANY mentions._QUOTED_NAME outlet_forms._VIA attribution_shapes2._FOUND_TRAILING
attribution_shapes2._TOLD_THAT registry._FEMALE speaker_wording._TOLD interview_frame._TURN_LABEL
indicator_polarity._DEDUCTION witness_refs._WITH_OTHERS page_voice._AS_PUT
worktime_excess._WEEKLY worktime_excess._MONTHLY worktime_excess._UNTIL_SMALL worktime_excess._BEDTIME
worktime_excess._EARLY_LATE
""".split()


def _pattern(name: str) -> Gated:
    module, attr = name.split(".")
    value = getattr(importlib.import_module(f"labourlens.analyse.{module}"), attr)
    assert isinstance(value, Gated), f"{name} is no longer gated"
    return value


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(ROOT.glob("samples/*.txt"))]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "tests/gold/docs").glob("*.txt"))[:12]]
    out = [s.text for t in texts for s in sentences.split(t)]
    # and lines that several gated patterns are about ("Q: ...", "[Source: ...]", "**Why?**", "R-4 said ...")
    out += ["Q: Were you paid?", "[Source: Daily NK]", "**Why did you leave?**", "R-4 said the guards kept passports.",
            "The workers, he said, had their pay docked.", "HOLM: We were never paid.", "Press release, 3 May 2024"]
    return out


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@pytest.mark.parametrize("name", GATED)
def test_gated_pattern_answers_as_the_plain_pattern(name: str) -> None:
    g = _pattern(name)
    plain = re.compile(g.pattern.pattern, g.pattern.flags)
    assert g.needs, f"{name}: no literal strings derived, the gate skips nothing"
    for text in _sentences():
        assert _span(g.search(text)) == _span(plain.search(text)), text
        assert _span(g.match(text)) == _span(plain.match(text)), text
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize("name", GATED)
def test_no_match_of_a_gated_pattern_is_told_apart_by_identity(name: str) -> None:
    module, attr = name.split(".")
    for path in (ROOT / "src/labourlens/analyse").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(rf"\.re\s+is\s+(?:not\s+)?{attr}\b", source) or path.stem != module, (
            f"{path.name} compares a match's pattern with {name} by identity: it would never be the gated object")


def test_no_gated_pattern_anywhere_is_told_apart_by_identity() -> None:
    """Any module-level ``X = gated(...)``: a match's ``.re`` is the inner pattern, never ``X`` itself, so
    ``m.re is X`` would always be false (compare with ``X.pattern``)."""
    offenders = []
    for path in (ROOT / "src/labourlens/analyse").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        names = re.findall(r"^(_?[A-Z][A-Z0-9_]*)\s*=\s*gated\(", source, re.MULTILINE)
        offenders += [f"{path.name}: {n}" for n in names if re.search(rf"\.re\s+is\s+(?:not\s+)?{n}\b(?!\.)", source)]
    assert not offenders, offenders
