"""Reports that describe no forced labour yield no claims and no indicators; reports that do keep them.

A probe of genres written in the same world and vocabulary as the reports about forced labour (a mine's
quarterly results, a port's volumes, a youth tournament with North Korean players, a storm that
"threatens" a coast, a bank "loan", a patient in "confinement", tourists who "may not leave" the hotel
without their guides, a tanker that "transferred fuel to a North Korean vessel", a recruitment story that names the "Office for Migrant Workers", an
inspectorate's figures that record "no cases of forced labour", a board's fees and its chief executive's pay),
with positive controls
in plain and paraphrased words. The documents are in probe_quiet_cases.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from labourlens.analyse import bystanders, context, indicators
from labourlens.analyse.claims import _domain_people, _topic_res
from labourlens.analyse.pipeline import analyse
from labourlens.model import Sentence

sys.path.insert(0, str(Path(__file__).parent))
from probe_quiet_cases import LOUD, QUIET  # noqa: E402

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("name", sorted(QUIET))
def test_quiet_report_yields_no_claims_or_indicators(name: str) -> None:
    a = analyse(QUIET[name], META)
    fired = [(c.text, [h.rule for h in c.indicators]) for c in a.claims]
    assert a.claims == [] and a.indicators() == [], fired


@pytest.mark.parametrize("name", sorted(LOUD))
def test_report_of_forced_labour_keeps_its_claims(name: str) -> None:
    a = analyse(LOUD[name], META)
    assert a.claims, name
    assert a.indicators(), name


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in bystanders.without_bystander_hits(text, indicators.match(text).hits)}


@pytest.mark.parametrize("text", [
    "Tourists may not leave the hotel without their guides.",
    "Passengers were not allowed to leave their cabins.",
    "Visitors hand their passports to the tour company on arrival.",
    "The patients were confined to the ward for a fortnight.",
])
def test_confinement_of_tourists_passengers_patients_is_no_indicator(text: str) -> None:
    assert not _kinds(text) & {"restriction_of_movement", "retention_of_identity_documents"}


@pytest.mark.parametrize("text", [
    "Workers may not leave the hotel without their minders.",
    "The waitresses were not allowed to leave the restaurant, and tourists never saw them outside.",
    "The crew were not allowed to leave the ship.",
])
def test_confinement_of_workers_stays_an_indicator(text: str) -> None:
    assert "restriction_of_movement" in _kinds(text)


def test_goods_handed_over_are_no_wages_paid_to_others() -> None:
    assert "withholding_of_wages" not in _kinds("The tanker transferred fuel to a North Korean vessel off Borneo.")
    assert "withholding_of_wages" not in _kinds("The company transferred the coal to a North Korean trading company.")
    assert "withholding_of_wages" in _kinds("Their wages were transferred to a North Korean trading company.")


@pytest.mark.parametrize(("text", "kind"), [
    ("Rescue teams freed miners who had been trapped underground for three days.", "restriction_of_movement"),
    ("About 200 drivers were trapped on the highway for 20 hours after a snowstorm.", "restriction_of_movement"),
    ("Border guards detained 40 migrants who tried to cross the river.", "restriction_of_movement"),
    ("The typhoon threatens the southern coast, forecasters said.", "intimidation_and_threats"),
    ("The threat of further rain remains, a weather official said.", "intimidation_and_threats"),
    ("The roof of the tunnel collapsed on Monday.", "abusive_working_and_living_conditions"),
    ("The home side beat the visitors 3-1 in front of 4,000 spectators.", "physical_and_sexual_violence"),
    ("We work Monday to Friday and play football on Sundays.", "excessive_overtime"),
    ("Employers of drivers will continue to pay a fee of 100 dinars a year.", "withholding_of_wages"),
    ("She saved 400 dollars a month and sent most of it home through a bank transfer.", "withholding_of_wages"),
    ("The new incentive for formal transfers is finally paying off, the economist said.", "debt_bondage"),
    ("Companies should train their staff to spot fake job applications.", "deception"),
    ("A call centre serving Russian banks opened in the town centre.", "restriction_of_movement"),
])
def test_senses_outside_labour_give_no_indicator(text: str, kind: str) -> None:
    assert kind not in _kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("The workers were trapped in the compound for months.", "restriction_of_movement"),
    ("The foreman threatened the workers with deportation.", "intimidation_and_threats"),
    ("The guards beat him in front of the other workers.", "physical_and_sexual_violence"),
    ("We worked on Sundays too, from Monday to Sunday.", "excessive_overtime"),
    ("Most of it was sent to the dispatching company before the workers saw any of it.", "withholding_of_wages"),
    ("The workers were still paying off their debts to the recruiter a year later.", "debt_bondage"),
    ("Two welders collapsed from the heat.", "abusive_working_and_living_conditions"),
    ("They were lured by fake job adverts.", "deception"),
    ("The workers were banned from going to the town centre.", "restriction_of_movement"),
])
def test_labour_senses_keep_their_indicator(text: str, kind: str) -> None:
    assert kind in _kinds(text)


def _sentences(texts: list[str]) -> tuple[str, list[Sentence]]:
    out, start = [], 0
    for i, t in enumerate(texts):
        out.append(Sentence(i, start, start + len(t), t))
        start += len(t) + 1
    return " ".join(texts), out


def test_cues_about_no_worker_do_not_make_a_labour_context() -> None:
    text, sents = _sentences([
        "A typhoon threatens the southern coast, forecasters said.",
        "\"The threat is serious,\" the regional emergency chief said.",
        "The bank said the city will repay its loans next year.",
        "Power company crews are on standby.",
    ])
    assert not context.forced_labour_context(text, sents)


def test_a_first_person_account_without_domain_terms_keeps_its_context() -> None:
    text, sents = _sentences([
        "We sewed jackets from seven in the morning until midnight.",
        "The boss kept our passports in his office.",
        "We were not allowed to leave the factory on Sundays.",
    ])
    assert context.forced_labour_context(text, sents)


def test_a_weak_domain_term_without_a_cue_is_no_labour_context() -> None:
    text, sents = _sentences([
        "The number of foreign workers in Japan rose 12% to 2.3 million, the ministry said.",
        "Vietnamese workers were the largest group.",
    ])
    assert not context.forced_labour_context(text, sents)


def test_a_nationality_of_a_ship_is_no_domain_anchor() -> None:
    domain = _topic_res()[1]
    assert not _domain_people("The crew of 25 transferred fuel to a North Korean vessel.", domain)
    assert _domain_people("North Korean workers at the yard were paid late.", domain)
    assert _domain_people("The crew included six North Korean sailors.", domain)
    assert _domain_people("The staff were dispatched abroad by a DPRK trading company, workers said.", domain)


def test_foreign_workers_named_outside_statistics_keep_the_context() -> None:
    text, sents = _sentences([
        "Hundreds of foreign workers were brought to the district last spring, officials said.",
        "A recruiter in Kathmandu said the men paid $3,000 each to get the jobs.",
    ])
    assert context.forced_labour_context(text, sents)
    text, sents = _sentences([
        "Migrant workers make up 6% of the workforce, the statistics office said.",
        "The share of foreign workers in construction rose to 14 percent.",
    ])
    assert not context.forced_labour_context(text, sents)


def test_they_and_answers_go_on_about_the_workers_named_before() -> None:
    text, sents = _sentences([
        "Forty contract workers arrived at the yard in March.",
        "\"They were held like prisoners,\" a prosecutor said.",
        "\"Nobody could go out after dark,\" he added.",
    ])
    assert context.forced_labour_context(text, sents)
    text, sents = _sentences([
        "How did you get the job?",
        "You had to pay a bribe to be put on the list.",
        "Were you paid?",
        "Almost nothing.",
    ])
    assert context.forced_labour_context(text, sents)


def test_a_single_first_person_remark_is_no_account() -> None:
    text, sents = _sentences([
        "A crew of forty worked through the night to replace the pitch before the match.",
        "\"We had no choice, the match could not be moved,\" the stadium director said.",
    ])
    assert not context.forced_labour_context(text, sents)


_LEDE = "North Korean workers abroad\nNorth Korean workers at a garment plant in Dandong are paid nothing, a source said. "


@pytest.mark.parametrize("sentence", [
    "A 16-year-old from Almaty and a player from Pyongyang shared first place in the under-18 section of the open.",
    "North Korea's under-18 team placed second in the regional championship after a 2-1 win over Vietnam.",
    "Two 17-year-old players from Sinuiju placed third in the under-18 doubles event in Doha.",
    "The under-18 category of the maths olympiad took place in Shenyang with teams from six countries.",
    "Minors from both Koreas were placed in the same bracket of the junior cup.",
])
def test_youth_age_groups_of_sport_and_contests_are_no_evidence_of_child_labour(sentence: str) -> None:
    a = analyse(_LEDE + sentence, META)
    rules = [h.rule for c in a.claims if sentence[:30] in c.text for h in c.indicators]
    assert not any(r.endswith("minors") for r in rules), rules


@pytest.mark.parametrize("sentence", [
    "Girls under 18 were placed in the sewing workshop and worked through the night.",
    "The broker recruited minors as young as 15 to work in the seafood plant.",
    "Several 16-year-old boys were sent to work on the building sites.",
])
def test_minors_put_to_work_stay_evidence(sentence: str) -> None:
    a = analyse(_LEDE + sentence, META)
    rules = [h.rule for c in a.claims if sentence[:30] in c.text for h in c.indicators]
    assert any(r.endswith("minors") for r in rules), rules


_FIGURE_LEDE = "Builders at a housing site\nAbout 200 migrant builders worked on a housing site near Kazan in 2023.\n"


@pytest.mark.parametrize("sentence", [
    "Payslips seen by the tribunal showed deductions of 300 euros a month for housing.",
    "The auditors were told that overtime was compulsory and unpaid.",
    "Night shifts ran for fourteen hours and nobody could refuse them.",
])
def test_pay_and_shift_words_make_a_cue_sentence_about_work(sentence: str) -> None:
    a = analyse(_FIGURE_LEDE + sentence, META)
    assert a.claims and a.indicators(), sentence


@pytest.mark.parametrize("sentence", [
    "Overtime is paid at time and a half under the agreement signed on Monday.",
    "The payroll system will move to a new provider in the spring.",
])
def test_pay_and_shift_words_alone_do_not_make_forced_labour(sentence: str) -> None:
    a = analyse(_FIGURE_LEDE + sentence, META)
    assert a.claims == [] and a.indicators() == [], [c.text for c in a.claims]


@pytest.mark.parametrize("text", [
    "Inspectors found thirty Nepali women at a knitting mill whose dormitory was locked at night.",
    "Police said forty Vietnamese men at a brick kiln had their passports taken by the owner.",
])
def test_foreign_women_or_men_at_a_workplace_with_one_cue_make_a_report(text: str) -> None:
    a = analyse("Mill inspected\n" + text, META)
    assert a.claims and a.indicators(), text


def test_a_national_womens_team_is_no_foreign_crew() -> None:
    text = ("Volleyball\nThe Vietnamese women's team stayed at a hotel in Doha, where the players were kept "
            "inside on the eve of the final, their coach said.")
    a = analyse(text, META)
    assert a.claims == [] and a.indicators() == []


@pytest.mark.parametrize("sentence", [
    "A team of 16-year-old boys was sent to work in the sewing section of the plant.",
    "Girls under 18 were placed in the packing section and worked until midnight.",
])
def test_work_teams_and_sections_of_a_plant_keep_minors_as_evidence(sentence: str) -> None:
    a = analyse(_LEDE + sentence, META)
    rules = [h.rule for c in a.claims if sentence[:30] in c.text for h in c.indicators]
    assert any(r.endswith("minors") for r in rules), rules
