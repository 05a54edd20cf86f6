"""Speed round of session 33: eleven sentence and document patterns that most texts cannot match (the workers' own wish,
a remedy or a weekly day off in an excuse, a page's sample, "the ILO said", a fact check, a captive site, the page's
fieldwork, "said" in a continued account, a press release's heading) are gated on their literal strings
(:class:`labourlens.analyse.gated.Gated`). Replaying every call of a warm benchmark pass put them among the costliest
plain patterns (some 0.5 ms a document together; the excuse's wish alone about 0.3 ms) and showed each gate passing
few of the texts it is asked about. Each answers exactly as the plain pattern does: a text holding the trigger still
matches, and the gate's strings cover every match (no timed test)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from labourlens.analyse import (
    captive_work,
    exculpatory_claims,
    fact_checks,
    own_doings,
    release_accounts,
    sentences,
)
from labourlens.analyse.gated import Gated
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Claim

ROOT = Path(__file__).resolve().parents[1]

# module.name -> sentences (invented) that the plain pattern matches: each must still match once gated
TRIGGERS = {
    "exculpatory_claims._WISH": ["The cards were locked away because the staff themselves had asked.",
                                 "The cook had asked him to mind her passport.",
                                 "He kept the booklets since the pickers wanted him to.",
                                 "THE PASSPORTS WERE HELD AS THE WORKERS REQUESTED."],
    "exculpatory_claims._OWN_PAPERS": ["Every picker has a cupboard with her own key.",
                                       "They lock their permits away WITH THEIR OWN KEYS."],
    "exculpatory_claims._REMEDY": ["It has refunded the placement fees in full.", "New hires pay nothing to join.",
                                   "Overtime is now limited to 55 hours.", "Holiday shifts are paid at time and a half.",
                                   "The audit found wages well above the statutory minimum.",
                                   "Our staff are treated well.", "The panel was not persuaded that the papers were kept.",
                                   "Work on holidays is paid at the proper rate."],
    "exculpatory_claims._WEEKLY_REST": ["The family gives me a day off each week.",
                                        "We get one full rest day off every week."],
    "numbered_findings._SAMPLE": ["We interviewed 48 workers in March.", "Researchers spoke with more than 120 pickers.",
                                  "The hotline received 900 calls."],
    "initial_titles._INITIALS": ["According to the ILO, the camps are closed.", "The APP said the men were paid.",
                                 "the NGO told us the wages were held."],
    "fact_checks._FACT_CHECK": ["FACT CHECK: the clip is old.", "Our fact-check rated it false.", "A factcheck"],
    "captive_work._CAPTIVE": ["Detainees were taken to dig trenches.", "Prisoners of war repaired the road.",
                              "He was held captive in a filtration camp.", "POWs worked in the PENAL COLONY."],
    "own_doings._FIELDWORK": ["We asked.", "Our organisers spent four evenings with the crews.",
                              "Most asked us not to publish where they work.",
                              "A driver asked that his name be withheld."],
    "attribution._SAID_IN": ["Kwon said those who missed it were criticised.", "He TOLD us so.", "She tells everyone."],
    "release_accounts._RELEASE": ["PRESS RELEASE\nThe ministry ...", "For immediate release: the inspectorate",
                                  "  Media release 3 May"],
}


def _pattern(name: str) -> Gated:
    module, attr = name.split(".")
    value = getattr(importlib.import_module(f"labourlens.analyse.{module}"), attr)
    assert isinstance(value, Gated), f"{name} is no longer gated"
    return value


def _texts() -> list[str]:
    files = sorted(ROOT.glob("samples/*.txt")) + sorted((ROOT / "tests/gold/docs").glob("*.txt"))[:15]
    docs = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    out = [s.text for d in docs for s in sentences.split(d)] + [d[:600] for d in docs]
    return out + [t for ts in TRIGGERS.values() for t in ts] + ["İ asked", "ſaid", "Ünal Öztürk SAID", ""]


def _found(m: re.Match[str] | None) -> tuple[tuple[int, int], tuple[str | None, ...]] | None:
    return None if m is None else (m.span(), m.groups())


@pytest.mark.parametrize("name", sorted(TRIGGERS))
def test_the_gated_pattern_answers_as_the_plain_pattern(name: str) -> None:
    g = _pattern(name)
    plain = re.compile(g.pattern.pattern, g.pattern.flags)
    assert g.needs, f"{name}: no literal strings derived, the gate skips nothing"
    for text in _texts():
        assert _found(g.search(text)) == _found(plain.search(text)), text
        assert _found(g.match(text)) == _found(plain.match(text)), text
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert g.possible(text) or plain.search(text) is None, f"{name}: the gate's strings miss a match in {text!r}"


@pytest.mark.parametrize("name", sorted(TRIGGERS))
def test_a_text_with_the_trigger_still_matches(name: str) -> None:
    g = _pattern(name)
    for text in TRIGGERS[name]:
        assert re.compile(g.pattern.pattern, g.pattern.flags).search(text) is not None, text  # (a real trigger)
        assert g.possible(text), text
        assert g.search(text) is not None, text


def _claim(text: str) -> Claim:
    return Claim(index=0, sentence=0, start=0, end=len(text), text=text, source=OUTLET_KEY)


@pytest.mark.parametrize("text,negated", [
    ("The passports were kept in the office because the workers themselves had asked.", True),
    ("The company says it has refunded the placement fees in full.", True),
    ("The family gives me a day off each week.", True),
    ("The passports were kept in the office.", False),
    ("The family promised a day off each week but never gave it.", False),
])
def test_the_excuse_still_negates_its_claim(text: str, negated: bool) -> None:
    c = _claim(text)
    exculpatory_claims.mark_exculpatory([c], [])
    assert (c.polarity == "negated") == negated


def test_the_passes_behind_the_gated_patterns_still_read_their_texts() -> None:
    assert own_doings.own_doing("We asked.")
    assert captive_work.tells_captive_work(["Detainees were taken to dig trenches for the army."])
    assert not captive_work.tells_captive_work(["The workers were taken to dig trenches."])
    assert fact_checks.debunked_media("FACT CHECK. Our rating: FALSE. This video does not show the camp.")
    assert release_accounts.own_accounts_lead_in("PRESS RELEASE\nThe accounts show:", "Their accounts show:")
    assert not release_accounts.own_accounts_lead_in("A report\nThe accounts show:", "Their accounts show:")
