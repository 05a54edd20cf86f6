"""Document gate, denials and indicator phrasings at the claim level (fictional texts)."""

from __future__ import annotations

import pytest

from labourlens.analyse import context
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import split
from labourlens.model import Analysis


def run(text: str) -> Analysis:
    return analyse(text, {"language": "en"})


def claim(a: Analysis, needle: str):  # type: ignore[no-untyped-def]
    found = [c for c in a.claims if needle in c.text]
    assert found, f"no claim with {needle!r}: {[c.text for c in a.claims]}"
    return found[0]


NO_FORCED_LABOUR = [
    ("Riverside Sports Weekly\n\nJunior squad ready for the cup\n\nALMATY \u2014 The under-19 team trained twice "
     "a day this week. \u201cThe coaches never let us rest, and that is fine,\u201d said winger Timur Sadykov. "
     "The team flies to Bishkek on Friday."),
    ("Fictional Harbour Courier\n\nYard in Rostock hires 200 fitters\n\nA shipyard in Rostock will hire 200 fitters "
     "this year at a starting salary of 3,100 euros a month, the company said. New staff will work three "
     "eight-hour shifts. Overtime will be voluntary and paid at 150 percent, said the personnel director, Jan "
     "Reuter. Workers are free to join a trade union."),
    ("Grain exports through the port rose 8 percent in May, customs data showed. Rain is expected on Tuesday, "
     "with temperatures of 14C. The harbour team painted the cranes."),
    ("Reminder: do not post names of workers in this forum. Threads about salaries and shifts are moved to the "
     "jobs board."),
]


@pytest.mark.parametrize("text", NO_FORCED_LABOUR)
def test_reports_without_forced_labour_yield_no_claims(text: str) -> None:
    a = run(text)
    assert a.claims == []
    assert not context.forced_labour_context(text, split(text))


def test_gate_passes_on_migrant_labour_context() -> None:
    text = "About 90 migrant workers from Nepal build the stadium. Their passports were taken on arrival."
    assert context.forced_labour_context(text, split(text))
    assert context.domain_terms(text)[0] == "migrant workers"


def test_gate_passes_on_several_kinds_of_abuse_without_domain_words() -> None:
    text = ("Kim, 41, worked at a fictional sawmill until 2019. We worked from five in the morning until ten "
            "at night. Nobody could leave the camp.")
    assert context.forced_labour_context(text, split(text))
    assert run(text).claims


DENIALS = [
    "Inspectors said none of them reported that their passports had been withheld.",
    "\u201cNobody's passport was ever taken,\u201d the fictional Amber Foods manager said.",
    "The regional office said no work permit has been issued to North Korean citizens this year.",
    "The inspectorate found no DPRK nationals at the site.",
    "The ministry said it had received no complaint from the North Korean workers.",
    "The embassy said it is not aware of any North Korean workers in the city.",
    "\u201cAll our staff are Russian citizens hired under Russian law,\u201d the contractor said of its workers.",
    "The company said it strictly complies with Qatari labour law for all its workers.",
    "The firm said it has zero tolerance for forced labour among its workers.",
    "The ministry rejected the allegations about the North Korean workers.",
    "Officials said the North Koreans study at universities like any other students.",
]


@pytest.mark.parametrize("sentence", DENIALS)
def test_denials_are_negated_without_indicators(sentence: str) -> None:
    text = "About 200 North Korean workers were sent to the region last year. " + sentence
    c = claim(run(text), sentence[10:40])
    assert c.polarity == "negated" and c.indicators == []


def test_denied_a_right_is_an_affirmed_abuse() -> None:
    text = "North Korean workers at the fictional plant were routinely denied sick leave."
    c = claim(run(text), "denied sick leave")
    assert c.polarity == "affirmed" and c.indicators


INTRO = "About 300 North Korean workers were sent to the fictional Amber Bay plants last year. "


@pytest.mark.parametrize("sentence, indicator", [
    ("The North Korean crews worked from 7 p.m. until 9 a.m. at the freezer plant.", "excessive_overtime"),
    ("The North Korean cooks start before the sun and are still there at ten.", "excessive_overtime"),
    ("The contract for the North Korean builders sets a working day of not less than 13 hours.",
     "excessive_overtime"),
    ("The North Korean women are taken to the market once a month in a group.", "restriction_of_movement"),
    ("The North Korean welders have not left the yard grounds since spring.", "restriction_of_movement"),
    ("The gate of the North Korean hostel is locked from 10 p.m.", "restriction_of_movement"),
    ("The leader collects the North Korean waitresses' tips.", "withholding_of_wages"),
    ("The North Korean builders get their money at the end of the contract, if at all.", "withholding_of_wages"),
    ("A supervisor struck a North Korean fitter with a metal pipe.", "physical_and_sexual_violence"),
    ("One North Korean cook came back from the kitchen with a crushed hand.",
     "abusive_working_and_living_conditions"),
    ("The North Korean workers were promised $600 a month before leaving.", "deception"),
])
def test_indicator_phrasings(sentence: str, indicator: str) -> None:
    c = claim(run(INTRO + sentence), sentence[-35:-1])
    assert indicator in {h.indicator for h in c.indicators}


@pytest.mark.parametrize("sentence, wrong", [
    ("The North Korean women are counted in the morning and at night.", "excessive_overtime"),
    ("The North Korean crews are allowed out only on Sundays.", "excessive_overtime"),
    ("The North Korean welders were made to criticise themselves in front of the group.",
     "physical_and_sexual_violence"),
    ("The North Korean crew leader collected their salaries in cash.", "abusive_working_and_living_conditions"),
    ("The North Korean men worked night shifts of up to 14 hours.", "abusive_working_and_living_conditions"),
])
def test_indicator_false_friends(sentence: str, wrong: str) -> None:
    c = claim(run(INTRO + sentence), sentence[-35:-1])
    assert wrong not in {h.indicator for h in c.indicators}


def test_passports_as_antecedent() -> None:
    text = ("The North Korean workers said their passports were taken on arrival. "
            "\u201cThe manager had them in a drawer,\u201d one worker said.")
    c = claim(run(text), "had them in a drawer")
    assert "retention_of_identity_documents" in {h.indicator for h in c.indicators}


def test_interviewer_questions_and_intro_lines_are_not_claims() -> None:
    text = ("Ri Song-il, 44, spent four years at a fictional sawmill in the Russian Far East.\n\n"
            "Q: What were your hours?\n\n"
            "A: We cut timber from dawn until dark. Nobody could leave the camp.\n\n"
            "Q: Were you paid?\n\n"
            "A: I received no more than $90 a year.")
    a = run(text)
    assert a.claims and not any("?" in c.text for c in a.claims)
    text = ("About 40 North Korean welders live at the fictional yard. Olga Brandt, who rents rooms to some of "
            "them, recalled:\n\n\u201cThey asked me to say nothing. Their passports were with the leader.\u201d")
    assert not any(c.text.endswith("recalled:") for c in run(text).claims)


def test_forum_rules_are_not_claims_or_speakers() -> None:
    text = ("Reminder: do not post names or photos of workers in this thread.\n\n"
            "About 150 North Korean women work at the fictional plant, a driver who delivers ice there told "
            "the Herald:\n\n\u201cThey work all night. The gate is locked from 9 p.m.\u201d")
    a = run(text)
    assert not any(c.text.startswith("Reminder") for c in a.claims)
    by_key = {s.key: s for s in a.sources}
    intro = claim(a, "About 150 North Korean women")
    assert by_key[intro.source].wording == "a driver who delivers ice there"
    night = claim(a, "They work all night")
    assert night.source == intro.source
    assert "excessive_overtime" in {h.indicator for h in night.indicators}


def test_always_with_the_leader_is_movement() -> None:
    c = claim(run(INTRO + "The men come to buy bread once a month, always with the brigade leader."), "buy bread")
    assert "restriction_of_movement" in {h.indicator for h in c.indicators}


def test_workers_from_elsewhere_with_one_abuse_cue_pass_the_gate() -> None:
    text = "About 60 Nepali workers build the fictional tower. Their passports were taken on arrival."
    assert context.forced_labour_context(text, split(text))
    text = "The squad trained in Doha. Their passports were checked at the airport."
    assert not context.forced_labour_context(text, split(text))


def test_sports_words_do_not_silence_a_labour_report() -> None:
    """A forced-labour report that mentions a football pitch and a match still yields claims."""
    from labourlens.analyse.pipeline import analyse

    text = (
        "North Korean workers building the new football stadium in Batumi Bay have not been paid for "
        "five months, a site engineer said. \"They work on the pitch from six in the morning until "
        "midnight, even on match days, and the team leader keeps their passports,\" he said. The club's "
        "final game of the season was moved to another arena after the workers' dormitory flooded."
    )
    result = analyse(text, {"published": "2025-05-01", "language": "en"})
    assert result.claims
    assert "retention_of_identity_documents" in result.indicators()


def test_a_match_report_about_north_korean_players_yields_nothing() -> None:
    from labourlens.analyse.pipeline import analyse

    text = (
        "North Korea's women's team beat Vietnam 3-1 in the Asian championship semi-final on Sunday. "
        "The striker scored twice before half-time, and the coach said the squad had trained hard at a "
        "training camp in Pyongyang. The final against Japan is on Wednesday; fans expect a full stadium."
    )
    result = analyse(text, {"published": "2025-05-01", "language": "en"})
    assert result.claims == [] and result.indicators() == []


def test_sports_report_check_order_does_not_matter() -> None:
    """The sports check tests its three conditions cheapest first; the answer is the same."""
    pattern, min_terms = context._off_domain()
    assert pattern is not None

    def reference(body: str) -> bool:
        sport = {m.group(0).lower() for m in pattern.finditer(body)}
        if len(sport) < min_terms:
            return False
        labour = {t for t in context.domain_terms(body) if t not in context._NATIONALITY_ONLY}
        return not labour and not context._LABOUR_WORDS.search(body)

    for body in (
        "The North Korean women's football squad beat Vietnam 3-0; the striker scored twice before the final.",
        "The squad lost the match. North Korean workers at the stadium were not paid, the coach said.",
        "North Korean forced labour: the league final and the tournament goal were a metaphor for the game.",
        "Weather today: sunny.",
    ):
        assert context._sports_report(body) == reference(body), body


LONG_SHIFTS = ("Battery maker adds a night shift in Changchun\n\n"
               "A fictional battery plant in Changchun will hire 800 assembly staff this spring, its personnel "
               "director said. Staff on the new line will often work overtime during the launch, she said.\n\n"
               "Shifts on the night line run until two in the morning, and the plant pays a night bonus, "
               "according to the job advertisement.\n")


def test_overtime_alone_is_ordinary_labour_news() -> None:
    """Long shifts in several sentences, and nothing about migrants or forced labour: no claims."""
    assert analyse(LONG_SHIFTS, {"published": "2025-02-01"}).claims == []


def test_overtime_with_a_domain_term_or_another_abuse_is_evidence() -> None:
    with_domain = LONG_SHIFTS.replace("800 assembly staff", "800 North Korean workers")
    assert analyse(with_domain, {"published": "2025-02-01"}).claims
    with_abuse = LONG_SHIFTS + "\nStaff who complained had their passports taken by the supervisor.\n"
    assert analyse(with_abuse, {"published": "2025-02-01"}).claims
