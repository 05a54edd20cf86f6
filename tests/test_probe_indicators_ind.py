"""Probe of indicator wording classes (IND): excessive working time stated by figures and clock times,
pay taken by the people who control workers, movement denied with any kind of negation, contact with home
only through the controller's phone, reprisals against kin as threats, dependence as abuse of vulnerability, and papers
named by a bare plural or found with a controller.

Every page has a headline, one neutral lede naming North Korean or migrant workers, then the sentence under
test. Positives must carry their indicator as an affirmed claim; negative controls (limits, other senses of
the words, denials, ordinary schedules) must not carry it. The sentences, people and firms are our own.
"""
from __future__ import annotations

import pytest

from indicator_probe_pages import HEADS, affirmed
from labourlens.analyse.indicator_syntax import with_classes
from labourlens.analyse.worktime_excess import excessive_spans
from labourlens.errors import ConfigError

OVT, WAGE, R, ISO, AOV, T, DOC = ("excessive_overtime", "withholding_of_wages", "restriction_of_movement", "isolation",
                                  "abuse_of_vulnerability", "intimidation_and_threats",
                                  "retention_of_identity_documents")
def _affirmed(sentence: str, k: int = 0) -> set[str]:
    return affirmed(sentence, k, HEADS)


POSITIVE = [
    # excessive working time: weekly and monthly figures, the small hours, early and late sightings
    (OVT, 'The timesheets show the plasterers put in weeks of 66 hours or more, the union said.'),
    (OVT, 'The welders described 70-hour weeks through the whole summer.'),
    (OVT, 'Inspectors found working weeks of up to 78 hours at the Marlin Steel yard.'),
    (OVT, 'The women worked 64 hours a week in the busy months, a former seamstress said.'),
    (OVT, 'His payslip lists 262 hours in October for the same flat wage.'),
    (OVT, 'The crew logged about 300 hours a month during the harvest, the ledger shows.'),
    (OVT, '"On busy nights we kept sewing until two," a former worker said.'),
    (OVT, 'After the last customers left, the waitresses rehearsed until one or two, a cook said.'),
    (OVT, 'In the evenings the loggers hauled timber until three in the morning.'),
    (OVT, 'During the rush the kitchen staff stayed up until four a.m. every night, a cook said.'),
    (OVT, '"I went to bed at two, sometimes three," one of the women said.'),
    (OVT, 'The girls never slept before one in the morning, the source said.'),
    (OVT, '"We saw the men at five in the morning and they were still there at ten at night," a neighbour said.'),
    (OVT, 'A guard said the crew was out at six in the morning and back at eleven at night.'),
    (OVT, 'The loggers worked until two in the morning to meet the plan, one of them said.'),
    (OVT, 'In the busy weeks nobody slept, a former seamstress said.'),
    (OVT, 'On the night shifts before the inspection no one got any sleep, a former seamstress said.'),
    (OVT, 'Programmers who missed the target were kept at their desks through the night.'),
    # withholding: the pay goes to or is held by the people who control the workers
    (WAGE, 'The bonus, sometimes 50 dollars a month, went straight into the foreman\'s pocket.'),
    (WAGE, 'The cooks hand their wages to an older woman from the same bureau, a diner said.'),
    (WAGE, 'Their last month\'s salary was never handed over, the union said.'),
    (WAGE, 'The agency had not passed the wages on to the welders since May.'),
    (WAGE, 'His monthly pay was 3,000 roubles on paper, but he never touched it, his brother said.'),
    (WAGE, 'Their foreman takes the money, not the men, a driver said.'),
    (WAGE, 'The wages go straight into the brigadier\'s pocket, one welder said.'),
    (WAGE, 'The women handed their pay packets to the minder at the end of each month.'),
    (WAGE, 'None of the wages were paid to them directly, the inspectors found.'),
    (WAGE, '"She never touched her own salary," a former colleague said.'),
    (WAGE, 'The seamstresses did not control their earnings, the report said.'),
    (WAGE, 'An official from the consulate comes every month to collect the wages.'),
    (WAGE, 'Each cook was expected to remit 900 dollars a month, the source said.'),
    (WAGE, 'The programmers were told to earn at least $4,000 a month for their handlers.'),
    (WAGE, 'Every driver had to hand the manager a set sum of 700 dollars each month.'),
    (WAGE, 'The salaries were paid into a single account held by the team leader.'),
    (WAGE, 'Their wages were "settled between the two firms", the filing says.'),
    (WAGE, 'They are paid something like 2,000 yuan, but they never see it, a neighbour said.'),
    (WAGE, 'The supervisor kept the cash and handed out cigarettes instead, a former logger said.'),
    (WAGE, 'Their pay went to the brigade leader, who kept the books, a welder said.'),
    # restriction of movement told with any negation
    (R, 'Since the spring nobody leaves the compound, a trader said.'),
    (R, 'The workers were no longer allowed to go into town after the new year, the source said.'),
    (R, '"They don\'t walk to the market on their own, ever," a shopkeeper said.'),
    (R, 'The women were never in the streets by themselves, a neighbour said.'),
    (R, 'The plasterer has not left the site once since March, his colleague said.'),
    (R, 'The seamstresses haven\'t been let out of the dormitory since the inspection, a source said.'),
    (R, 'None of the welders can go into town on their own, the union said.'),
    (R, 'A guard at the only gate watches the dormitory at night, a former worker said.'),
    (R, 'Every evening a truck is parked across the gate of the camp, a driver said.'),
    (R, 'The minder drives them to the market once a month, a shopkeeper said.'),
    (R, 'Since the strike no one leaves the camp, a former logger said.'),
    (R, 'Nobody in the village ever saw the men in the shops, a resident said.'),
    (R, 'On Sundays they went in pairs with a minder, and only to the bathhouse.'),
    (R, 'The women are no longer permitted to visit the market on their day off.'),
    (R, 'No one leaves the workshop without the chief, a former cook said.'),
    # isolation: contact with home through the controller, no one else to speak to
    (ISO, '"I could ring my mother once a month, from the manager\'s phone," a former waitress said.'),
    (ISO, 'The men spoke to their families only on the foreman\'s phone, one of them said.'),
    (ISO, 'Letters home were read by the team leader first, a former worker said.'),
    (ISO, 'The women spoke only among themselves, a neighbour said.'),
    (ISO, 'After the warning nobody talked to the local workers, a Russian foreman said.'),
    (ISO, 'The crew talked to no one else on the site, a Polish welder said.'),
    (ISO, 'Once a year they could write a letter, and the political officer read it first.'),
    (ISO, 'She called home twice, from the supervisor\'s phone, a relative said.'),
    (ISO, 'None of them would speak to the other workers, a Chinese cook said.'),
    (ISO, 'My brother rang us once, on the boss\'s phone, with the man standing beside him.'),
    (ISO, 'The girls spoke only to each other and never to customers, the diner said.'),
    (ISO, 'Any letters were opened by the minder before they were sent, a defector said.'),
    (ISO, 'They phoned their families on Sundays from the chief\'s phone, a former logger said.'),
    (ISO, 'No one spoke with the locals after the incident, a trader said.'),
    (ISO, 'The men talked with no one else but their own crew, a driver said.'),
    (ISO, 'Inspectors were not allowed to speak with the women alone, the ministry said.'),
    (ISO, 'Journalists were turned away and never allowed to meet the workers.'),
    # abuse of vulnerability: kin at home, dependence, selection for family ties
    (T, 'A worker who ran would know his parents would lose their flat in Chongjin.'),
    (T, '"If a girl escapes, her family at home pays the price," a former waitress said.'),
    (AOV, 'The loggers were told their relatives would be punished if anyone fled.'),
    (T, 'The men were afraid of what would happen to their families, the union said.'),
    (T, 'The minder also wrote reports on their families, a former welder said.'),
    (AOV, 'The workers cannot afford to be sent back before the contract ends, a broker said.'),
    (AOV, 'The seamstresses had no other means of subsistence, the prosecutor said.'),
    (AOV, 'The court found the scheme exploited a situation of dependence.'),
    (AOV, 'The men had no other income and nowhere else to go, a former official said.'),
    (AOV, 'The cooks were chosen only if they had a husband and children at home, the source said.'),
    (AOV, 'The bureau sends men who have a wife and children, a former official said.'),
    (AOV, 'The welders entered Poland under the guise of trainees, the union said.'),
    (T, 'The women were scared of reprisals against their families, a researcher said.'),
    (AOV, 'If one of the men deserted, his wife would be sent to the countryside, a defector said.'),
    (T, 'They fear the consequences for their relatives back home, the union said.'),
    (AOV, 'The cleaners had no other source of income, the labour inspector said.'),
    (AOV, 'The plasterers could not afford to lose this posting, a broker said.'),
    (AOV, 'The recruiters picked men only if they had children at home, a former official said.'),
    (AOV, 'The women arrived in the guise of students, the prosecutor said.'),
    (AOV, 'The company abused a position of vulnerability, the prosecutor said.'),
    (AOV, 'The brigade kept the men in a state of dependence, the judge found.'),
    # intimidation: the next bus home, police brought in, kin finished
    (T, '"Complain once and you are on the next flight home," a welder said.'),
    (T, 'Anyone who refused the Sunday shift went home on the next train, a logger said.'),
    (T, 'The manager brought the police to the dormitory when the men stopped work.'),
    (T, 'If a waitress runs, her parents are finished, a former manager said.'),
    (T, 'The chief said the next time he would go home in a box, a former worker recalled.'),
    (T, 'The company called in riot police against the strikers, the union said.'),
    (T, 'Whoever protests is put on the first plane, a driver said.'),
    (T, 'The contractor summoned soldiers to the camp to break up the strike.'),
    (T, '"If you stop, your family will hear about it," the leader told them.'),
    (T, 'Those who asked for wages were sent on the next boat, a fisherman said.'),
    (T, 'The minder warned that their wives would pay the price, a welder said.'),
    (T, 'If you refuse, it means the next bus home, a seamstress said.'),
    (T, 'The director sent in security forces on the workers after the protest.'),
    (T, 'He told the women their families were finished if anyone talked.'),
    (T, 'Complaining meant the first flight out, one of the loggers said.'),
    # retention of documents: bare plurals, found with a controller
    (DOC, 'Employers kept passports and handed out photocopies, the union said.'),
    (DOC, 'The company confiscated residence cards on arrival, the inspectors found.'),
    (DOC, 'Their passports were found in the foreman\'s office, the prosecutor said.'),
    (DOC, 'The women\'s papers were with the owner\'s brother, a neighbour said.'),
    (DOC, 'The firm took custody of the workers\' passports for the length of the contract.'),
    (DOC, 'Their documents were kept in the manager\'s safe, a former cook said.'),
    (DOC, 'The agency held identity cards for all the cooks, the report says.'),
    (DOC, 'The men\'s passports were found in the brigadier\'s car, police said.'),
    (DOC, 'Their residence permits stayed with the employer, one worker said.'),
    (DOC, 'The contractor retained travel documents for the duration of the job.'),
    (DOC, 'The sponsor took passports at the airport, the women said.'),
    (DOC, 'The passports were locked in the supervisor\'s drawer, a former welder said.'),
    (DOC, 'The recruiters collected identity documents before the flight, the NGO found.'),
    (DOC, 'Their work permits remained with the subcontractor, the inspectors said.'),
    (DOC, 'The foreman seized passports whenever someone complained, a logger said.'),
    (DOC, 'None of the welders could show a passport when the police came, the union said.'),
]

NEGATIVE = [
    # overtime: limits, afternoons, ordinary schedules, trips
    (OVT, 'The new law caps the working week at a maximum of 60 hours.'),
    (OVT, 'The contract allows no more than 250 hours a month, the firm said.'),
    (OVT, 'The men worked 45-hour weeks, the audit found.'),
    (OVT, 'On Saturdays the crew worked until two and then went to the bathhouse.'),
    (OVT, 'The crew slept at one end of the container and cooked at the other.'),
    (OVT, 'The welders never worked until two in the morning, the manager said.'),
    (OVT, 'The men slept at one of the hostels near the port.'),
    (OVT, 'The workers said weeks of 40 hours were normal at the plant.'),
    # withholding: the controller paying, loans, the worker's own choices
    (WAGE, 'The manager paid the money into each worker\'s own account.'),
    (WAGE, 'The workers send most of their wages to their families at home.'),
    (WAGE, 'The firm paid the taxes to the consulate as the law requires.'),
    (WAGE, 'The company took a bank loan to build the new dormitory.'),
    (WAGE, 'Each worker was paid directly into his own account, the audit found.'),
    (WAGE, 'The foreman collected the tools at the end of the shift.'),
    (WAGE, 'The women handed their letters to the postman.'),
    (WAGE, 'They earn 2,000 yuan a month and can see it in their own accounts.'),
    (OVT, 'Nobody slept that night because of the storm, a neighbour said.'),
    (OVT, 'Nobody sleeps on site, the manager said, the dormitory is in town.'),
    (WAGE, 'On the first day the key card went into the foreman\'s bag with the site plans.'),
    (WAGE, 'The cooks pass their pay to a courier to send home to their families.'),
    (WAGE, 'She gives her earnings to her husband to keep.'),
    (WAGE, 'The pay was handed over in full each month, the audit found.'),
    # restriction: fire drills, free movement, goods, the worker's own choice
    (R, 'Nobody left the building during the fire drill, the manager said.'),
    (R, 'The workers go to the market on their own every Sunday.'),
    (R, 'Movement of goods across the border was forbidden after the sanctions.'),
    (R, 'We asked the guard at the gate for directions to the office.'),
    (R, 'Protesters parked a truck across the gate of the ministry.'),
    (R, 'She quit smoking when she arrived in Russia.'),
    (R, 'The workers can quit at any time and the firm pays the ticket home.'),
    (R, 'The men go to town after work and come back when they like, a shopkeeper said.'),
    # isolation: ordinary calls, reading, language
    (ISO, 'The men call their families every evening on their own phones.'),
    (ISO, 'She read the contract first and then signed it.'),
    (ISO, 'The workers spoke to the reporters and to the union at length.'),
    (ISO, 'Nobody spoke Chinese fluently, so an interpreter was hired.'),
    (ISO, 'The women write letters home whenever they like, the manager said.'),
    (ISO, 'They borrowed the manager\'s car to visit the city.'),
    (ISO, 'The crew talked to the local workers at lunch every day.'),
    (ISO, 'The minder read the newspaper first every morning.'),
    (ISO, 'The inspectors were allowed to interview the workers in private, the ministry said.'),
    # abuse of vulnerability: disasters, ordinary families
    (AOV, 'The families would lose their homes to the new dam, the ministry said.'),
    (AOV, 'The family paid the price of the flood last year.'),
    (AOV, 'The workers\' families live in Pyongyang and visit in summer.'),
    (AOV, 'The men can afford to go home every winter, a broker said.'),
    (AOV, 'The company was sold under the guise of a merger.'),
    (AOV, 'He wrote a report on the family business for the bank.'),
    (AOV, 'Their children study at a school in Wonsan.'),
    (AOV, 'The court found no situation that harmed the workers.'),
    # intimidation: travel plans, police for other reasons
    (T, 'The workers will fly home on the next flight after the contract ends.'),
    (T, 'The men took the next bus to the city on their day off.'),
    (T, 'The manager called the police after a burglary at the office.'),
    (T, 'The family paid the price of rice at the market.'),
    (T, 'The body was sent home in a box after the accident.'),
    (T, 'The workers called the police when the heater caught fire.'),
    (T, 'His parents were finished with the harvest by October.'),
    (T, 'The team left on the first flight to Seoul for the match.'),
    (DOC, 'None of them could show us a photo of the contract.'),
    (DOC, 'Nobody on the crew could show us a work permit, the inspector said.'),
    # retention: workers holding their own papers, nationality, applications
    (DOC, 'The workers held passports of the Democratic People\'s Republic of Korea.'),
    (DOC, 'Their passports were with them at all times, the inspectors found.'),
    (DOC, 'The manager collected the visa application forms on Monday.'),
    (DOC, 'The workers kept passports in their own lockers.'),
    (DOC, 'The consulate issued passports to the new workers.'),
    (DOC, 'Their contracts were with the manager for signature.'),
    (DOC, 'The men hold valid passports and residence cards.'),
    (DOC, 'Travellers with two passports must declare both at the border.'),
]


@pytest.mark.parametrize("k,case", list(enumerate(POSITIVE)))
def test_positive(k: int, case: tuple[str, str]) -> None:
    indicator, sentence = case
    assert indicator in _affirmed(sentence, k), sentence


@pytest.mark.parametrize("k,case", list(enumerate(NEGATIVE)))
def test_negative(k: int, case: tuple[str, str]) -> None:
    indicator, sentence = case
    assert indicator not in _affirmed(sentence, k), sentence


def test_excessive_spans_kinds() -> None:
    kinds = [k for _, _, k in excessive_spans("They worked 72-hour weeks and 280 hours a month.")]
    assert kinds == ["week", "month"]
    assert excessive_spans("The law allows a maximum of 60 hours a week.") == []
    assert excessive_spans("We worked until three in the afternoon.") == []


def test_word_classes_expand_and_reject_unknown() -> None:
    assert with_classes("@kin / lose", {"kin": "parents|wives"}) == "parents|wives / lose"
    assert with_classes("no class here", {}) == "no class here"
    with pytest.raises(ConfigError):
        with_classes("@nosuch / word", {"kin": "parents"})


def test_counts_per_indicator() -> None:
    for ind in (OVT, WAGE, R, ISO, AOV, T, DOC):
        assert sum(1 for i, _ in POSITIVE if i == ind) >= 15
        assert sum(1 for i, _ in NEGATIVE if i == ind) >= 8
