"""Probe of the IND3 indicator rules (round 13 in ``knowledge/indicators.yaml`` and
``analyse/document_pronouns.py``), read from the misses and false positives of the weakest diagnosis sets by
KIND of wording, never by phrase:

* recall: outings rationed in time and made in a group or with a minder; a minder at the worker's side;
  only food money or living costs handed over as pay; pay lower than promised; work carried on by lamps or
  headlights, a count of hours worked with no "a day", days off lost, one weekday off a month; a worker home
  poorer than he left; kin to be sent to a remote village; papers named once and then held under "it"; no talk
  with the people of the place; pay still awaited, cut by a sum or lost with the papers; a sum paid against
  the sum named ("600, not 900"), the sum of a contract handed over on arrival, "easy money";
* precision: covered windows are concealment (isolation), not living conditions; "study sessions" are
  meetings, not a study visa; "forced labour" in a pledge or called a lie is no finding; a threat to send
  workers "home with nothing" is a threat, not pay withheld; charges for board and lodging are cut from pay
  (withholding), not a recruitment debt; a firm's licence or a contract running "until" some date has not
  expired on the workers; a training fee paid back is a debt, not pay withheld; "nobody spoke to the Chinese"
  is no talk (isolation), not a language barrier; "documented" is no document; a small stipend is pay, not
  food; rice and salted fish is a diet, not pay in kind; the manager's own pocket is no treatment paid by the
  worker; a protest over wages that was punished is told for the punishment; a firm paying a firm per worker
  is a price, not pay withheld.

Every page has a headline, one neutral lede naming North Korean or migrant workers, then the text under test.
Positives must carry their indicator as an affirmed claim (they were missed before); negative controls
(negated, hypothetical, definitional, other senses, quiet wording) must not. Sentences, people and firms are
our own.
"""
from __future__ import annotations

import pytest

from indicator_probe_pages import affirmed

R, ISO, WAGE, DOC, DEC, AOV, OVT, DEBT, ABUSE = (
    "restriction_of_movement", "isolation", "withholding_of_wages", "retention_of_identity_documents", "deception",
    "abuse_of_vulnerability", "excessive_overtime", "debt_bondage", "abusive_working_and_living_conditions")

NEWLY_CAUGHT = [
    # outings rationed in time and made in a group, or with a minder
    (R, "Sundays the women are allowed to the market in threes."),
    (R, "Once a month the cooks come down to the town in a group, always with the same older man."),
    (R, "On Sundays a minibus takes the women to a supermarket for an hour, with their supervisor."),
    (R, "The seamstresses sew all day with a minder beside them."),
    # only food money or living costs as pay
    (WAGE, "Only food money is handed out, a former cook said."),
    (WAGE, "The men were given 600 yuan a month in living money."),
    (WAGE, "The brigade leader gives each man 500 rubles a month for living expenses."),
    # pay lower than promised
    (DEC, "The women said their wages were far lower than what the recruiter had promised."),
    # working time: by lamps or headlights, hours counted with no "a day", days off lost or rare
    (OVT, "The crews keep pouring concrete under floodlights after the sun has gone down."),
    (OVT, "In winter the loggers carried on cutting by the light of the lorry headlights."),
    (OVT, "In the peak season the packers work sixteen hours and sleep at the plant."),
    (OVT, "Since the autumn the kitchen staff have lost their days off, a waiter said."),
    (OVT, "I had one Friday a month free, a driver said."),
    # home poorer than before: a debt
    (DEBT, "After three years in Russia, the plasterer came home poorer than when he left."),
    # kin to be sent to a remote place
    (AOV, "If a worker runs away, the whole family will be sent to a mountain village."),
    # papers named once, then held under "it"
    (DOC, "On the first day the supervisor asked to see my passport. He still keeps it, a welder said."),
    (DOC, "Each of us had an identity card from the factory. You could not get it back, a cook said."),
    (DOC, "The agent asked for her passport at the airport. She never saw it again."),
    # no talk with the people of the place, told with any negation
    (ISO, "The loggers do not speak to Russians, a driver said."),
    (ISO, "The women don't mix with local people, the shopkeeper said."),
    # pay still awaited, cut by a sum, lost with the papers; living money as pay
    (WAGE, "The men who laid the road say they are still waiting to be paid for it."),
    (WAGE, "Her wage of 300 dinars is cut by 80 dinars for the bunk and meals."),
    (WAGE, "Two of the men lost their passports and last month's wages when they ran."),
    (WAGE, "The boss gave each of us 800 yuan a month for living expenses."),
    # a sum paid against the sum named, a contract handed over on arrival, "easy money"
    (DEC, "They paid me 600 dirhams, not 900, a driver said."),
    (DEC, "We were told Malaysia would be easy money, a welder said."),
    (DEC, "The contract they gave us in Doha said 1,100 riyals, a welder said."),
]

NEGATIVE = [
    # other senses, leisure and family outings
    (R, "On Sundays the welders go to church with their families."),
    (R, "The cooks visit the market on Sundays and come back when they like."),
    (R, "The foreman said the men work together with a supervisor from the client."),
    (WAGE, "The welders earn 90,000 rubles a month plus food money."),
    (DEC, "The pay was higher than promised, a welder said."),
    (OVT, "The drive from the camp to the site takes twelve hours by bus."),
    (OVT, "The welders worked 40 hours a week, well within the limit."),
    (OVT, "If the quota was missed, the whole brigade lost its day off."),
    (DEBT, "He came home with more money than he had ever seen."),
    (AOV, "The ministry said the families would be resettled in new flats after the flood."),
    # papers not held: a denial, a renewal, no papers named
    (DOC, "The foreman asked to see my passport. Nobody took it, a welder said."),
    (DOC, "My passport expired last year. I renewed it in Seoul, a cook said."),
    (DOC, "She showed me the contract. The manager kept it, a waitress said."),
    # precision: the wordings the older rules read as the wrong indicator
    (ABUSE, "The windows of the dormitory were covered with newspaper, a neighbour said."),
    (AOV, "Every morning the cooks sit through study sessions on the leader's speeches."),
    (WAGE, "Anyone who complains will be sent home with nothing, the foreman warned them."),
    (ABUSE, "The retailer said it would never tolerate forced labour in its supply chain."),
    (ABUSE, "The ministry called the reports of forced labour at the plant a lie."),
    (DEBT, "The women are charged 300 yuan a month for their bunks and meals."),
    (DEC, "The brokers' firm, whose licence expired last year, still sends workers abroad."),
    (DEC, "The manager said the passports would stay with him until the contract finished."),
    (WAGE, "The welders spent their first year paying back the training fee."),
    (AOV, "After the warning nobody spoke to the Chinese cooks, a former waitress said."),
    (AOV, "The loggers do not speak to Russians, a driver said."),
    (ISO, "The managers do not speak to the Chinese press, the firm said."),
    (DOC, "Researchers documented that the men handed over most of their pay to the leader."),
    (ABUSE, "Prosecutors said the coders kept only a small stipend."),
    (WAGE, "We got rice and salted fish, and in spring only potatoes."),
    (AOV, "The rest of the wages went into the manager's own pocket, a welder said."),
    (WAGE, "Two men who protested about their wages were beaten by a guard, a welder said."),
    (WAGE, "The builder pays the Korean firm 3,000 yuan per worker each month."),
    # the new wage and deception rules keep to their sense
    (DEC, "Each woman got 800 yuan and not one of them kept it."),
    (DEC, "The contract said 1,500 riyals a month, a welder said."),
    (WAGE, "Her pay rose by 50 dinars after the inspection."),
    (WAGE, "The levy was set high to make up for lost earnings."),
]


@pytest.mark.parametrize(("k", "indicator", "text"), [(k, i, s) for k, (i, s) in enumerate(NEWLY_CAUGHT)])
def test_newly_caught(k: int, indicator: str, text: str) -> None:
    assert indicator in affirmed(text, k), text


@pytest.mark.parametrize(("k", "indicator", "text"), [(k, i, s) for k, (i, s) in enumerate(NEGATIVE)])
def test_negative_controls(k: int, indicator: str, text: str) -> None:
    assert indicator not in affirmed(text, k), text
