"""ILO indicator rules: phrasings, inflection, word order, negation, spans (invented sentences)."""

from __future__ import annotations

import pytest

from labourlens.analyse.indicators import counter_cues, match, mechanisms, stem
from labourlens.model import INDICATORS


def found(text: str) -> set[str]:
    return {h.indicator for h in match(text).hits}


CASES = [
    ("abuse_of_vulnerability", "Most of them entered on student visas."),
    ("abuse_of_vulnerability", "They came as trainees without work permits."),
    ("abuse_of_vulnerability", "Their families back home would be punished if they fled."),
    ("abuse_of_vulnerability", "The workers could not speak Russian and depended on the company for food."),
    ("abuse_of_vulnerability", "The foreman refused to pay for his medical treatment."),
    ("deception", "They were lured with false promises of high wages."),
    ("deception", "The workers never saw a contract."),
    ("deception", "They were told they could keep their earnings, but the state took most of it."),
    ("deception", "Their contracts had long since expired."),
    ("restriction_of_movement", "The women are confined to the dormitory."),
    ("restriction_of_movement", "They were not allowed to leave the factory."),
    ("restriction_of_movement", "Workers may only go out in groups escorted by a minder."),
    ("restriction_of_movement", "The men still remain under quarantine."),
    ("restriction_of_movement", "They are bused between the dormitory and the site."),
    ("restriction_of_movement", "Trips to the market were banned."),
    ("isolation", "The workers have no access to phones or the internet."),
    ("isolation", "Their mobile phones were confiscated on arrival."),
    ("isolation", "They were forbidden to talk to local staff."),
    ("isolation", "Some have not spoken to their families for years."),
    ("physical_and_sexual_violence", "A supervisor beat the workers who fell behind."),
    ("physical_and_sexual_violence", "Several women were sexually abused by managers."),
    ("physical_and_sexual_violence", "She was slapped for dropping a tray."),
    ("intimidation_and_threats", "Those who fell short were threatened with being sent home."),
    ("intimidation_and_threats", "They will be punished if they complain."),
    ("intimidation_and_threats", "Anyone who refuses would never work abroad again."),
    ("intimidation_and_threats", "Workers attend weekly self-criticism sessions."),
    ("retention_of_identity_documents", "The team leader kept our passports in a safe."),
    ("retention_of_identity_documents", "Passports were confiscated on arrival."),
    ("retention_of_identity_documents", "He did not hold his own passport."),
    ("withholding_of_wages", "About 70 percent of their wages goes to the state."),
    ("withholding_of_wages", "The loggers have not been paid for four months."),
    ("withholding_of_wages", "Each worker must contribute to the loyalty fund."),
    ("withholding_of_wages", "They send 12,000 rubles a month to Pyongyang."),
    ("withholding_of_wages", "Workers protested over unpaid wages."),
    ("debt_bondage", "They went into debt to work in China."),
    ("debt_bondage", "He borrowed money from relatives to pay a bribe for the posting."),
    ("debt_bondage", "New arrivals had to pay their own travel costs."),
    ("abusive_working_and_living_conditions", "Twelve men shared one room with bunk beds."),
    ("abusive_working_and_living_conditions", "Their food stipend is so meager that they go hungry."),
    ("abusive_working_and_living_conditions", "They worked without safety equipment in freezing cold."),
    ("abusive_working_and_living_conditions", "A welder died after a fire at the shipyard."),
    ("excessive_overtime", "They worked 16 hours a day."),
    ("excessive_overtime", "We worked from five in the morning until ten at night."),
    ("excessive_overtime", "The crew had two days off a month."),
    ("excessive_overtime", "They work seven days a week."),
    ("excessive_overtime", "Women were ordered to work night shifts on top of their day shifts."),
    ("excessive_overtime", "The crews had to keep working through the Lunar New Year holiday."),
    ("intimidation_and_threats", "Anyone who complained would be reported to the state security department."),
    ("abuse_of_vulnerability", "Many had overstayed their visas and could not refuse any job."),
    ("deception", "The women answered fake job advertisements for restaurant work."),
    ("restriction_of_movement", "Escape was impossible, the former worker said."),
    ("isolation", "They cannot call home more than once a year."),
    ("intimidation_and_threats", "The men were told they would be sent home if they talked to reporters."),
    ("withholding_of_wages", "Their salaries were delayed for months."),
    ("abusive_working_and_living_conditions", "The workers were exposed to toxic fumes without masks."),
    ("excessive_overtime", "They worked every day, even in the rain."),
    ("withholding_of_wages", "Their wages are paid to the trading company and they only receive 300 yuan."),
]


@pytest.mark.parametrize("indicator, text", CASES)
def test_indicator_phrasings(indicator: str, text: str) -> None:
    assert indicator in found(text), (indicator, text, [(h.rule, h.cue) for h in match(text).hits])


def test_every_indicator_has_cases() -> None:
    assert {i for i, _ in CASES} == set(INDICATORS)


@pytest.mark.parametrize(
    "text",
    [
        "The workers were not beaten.",
        "Nobody confiscated their passports.",
        "They were never threatened by the managers.",
    ],
)
def test_negation_cancels_hits(text: str) -> None:
    m = match(text)
    assert m.hits == []
    assert m.negated


def test_negated_condition_is_a_hit() -> None:
    # "cannot leave" and "have not been paid" describe an abuse
    assert "restriction_of_movement" in found("They cannot leave the camp.")
    assert "withholding_of_wages" in found("They have not been paid since May.")


def test_conditional_negation_is_not_a_denial() -> None:
    assert "intimidation_and_threats" in found("They will be punished if they don't pay their fees.")


def test_inflection_and_word_order() -> None:
    assert "retention_of_identity_documents" in found("Their passports were taken by the company.")
    assert "retention_of_identity_documents" in found("The company takes the passports.")
    assert "physical_and_sexual_violence" in found("Beatings were common.")
    assert stem("passports") == stem("passport")
    assert stem("threatened") == stem("threatening")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea's team came from behind to beat Uzbekistan 2-1.",
        "The trade fair drew 80,000 visitors.",
        "The workers earned between $200 million and $500 million a year for the state budget estimate.",
        "A worker was hurt in an industrial accident last year.",
        "The company said it would pay for the hotel.",
    ],
)
def test_no_false_hits(text: str) -> None:
    assert found(text) == set()


def test_rule_ids_and_spans() -> None:
    text = "Later, the team leader kept our passports in a safe."
    hits = match(text, offset=100).hits
    hit = next(h for h in hits if h.indicator == "retention_of_identity_documents")
    assert hit.rule.startswith("FL07.")
    assert text[hit.start - 100 : hit.end - 100] == hit.cue
    assert "passports" in hit.cue


def test_mechanisms() -> None:
    assert "M_QUOTA" in mechanisms("Each team must meet a loyalty fund quota.")
    assert "M_MINDER" in mechanisms("A minder from state security watched them.")
    assert "M_VISA_EVASION" in mechanisms("They arrived on student visas.")
    assert "M_STATE_DISPATCH" in mechanisms("They were dispatched by a trading company.")
    assert "M_SANCTIONS" in mechanisms("This breaches resolution 2397.")


def test_counter_cues() -> None:
    assert "retention_of_identity_documents" in counter_cues("All staff keep their own passports.")
    assert "restriction_of_movement" in counter_cues("Workers are free to leave on Sundays.")


@pytest.mark.parametrize("sentence, indicator", [
    ("After the day shift the cooks go straight back to the kitchen for the banquet.", "excessive_overtime"),
    ("The welders work while everyone else sleeps.", "excessive_overtime"),
    ("The dancers perform every night after a full shift in the dining room.", "excessive_overtime"),
    ("He had not been allowed to rest for two weeks despite a fever.", "excessive_overtime"),
    ("Her team leader waited outside the clinic door.", "restriction_of_movement"),
    ("Nobody in the brigade had ever seen a signed employment contract.", "deception"),
    ("They were paid 3,000 dirhams a month, of which each worker received about 400.", "withholding_of_wages"),
    ("Their salaries were paid through a trading company in Pyongyang.", "withholding_of_wages"),
    ("The hostel had no hot water and no heating all winter.", "abusive_working_and_living_conditions"),
    ("Every month there was another fee to pay to the agency.", "debt_bondage"),
    ("The crews are taken to the market once a month in a group.", "restriction_of_movement"),
    ("Nobody goes to town without the brigade leader.", "restriction_of_movement"),
    ("The gate of the dormitory is locked from 10 p.m.", "restriction_of_movement"),
    ("That leaves each man with about 90 dollars a month.", "withholding_of_wages"),
    ("The rest was for the plan.", "withholding_of_wages"),
    ("The supervisor struck a young fitter with a metal ruler.", "physical_and_sexual_violence"),
    ("One cook was punished for talking to Polish colleagues.", "isolation"),
    ("She came back from the press shop with a crushed finger.", "abusive_working_and_living_conditions"),
    ("Hours at the site regularly exceeded legal limits.", "excessive_overtime"),
    ("Overtime was never asked, only announced by the leader.", "excessive_overtime"),
    ("They were made to criticise themselves in front of the group.", "intimidation_and_threats"),
])
def test_more_indicator_phrasings(sentence: str, indicator: str) -> None:
    assert indicator in {h.indicator for h in match(sentence).hits}


@pytest.mark.parametrize("sentence, indicator", [
    ("They go back to work on Monday.", "excessive_overtime"),
    ("The loggers spend the winter in the taiga north of the town.", "isolation"),
    ("Overtime will be voluntary and paid at 150 percent.", "excessive_overtime"),
    ("The women lived in an apartment above the restaurant.", "abusive_working_and_living_conditions"),
    ("She is always with her friends at weekends.", "restriction_of_movement"),
    ("They were counted in the morning and at night.", "excessive_overtime"),
    ("A team leader held all passports and residence cards.", "withholding_of_wages"),
])
def test_more_false_friends(sentence: str, indicator: str) -> None:
    assert indicator not in {h.indicator for h in match(sentence).hits}
