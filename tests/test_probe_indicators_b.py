"""Probe of six ILO indicators told in paraphrase and idiom (IB): restriction of movement, isolation,
physical and sexual violence, intimidation and threats, abusive working and living conditions, excessive
overtime.

Every page has a headline, one neutral lede naming North Korean or migrant workers, then the sentence under
test, in the voice of a worker, an inside source, an NGO, an official or a court summary. Positives must carry
their indicator as an affirmed claim; near misses (another sense of the words, denials, hypotheticals,
definitions, plans, the future) must carry none of the six. The sentences are our own wording and do not
repeat those of tests/test_probe_indicators.py.
"""
from __future__ import annotations

import pytest

from labourlens.analyse.indicators import match
from labourlens.analyse.pipeline import analyse

CTX = {"published": "2025-03-01", "language": "en"}
R, ISO, V, T, A, OVT = ("restriction_of_movement", "isolation", "physical_and_sexual_violence",
                    "intimidation_and_threats", "abusive_working_and_living_conditions", "excessive_overtime")
MINE = {R, ISO, V, T, A, OVT}
HEADS = [
    ('North Korean workers at a Russian building site describe life under guard',
     'Dozens of North Korean labourers were sent to the Primorsky Krai site by a state trading firm.'),
    ('Migrant workers at a Gulf construction camp speak out',
     'The migrant workers from North Korea and Nepal build towers on the edge of Doha.'),
    ('Inside a Dandong seafood plant staffed by North Korean women',
     'Several hundred North Korean women peel shrimp at the plant under a state contract.'),
    ('North Korean loggers in the Russian Far East',
     'The North Korean workers cut timber in Amur Oblast for a Pyongyang trading company.'),
    ('North Korean builders at an African monument project',
     'The North Korean construction workers were sent to Angola by an overseas bureau.'),
]


def _affirmed(sentence: str, k: int = 0) -> set[str]:
    head, lede = HEADS[k % len(HEADS)]
    a = analyse(f"{head}\n\n{lede} {sentence}", CTX)
    return {h.indicator for c in a.claims if c.polarity == "affirmed" for h in c.indicators}


POSITIVE = [
    (R, 'We only left the compound in a group with a minder, one welder said.'),
    (R, '"The bus took us from the dormitory to the site and back, nothing else," a carpenter said.'),
    (R, 'The gate was chained at night, a former worker said.'),
    (R, 'The women said the dormitory door was padlocked from outside every evening.'),
    (R, 'Workers were never allowed to go into town on their own, the NGO found.'),
    (R, "A source said the men may not step outside the fence without the manager's say-so."),
    (R, '"We could not go anywhere," said a plasterer who worked there for three years.'),
    (R, 'Guards at the gate checked everyone who went in or out, the report said.'),
    (R, 'The workers are kept inside the plant compound around the clock, according to the court summary.'),
    (R, 'Going out alone was forbidden, a logger said.'),
    (R, 'The team leader counted heads every night to make sure nobody had gone out, a former cook said.'),
    (R, 'Those who wanted to visit the market had to go as a group of five with a supervisor.'),
    (R, '"They locked us in after the shift," a seamstress told investigators.'),
    (R, 'The men are confined to a walled camp beside the timber yard, the group said.'),
    (R, 'Leaving the site without permission was punished, the court heard.'),
    (R, 'A minder escorted them everywhere they went, one welder said.'),
    (R, 'The workers were barred from leaving the dormitory on Sundays, the inspector said.'),
    (R, 'The camp was surrounded by barbed wire and a guard sat at the only exit.'),
    (R, 'They were marched from the barracks to the site in a column, a former labourer recalled.'),
    (R, 'The women were not permitted to leave the factory grounds, the NGO report said.'),
    (R, 'We were kept under lock and key when we were not working, a bricklayer said.'),
    (R, 'The workers were only taken out under escort, a source in Vladivostok said.'),
    (R, 'No one was allowed out of the compound except on the company bus, a former cook said.'),
    (R, 'They could not leave the camp, which was hours from the nearest village, the report said.'),
    (R, 'Every trip outside required a written pass signed by the manager, the worker said.'),
    (ISO, 'No one was allowed to phone home, a welder said.'),
    (ISO, 'Letters were read first by the party secretary, a former worker said.'),
    (ISO, '"We did not know where we were," a logger said.'),
    (ISO, 'Mobile phones were collected on arrival and kept in the office, the NGO found.'),
    (ISO, 'The workers were forbidden to talk to Russian colleagues, the report said.'),
    (ISO, 'They had no contact with their families for three years, a source said.'),
    (ISO, 'The camp had no telephone and no internet, the workers said.'),
    (ISO, 'The women were housed in a separate building away from the Chinese staff, the source said.'),
    (ISO, '"I could not call my mother even once," a seamstress said.'),
    (ISO, 'Their letters home were opened and censored, a defector said.'),
    (ISO, 'Speaking to local people was strictly prohibited, according to the court summary.'),
    (ISO, 'The men were cut off from the outside world for months, the NGO said.'),
    (ISO, 'Watching foreign television was banned in the dormitory, a worker said.'),
    (ISO, 'The logging camp was deep in the taiga with no road out and no phone signal, a worker said.'),
    (ISO, 'Only the team leader had a phone, and calls home went through him, a worker said.'),
    (ISO, 'Workers were banned from owning mobile phones, the source said.'),
    (ISO, 'They were not allowed to write to their families, a former cook said.'),
    (ISO, 'We never met anyone from outside the brigade, a carpenter said.'),
    (ISO, 'Phones were confiscated and locked away, the women said.'),
    (ISO, 'They did not even know the name of the town they lived in, the report said.'),
    (V, 'The foreman slapped him in front of the brigade, a worker said.'),
    (V, 'He was made to stand in the cold all night as punishment, a former logger said.'),
    (V, 'Supervisors beat workers who fell behind the quota, the NGO found.'),
    (V, '"They kicked me until I could not stand," a welder said.'),
    (V, 'A manager raped one of the women in the office, the court summary said.'),
    (V, 'The security official punched a worker who asked about his wages, a source said.'),
    (V, 'The women were sexually harassed by the Chinese managers, the report said.'),
    (V, 'One worker died after a beating by the team leader, a source said.'),
    (V, 'The minder struck him across the face with a belt, a former worker said.'),
    (V, 'Workers who tried to escape were badly beaten when caught, the report said.'),
    (V, 'The women said the director forced some of them to sleep with him.'),
    (V, 'He was hit with a shovel by the foreman, a bricklayer said.'),
    (V, 'Workers were assaulted by the guards, the inspector said.'),
    (V, 'The brigade leader tied him up and left him in the shed overnight, a worker said.'),
    (V, 'Some of the girls were forced into prostitution, the NGO said.'),
    (V, 'Punishments included beatings and being denied food, a defector said.'),
    (V, 'The supervisor dragged her by the hair, a seamstress said.'),
    (V, 'Guards used electric batons on the men, a source said.'),
    (V, 'He was made to kneel on the concrete for hours, a labourer said.'),
    (V, 'The foreman would thrash anyone who talked back, a worker said.'),
    (T, 'They said our families would suffer if we ran away, a worker said.'),
    (T, 'The manager threatened to send him home early, a source said.'),
    (T, 'Workers were warned they would end up in a prison camp if they complained, the NGO said.'),
    (T, 'The minder told them they would be reported to the police, a welder said.'),
    (T, '"If you talk to journalists, you will never go abroad again," the party secretary told them.'),
    (T, 'The women lived in constant fear of the security agent, the report said.'),
    (T, 'They were made to write self-criticism in weekly sessions, a defector said.'),
    (T, 'The foreman threatened to beat anyone who slowed down, a worker said.'),
    (T, 'The boss warned that runaways would be handed over to immigration, a source said.'),
    (T, 'Workers who missed the target were told they would be sent back to Pyongyang, a source said.'),
    (T, 'The supervisor shouted at us and threatened to cut our pay, a seamstress said.'),
    (T, 'The agent warned that anyone who defected would have their parents punished, a defector said.'),
    (T, 'The workers were intimidated into silence by the security official, the NGO said.'),
    (T, 'He said he was threatened with a knife by the team leader, the court summary said.'),
    (T, 'We were told our names would go on a list and we would never leave the country again, a worker said.'),
    (T, 'A security agent watched the workers and reported on them to Pyongyang, the source said.'),
    (T, 'They were terrified of being sent home in disgrace, a defector said.'),
    (T, 'The director threatened to deport the women if they went to the police, the report said.'),
    (T, 'The minder warned them not to talk to outsiders, a worker said.'),
    (T, 'Workers were told that complaining would have consequences for their families, a source said.'),
    (A, 'Twelve to a room in a shipping container, a welder said of the housing.'),
    (A, 'There was no heating in winter, a logger said.'),
    (A, 'The toilets were a hole in the ground behind the barracks, a worker said.'),
    (A, 'The men slept on the floor of the unfinished building they were working on, a source said.'),
    (A, '"We were always hungry," a seamstress said.'),
    (A, 'They were given no helmets or harnesses for work at height, the inspector said.'),
    (A, 'A worker fell from the scaffolding and died, a source said.'),
    (A, 'Injured workers were not taken to hospital, the NGO found.'),
    (A, 'Forty women shared one shower, the report said.'),
    (A, 'The dormitory was damp and full of mould, a worker said.'),
    (A, 'They lived in containers on the site with no running water, the source said.'),
    (A, 'The food was rice and salted cabbage three times a day, a logger said.'),
    (A, 'Temperatures in the workshop reached 45 degrees and there was no ventilation, the NGO said.'),
    (A, 'The men worked in freezing cold without proper winter clothing, a source said.'),
    (A, 'Workers handled bleach and solvents with bare hands, the report said.'),
    (A, 'They slept in bunk beds stacked three high, a welder said.'),
    (A, 'The barracks had no electricity after ten at night and no hot water, a former worker said.'),
    (A, 'Several workers lost fingers on the saws, a logger said.'),
    (A, 'A sick worker was left in the dormitory without a doctor for a week, a source said.'),
    (A, 'The labourers ate leftovers from the Chinese staff canteen, a source said.'),
    (OVT, 'We worked from dawn until after dark, a labourer said.'),
    (OVT, 'They got two days off a month, a source said.'),
    (OVT, 'The women worked sixteen-hour shifts, the report said.'),
    (OVT, 'We worked through the night to meet the plan, a welder said.'),
    (OVT, 'The men worked seven days a week with no rest days, the NGO found.'),
    (OVT, 'Shifts ran from 6 a.m. to 10 p.m., a seamstress said.'),
    (OVT, '"We were on our feet eighteen hours a day," a worker said.'),
    (OVT, 'Workers had no days off for months on end, a source said.'),
    (OVT, 'They were kept at the sewing machines until midnight to finish orders, the report said.'),
    (OVT, 'The brigade worked around the clock in two shifts of twelve hours, a source said.'),
    (OVT, 'They were made to work on public holidays without a break, the inspector said.'),
    (OVT, 'After finishing on site, the men did second jobs at night to meet the quota, a source said.'),
    (OVT, 'The working day was 14 hours, a former cook said.'),
    (OVT, 'We slept four hours a night, a logger said.'),
    (OVT, 'Overtime was compulsory and unpaid, the NGO said.'),
    (OVT, 'The workers rested only one day a month, a source said.'),
    (OVT, 'Some days we worked twenty hours without a break, a welder said.'),
    (OVT, 'The women were exhausted from working late every night, a seamstress said.'),
    (R, 'The doors of the hostel were bolted from the outside at ten every night, a worker said.'),
    (R, 'We were only let out once a month, and then with the team leader, a seamstress said.'),
    (R, '"There was a guard on the gate day and night," a welder recalled.'),
    (R, 'The company kept them inside the fence for the whole contract, the court found.'),
    (R, 'The bus drove us to the site at dawn and back at night, and that was all we saw of the city, a worker said.'),
    (R, 'They padlocked the women in the workshop overnight, a former supervisor admitted.'),
    (R, 'Walking to the shop without a minder was not allowed, the NGO said.'),
    (R, 'Workers who slipped out to the village were hunted down and brought back, a logger said.'),
    (ISO, 'Our phones were taken the day we landed, a cook said.'),
    (ISO, 'The party secretary read every letter before it was sent, a former worker said.'),
    (ISO, '"We had no way to contact home," a logger said.'),
    (ISO, 'The workers were not allowed to speak with the Chinese women on the line, a source said.'),
    (ISO, 'They had no idea what city they were in, the report said.'),
    (ISO, 'The men lived on a camp in the forest, 300 km from the nearest town, without any phone, a source said.'),
    (ISO, 'Calls to family were banned, the NGO found.'),
    (ISO, 'The team leader had the only phone in the camp, a logger said.'),
    (V, 'The team leader kicked him in the stomach, a worker said.'),
    (V, 'He was beaten with a metal rod, a welder said.'),
    (V, '"The manager hit me in the face," a waitress said.'),
    (V, 'Women at the plant were sexually abused by managers, the report found.'),
    (V, 'The guards beat two men who tried to run away, a source said.'),
    (V, 'The foreman slapped the women when they made mistakes, a worker said.'),
    (V, 'He was forced to stand outside in the snow for hours, a worker said.'),
    (T, 'The manager said he would send us back if we did not work faster, a welder said.'),
    (T, 'We were warned that our parents would be punished if we fled, a worker said.'),
    (T, 'The security agent threatened to have him sent home, a source said.'),
    (T, 'They threatened to report us to the police if we left, a seamstress said.'),
    (T, 'The workers were told they would be sent to a labour camp if they spoke to reporters, a source said.'),
    (T, '"They said they would make our families pay," a logger said.'),
    (T, 'The boss threatened to withhold our wages if we complained, a worker said.'),
    (A, 'Thirty men slept in one room on the floor, a worker said.'),
    (A, 'The hut had no heating and the walls were covered in ice, a logger said.'),
    (A, 'There was no toilet in the barracks, a worker said.'),
    (A, 'The workers lived in shipping containers at the site, the report said.'),
    (A, 'We were given one meal a day, a welder said.'),
    (A, 'They worked on the scaffolding without safety harnesses, the inspector said.'),
    (A, 'Two workers were crushed to death when a wall collapsed, a source said.'),
    (A, 'The dormitory was infested with bedbugs and rats, a seamstress said.'),
    (A, 'The men had to wash in cold water even in winter, a source said.'),
    (OVT, 'We worked from six in the morning until eleven at night, a welder said.'),
    (OVT, 'They worked 15 hours a day, a source said.'),
    (OVT, 'The workers were given one day off a month, the report said.'),
    (OVT, 'We never had a day off, a seamstress said.'),
    (OVT, 'They worked through the night to finish the order, a worker said.'),
    (OVT, 'The brigade worked shifts of up to 18 hours, the NGO said.'),
    (OVT, 'The men worked seven days a week, a source said.'),
    (OVT, 'The women worked from dawn to dusk every day, a source said.'),
]

NEAR_MISS = [
    'The plan is ambitious, the ministry said.',
    'The gate opens at six for deliveries, the manager said.',
    'It was a long day of talks between the two delegations.',
    'The ship carried containers of seafood to Busan.',
    "The foreman's family lives in Chongjin.",
    'The project threatens several threatened species in the wetland, activists said.',
    'Cold weather delayed construction of the bridge, the ministry said.',
    'The workers said they were free to leave the dormitory in the evening.',
    'No one was beaten, the company said.',
    'The company denied that workers were locked in at night.',
    'The firm said the workers could call home whenever they wanted.',
    'The workers have their own mobile phones, the manager said.',
    'If workers were confined to the site, that would breach the law, the lawyer said.',
    'Restriction of movement is defined by the ILO as confining workers to the workplace.',
    'The company plans to build a new dormitory with heating next year.',
    'The workers will move into new housing in the spring, the contractor said.',
    'The workers said they work eight-hour shifts with weekends off.',
    'Overtime is voluntary and paid at time and a half, the firm said.',
    'The market is isolated from global prices, traders said.',
    'The minister said the talks were held behind closed doors.',
    'Police beat the rival team 3-1 in the final.',
    'The storm struck the port overnight.',
    'The bus takes tourists from the hotel to the border and back.',
    'The shipping containers were stacked on the quay.',
    'The rooms are heated and each worker has his own bed, the inspector said.',
    'There were no accidents at the site last year, the ministry said.',
    'The workers eat three hot meals a day in the canteen, the manager said.',
    'The company said no worker had ever been threatened.',
    'The ambassador warned of consequences if sanctions were tightened.',
    'Floods threaten the harvest in the south, officials said.',
    'The factory works in two eight-hour shifts, a spokesman said.',
    'Workers were free to visit the market and the town on their days off, the report said.',
    'The men said they were never locked in.',
    'The excessive overtime indicator covers hours beyond legal limits, the guide says.',
    'The report recommends that employers stop confiscating phones.',
    'The toilets in the new dormitory were renovated last year.',
    'The delegation stood in the cold for the ceremony.',
    'The managers said the workers were not isolated from local staff.',
    'Officials said the compound gate is open day and night.',
    'Workers can leave the camp whenever they wish, the contractor said.',
    'The workers are allowed to phone their families every Sunday, a manager said.',
    'The Chinese factory plans to run night shifts next month.',
    'The slap on the wrist was criticised as too lenient by analysts.',
    'A long day at the trade fair ended with a banquet.',
    'The foreman said the workers could go into town at weekends.',
    "The company said it does not read workers' letters.",
    'Nobody was slapped or kicked, the manager insisted.',
    'The government threatened to withdraw from the agreement.',
    'The dormitory has hot water, heating and a laundry, the report found.',
    'The hotel worked around the clock to prepare for the summit.',
    'The court heard that the defendant was locked in a dispute with his partner.',
    'The new rules would allow workers to leave the site without a pass.',
    'The workers were not threatened with being sent home, the embassy said.',
    'Police said the suspect was held in custody overnight.',
    'The room was crowded with journalists for the press conference.',
    'The gate was repainted last spring, the manager said.',
    'The workers said they could go into town whenever they wanted.',
    'No one was hit or threatened, the manager said.',
    'The company said no worker had ever been beaten.',
    'The dormitory has a kitchen, showers and heating, the inspector found.',
    'The workers said they had their own phones and called home often.',
    "Shifts last eight hours with an hour's break, the factory said.",
    'The minister warned that the economy would slow.',
    'The plan calls for 20 new dormitories next year.',
    'The market is cut off from foreign capital, analysts said.',
    'The festival ran late into the night with fireworks.',
    'Officials said workers would be free to change employers under the new law.',
    'The company locked in a contract with the port authority.',
    'The workers were not beaten, the embassy said.',
    'If workers were beaten, that would amount to a crime, the prosecutor said.',
    'The room was packed with delegates for the signing ceremony.',
    'The containers were loaded with frozen crab for export.',
    "The team leader's wife runs a shop in Sinuiju.",
    "The report recommends that contractors stop holding workers' phones.",
    'The hotel staff worked round the clock during the summit.',
]


@pytest.mark.parametrize("k,indicator,sentence", [(k, i, s) for k, (i, s) in enumerate(POSITIVE)])
def test_paraphrase_fires(k: int, indicator: str, sentence: str) -> None:
    assert indicator in _affirmed(sentence, k)


@pytest.mark.parametrize("k,sentence", list(enumerate(NEAR_MISS)))
def test_near_miss_carries_none_of_the_six(k: int, sentence: str) -> None:
    assert not _affirmed(sentence, k) & MINE


@pytest.mark.parametrize("sentence,rule", [
    ("The company said no worker had ever been threatened.", "FL06.threatened_with"),
    ("No one was slapped or threatened, the director insisted.", "FL06.threatened_with"),
    ("The company says it does not read the workers' letters.", "FL04.letters_read"),
])
def test_denial_cancels_the_cue(sentence: str, rule: str) -> None:
    # the cue is found but cancelled by the negation: a denial, not an allegation
    m = match(sentence)
    assert rule not in {h.rule for h in m.hits}
    assert rule in {h.rule for h in m.negated}


@pytest.mark.parametrize("sentence,indicator", [
    ("Letters from home never arrived, a welder said.", ISO),
    ("Parcels from their families were never delivered, the NGO said.", ISO),
    ("They locked the men inside after the evening count, a cook said.", R),
    ("\"They will make your parents suffer,\" the agent told him, a defector said.", T),
    ("Several of the loggers did second jobs in the evenings to meet the plan, a source said.", OVT),
])
def test_cue_variants(sentence: str, indicator: str) -> None:
    assert indicator in _affirmed(sentence)


@pytest.mark.parametrize("sentence", [
    "The ministry locked in a deal on gas prices with Beijing.",
    "The port has been cut off from foreign investment since 2017.",
    "The plaza was crowded with tourists on the national holiday.",
    "The embassy worked around the clock to issue new visas.",
    "The court gave the official a slap on the wrist.",
    "Prices of rice and salted fish rose in March, traders said.",
])
def test_other_senses_carry_none(sentence: str) -> None:
    assert not _affirmed(sentence) & MINE


# third batch: court, Gulf, African and Russian voices (written before the fixes they led to)
POSITIVE_3 = [
    (R, 'The court found that the defendants kept the workers behind a locked gate for eleven months.'),
    (R, 'In Doha the men were driven in a closed van between the labour camp and the tower, the NGO said.'),
    (R, 'The workers in Luanda never set foot outside the construction site, a former engineer said.'),
    (R, '"We were like prisoners," a Vladivostok plasterer told the broadcaster.'),
    (R, 'They were only allowed out on the national holiday, and then under watch, a source said.'),
    (R, 'Guards with dogs patrolled the fence at night, the report said.'),
    (R, 'Anyone caught outside the camp after dark was punished, a logger said.'),
    (R, "The women could not go anywhere without the manager's say-so, an NGO worker said."),
    (ISO, 'The women had no means of reaching their families, a former interpreter said.'),
    (ISO, 'A Russian foreman said the Koreans were kept apart from the Uzbek crews.'),
    (ISO, 'Contact with the outside world was forbidden, the defector wrote in his memoir.'),
    (ISO, 'The men were not told what country they had been sent to until they landed, a source said.'),
    (ISO, 'Radios were forbidden in the barracks, a logger said.'),
    (ISO, 'They heard nothing from home for two years, a worker said.'),
    (V, 'The manager struck a worker with a wrench, the Qatari court heard.'),
    (V, 'Guards whipped the men who refused to work, a former worker said.'),
    (V, 'Two of the waitresses said the director had sexually assaulted them.'),
    (V, 'The security officer beat him unconscious, a witness said.'),
    (V, 'Workers said the overseer regularly punched and kicked them.'),
    (V, 'He was locked in a freezer for a night as punishment, a source said.'),
    (T, 'The minder said anyone who ran would be shot, a defector recalled.'),
    (T, 'The workers were told that if they spoke to foreigners their families would be sent to the mines, a source said.'),
    (T, 'The company threatened to have them deported, the court summary said.'),
    (T, 'The security agent warned the men that complainers would be sent home, a source said.'),
    (T, 'The embassy threatened to send them back in disgrace, a worker said.'),
    (T, 'The foreman threatened them with a hammer, a bricklayer said.'),
    (A, 'Eight men shared a room of nine square metres, a source in Moscow said.'),
    (A, 'The water in the camp was not fit to drink, an NGO said.'),
    (A, 'In summer the rooms reached 50 degrees with no air conditioning, a worker in Kuwait said.'),
    (A, 'The workers slept in a tent through the Siberian winter, a logger said.'),
    (A, 'A worker lost his arm in the machine and was sent home without treatment, a source said.'),
    (A, 'The women had no protective gloves and their hands bled, the report said.'),
    (A, 'There was never enough to eat, a former logger said.'),
    (A, 'The men lived in an unheated warehouse, the court heard.'),
    (OVT, 'The workers put in up to 17 hours a day, the report found.'),
    (OVT, 'We had only one rest day every two weeks, a welder in Dubai said.'),
    (OVT, 'They worked until two in the morning and started again at seven, a seamstress said.'),
    (OVT, 'The crews worked day and night to finish the stadium, a source said.'),
    (OVT, 'Days off were cancelled whenever the plan fell behind, a source said.'),
    (OVT, 'The men said they had not had a single day off since they arrived.'),
]

NEAR_MISS_3 = [
    'The border gate at Tumen is closed on Sundays for customs checks.',
    'The fence was built in 2019 to protect the forest from fires.',
    "The workers' families visit the factory on open days, the company said.",
    'Guards at the embassy changed shifts at noon.',
    'The ministry is isolated on the question of sanctions, diplomats said.',
    'The court dismissed the charge of assault against the driver.',
    'If the workers refuse, they are free to return home, the embassy said.',
    'The company denies beating or threatening its employees.',
    'The new camp will have air conditioning and a clinic, the contractor said.',
    'The workers get two days off a week and paid holidays, the firm said.',
    'Temperatures in Kuwait reached 50 degrees, the weather service said.',
    'The talks ran late into the night in Vladivostok.',
    'Rescuers worked through the night to clear the road.',
    'There is a risk that workers could be confined to the site, the guide warns.',
    'The embassy said no worker was ever sent home as punishment.',
]


@pytest.mark.parametrize("k,indicator,sentence", [(k, i, s) for k, (i, s) in enumerate(POSITIVE_3)])
def test_third_batch_fires(k: int, indicator: str, sentence: str) -> None:
    assert indicator in _affirmed(sentence, k)


@pytest.mark.parametrize("k,sentence", list(enumerate(NEAR_MISS_3)))
def test_third_batch_near_miss(k: int, sentence: str) -> None:
    assert not _affirmed(sentence, k) & MINE


@pytest.mark.parametrize("sentence,indicator", [
    ("The fence around the car park was painted green.", R),
    ("Temperatures in Riyadh hit 48 degrees on Friday, forecasters said.", A),
    ("Diplomats worked through the night on the final text.", OVT),
    ("The negotiations ran late into the night in Geneva.", OVT),
])
def test_other_senses_of_fences_heat_and_nights(sentence: str, indicator: str) -> None:
    assert indicator not in _affirmed(sentence)


@pytest.mark.parametrize("sentence,indicator", [
    ("The men lived behind barbed wire for three years, a source said.", R),
    ("We were rarely let out, and never alone, a cook said.", R),
    ("A welder seen in the town without a pass was fined a month's pay, the NGO said.", R),
    ("Talking to the local people was banned, a waitress said.", ISO),
    ("\"There was nothing to eat but rice,\" a logger said.", A),
    ("The drinking water at the camp was rusty, a worker said.", A),
])
def test_third_batch_variants(sentence: str, indicator: str) -> None:
    assert indicator in _affirmed(sentence)


# fourth batch (written after the third batch's fixes)
POSITIVE_4 = [
    (R, 'They lived and worked inside the shipyard and were not allowed beyond its walls, the NGO said.'),
    (R, 'A headcount was taken at the gate morning and night, a worker said.'),
    (R, 'The workers were escorted to the bathhouse once a week by a guard, a logger said.'),
    (R, 'There was no way out of the camp except in the company truck, a source said.'),
    (R, "The door to our room was locked from outside at ten o'clock, a waitress said."),
    (ISO, 'We were not allowed to make friends with the Russians, a bricklayer said.'),
    (ISO, 'No newspapers, no radio, no internet: we knew nothing of the world, a welder said.'),
    (ISO, "The women's letters home passed through the manager's hands, the report said."),
    (ISO, 'Workers were banned from using the internet, a source said.'),
    (ISO, 'The managers confiscated the SIM cards, the NGO found.'),
    (ISO, 'For three years he could not speak to his wife, a source said.'),
    (V, 'He was beaten black and blue for asking about his pay, a worker said.'),
    (V, 'The manager pushed her to the ground and kicked her, a former cook said.'),
    (V, 'The team leader hit the men with a stick if they fell asleep on the job, a logger said.'),
    (V, 'Women were raped by the overseer, the court summary said.'),
    (V, 'Guards beat the runaway in front of the others as a warning, a source said.'),
    (T, 'If you complain, you go home, the foreman told us, a plasterer said.'),
    (T, "The agent threatened that the worker's wife would lose her job in Pyongyang, a source said."),
    (T, 'The workers were warned that escapees would be hunted down, a defector said.'),
    (T, 'The party secretary threatened to send the whole brigade home if anyone talked, a source said.'),
    (T, 'He was told he would be shot if he tried to flee, a defector said.'),
    (T, 'Anyone who missed the quota was humiliated in front of the others at the weekly meeting, a worker said.'),
    (A, 'The room had bunk beds for sixteen men and one window, a welder said.'),
    (A, 'Workers had to buy their own gloves and boots, the NGO found.'),
    (A, 'They were fed once a day, a source said.'),
    (A, 'Many of the women fainted from the heat in the packing hall, the report said.'),
    (A, 'The men lived in railway wagons with no insulation, a source in Russia said.'),
    (A, 'A worker who was electrocuted at the site died before reaching hospital, a source said.'),
    (A, 'The bathroom was shared by 60 workers, a worker said.'),
    (OVT, 'We started at five and stopped at ten at night, a plasterer said.'),
    (OVT, 'They had a day off only when it rained, a source said.'),
    (OVT, 'The women sewed for 16 hours with two short breaks, the report said.'),
    (OVT, 'Holidays were cancelled to meet the export deadline, a source said.'),
    (OVT, 'They worked without a single rest day in three months, a welder said.'),
    (OVT, 'The loggers were made to work double shifts in the winter season, a source said.'),
]

NEAR_MISS_4 = [
    'The workers go to the bathhouse whenever they like, the manager said.',
    'The plan for the new stadium was approved in May.',
    'The hotel chain plans to hire 300 local staff, the company said.',
    'The minister was beaten in the election by a rival.',
    'The region is cut off by snow for three months a year, officials said.',
    'The price of rice rose sharply after the floods.',
    'The workers said the manager never hit anyone.',
    'Workers were not confined to the dormitory, the inspectors found.',
    'The company has no plans to cancel holidays, a spokesman said.',
    'The ILO says forced overtime can include shifts imposed under threat of penalty.',
    'The court heard that the fire broke out late at night.',
    'Fans waited through the night for tickets to the final.',
    'The wagons carried timber to the port.',
    'The agency warned of heavy snow in the north.',
    'None of the workers said they had been threatened.',
]


@pytest.mark.parametrize("k,indicator,sentence", [(k, i, s) for k, (i, s) in enumerate(POSITIVE_4)])
def test_fourth_batch_fires(k: int, indicator: str, sentence: str) -> None:
    assert indicator in _affirmed(sentence, k)


@pytest.mark.parametrize("k,sentence", list(enumerate(NEAR_MISS_4)))
def test_fourth_batch_near_miss(k: int, sentence: str) -> None:
    assert not _affirmed(sentence, k) & MINE


@pytest.mark.parametrize("sentence,indicator", [
    ("The loggers never set foot past the gate of the camp in two years, a source said.", R),
    ("\"Anyone who complains goes home,\" the manager told the welders, a source said.", T),
    ("The welders paid for their own helmets and boots, the NGO said.", A),
    ("We got a rest day only when the cement ran out, a plasterer said.", OVT),
    ("The women stood at the conveyor for 15 hours straight, a source said.", OVT),
])
def test_fourth_batch_variants(sentence: str, indicator: str) -> None:
    assert indicator in _affirmed(sentence)


@pytest.mark.parametrize("sentence", [
    "The province is cut off by floods every spring, officials said.",
    "The ministry has no plans to cancel the national holidays, a spokesman said.",
])
def test_fourth_batch_other_senses(sentence: str) -> None:
    assert not _affirmed(sentence) & MINE


# fifth batch: the scope of negations, plans, fears and rules around true cues
POSITIVE_5 = [
    (R, 'The workers were not free to leave the compound, the NGO said.'),
    (R, 'None of the women could leave the dormitory without the minder, a source said.'),
    (ISO, 'They could not call home, not even once a year, a welder said.'),
    (V, 'The guards did not hesitate to beat workers who talked back, a defector said.'),
    (T, 'He said he would never forget the threats against his family, a defector said.'),
    (A, 'There was no running water and no heating in the barracks, a worker said.'),
    (OVT, 'We never had a weekend off, a plasterer said.'),
    (OVT, 'They did not stop working until after midnight, a seamstress said.'),
    (R, 'Although the contract promised free time, the workers were kept inside the camp, the report said.'),
]

NEAR_MISS_5 = [
    'The workers were not locked in at night, the inspector said.',
    'There is no evidence that the workers were beaten, the company said.',
    'Nobody took their phones, the manager said.',
    'The embassy denied that the workers were threatened with repatriation.',
    'The company plans to introduce 12-hour shifts next year.',
    'The contractor promised that no worker would work more than eight hours a day.',
    'The union fears that workers could be housed in containers.',
    'The manager rejected claims that workers were slapped.',
    'The law forbids employers to lock workers in.',
    'Under the code, overtime may not exceed four hours a day.',
]


@pytest.mark.parametrize("k,indicator,sentence", [(k, i, s) for k, (i, s) in enumerate(POSITIVE_5)])
def test_fifth_batch_fires(k: int, indicator: str, sentence: str) -> None:
    assert indicator in _affirmed(sentence, k)


@pytest.mark.parametrize("k,sentence", list(enumerate(NEAR_MISS_5)))
def test_fifth_batch_near_miss(k: int, sentence: str) -> None:
    assert not _affirmed(sentence, k) & MINE


@pytest.mark.parametrize("sentence,indicator", [
    # litotes: "did not hesitate to", "never forget" do not deny what follows
    ("The minders never hesitated to beat the men, a source said.", V),
    ("\"I will never forget the threats to my family,\" a welder said.", T),
    ("We did not finish until two in the morning, a seamstress said.", OVT),
])
def test_litotes_and_not_until(sentence: str, indicator: str) -> None:
    assert indicator in _affirmed(sentence)


@pytest.mark.parametrize("sentence", [
    "The firm intends to impose 12-hour shifts from June, the union said.",
    "Activists worry that the women might be housed in shipping containers.",
    "Night work must not exceed eight hours, the code says.",
])
def test_plans_fears_and_rules_carry_none(sentence: str) -> None:
    assert not _affirmed(sentence) & MINE
