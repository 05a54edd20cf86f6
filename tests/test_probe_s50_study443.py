"""Probes for the study of heldout443 (fiftieth session): translators whose names open with an accented capital, a
firm's assurance that its staff receive their wages as the law or the contract says, a list of sums taken from the pay
with the currency given once, an inspection that "established nothing to suggest" an abuse, and a compliance phrase
inside an open question ("checking whether ... complies with"). People, firms and outlets are invented; places are
real."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, claim_with

BRNO_NOTE = """Morava Evening Ledger, 2 April 2026

Agency workers at a packing hall outside Brno described what was taken from their pay.

Translated from the Czech by Pavel Šťovíček
"""

LODZ_NOTE = """Warta Valley Courier, 9 May 2026

Seasonal pickers near Łódź spoke about their hostel.

Translated from the Polish by Łucja Żurawska
"""


def _money(text: str) -> set[tuple[str, str | None, float | None]]:
    return {(a.text, a.currency, a.value) for a in analyse(text, META).amounts if a.kind == "money"}


def test_a_translator_whose_surname_opens_with_a_hacek_capital_is_kept_whole() -> None:
    assert analyse(BRNO_NOTE, META).meta.translator == "Pavel Šťovíček"


def test_a_translator_whose_names_both_open_with_accented_capitals_is_found() -> None:
    assert analyse(LODZ_NOTE, META).meta.translator == "Łucja Żurawska"


_OSTRAVA_LEAD = ("OSTRAVA, Czech Republic - Filipino loaders at a depot near Ostrava said the agency kept their passports "
                 'and held back part of their pay. "They took 3,000 crowns from every wage for the bed," said Ramon '
                 "Dizon, a loader.\n\n")


def test_a_firm_spokesman_saying_loaders_receive_salaries_in_line_with_contracts_is_a_denial() -> None:
    text = _OSTRAVA_LEAD + ("The agency, Silverline Staffing, sent a written reply. Its spokesman, Tomas Hrdina, wrote: "
                            '"All our loaders receive their salaries in line with their contracts and Czech law."')
    a = analyse(text, META)
    assert claim_with(a, "receive their salaries in line with").polarity == "negated"


def test_a_firm_saying_every_loader_receives_his_wages_per_contract_is_a_denial() -> None:
    text = _OSTRAVA_LEAD + "Silverline Staffing said every loader receives his wages in full according to the contract."
    a = analyse(text, META)
    assert claim_with(a, "receives his wages in full according to").polarity == "negated"


def test_bare_sums_listed_after_one_in_korunas_take_its_currency() -> None:
    found = _money('"The agency kept 6,500 korunas for the bed, 1,200 for the van, and 900 for \u201cadmin\u201d," '
                   "said Marisol Ortega, a picker near Znojmo.")
    assert ("1,200", "CZK", 1200) in found and ("900", "CZK", 900) in found


def test_a_fine_for_a_deed_listed_after_a_zloty_fine_takes_the_zloty() -> None:
    found = _money("At the warehouse in Stryków the shift leader fined us 400 zlotys for a broken crate, 800 for "
                   "arriving late, a picker told the Lodz Morning Star.")
    assert ("800", "PLN", 800) in found


def test_inspectors_who_established_nothing_to_suggest_confinement_negate_it() -> None:
    text = ("Agency workers at a cannery in Gdynia said they were locked in their hostel at night.\n\n"
            "A spokeswoman for the labour inspectorate, Irena Kowal, said inspectors established nothing to suggest "
            "that the workers were locked in at night.")
    a = analyse(text, META)
    assert claim_with(a, "established nothing to suggest").polarity == "negated"


def test_an_office_that_identified_nothing_to_indicate_passports_held_negates_it() -> None:
    text = ("Welders at a shipyard in Szczecin said their passports were kept in the agency's office.\n\n"
            "The regional labour office said it had identified nothing to indicate that passports were kept against "
            "the workers' will.")
    a = analyse(text, META)
    assert claim_with(a, "identified nothing to indicate").polarity == "negated"


def test_an_inspection_checking_whether_housing_complies_is_no_denial() -> None:
    text = ("Forty Vietnamese workers at a seat plant near Trnava sleep in shipping containers.\n\n"
            "A spokesman for the regional labour inspectorate, Martin Oravec, said the inspectorate was checking "
            "whether the container site complies with hygiene regulations.")
    a = analyse(text, META)
    assert claim_with(a, "complies with hygiene regulations").polarity != "negated"
