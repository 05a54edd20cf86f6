"""A claim dismissed as "not correct", "not true" or "not accurate" (a study of s35; every text here is written for
this test, with fictional firms and people): the sentence is a denial (polarity ``negated``) and gives no indicator
for the abuse it denies, as "untrue" and "inaccurate" already did. An account that says workers were "not paid" is
no denial."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

TEXT = """MUSCAT - Cleaners placed by Tallis Services at a Muscat mall say they have not been paid since August.

The claims that our cleaners were locked in their rooms are not correct, the company said in a statement.

Allegations that supervisors slapped two women are not true, a manager at the agency said.

Reports that the women had no day off for months are not accurate, the agency's owner, Farid Nasser, said.
"""


def _claims() -> dict[str, tuple[str, list[str]]]:
    a = analyse(TEXT, {})
    return {c.text: (c.polarity, [h.indicator for h in c.indicators]) for c in a.claims}


def _find(claims: dict[str, tuple[str, list[str]]], needle: str) -> tuple[str, list[str]]:
    return next(v for k, v in claims.items() if needle in k)


def test_not_correct_not_true_not_accurate_deny() -> None:
    claims = _claims()
    for needle in ("locked in their rooms", "slapped two women", "no day off for months"):
        polarity, indicators = _find(claims, needle)
        assert polarity == "negated", needle
        assert indicators == [], needle


def test_account_of_unpaid_wages_is_affirmed() -> None:
    polarity, indicators = _find(_claims(), "have not been paid since August")
    assert polarity == "affirmed"
    assert "withholding_of_wages" in indicators
