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
# that most sentences lack the strings each needs). A pattern whose matches are told apart by identity
# (``m.re is _X``) must stay a plain pattern: a gated pattern's matches carry its inner pattern
# (fronted_adjuncts._COUNTED_SOURCE stays plain for that reason).
GATED = """
page_voice._LEDE document_subjects._EVIDENCE study_voices._CODE_SAID mentions._REL_SPEAKER
outlet_forms._ORG_END_RE page_voice._REACTION fronted_adjuncts._FRONTED speaker_cues._INFORMED
quote_backrefs._GESTURE_SUBJECT source_refs._PLACE_CLAUSE claim_filters._UNVERIFIED_NOTE meta._RELEASE
testimony_blocks._CLAUSE_GROUP attribution_shapes2._FOUND_TRAILING attribution_shapes3._PRESENT_GATE
mention_shapes._BRIEF_VERB outlet_forms._EDITOR_NOTE mentions._QUOTED_NAME wire_datelines._REPOST_TAG
wire_datelines._DATED mention_shapes._NOTHING_SAID witness_refs._WITH_OTHERS attribution_shapes2._FRONTED_CLAUSE
post_voice._WHERE_AUTHOR speaker_wording._TOLD mention_shapes._DESCRIBED_IN registry._OWN_NAME
interview_frame._TURN_LABEL interviewees._BOLD_QUESTION attribution_shapes2._AGENT_START
source_names._PSEUDONYM_ANY indicator_polarity._DEDUCTION mentions._QA_LABEL
page_voice._AS_PUT attribution_shapes2._TOLD_THAT outlet_forms._VIA registry._RANK_ONLY source_refs._LATTER_FORMER_SAID
after_finding._ACTED rules_explainer._QUESTION_LINE speaker_wording._TRAILING_DATE indicator_subjects._SUBJECT
group_speakers._SECOND outlet_forms._OWN_NOTE money_singles._SINGLE speaker_cues._INITIALS testimony_turns._HEARING
indicator_polarity._BY_WORKER registry._FEMALE registry._MALE coref_families._PARTICIPLE
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
