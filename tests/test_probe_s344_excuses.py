"""Probes (s344): an excuse that frames holding papers or savings as the workers' own wish, the workers holding their
own papers, and a remedy or compliance stated by a body or the issuer ("refunded the placement fees", "new hires pay
nothing", "overtime is now limited to", "paid at twice the base rate", "at the proper rate", "not persuaded that")
are denials: negated, no indicator. So is a worker's "gives me a day off each week". Near misses: a worker's own
report of pay at a rate keeps its reading, a negated remedy ("never refunded the fees in full") or one not said to be
full is no denial, an excuse only quoted after the holding stays affirmed, and a day off that was only promised stays a
claim of abuse. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.exculpatory_claims import mark_exculpatory
from labourlens.model import Claim, IndicatorHit, Source


def _claim(text: str, source: str = "S1", indicator: str = "retention_of_identity_documents") -> Claim:
    hit = IndicatorHit(indicator, "FL07.test", 0, 4, text[:4])
    return Claim(index=0, sentence=0, start=0, end=len(text), text=text, source=source, indicators=[hit])


def _sources(kind: str) -> list[Source]:
    return [Source(key="S1", wording="Someone", kind=kind)]


def _read(text: str, kind: str, indicator: str = "retention_of_identity_documents") -> Claim:
    claim = _claim(text, indicator=indicator)
    mark_exculpatory([claim], _sources(kind))
    return claim


def test_workers_own_wish_is_a_denial() -> None:
    for text in ("The site office locked the ID cards away because the pickers themselves had asked for it.",
                 "We kept the bank books in the office since the trainees wanted us to.",
                 "He said the cook had asked him to mind her passport while she travelled."):
        claim = _read(text, "named_person")
        assert claim.polarity == "negated" and not claim.indicators, text


def test_workers_hold_their_own_papers() -> None:
    claim = _read("Every picker now has a cupboard in the hostel with her own key for her permit.", "organization")
    assert claim.polarity == "negated" and not claim.indicators


def test_remedies_of_a_body_are_denials() -> None:
    for text, indicator in (
            ("Delmar Plastics has refunded the placement fees in full to 640 current staff.", "debt_bondage"),
            ("Since March new hires pay nothing to join the line.", "debt_bondage"),
            ("Weekly hours are now limited to 55 at the Ipoh plant.", "excessive_overtime"),
            ("Holiday shifts are paid at time and a half on the estate.", "excessive_overtime"),
            ("Most growers paid holiday work at the proper rate this season.", "withholding_of_wages"),
            ("The panel was not persuaded that the cards were kept against his will.", "retention_of_identity_documents")):
        claim = _read(text, "organization", indicator)
        assert claim.polarity == "negated" and not claim.indicators, text
    claim = _read("Overtime hours are now capped at 50 a week.", "outlet", "excessive_overtime")
    claim.source = "OUTLET"
    mark_exculpatory([claim], [])
    assert claim.polarity == "negated"


def test_a_weekly_day_off_given_is_a_denial() -> None:
    claim = _read("My employer gives me a day off each week and pays the insurance.", "named_person", "excessive_overtime")
    assert claim.polarity == "negated"


def test_near_misses_keep_their_reading() -> None:
    for text, kind, indicator in (
            ("We were paid at twice the base rate only once, in May.", "named_person", "excessive_overtime"),
            ("The agency never refunded the placement fees in full.", "organization", "debt_bondage"),
            ("The firm has reimbursed placement fees to 300 pickers.", "organization", "debt_bondage"),
            ("The passports were locked away \"because the pickers asked us to\", the owner said.", "organization",
             "retention_of_identity_documents"),
            ("They promised a day off each week but I have had none since June.", "named_person", "excessive_overtime"),
            ("The boss keeps our passports and our bank books in his car.", "anonymous_source",
             "retention_of_identity_documents")):
        claim = _read(text, kind, indicator)
        assert claim.polarity == "affirmed" and claim.indicators, text
