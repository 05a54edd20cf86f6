"""Probes: an account of hours measured against the law, the law's clause closing a phrase ("without the insurance the
law requires", "six nights a week, as the law allows"), is an observation, not a rule: its cues count (a study of s38 on
a held-out set; every text here is written for this test). Near misses stay rules: a sentence that prescribes ("Firms
must pay what the law requires") and one that states the law ("In Jordan the law requires employers to ...")."""

from __future__ import annotations

from labourlens.analyse.hedges import is_hypothetical


def test_law_tail_after_an_account_is_no_rule() -> None:
    assert not is_hypothetical("Nine spinners said their shifts ran twelve hours, without the pension cover the law "
                               "requires.")
    assert not is_hypothetical("The women said they worked seven days a week, as the law allows.")


def test_near_miss_rules_stay_rules() -> None:
    assert is_hypothetical("Firms must pay overtime at the rate the law requires.")
    assert is_hypothetical("In Jordan the law requires employers to pay overtime at one and a half times the wage.")
