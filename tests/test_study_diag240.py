"""Probes for the classes of miss found when heldout240 (migrant builders in the Gulf) was opened for study (branch
diag240). Every text is written for these tests, in our own wording: names, firms and figures are invented (places
and currencies are real); each class has controls that must not change."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.quantified_denials import quantified_denial
from labourlens.model import Analysis

META = {"published": "2026-10-14", "language": "en"}
LEAD = "Ghanaian welders at a shipyard outside Muscat say the yard kept their papers and paid them late all spring.\n\n"


def _an(text: str) -> Analysis:
    return analyse(text, dict(META))


# --- a relative's account of one man: later sentences of a paragraph that named the work go on with pronouns -----

RELATIVE = (
    "My nephew Tomas flew from Kampala to Muscat in March with a contract he could not read.\n\n"
    "The firm there confiscated his passport on the first day and never returned it. Since April they have handed "
    "him 200 rials a month, not the 350 agreed in writing.\n\n"
    "He says he cannot return home while a moneylender in Kampala is owed 4 million shillings of debt."
)


def test_relative_account_yields_claims() -> None:
    a = _an(RELATIVE)
    kinds = {h.indicator for c in a.claims for h in c.indicators}
    assert "retention_of_identity_documents" in kinds
    assert len(a.claims) >= 2


def test_pronoun_sentences_without_work_words_stay_quiet() -> None:
    # control: a family story with pronouns and a loan, but nothing that names work, pay or papers
    text = (
        "My aunt Rosa moved to Lisbon in the spring. She found a flat near the river and they repainted it together.\n\n"
        "She still owes the bank 9,000 euros for the car and she cannot travel this summer."
    )
    assert not _an(text).claims


# --- a negative quantifier on a worker subject denies what the predicate tells --------------------------------------

def test_quantified_denial_negates_claim() -> None:
    a = _an(LEAD + "The yard's director insisted that not a single employee was charged a placement fee by its agents.")
    c = next(c for c in a.claims if "placement fee" in c.text)
    assert c.polarity == "negated"
    assert not c.indicators


def test_quantified_denial_at_sentence_start() -> None:
    a = _an(LEAD + "During the audit, inspectors spoke to 90 men. None of the welders said a manager had seized "
            "their passports.")
    c = next(c for c in a.claims if "seized" in c.text)
    assert c.polarity == "negated"


def test_quantified_abuse_stays_affirmed() -> None:
    # controls: the predicate is the abuse itself
    a = _an(LEAD + "One fitter said no welder could leave the yard at night without the foreman's note.")
    c = next(c for c in a.claims if "leave the yard" in c.text)
    assert c.polarity == "affirmed"
    assert quantified_denial("None of the cooks received their wages in May.", [17]) is False
    assert quantified_denial("The workers said nobody had told them of any fee.", [30]) is False


def test_cue_before_quantifier_is_not_denied() -> None:
    text = "Passports were taken at the gate, and no employee has dared to ask for his back."
    assert quantified_denial(text, [0]) is False


def test_quoted_family_budget_stays_quiet() -> None:
    # control: a money-transfer story whose quoted mother speaks of a loan; the "she said" tag is no story of a worker
    text = (
        "Banks in Dhaka cut the charge on transfers from Malaysia this month, the central bank said.\n\n"
        "Karim Hossain drives a forklift in Penang and wires money home each month. \"Half of it goes on the school "
        "fees and the rest on what we owe the lender,\" his mother said.\n\n"
        "Transfer volumes rose by a fifth over the year."
    )
    assert not _an(text).claims
