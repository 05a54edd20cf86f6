"""A wage agreement signed by a union and the employers' side, with its overtime rate, and a finance page on money
sent home that speaks of nominal wages and what a work permit costs in advance, describe no forced labour. A
union's account of unpaid overtime under threat, a token "nominal wage" and a loan taken for the patent stay
evidence. Texts written for these tests; people, firms and figures are invented."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-12", "language": "en"}

PORT_DEAL = (
    "Dockers and shipping firms settle on a new scale\n\n"
    "MERSIN -- The dock workers' union and the port employers' association signed an agreement on Tuesday that lifts "
    "the day rate for crane drivers and lashers by 9 percent from June, after three rounds of bargaining.\n\n"
    "Overtime remains at one and a half times the normal rate, and night shifts at double, the union said. "
    "Both sides made concessions: the union had asked for 14 percent, the employers had offered 5.\n\n"
    "Union president Kemal Aydin said the scale covers some 6,000 dockers, Syrian and Turkish alike.\n"
)

UNION_ACCOUNT = (
    "Dockers say they are made to work unpaid night shifts\n\n"
    "MERSIN -- Syrian lashers at a private terminal are made to work unpaid night shifts and are told they will be "
    "reported to the police if they refuse, the dock workers' union said on Tuesday. The terminal's agent keeps "
    "their identity cards, union president Kemal Aydin said.\n"
)

TRANSFERS = (
    "Money sent home from Kazakhstan climbs\n\n"
    "BISHKEK -- Transfers from Kazakhstan to Kyrgyzstan rose about 6% in the first quarter, the National Bank said, "
    "as rising nominal wages for Kyrgyz builders in Almaty offset a weaker tenge.\n\n"
    "A bank economist said the city's advance payment for work patents had gone up by a tenth since January, "
    "while the average transfer was 85,000 tenge.\n\n"
    "Migrant workers from Kyrgyzstan make up the largest share of foreign labour in Almaty, the bank said.\n"
)


def test_a_wage_agreement_stays_quiet() -> None:
    result = analyse(PORT_DEAL, META)
    assert result.claims == [] and result.indicators() == []


def test_a_finance_page_on_transfers_stays_quiet() -> None:
    result = analyse(TRANSFERS, META)
    assert result.claims == [] and result.indicators() == []


def test_a_unions_account_of_coercion_keeps_its_claims() -> None:
    result = analyse(UNION_ACCOUNT, META)
    assert result.claims and "retention_of_identity_documents" in result.indicators()


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


def test_nominal_and_advance_in_their_two_senses() -> None:
    assert "withholding_of_wages" in _kinds("The cooks were paid only a nominal wage for their first year.")
    assert "withholding_of_wages" not in _kinds("Higher nominal wages lifted spending in the capital.")
    assert "debt_bondage" in _kinds("He took a loan from his cousin to cover the patent and still owes it.")
    assert "debt_bondage" not in _kinds("The advance payment for work patents rose in January.")
