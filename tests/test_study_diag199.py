"""Probes of the heldout199 study (a quiet report, claims and indicators), in our own wording: public-works
financing is no debt; captives put to work, or denied to be, make a report of forced labour; pay that never came,
kin out of reach, charges for refusing, work under fire, papers never given back or swapped."""

from __future__ import annotations

from labourlens.analyse import captive_work, indicators
from labourlens.analyse.pipeline import analyse


def _hits(text: str) -> list[tuple[str, str]]:
    return [(c.text, h.indicator) for c in analyse(text).claims for h in c.indicators]


def _indicators(text: str) -> set[str]:
    return {h.indicator for c in analyse(text).claims for h in c.indicators}


def _claims(text: str) -> list[str]:
    return [c.text for c in analyse(text).claims]


# --- a quiet report: a project's loan programme and a crew working in two shifts

def test_project_paid_from_a_loan_programme_is_no_debt() -> None:
    text = ("LVIV — The new tram depot in Lviv opened on Monday. It cost 95 million hryvnias, part of it from a "
            "Nordic loan programme for city transport.")
    assert _claims(text) == []


def test_public_works_with_one_shift_cue_and_a_loan_programme_stay_quiet() -> None:
    # once the loan programme is no debt, a lone cue of long hours in a public-works item makes no report
    text = ("ODESA — The dock will reopen in May. It cost 40 million hryvnias, part of it from a Nordic loan "
            "programme. The builders worked in two shifts through the winter months.")
    assert _claims(text) == []


def test_worker_who_borrowed_from_a_recruiter_keeps_debt() -> None:
    text = "Porters at the depot described their debts.\n\nOne porter said he took a loan from the broker to pay the fee."
    assert "debt_bondage" in _indicators(text)


def test_worker_doing_two_shifts_a_day_keeps_overtime() -> None:
    text = "Fishermen held on the trawler said they worked two shifts a day for a month, with no rest."
    assert "excessive_overtime" in _indicators(text)


# --- captives put to work: a detainee's account that never says "forced labour" or "workers"

_CAPTIVE_ACCOUNT = (
    "Witness | Eastern front\n\n"
    "Bohdan Kravets, a 52-year-old plumber from Izium, was held for five months in a filtration camp near Belgorod.\n\n"
    '"Each day the guards drove ten of us out to clear rubble in the town," he said. "Nobody was allowed to rest."\n\n'
    "Kravets said the guards beat him when he fell behind.")


def test_detainee_taken_out_to_clear_rubble_gets_claims() -> None:
    found = _claims(_CAPTIVE_ACCOUNT)
    assert any("clear rubble" in c for c in found)
    assert "physical_and_sexual_violence" in _indicators(_CAPTIVE_ACCOUNT)


def test_captive_said_to_work_at_a_site_gets_claims() -> None:
    text = ("Her husband Mykola, 40, was detained in 2022.\n\n"
            "A cellmate who was freed from the same prison camp told us Mykola works at a brick kiln and is beaten "
            "when he stops.")
    assert _claims(text)


def test_prisoner_exchange_with_no_work_stays_quiet() -> None:
    text = ("Prisoner swap | North\n\n"
            "Ninety prisoners of war came home on Friday in an exchange brokered by Qatar. A medic said two were "
            "taken to hospital in Chernihiv.")
    assert _claims(text) == []


def test_work_without_captivity_stays_quiet() -> None:
    text = ("Volunteers in Poltava drove forty students out to clear rubble after the storm, the mayor said. "
            "Builders took them to repair a school roof the next day.")
    assert _claims(text) == []


# --- pay that never came: "given no wages", "the salary never arrived", "the inmates get nothing"

def _lexicon(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


def test_crews_given_no_wages_is_wages() -> None:
    assert "withholding_of_wages" in _lexicon("A neighbour said the loaders were given no wages for the month.")


def test_payment_never_made_is_wages() -> None:
    assert "withholding_of_wages" in _lexicon("The cooks were told the salary for June never arrived.")


def test_inmates_get_nothing_is_wages() -> None:
    assert "withholding_of_wages" in _lexicon("A guard told me the inmates get nothing for the sewing.")


def test_no_answer_or_no_food_is_not_wages_by_the_new_rules() -> None:
    rules = {h.rule for h in indicators.match("We got no answer from the governor's office.").hits}
    assert not any(r.startswith("FL08.r199") for r in rules)
    rules = {h.rule for h in indicators.match("They were given nothing to drink all day.").hits}
    assert not any(r.startswith("FL08.r199") for r in rules)


# --- captives cut off from kin, charges for refusing, work under fire, the wounded untreated, cold quarters

def test_no_word_from_kin_is_isolation() -> None:
    assert "isolation" in _lexicon("Since March she has heard nothing from her husband.")
    assert "isolation" in _lexicon("A single phone call in nine months, his sister said.")


def test_no_news_of_a_match_is_no_isolation() -> None:
    assert "isolation" not in _lexicon("There was no news of the match result by midnight.")


def test_charges_for_refusing_are_threats() -> None:
    text = "The conscripted porters were warned they would be prosecuted for refusing the night shift."
    assert "intimidation_and_threats" in _lexicon(text)


def test_work_under_fire_and_untreated_wounded_are_conditions() -> None:
    assert "abusive_working_and_living_conditions" in _lexicon("They were digging under shelling most days.")
    assert "abusive_working_and_living_conditions" in _lexicon("Four of the loaders were injured and no one treated them.")
    assert "abusive_working_and_living_conditions" in _lexicon("The deportees slept in an unheated shed behind the farm.")


def test_criticism_and_a_cold_flat_are_no_conditions() -> None:
    rules = {h.rule for h in indicators.match("The governor came under fire from critics over the budget.").hits}
    rules |= {h.rule for h in indicators.match("She lives in a cold flat near the station.").hits}
    assert not any("r199" in r for r in rules)


# --- a state's denial that names captives' labour in plain words ("no inmate was put to work")

_DENIAL = ("ANKARA, May 9 — Claims that captured sailors toil in the shipyards are slander, an "
           "official at the Interior Ministry said.\n\n"
           "Spokesman Orhan Demir said no detainee was ever forced to work and all had medical care.\n\n"
           "He said stories about detainees working in the dry docks were invented.")


def test_denial_of_captive_labour_gets_negated_claims() -> None:
    found = analyse(_DENIAL).claims
    assert len(found) >= 2
    forced = [c for c in found if "forced to work" in c.text]
    assert forced and forced[0].polarity == "negated"


def test_denies_captive_work_reads_only_denials() -> None:
    assert captive_work.denies_captive_work("None of the inmates were put to work, the service said.")
    assert not captive_work.denies_captive_work("The inmates were put to work at dawn.")
    assert not captive_work.denies_captive_work("No worker was made to work overtime.")


# --- papers never given back, even on release: the papers kept, not a denial

def test_papers_never_given_back_is_retention() -> None:
    text = "None of the fishermen had been handed back their passports when the boat docked."
    assert "retention_of_identity_documents" in _lexicon(text)


def test_papers_returned_to_a_court_is_no_retention() -> None:
    rules = {h.rule for h in indicators.match("The documents were returned to the court by the lawyer.").hits}
    assert not any("r199" in r for r in rules)


# --- a borrowed handset is no debt; doors locked at night are no late shift; papers swapped for the holder's own

def test_borrowed_handset_is_no_debt() -> None:
    assert "debt_bondage" not in _lexicon("Her nephew rang once, from a borrowed handset.")


def test_doors_locked_at_night_are_no_overtime() -> None:
    text = "At the hostel the gates were locked at 11 p.m. and visitors sent away."
    assert "excessive_overtime" not in _lexicon(text)
    assert "excessive_overtime" in _lexicon("The stitchers worked until 11 p.m. most days.")


def test_papers_swapped_for_the_holders_own_is_retention() -> None:
    assert "retention_of_identity_documents" in _lexicon("Some had their identity cards replaced with camp-issued passes.")
    assert "retention_of_identity_documents" not in _lexicon("Expired passports were replaced with biometric ones.")
