"""Probes: denials and negative findings read as negated claims (a study of s38 on a held-out set; every text here is
written for this test, with fictional firms and people):

- a caseworker's or an inspector's "we did not find any indicators", "did not find locked gates";
- a negative quantifier on the papers or the fees in the passive of a verb of taking them ("No identity card is ever
  kept by the agency").

Near misses stay affirmed: papers not returned ("no passport was returned until the audit" after they were kept), and
a finding of the abuse ("found several indicators").
"""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.model import Claim

META = {"published": "2026-05-03", "language": "en"}
LEAD = "Migrant workers at a glove plant in Klang\n\nWorkers said the agent kept their passports and charged fees of RM 9,000. "


def _claim(sentence: str) -> Claim:
    a = analyse(LEAD + sentence, META)
    return next(c for c in a.claims if sentence[:20] in c.text)


def test_did_not_find_indicators_is_negated() -> None:
    assert _claim('The union said: "Our team did not find any indicators of forced labour at the second plant."').polarity == "negated"
    assert _claim('The inspector said: "Our team did not find locked gates or guards at the migrant workers\' hostel."').polarity == "negated"


def test_no_passport_held_is_negated() -> None:
    c = _claim("No identity card is ever kept by the agency from its migrant workers, the director said.")
    assert c.polarity == "negated"
    assert c.indicators == []


def test_near_miss_passports_kept_then_not_returned() -> None:
    c = _claim("The agent kept their passports, and no passport was returned until the audit.")
    assert c.polarity == "affirmed"


def test_near_miss_found_indicators() -> None:
    c = _claim('The union said: "Our team found several indicators, and the agent kept the passports."')
    assert c.polarity == "affirmed"
