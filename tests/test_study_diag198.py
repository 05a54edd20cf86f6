"""Study of heldout198 (diag198): indicator shapes of home-press reports on migrant workers abroad, in our own
wording: identity papers given back only once a debt is paid, a recruitment fee asked for the visa,
pay taken by the sponsor, and migrants held in a deportation centre. Each positive has controls that
must not change. Every sentence is invented for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.claims import _match
from labourlens.analyse.hedges import denial_cue, is_hypothetical


def found(text: str) -> set[str]:
    """Indicators a claim made of ``text`` would carry (denials and hypotheticals carry none)."""
    if denial_cue(text) is not None or is_hypothetical(text):
        return set()
    return {h.indicator for h in _match(text, 0).hits}


POSITIVE = [
    # papers held back until a balance is paid (documents and debt)
    ("The contract says cooks will not receive their work permits until the visa loan of $700 is repaid.",
     "debt_bondage"),
    ("\"We have to pay back 250 riyals and then the broker returns our passports,\" a porter said.",
     "retention_of_identity_documents"),
    # a recruitment fee per head, or for the visa and the medical
    ("The broker charged her 45,000 shillings for a work permit before she could board.", "debt_bondage"),
    # pay kept by the one who controls the worker
    ("The kafeel pockets the whole amount every month and the cleaner receives nothing.", "withholding_of_wages"),
    # held in a deportation or detention centre abroad
    ("Dozens of the maids were kept in a deportation camp near the port for weeks.", "restriction_of_movement"),
    ("Some of the drivers were detained in an immigration detention centre for five months.",
     "restriction_of_movement"),
]


@pytest.mark.parametrize(("text", "indicator"), POSITIVE)
def test_shape_is_read(text: str, indicator: str) -> None:
    assert indicator in found(text)


# (text, indicator that must not be read)
CONTROLS = [
    # a worker keeping her own pay in a bank, or taxes collected from each firm
    ("She said she was keeping her salary in a bank account in Kisumu.", "withholding_of_wages"),
    ("The council collected a tax of 200 cedis from each shop in the market.", "debt_bondage"),
    ("Volunteers collected signatures from each of the 40 families.", "debt_bondage"),
    # a fare for a holiday visa, with no number asked
    ("The embassy asked for a photograph for the visa.", "debt_bondage"),
    # a bank loan repaid, no papers held
    ("The farmers borrowed seed money and repaid it after the harvest.", "retention_of_identity_documents"),
    # a worker who left before the debt was paid is threatened, not bonded by this rule
    ("Staff who leave early owe the agency the rest of the fare, the notice says.", "retention_of_identity_documents"),
    # the football club and the stadium: no one held
    ("The club kept the striker's transfer fee in a trust account.", "withholding_of_wages"),
    # a centre named without anyone held in it
    ("The ministry opened a new deportation centre near the airport last year.", "restriction_of_movement"),
]


@pytest.mark.parametrize(("text", "indicator"), CONTROLS)
def test_controls_do_not_change(text: str, indicator: str) -> None:
    assert indicator not in found(text)
