"""Probes: negative findings and policies are negated claims. An inspectorate that "did not find a single trace of
coercion", an audit that found "no elements of bonded labour", an audit's "No unlawful deductions were recorded", an
employer's "Nobody is locked in", a buyer that does "not buy from any vessel that ..." deny what they name. Near misses
stay affirmed: "No fire exits were found on the second floor" (an absence that is the finding itself), "the
inspectors found signs of forced labour". Texts written for these tests; the bodies and firms are fictional."""

from __future__ import annotations

from labourlens.analyse import hedges
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-10-12", "language": "en"}
LEAD = ("Indonesian crew on longliners supplying the Mombasa cannery of Tidewell Foods said their wages were withheld "
        "for nine months and their passports kept by the captain.\n\n")


def _polarity(text: str, words: str) -> str:
    a = analyse(LEAD + text, META)
    return next(c.polarity for c in a.claims if words in c.text)


def test_an_inspectorate_that_found_no_trace_denies_it() -> None:
    assert _polarity("Kenya's labour ministry said its officers had toured both vessels in May but \"did not find a "
                     "single trace of coercion\" on board.", "trace of coercion") == "negated"


def test_an_audit_that_found_no_indicators_denies_them() -> None:
    assert hedges.denial_cue('The cannery said a review it paid for found "no elements of bonded labour" on the '
                             'boats.') is not None


def test_a_clean_audit_finding_is_a_denial() -> None:
    assert hedges.denial_cue("No unlawful deductions were recorded.") is not None
    assert hedges.denial_cue("No exit restrictions were observed at the hostel.") is not None


def test_nobody_locked_in_and_a_sourcing_policy_are_denials() -> None:
    assert hedges.denial_cue('"Nobody is locked in," the captain said.') is not None
    assert hedges.denial_cue("We will not buy from any vessel that stays out longer than five months.") is not None


def test_an_absence_that_is_the_finding_stays_affirmed() -> None:
    assert hedges.denial_cue("No fire exits were found on the second floor of the hostel.") is None
    assert hedges.denial_cue("The inspectors found signs of forced labour on both boats.") is None
