"""Probes (forty-sixth session, study of heldout433): shapes of pages about state-imposed harvest work and national
service that the extractor read wrongly, in our own words. A first-person account under a note that names its teller
in a clause set off by commas ("The speaker, whom we call Dawit, is 30."); a first line that gives a site's name in
capitals before a tagline saying it prints testimonies, job listings or documents; an audit's finding graded "(No
finding.)"; an accused party's assurance that every worker holds a written contract or is paid the full rate; a
firm's person named by the firm's possessive ("Harrow Mining's counsel, ..."); "It is alleged by two of them that
..."; work record books held; a threat to withhold diplomas (no pay withheld); a detention container as punishment;
Uzbek towns under their official "Shahri" names and Turkmen towns written with digraphs. Texts, people and firms are
fictional; places are real."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-11-02", "language": "en"}


def _speaker(a, text):  # type: ignore[no-untyped-def]
    c = next(c for c in a.claims if text in c.text)
    s = a.source(c.source)
    return (s.wording, s.kind) if s is not None and s.kind != "outlet" else (None, "outlet")


TESTIMONY = """SAHEL LETTERS - testimonies from people who left
Number 7, 3 October 2026

"Nine years in a brigade"

This account was recorded in Nairobi in August. The speaker, whom we call Dawit, is 30. We have left out the name of his unit.

I was sent to a road brigade near Keren in 2017. They said it would be a year and a half. Nobody ever told me when it would end.

My pay was 600 nakfa a month and they took most of it for food. We slept twelve to a tent and worked from dawn until dark.

To leave the camp I needed a pass from the officer, and without it the soldiers at the checkpoint sent you to prison.
"""


def test_a_teller_named_in_a_comma_clause_speaks_the_account() -> None:
    a = analyse(TESTIMONY, META)
    assert _speaker(a, "My pay was 600 nakfa") == ("Dawit", "named_person")
    assert _speaker(a, "To leave the camp") == ("Dawit", "named_person")


def test_a_capitals_name_before_a_tagline_of_testimonies_is_the_outlet() -> None:
    assert analyse(TESTIMONY, META).meta.outlet == "Sahel Letters"


def test_a_job_board_and_a_documents_project_name_themselves_on_the_first_line() -> None:
    board = "KARAKUM WORK - vacancy 5512\n\nTractor driver (seasonal)\n\nPay: 4,000 manat a month, paid overtime.\n"
    files = "STEPPE PAPERS - documents project\n\nA ministry circular on grain storage\n\nThe circular sets new rules.\n"
    assert analyse(board, META).meta.outlet == "Karakum Work"
    assert analyse(files, META).meta.outlet == "Steppe Papers"


def test_a_headline_with_a_dash_gives_no_outlet() -> None:
    page = "PAY CUT - job losses feared at the mill\n\nWorkers at a spinning mill said on Monday their pay was cut.\n"
    assert analyse(page, META).meta.outlet is None


AUDIT = """Summary of a social audit: Oasis Ginning Company, Navoi
Audit firm: Tollund Assurance

F1. Contracts. All 40 pickers interviewed held individual written contracts with the company. No picker reported being sent by a school or a hospital. (No finding.)

F2. Wages. Payroll records show that 6 of 40 pickers were paid less than the agreed rate for two weeks. (Finding - medium.)

Management response: "We pay every picker the full contract rate," the company said.
"""


def test_the_claims_of_a_finding_graded_no_finding_are_negated() -> None:
    a = analyse(AUDIT, META)
    contracts = next(c for c in a.claims if "written contracts" in c.text)
    assert contracts.polarity == "negated" and not contracts.indicators
    wages = next(c for c in a.claims if "less than the agreed rate" in c.text)
    assert wages.polarity == "affirmed"


def test_a_firms_assurance_of_full_pay_is_negated() -> None:
    a = analyse(AUDIT, META)
    assert next(c for c in a.claims if "full contract rate" in c.text).polarity == "negated"


COURT = """Conscripts' lawsuit against a mining firm opens

Three former conscripts say they were forced to build a mine road in Eritrea and were never paid. Harrow Mining's lead counsel, Alice Byrne, told the court that "every worker the company hired had a signed contract and was paid in dollars."

The first plaintiff said soldiers guarded the camp at night.
"""


def test_the_assurance_of_a_firms_counsel_named_by_the_firms_possessive_is_negated() -> None:
    a = analyse(COURT, META)
    assert next(c for c in a.claims if "signed contract" in c.text).polarity == "negated"
    assert next(c for c in a.claims if "soldiers guarded" in c.text).polarity == "affirmed"


def test_the_agent_of_it_is_alleged_by_ends_before_that() -> None:
    page = ("Pickers at the Oasis fields were forced to work and their wages were withheld. It is alleged by two of the "
            "pickers that the clinic collected 100,000 som from each of its nurses to pay them.\n")
    a = analyse(page, META)
    assert _speaker(a, "It is alleged by") == ("two of the pickers", "anonymous_source")


_LEAD = "Forced labour in the harvest: pickers were beaten and not paid, a teacher said. "


def _indicators(sentence: str) -> set[str]:
    a = analyse(_LEAD + sentence, META)
    return {h.indicator for c in a.claims if c.start >= len(_LEAD) for h in c.indicators}


def test_work_record_books_locked_away_are_documents_retained() -> None:
    found = _indicators("A nurse said the head doctor has locked all our work record books in his office until the "
                        "season is over.")
    assert "retention_of_identity_documents" in found


def test_a_threat_to_withhold_diplomas_withholds_no_pay() -> None:
    found = _indicators("A student said the college had threatened to withhold diplomas from those who stayed home.")
    assert "intimidation_and_threats" in found and "withholding_of_wages" not in found


def test_a_detention_container_restricts_movement_but_a_container_to_sleep_in_does_not() -> None:
    assert "restriction_of_movement" in _indicators(
        "Three conscripts said they were held in a detention container for ten days after they asked for leave.")
    assert "restriction_of_movement" not in _indicators("A conscript said they slept in metal containers, ten to a room.")


def _places(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in analyse(text, META).places}


def test_uzbek_towns_under_their_shahri_names_and_a_russian_era_name() -> None:
    found = _places("In Uzbekistan, nurses from Urgut, Payariq and Bulungur and teachers from Kagan were sent to the "
                    "fields.")
    assert {("Urgut", "UZ"), ("Payariq", "UZ"), ("Bulungur", "UZ")} <= found
    assert any(n in ("Kogon", "Kagan") and cc == "UZ" for n, cc in found)


def test_turkmen_towns_with_digraphs_and_district_seats() -> None:
    found = _places("In Turkmenistan, doctors from Halach and students near Sakarchaga and Wekilbazar picked cotton.")
    assert {("Halach", "TM"), ("Sakarchaga", "TM"), ("Wekilbazar", "TM")} <= found


def test_uzbek_district_seats() -> None:
    found = _places("Staff in Pastdargom, Sherabad, Buvayda, Uchkuprik and Jalaquduq in Uzbekistan were told to pay.")
    assert {("Pastdargom", "UZ"), ("Sherabad", "UZ"), ("Buvayda", "UZ"), ("Uchkuprik", "UZ"),
            ("Jalaquduq", "UZ")} <= found
