"""Probes from the lead's study of a set opened on 1 December 2026 (eighth session): migrant workers in Central and
Eastern Europe and the Balkans (posting agencies, fines, dormitories, unions, labour inspectorates). Every text is
written for these tests; every person, outlet and company is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, lexicon_indicators


# pay withheld from workers named by their trade, fines for an absence or a late arrival
@pytest.mark.parametrize("sentence", [
    "The subcontractor allegedly failed to pay 26 scaffolders for the whole of March.",
    "The owner never paid the cleaners for their last two weeks.",
    "The agency charged a penalty of 800 forints for every day of sick leave.",
    "Pickers were charged 40 lei for each late arrival at the bus.",
])
def test_pay_withheld_from_a_trade_and_fines_for_absence(sentence: str) -> None:
    assert "withholding_of_wages" in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The subcontractor failed to pay the scaffolders' hospital bills.",  # a bill, not the pay
    "The firm failed to pay the drivers' traffic fines.",
    "Sick leave is paid in full under the new agreement.",
])
def test_bills_fines_and_paid_leave_are_no_withheld_pay(sentence: str) -> None:
    assert "withholding_of_wages" not in lexicon_indicators(sentence)


# work done to pay a sum back
@pytest.mark.parametrize("sentence", [
    "He expects to be working for three years just to pay the loan back.",
    "She worked two seasons to repay the fee.",
])
def test_a_sum_worked_off_is_debt(sentence: str) -> None:
    assert "debt_bondage" in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The agent took 40 workers to the site by bus.",
    "The broker took three days to answer our letter.",
    "The recruiter took their passports on arrival.",  # papers, not a sum
])
def test_people_time_and_papers_taken_by_an_agent_are_no_debt(sentence: str) -> None:
    assert "debt_bondage" not in lexicon_indicators(sentence)


def test_two_versions_of_a_contract_are_deception() -> None:
    assert "deception" in lexicon_indicators("The contract in Tajik said one thing, and the Polish one said another.")


# the perpetrator's arrest and the penalty he faces are no restriction of the workers or threat to them
@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The agency's owner was detained on Tuesday.", "restriction_of_movement"),
    ("If convicted, the two foremen face up to ten years in prison.", "intimidation_and_threats"),
    ("If found guilty, she faces a fine and up to five years in jail.", "intimidation_and_threats"),
])
def test_the_perpetrators_arrest_and_sentence(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The manager detained the women in a storeroom for two days.", "restriction_of_movement"),
    ("If they complain, they are sent home on the next flight.", "intimidation_and_threats"),
])
def test_workers_detained_and_threatened_still_count(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


def test_calling_out_is_isolation_not_movement() -> None:
    found = lexicon_indicators("They had no phones and no way to contact anyone outside the camp.")
    assert "isolation" in found and "restriction_of_movement" not in found


# a short wire item: a union named in full and then short is one term of a labour dispute, not two, so unpaid
# migrant workers crowded into a hostel are a report of abuse, not an ordinary dispute
BRIEF = ("KATOWICE, 3 March 2025 — Some 40 Moldovan workers at a cable plant in Silesia have had no pay since "
         "November, according to the miners' and metalworkers' trade union.\n\n"
         "The workers sleep in a former sports hall where up to 14 people share each room, the union added.\n\n"
         "The claims could not be independently verified.\n")

DISPUTE = ("Staff at the Harbour Bakery chain went on strike on Friday over unpaid overtime, the union said. The trade "
           "union asked the labour court for a ruling on back pay; arbitration is set for May.\n")


def test_a_union_named_twice_does_not_make_an_ordinary_dispute() -> None:
    a = analyse(BRIEF, META)
    inds = {h.indicator for c in a.claims for h in c.indicators}
    assert {"withholding_of_wages", "abusive_working_and_living_conditions"} <= inds


def test_an_ordinary_dispute_in_its_procedures_words_stays_quiet() -> None:
    a = analyse(DISPUTE, META)
    assert not [h for c in a.claims for h in c.indicators]


# ---------------------------------------------------------------- the lead's study of heldout187 (seafarers)

QA = ("Three questions on stranded crews\n\n"
      "Interview by Tomas Eide for Harbour Law Weekly\n\n"
      "Leila Nasser is a shipping lawyer in Tangier who acts for crews left unpaid in Atlantic ports.\n\n"
      "Q: How often does it happen?\n"
      "A: Every few weeks. The crew are usually left without wages and their papers stay with the agent.\n")


def test_an_interviewee_after_an_outlet_named_on_the_line_above_is_a_person() -> None:
    # the byline ends on a media noun ("... Quarterly"); the name on the next line is no outlet
    a = analyse(QA, META)
    answers = [c for c in a.claims if "papers stay with the agent" in c.text]
    assert answers
    s = a.source(answers[0].source)
    assert s is not None and s.wording == "Leila Nasser" and s.kind == "named_person"


def test_a_two_city_dateline_is_no_part_of_the_speaker() -> None:
    text = ("Port notes\n\n"
            "Eleven deckhands have been left without wages since June and their passports are with the agent, a "
            "welfare group said.\n\n"
            "VALLETTA / PIRAEUS — The ship registry of Palau has denied that it allowed the crews to be held on board.\n")
    a = analyse(text, META)
    c = next(c for c in a.claims if "registry of Palau" in c.text)
    s = a.source(c.source)
    assert s is not None and s.wording == "The ship registry of Palau" and s.kind == "official"


@pytest.mark.parametrize(("wording", "kind"), [
    ("The flag registry of Togo", "official"),
    ("The company registry", "document"),  # a record, not a state body
])
def test_a_flag_states_registry_is_official(wording: str, kind: str) -> None:
    from labourlens.analyse.speakers import classify  # noqa: PLC0415

    assert classify(wording) == kind


@pytest.mark.parametrize("sentence", [
    'The manning agent said he had "never charged a fee to any deckhand".',
    '"No crewman on our vessels is held against his will," the operator said.',
])
def test_an_owners_or_recruiters_flat_denial_is_negated(sentence: str) -> None:
    from labourlens.analyse.hedges import denial_cue  # noqa: PLC0415

    assert denial_cue(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "He said he had never taken a day off in two years.",  # a worker's own account, not a denial
    "No crewman was paid for the last three months, the union said.",
])
def test_workers_accounts_with_never_and_no_are_no_denials(sentence: str) -> None:
    from labourlens.analyse.hedges import denial_cue  # noqa: PLC0415

    assert denial_cue(sentence) is None


# ---------------------------------------------------------------- the lead's study of heldout190 (the Gulf)

def test_a_title_case_colon_dateline_is_no_speaker() -> None:
    from labourlens.analyse.mentions import find_mention  # noqa: PLC0415

    s = ("Abu Dhabi: Nepal's labour counsellor in the Emirates said on Monday that the embassy had received about 90 "
         "complaints this year from workers whose sponsors would not release them.")
    m = find_mention(s)
    assert m is not None and m.wording == "Nepal's labour counsellor in the Emirates"
    # a speaker's own turn in the first person stays a turn
    turn = find_mention("Ana Ruiz: We were never paid for the overtime we worked in the summer, and nobody told us why.")
    assert turn is not None and turn.wording == "Ana Ruiz"


@pytest.mark.parametrize(("wording", "kind"), [
    ("Harbour Aid, the volunteer group running the shelter", "organization"),
    ("Coral Crewing, the firm operating the vessel", "organization"),
    ("Ana Ruiz, the lawyer representing the men", "named_person"),
    ("Labour Undersecretary Tomas Reyes", "official"),
])
def test_an_apposed_body_with_a_participle_and_an_undersecretary(wording: str, kind: str) -> None:
    from labourlens.analyse.speakers import classify  # noqa: PLC0415

    assert classify(wording) == kind


def _keys(text: str) -> list[str]:
    a = analyse(text, META)
    return [c.source for c in a.claims]


def test_a_definite_person_with_an_aside_is_the_one_met_before() -> None:
    lead = "MUSCAT — A housemaid from Kandy who left a house in Seeb told a shelter that she had been locked in for weeks.\n\n"
    same = _keys(lead + "The woman, 33, who spoke through an interpreter and asked not to be named, said she worked "
                        "from 5am until midnight without a day off.\n")
    assert len(same) == 2 and same[0] == same[1]
    # "the woman who ..." without the comma picks out another woman
    other = _keys(lead + "The woman who shared her room said she had not been paid for four months.\n")
    assert len(other) == 2 and other[0] != other[1]


def test_a_memo_that_instructs_is_the_speaker_a_ministry_that_instructs_is_not() -> None:
    lead = "Tanker crews\n\nSeafarers on four tankers off Sohar say their contracts were extended twice without their consent.\n\n"
    a = analyse(lead + "A leaked memo from Harbor Line Shipping instructs masters not to let any seafarer go ashore "
                       "until a relief arrives.\n", META)
    c = next(c for c in a.claims if "instructs masters" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "document" and s.wording.startswith("A leaked memo")
    from labourlens.analyse.speaker_lexicon import _lex  # noqa: PLC0415
    from labourlens.analyse.verb_readings import doc_verb_ok  # noqa: PLC0415

    assert doc_verb_ok(_lex(), "instructs", "masters to stay", "The memo", "document")
    assert not doc_verb_ok(_lex(), "instructed", "employers to pay", "The ministry", "official")
