"""Round 5 of the ILO indicator lexicon (knowledge/indicators.yaml, rules ``r5_*``): recall on fresh
reports, studied by CATEGORY of miss.

The misses on reports the rules' authors had not seen fell mostly into a few concepts worded in plain
speech rather than in the vocabulary of NGO reports: work into the small hours or from dusk to dawn, a
second shift after the day's work, a refused day off; no pay at all, pay in food, wages "held" or "kept
safe", fares taken out of the last wages; injuries and illness named by body part, no doctor on site,
fire traps, workers who look thin, crews living on the building site, the sick dragged out to work;
refusers sent to camps, being watched, "or lose their rations"; phones taken, calls listened in on;
barred windows, shore leave only when..., the city seen only from a bus; promises of money home or time
at home; fees for permits and medical checks; pulling by the hair. Each concept was written out in
sentences of our own, in several registers; companies and people are fictional. The negatives use the
same words in other senses (business, sport, weather, normal working conditions).
"""

from __future__ import annotations

import pytest

from labourlens.analyse.claims import _match
from labourlens.analyse.hedges import denial_cue, is_hypothetical


def claim_indicators(text: str) -> set[str]:
    """Indicators a claim made of ``text`` would carry (denials and hypotheticals carry none)."""
    if denial_cue(text) is not None or is_hypothetical(text):
        return set()
    return {h.indicator for h in _match(text, 0).hits}


def rules(text: str) -> set[str]:
    return {h.rule for h in _match(text, 0).hits}


# (sentence, indicator, round-5 rule that must fire)
POSITIVE: list[tuple[str, str, str]] = [
    # excessive overtime: the small hours, dusk to dawn, second shifts, refused days off
    ("The seamstresses at the Tumen Star plant sew until three in the morning.", "excessive_overtime",
     "FL11.r5_small_hours"),
    ("Crews pour concrete till 2 a.m. when the deadline is close.", "excessive_overtime", "FL11.r5_small_hours"),
    ("The packers stood at the conveyor for 15 hours during the plum harvest.", "excessive_overtime",
     "FL11.r5_hours_at_post"),
    ("The waitresses serve and then wash up until the early hours.", "excessive_overtime", "FL11.r5_small_hours"),
    ("The men unload the trawlers from dusk until dawn.", "excessive_overtime", "FL11.r5_dusk_to_dawn"),
    ("In winter the brigade fells timber from nightfall to the morning.", "excessive_overtime",
     "FL11.r5_dusk_to_dawn"),
    ("The labourers were made to spend their nights digging drainage ditches.", "excessive_overtime",
     "FL11.r5_nights_forced"),
    ("Each brigade was ordered to work through the night to finish the dam.", "excessive_overtime",
     "FL11.r5_nights_forced"),
    ("After their day shift at the mill, the women are bused to a brick kiln.", "excessive_overtime",
     "FL11.r5_after_shift"),
    ("The men finish their shift at the shipyard and then go on to load lorries.", "excessive_overtime",
     "FL11.r5_after_shift"),
    ("Since the new order arrived, the shifts never end.", "excessive_overtime", "FL11.r5_shifts_never_end"),
    ("The loggers said the managers demanded longer hours in the spring.", "excessive_overtime",
     "FL11.r5_shifts_never_end"),
    ("Two cooks asked for a day off at New Year and were turned down.", "excessive_overtime",
     "FL11.r5_day_off_refused"),
    ("Their request for a rest day was refused by the team leader.", "excessive_overtime",
     "FL11.r5_day_off_refused"),
    ("They scrub the floors after closing and at six they are back at work.", "excessive_overtime",
     "FL11.r5_up_again"),
    ("The quotas at the Baekdu Pine camp were so high that the crews worked every Sunday.",
     "excessive_overtime", "FL11.r5_quota_impossible"),
    # withholding of wages: no pay, pay in food, wages held, fares taken from wages
    ("The plasterers worked weekends without extra pay.", "withholding_of_wages", "FL08.r5_without_pay"),
    ("The girls were kept on the line for a further four hours without any pay.", "withholding_of_wages",
     "FL08.r5_without_pay"),
    ("Nobody on the Kosan crew was paid for the harvest.", "withholding_of_wages", "FL08.r5_nobody_paid"),
    ("None of them gets paid for the Sunday shifts.", "withholding_of_wages", "FL08.r5_nobody_paid"),
    ("The fishermen say they are effectively working for their food.", "withholding_of_wages",
     "FL08.r5_paid_in_kind"),
    ("The miners get rice and soap at the end of the month, never cash.", "withholding_of_wages",
     "FL08.r5_paid_in_kind"),
    ("The builders were paid in flour and cooking oil.", "withholding_of_wages", "FL08.r5_paid_in_kind"),
    ("Their wages are held until the contract ends.", "withholding_of_wages", "FL08.r5_wages_held"),
    ("The women were told their money is kept safe for them by the head office.", "withholding_of_wages",
     "FL08.r5_wages_held"),
    ("A former manager called the holding of wages the main tool of the trade.", "withholding_of_wages",
     "FL08.r5_wages_held"),
    ("Not one of the welders has received anything since March.", "withholding_of_wages",
     "FL08.r5_received_nothing"),
    ("They have no money even for soap.", "withholding_of_wages", "FL08.r5_no_money"),
    ("The agency deducted the bus fares from their last wages.", "withholding_of_wages",
     "FL08.r5_out_of_wages"),
    ("The foreman took the cost of the uniforms out of their pay.", "withholding_of_wages",
     "FL08.r5_out_of_wages"),
    # abusive conditions: body harm, no doctor, fire traps, thinness, living on site, sick forced out
    ("Several of the welders have burns on their arms from the cutting torches.",
     "abusive_working_and_living_conditions", "FL10.r5_harm_to_body"),
    ("Many of the older deckhands have bad backs and no one treats them.",
     "abusive_working_and_living_conditions", "FL10.r5_harm_to_body"),
    ("Two crewmen on the Hwasong trawler had fallen overboard in the storm season.",
     "abusive_working_and_living_conditions", "FL10.r5_harm_to_body"),
    ("Women from the dye shop came home with lung problems.", "abusive_working_and_living_conditions",
     "FL10.r5_harm_to_body"),
    ("There is no doctor at the logging camp.", "abusive_working_and_living_conditions",
     "FL10.r5_no_doctor_on_site"),
    ("The site has no first aid and no medicine.", "abusive_working_and_living_conditions",
     "FL10.r5_no_doctor_on_site"),
    ("The supervisors would not let the injured man go to hospital for a week.",
     "abusive_working_and_living_conditions", "FL10.r5_not_let_see_doctor"),
    ("The doors of the dormitory are chained at night, so in a fire the women would be trapped.",
     "abusive_working_and_living_conditions", "FL10.r5_fire_trap"),
    ("Visitors said the carpenters looked thin and exhausted.", "abusive_working_and_living_conditions",
     "FL10.r5_thin"),
    ("By spring the girls had grown emaciated.", "abusive_working_and_living_conditions", "FL10.r5_thin"),
    ("The plasterers sleep in the basement of the tower they are building.",
     "abusive_working_and_living_conditions", "FL10.r5_live_on_site"),
    ("The bricklayers lived on the construction site for two winters.",
     "abusive_working_and_living_conditions", "FL10.r5_live_on_site"),
    ("Even workers with a fever are dragged to the line by the foreman.",
     "abusive_working_and_living_conditions", "FL10.r5_sick_forced_out"),
    ("The sick were still made to work on the dock.", "abusive_working_and_living_conditions",
     "FL10.r5_sick_forced_out"),
    # intimidation and threats
    ("Anyone who refuses the night shift is sent to a re-education camp.", "intimidation_and_threats",
     "FL06.r5_refusers_sent"),
    ("Those who complained were docked a week's rations.", "intimidation_and_threats",
     "FL06.r5_refusers_sent"),
    ("The two seamstresses who came back will be monitored for years.", "intimidation_and_threats",
     "FL06.r5_watched"),
    ("The returnees are watched closely by security officers.", "intimidation_and_threats", "FL06.r5_watched"),
    ("Each team must hand over 500 dollars a month or lose its bonus rice.", "intimidation_and_threats",
     "FL06.r5_or_lose"),
    ("The crews are expected to meet the daily target or be sent home.", "intimidation_and_threats",
     "FL06.r5_or_lose"),
    ("The boss tells the girls that anyone who is tired can go home to Pyongyang.", "intimidation_and_threats",
     "FL06.r5_tired_can_go_home"),
    ("If they complain, they can pack their bags and go back home, the manager says.", "intimidation_and_threats",
     "FL06.r5_tired_can_go_home"),
    ("The relatives of the two runaways were summoned by the security bureau.", "intimidation_and_threats",
     "FL06.r5_family_summoned"),
    ("His parents were questioned for a week after he disappeared.", "intimidation_and_threats",
     "FL06.r5_family_summoned"),
    # isolation
    ("The supervisor took their phones on the first night.", "isolation", "FL04.r5_phones_taken"),
    ("Guards have taken the cooks' mobile phones since the spring.", "isolation", "FL04.r5_phones_taken"),
    ("The women may phone their mothers, but the minder listens.", "isolation", "FL04.r5_listened_calls"),
    ("They can call home once a month from the office.", "isolation", "FL04.r5_monthly_call"),
    # restriction of movement
    ("The windows of the hostel were fitted with iron bars.", "restriction_of_movement", "FL03.r5_window_bars"),
    ("Bars were welded over every dormitory window.", "restriction_of_movement", "FL03.r5_window_bars"),
    ("The deckhands are allowed ashore only when the trawler unloads.", "restriction_of_movement",
     "FL03.r5_out_only_when"),
    ("The women may go into town only in groups of five.", "restriction_of_movement",
     "FL03.r5_out_only_when"),
    ("In two years he saw the city only through the bus window.", "restriction_of_movement",
     "FL03.r5_saw_only_from"),
    ("The bosses kept the loggers on a tight leash.", "restriction_of_movement", "FL03.r5_short_leash"),
    # deception
    ("Recruiters told them they would be able to send money home every month.", "deception",
     "FL02.r5_told_will_be_able"),
    ("The girls were assured they could save enough for a flat.", "deception", "FL02.r5_told_will_be_able"),
    ("The welders had been promised home leave after twelve months.", "deception",
     "FL02.r5_promised_home_time"),
    # debt bondage
    ("Each recruit was told to pay 300 dollars for an exit permit.", "debt_bondage",
     "FL09.r5_told_to_pay_fees"),
    ("The women had to pay for their own medical checks before leaving.", "debt_bondage",
     "FL09.r5_told_to_pay_fees"),
    # physical violence
    ("The forewoman drags the girls by the hair when they are slow.", "physical_and_sexual_violence",
     "FL05.r5_pulled_by"),
    ("A guard pulled him by the collar across the yard.", "physical_and_sexual_violence", "FL05.r5_pulled_by"),
]


# Written after the rules, as a check that they carry over to wording they were not written from.
FRESH_BATCH: list[tuple[str, str]] = [
    ("The cooks at the Pearl River Inn often stay on until 2am cleaning up.", "excessive_overtime"),
    ("In the peak season the girls sort fish from evening until sunrise.", "excessive_overtime"),
    ("After a full day at the brickworks the men are marched to the rail yard to unload coal.",
     "excessive_overtime"),
    ("The brigade labours through the night whenever a ship docks.", "excessive_overtime"),
    ("Requests for days off were always rejected.", "excessive_overtime"),
    ("The women worked on holidays without additional pay.", "withholding_of_wages"),
    ("None of the loggers was paid for the extra weeks.", "withholding_of_wages"),
    ("The crew is paid in food coupons, not money.", "withholding_of_wages"),
    ("Their salaries were held back until the end of the three-year contract.", "withholding_of_wages"),
    ("The managers said the wages were being kept for them until they went home.", "withholding_of_wages"),
    ("The cost of the flights was deducted from their wages.", "withholding_of_wages"),
    ("The sewing hands have received nothing since the spring.", "withholding_of_wages"),
    ("Several loggers came back with frostbite on their feet.", "abusive_working_and_living_conditions"),
    ("One welder lost two fingers in the press last year.", "abusive_working_and_living_conditions"),
    ("There was no clinic and no medicine at the camp.", "abusive_working_and_living_conditions"),
    ("The foremen refused to let the injured man see a doctor.", "abusive_working_and_living_conditions"),
    ("The fire exits in the dormitory were locked from outside.", "abusive_working_and_living_conditions"),
    ("The girls appeared malnourished, a visiting trader said.", "abusive_working_and_living_conditions"),
    ("The bricklayers sleep on the site in the unfinished tower.", "abusive_working_and_living_conditions"),
    ("Workers who refuse overtime are sent home in disgrace.", "intimidation_and_threats"),
    ("Those who returned are kept under surveillance by the police.", "intimidation_and_threats"),
    ("Each team must meet the plan or face criticism sessions.", "intimidation_and_threats"),
    ("The manager confiscated their mobile phones on arrival.", "isolation"),
    ("When the women call home, a supervisor listens in.", "isolation"),
    ("The men may ring their families only once every two months.", "isolation"),
    ("Iron bars cover the windows of the workers' block.", "restriction_of_movement"),
    ("The sailors are let off the ship only when it is in port in Busan.", "restriction_of_movement"),
    ("The recruits were told they would be able to save for a house.", "deception"),
    ("They had been promised a trip home after one year.", "deception"),
    ("Every recruit had to pay for a medical exam and an exit permit.", "debt_bondage"),
    ("The manager grabbed her by the hair and pushed her to the floor.", "physical_and_sexual_violence"),
]


@pytest.mark.parametrize(("text", "indicator"), FRESH_BATCH)
def test_fresh_batch(text: str, indicator: str) -> None:
    assert indicator in claim_indicators(text), sorted(rules(text))


@pytest.mark.parametrize(("text", "indicator", "rule"), POSITIVE)
def test_concept_sentences_carry_their_indicator(text: str, indicator: str, rule: str) -> None:
    assert rule in rules(text), f"{rule} not in {sorted(rules(text))}: {text}"
    assert indicator in claim_indicators(text)


# The same words in other senses: the named indicator must not be found.
OTHER_SENSES: list[tuple[str, str]] = [
    ("The night market in Dandong stays open until two in the morning.", "excessive_overtime"),
    ("Fans celebrated in the streets till 3 a.m. after the final.", "excessive_overtime"),
    ("The clinic is open from dusk to midnight on Fridays.", "withholding_of_wages"),
    ("The shop assistants work eight-hour shifts and have two days off a week.", "excessive_overtime"),
    ("The band played to a full house after the show.", "excessive_overtime"),
    ("She took a photo of the harbour with her phone.", "isolation"),
    ("He took a call from the embassy on his mobile phone.", "isolation"),
    ("The students listened to the radio broadcast on their phones.", "isolation"),
    ("The bank statement shows the salary was paid in full on the first of the month.", "withholding_of_wages"),
    ("The restaurant sources its rice and vegetables from local farms.", "withholding_of_wages"),
    ("The canteen serves food and drinks until nine.", "withholding_of_wages"),
    ("The ministry said it had not received any complaints from the crews.", "withholding_of_wages"),
    ("The chef burned the toast.", "abusive_working_and_living_conditions"),
    ("Protesters burned the flag outside the consulate.", "abusive_working_and_living_conditions"),
    ("The soldiers opened fire on the smugglers' boat.", "abusive_working_and_living_conditions"),
    ("The new flats have thin walls.", "abusive_working_and_living_conditions"),
    ("Troops watched the parade from the stands.", "intimidation_and_threats"),
    ("The ministry said it was watching the talks closely.", "intimidation_and_threats"),
    ("Families were called to collect the children at noon.", "intimidation_and_threats"),
    ("Guests who are tired can go back to the hotel by shuttle.", "intimidation_and_threats"),
    ("Workers who are unhappy with the pay can leave at the end of the contract.", "intimidation_and_threats"),
    ("If anyone is unhappy with the room, they can leave.", "intimidation_and_threats"),
    ("Analysts are monitoring the market closely this week.", "intimidation_and_threats"),
    ("Bars and cafes line the river front.", "restriction_of_movement"),
    ("The delegation saw the city from the top of the tower.", "restriction_of_movement"),
    ("The goalkeeper pulled a hamstring in the first half.", "physical_and_sexual_violence"),
    ("The firm covers the fees for exit permits and medical checks.", "debt_bondage"),
    ("The company paid for the workers' medical checks and visas.", "debt_bondage"),
    ("Managers were told they would be able to expand the factory next year.", "deception"),
    ("The engineers leave the site at six and are back at nine.", "excessive_overtime"),
    ("After a full day of sightseeing, the delegation then went to the opera.", "excessive_overtime"),
    ("None of the repairs was paid for by the landlord.", "withholding_of_wages"),
    ("After a long day of talks, the ministers went to dinner.", "excessive_overtime"),
]


@pytest.mark.parametrize(("text", "absent"), OTHER_SENSES)
def test_other_senses_do_not_count(text: str, absent: str) -> None:
    """No round-5 rule gives ``absent`` here (older rules are tested in their own files)."""
    if denial_cue(text) is not None or is_hypothetical(text):
        return
    fired = sorted(h.rule for h in _match(text, 0).hits if h.indicator == absent and ".r5_" in h.rule)
    assert not fired, f"{fired}: {text}"


@pytest.mark.parametrize(("affirmed", "negated", "rule"), [
    ("The crews worked until two in the morning.", "The crews never worked until two in the morning.",
     "FL11.r5_small_hours"),
    ("There is no doctor at the mine.", "There is a doctor at the mine every day.",
     "FL10.r5_no_doctor_on_site"),
    ("The guards took their phones.", "The guards did not take their phones.", "FL04.r5_phones_taken"),
    ("The ship's windows have bars.", "None of the ship's windows have bars.", "FL03.r5_window_bars"),
])
def test_negation_cancels(affirmed: str, negated: str, rule: str) -> None:
    assert rule in rules(affirmed)
    assert rule not in rules(negated)


def test_round5_rules_are_each_exercised() -> None:
    """Every r5 rule in the lexicon has at least one positive sentence above."""
    from labourlens import knowledge

    data = knowledge.load("indicators.yaml")["indicators"]
    wanted = {
        f"{spec['code']}.{name}"
        for spec in data.values()
        for name in spec["rules"]
        if name.startswith("r5_")
    }
    tested = {rule for _, _, rule in POSITIVE}
    assert wanted <= tested, sorted(wanted - tested)


# An older rule narrowed in round 5: "scars" matched "scared" (fear is not violence).
@pytest.mark.parametrize(("text", "rule", "expected"), [
    ("She still has scars on her back.", "FL05.r3_violence_nouns", True),
    ("His hands were scarred from the whip.", "FL05.r3_violence_nouns", True),
    ("The younger women are scared to go out alone.", "FL05.r3_violence_nouns", False),
    ("Everyone was scared of the inspection.", "FL05.r3_violence_nouns", False),
])
def test_narrowed_older_rules(text: str, rule: str, expected: bool) -> None:
    assert (rule in rules(text)) is expected, sorted(rules(text))
