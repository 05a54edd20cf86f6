"""Round 4 of the ILO indicator lexicon (knowledge/indicators.yaml, rules ``r4_*``): misses studied by
CONCEPT rather than by phrase.

Each concept below (pay handed to a third party or existing only on paper, remittance targets and
contributions to the state, work into the night and on rest days, threats of being sent home or to the
mines, escorted or forbidden outings, documents other than passports held by a boss, shortfalls carried
as a debt, pay against the contract, families left as a guarantee, no common language) was written out
in sentences of our own, in several registers (wire copy, NGO report, court record, testimony); the rules
were then checked on a fresh batch written afterwards. Companies and people are fictional.
The negatives are denials, hypotheticals, definitions, business, sports, diplomacy and weather news and
normal working conditions: none may carry any indicator.
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


POSITIVE: dict[str, list[str]] = {
    "abuse_of_vulnerability": [
        "The bureau only picks seamstresses who are married with a child at home.",
        "The welders were declared to border officials as engineering advisers.",
        "The foreman has their passports, and none of the men speaks any Spanish.",
        "Most of the crew entered on the wrong kind of visa for paid work.",
        "Relatives of a worker who fled were banished to a mining village in the north.",
        "Only men with wives and children at home are chosen for the Russian sites.",
        "None of them spoke a word of Arabic.",
        "The agency picked young women from the poorest counties.",
        "The labourers entered the country on tourist visas.",
        "They had no one to turn to and no language to ask for help in.",
        "The company only selects men who have wives and children at home.",
        "The crew had been registered as a cultural delegation.",
        "The labourers spoke no Russian and could not read their contracts.",
        "Not one of them knew any Polish.",
        "A defector's wife could be banished to a remote village.",
        "They came on visas that did not permit paid work.",
        "The brokers preyed on families in the poorest districts.",
        "Workers without valid papers had nowhere to turn.",
    ],
    "abusive_working_and_living_conditions": [
        "Loggers kept felling timber at minus 35 degrees, a former crew member recalled.",
        "Dormitory radiators were turned off overnight to cut the fuel bill.",
        "Seamstresses slept on the workshop floor beside the machines.",
        "Ten men share a two-room flat near the port.",
        "A worker's illness was judged by the minder, not by a nurse.",
        "They laid tiles in 48-degree heat with no shade and little water.",
        "The food ration was not enough for men doing heavy work.",
        "The dormitory had no running water and one toilet for sixty people.",
        "Workers had no protective equipment when handling the chemicals.",
        "The container they lived in had no windows and leaked when it rained.",
        "The stove in the cabin was turned off at night to save coal.",
        "It was the team leader, not a doctor, who judged whether a worker was ill.",
        "The tailors slept on the workshop floor among bales of cloth.",
        "Twelve men shared a single room above the warehouse.",
        "Temperatures on the site reached minus 40 and the crews kept working outdoors.",
        "Workers were given rotten cabbage and rice twice a day.",
        "The hostel's boiler was shut off from October to save money.",
        "The men lived in shipping containers without ventilation.",
        "They were denied medical care after an injury on the site.",
    ],
    "debt_bondage": [
        "Whenever a crew missed its target, the shortfall was added to each man's debt.",
        "Unmet quotas were divided among the labourers and deducted from the next month's pay.",
        "Her parents gave a county cadre a bicycle for a place on the list.",
        "Families pay bribes of up to $1,000 to get a place on an overseas team, often with borrowed money.",
        "Workers start their contracts owing the agency for their flights and visas.",
        "Whatever they failed to earn was recorded as money they owed the company.",
        "The recruitment fee took the first eight months of wages to repay.",
        "They could not leave until they had paid off what they owed the broker.",
        "The cost of food and lodging was added to each worker's debt.",
        "The men had borrowed heavily to pay for their selection and were bound to stay until it was repaid.",
        "Any gap between the target and what the crew earned was booked as a debt against the workers.",
        "Her family sold their television to pay for her to be selected for the Russian team.",
        "The missed quota was divided among the men and taken from the following month.",
        "He paid a bribe for a spot on the list for Kuwait.",
        "The workers owed the broker for their travel and had to work it off.",
        "Deductions for lodging kept them permanently in debt to the company.",
        "They arrived already indebted for recruitment fees of about $1,500.",
        "The shortfall was carried over and the workers had to repay it.",
    ],
    "deception": [
        ("Inspectors found the cleaners received 90 riyals a week, rather than the 250 riyals their "
         "contracts promised."),
        "The sum they actually got in Moscow was a third of the promised wage.",
        "The contract said 600 dollars; the men got 150.",
        "Recruiters told the women they would work in a hotel, but they were sent to a fish plant.",
        "They had been told they would keep half their wages.",
        "The advertised salary was never paid; the actual rate was less than half.",
        "They were hired as cooks and put to work on a building site.",
        "Nobody told them that most of the money would go to the state.",
        "The job offer described an eight-hour day; in practice they worked fourteen.",
        "He found out only at the site that the contract he signed was not the one he had been shown.",
        "They received 90 dinars a month instead of the 250 dinars their contracts promised.",
        "The recruiter quoted a monthly wage of $700, but the men were paid a fraction of it.",
        "He was engaged as a driver but ended up mixing cement.",
        "What they actually got on arrival was a bunk in a container and a third of the wage.",
        "The agreement he was made to sign in Pyongyang was not the one he had read.",
        "The promised salary was only a quarter of what they received in practice.",
        "The women were told they would be working in a restaurant; it was a garment factory.",
        "The job was advertised as factory work, but they were sent to a fishing boat.",
    ],
    "excessive_overtime": [
        "Concrete gangs keep working well into the night and at weekends, a site engineer said.",
        "Developers in the flat typed code all night whenever a deadline loomed.",
        "They had one day off a month, if the orders allowed it.",
        "Women at the plant work double shifts during the peak season.",
        "The waitresses serve from late morning until the restaurant closes at midnight.",
        "Whatever the rain cost them, they had to catch up overnight.",
        "Workers described sleeping beside their machines between shifts.",
        "The labourers had no rest day for the whole of the summer.",
        "They worked seven days a week, the inspection report found.",
        "The fishermen were kept hauling nets around the clock for days at a time.",
        "Sunday was a working day like any other, the former trainee recalled.",
        "The bricklayers kept working well past midnight whenever a deadline approached.",
        "Weekends did not exist for the crews; they worked Saturdays and Sundays alike.",
        "Staff in the kitchen work from breakfast until the last guests leave.",
        "The NGO found that Sundays off had been scrapped during the harvest.",
        "Miners pulled back-to-back shifts for weeks, according to the report.",
        "The developers coded through the nights to hit their monthly targets.",
        "They got a single day off every six weeks.",
        "The midday break in the heat was cancelled to meet the plan.",
        "She dozed between shifts on a pile of fabric.",
    ],
    "intimidation_and_threats": [
        "Anyone who complained was told he would be on the next flight home.",
        "The manager warned that troublemakers would be sent back to North Korea.",
        "Our supervisor ordered everyone to keep their mouths shut about the injuries.",
        "Whoever went missing, the whole crew would be held responsible, the foreman said.",
        "Anyone caught slacking, the overseer yelled, would be shipped back to the coal pits.",
        "Workers said the chief threatened to have them repatriated if they slowed down.",
        "Breaking the contract could cost a man's wife her post at the county office.",
        "The women were told that their families would suffer if they spoke to reporters.",
        "Those who refused overtime were threatened with deportation.",
        "He said the guards made it clear what would happen to anyone who talked.",
        "Any worker who grumbled was warned he would be repatriated on the next ship.",
        "The political officer told them to say nothing to the inspectors.",
        "Troublemakers, the foreman reminded them, would be sent to the mines at home.",
        "Any defection, the men were told, would cost their parents the family flat.",
        "The men knew what would happen to anyone who spoke to the press.",
        "Workers were ordered not to speak to the labour inspectors about their hours.",
        "The supervisor threatened to send home anyone who missed the quota.",
        "Those who asked about their pay were told they would be sent back to Pyongyang.",
        '"Keep your mouth shut or you go home," the minder told him.',
    ],
    "restriction_of_movement": [
        "The women could go out only once a month, in groups of four, with a minder.",
        "A company watchman always waits beside the coach while the cooks board it.",
        "Those who tried to walk to the bazaar on their own had their pay docked.",
        "Guards hauled the runaway back to the barracks before dawn.",
        "Their minibus has blacked-out windows and never stops on the way to the yard.",
        "They are never allowed into the village shop.",
        "The compound gate is locked from the outside at night.",
        "Workers are escorted everywhere they go, even to the clinic.",
        "Each outing required the written permission of the political officer.",
        "The men were confined to the construction site for the entire contract.",
        "The workers travel between site and hostel in a bus with curtained windows.",
        "A minder rides with them every time they leave the compound.",
        "Two guards hauled him back into the hostel, a neighbour said.",
        "The women were forbidden to enter the town market.",
        "They may leave the dormitory only on Sundays, in pairs and with the team leader.",
        "The gates of the compound are padlocked after the evening meal.",
        "A security man is always with them, even at the clinic.",
        "The loggers were not permitted into the nearby village.",
    ],
    "retention_of_identity_documents": [
        "The restaurant manager has all the waitresses' passports, a regular customer said.",
        "The women's travel booklets were taken at the border and held by the team leader.",
        "The crew's seaman's books stayed with the captain for the whole voyage.",
        "The supervisor keeps everyone's residence cards in his office.",
        "Their identity papers are never in their own hands, the lawyer said.",
        'On arrival the agency collected the workers\' passports "for registration" and kept them.',
        "None of the men had their own passport; the company had all of them.",
        "He asked several times to have his passport back and was refused.",
        "A party secretary travelling with the brigade held every single passport.",
        "Their work books are kept by the manager until the contract ends.",
        "The sponsor retains all the workers' passports, the embassy confirmed.",
        "Their seamen's books were taken by the captain on the first day.",
        "When he asked for his passport back, the manager refused.",
        "The women's residence cards were locked in the director's safe.",
        "The foreman keeps every passport in a metal box.",
        "The agency took the men's passports at the airport.",
        "His border pass was held by the company for two years.",
        "The workers surrendered their identity cards to the team leader on arrival.",
        "None of the crew has seen their passports since they landed.",
    ],
    "withholding_of_wages": [
        ("Each month the site office paid the welders' wages straight to their team leader, who passed "
         "on a small part."),
        "The seamstresses are paid 3,200 yuan a month on paper, but the cash never reaches them.",
        "Each welder signed a receipt for 35,000 rubles, and the foreman pocketed the money.",
        "Each tiler took home 300 dinars out of the 1,100 dinars the client paid for him.",
        "Every worker must remit a fixed sum of $800 a month to the state, whatever he earns.",
        "The court heard that the supervisor collected the whole crew's pay at the gate each Friday.",
        "Each brigade must meet a remittance quota before anyone sees a wage.",
        "A new directive raised the tribute each crew pays to the party by a third.",
        "Every cook is obliged to remit 650 dollars a month to the trading company.",
        "The whole of his salary went to the brigade chief, he told the tribunal.",
        "Their earnings were transferred into an account controlled by the dispatching agency.",
        "The men saw their wages only as a figure in the ledger.",
        "The ledger shows 2,900 yuan for each seamstress, though the women say they saw about 300 of it.",
        "According to the union, the fitters' pay was wired directly to the brigade leader's account.",
        "Workers are required to hand over 45,000 rubles a month per head to the dispatching firm.",
        "The bulk of every pay packet went to what managers called the loyalty fund.",
        "They signed receipts for their salaries but the team leader kept the cash.",
        "Most of the men never saw a rupee of what the contractor paid.",
        "The minder pocketed the entire month's wages of the crew.",
        "The waitresses were told to double their annual contribution to the party.",
        "The women get 1,500 yuan out of some 4,000 yuan the restaurant pays per worker.",
    ],
}

# denials, hypotheticals, definitions, business, sport, diplomacy, weather, normal work
NEGATIVE: list[str] = [
    "The striker scored twice into the night game's second half as the home side won 3-1.",
    "The ministers met in Geneva and agreed to continue talks on Sunday.",
    "The company said workers are paid in full and on time every month.",
    "Employees keep their own passports and may leave the site whenever they wish.",
    "Forced labour can include the retention of identity documents, according to the ILO definition.",
    "If wages were ever withheld, the union would take the case to court.",
    "The central bank collected data on household savings for the quarterly report.",
    "The manager collected the trophy on behalf of the team.",
    "Our staff work eight-hour shifts with two days off each week.",
    "The captain has the ball at his feet and the crowd roars.",
    "The ambassador spoke no Russian at the press conference but used an interpreter.",
    "The bus with tinted windows carried the champions through the city.",
    "The federation's contribution to the state pension fund rose by 3 percent.",
    "The budget shortfall was carried over to next year's accounts, the finance ministry said.",
    "He was hired as a driver and later promoted to logistics manager.",
    "The heating was switched off in the office for the summer holidays.",
    "Sunday is a working day in several Gulf states, where the weekend falls on Friday and Saturday.",
    "Players slept on the team bus between matches during the tour.",
    "Shoppers queued from early morning until closing at the new mall.",
    "The company denies that any worker was ever threatened with dismissal.",
    "The prime minister warned that the economy would be hit with new tariffs.",
    "The festival ran late into the night with fireworks over the harbour.",
    "Delegates signed for their conference badges and collected their bags.",
    "The boxer hit his opponent with a left hook in the third round.",
    "The runners dragged themselves back to the finish line.",
    "The negotiations dragged on into the night without agreement.",
    "Visitors must leave their coats with the cloakroom attendant.",
    "The museum keeps every passport ever issued to a king of Norway in its archive.",
    "The embassy renewed their passports within a week.",
    "The librarian has their books ready for collection.",
    "Each club must send 20 players a year to the national academy.",
    "Residents pay 500 dollars a month in rent for a two-room flat.",
    "On paper, the merger looks good for shareholders.",
    "The council said the levy would fund new schools.",
    "The team's captain took the whole trophy cabinet to the new stadium.",
    "Fans were told to keep quiet during the minute of silence.",
    "The coach warned that lazy players would be sent back to the reserve team.",
    "Investors lost their homes in the property crash.",
    "Hotel guests work out in the gym on weekends.",
    "The cleaners rested between shifts in a staff lounge with sofas and a kitchen.",
    "The athletes were escorted to the stadium by police motorcycles.",
    "The minister's security detail always stands by his car.",
    "Children may not enter the casino.",
    "The company was registered as a consultancy in Dubai.",
    "The deficit was split among the member states, the EU said.",
    "She gave her old sewing machine to a charity shop.",
    "The workers were paid 600 dollars, in line with their contracts, the inspectors found.",
    "The agency returned the passports of all workers at the end of the training.",
    "The restaurant staff receive their wages directly into their own bank accounts.",
    "The workers hold valid work permits and are paid in accordance with the law.",
    "Passports are held by the workers themselves, the company said.",
    "A retired miner said he slept at his desk during long exam nights as a student.",
    "The soldiers marched back to the barracks after the parade.",
    "The farmer's family was sent to the countryside during the holidays to visit grandparents.",
    "The bank cut off the power company's credit line.",
    "The band played through the night at the wedding.",
    "Pilots rest between flights in hotels paid by the airline.",
    "The museum is closed on Sundays and public holidays.",
    "The factory found irregularities in its quarterly accounts.",
    "The Belgian coach shames his critics with another title.",
    "The treasurer paid the invoice against the budget stated in the contract.",
    "The ILO defines forced labour as all work exacted under the menace of any penalty.",
    "Signs of forced labour can include withheld wages and confiscated passports.",
    "The company plans to send 200 engineers to its plant in Kazan next year.",
    "Shares in the shipbuilder rose 4 percent after it won a contract for three tankers.",
    "The two leaders discussed trade and energy during a 40-minute phone call.",
    "The national team trained twice a day at altitude before the qualifier.",
    "Welders at the yard work three eight-hour shifts and earn above the regional minimum wage.",
    "Employees receive 28 days of paid leave a year and a thirteenth-month salary.",
    "The hotel chain announced 300 new jobs in Dubai and a graduate training scheme.",
    "The ministry denied that any foreign workers were employed on the bridge project.",
    "Staff may join a trade union and are free to leave the company housing at any time.",
    "The weather in Vladivostok will be cloudy with light snow on Sunday.",
    "Temperatures in Doha are expected to reach 44 degrees this week.",
    "Inspectors found that all employees held their own passports and were paid on time.",
    "The restaurant's chef trained in Lyon and opened his first bistro in 2015.",
    "The port handled a record 2.1 million containers last year, the operator said.",
    "The court fined the importer for mislabelling frozen fish.",
    "Overtime at the car plant is voluntary and paid at time and a half.",
    "The orchestra performed in Seoul and Tokyo as part of a cultural exchange.",
    "The minister visited the construction site and praised the safety record.",
]


# (affirmed, its denial or negation): the affirmed sentence carries the indicator, the other none of it
NEGATED: list[tuple[str, str, str]] = [
    ("withholding_of_wages", "The foreman collected the crew's wages at the gate every Friday.",
     "The company denied that the foreman collected the crew's wages."),
    ("retention_of_identity_documents", "The supervisor keeps every worker's residence card in his office.",
     "The supervisor does not keep any worker's residence card."),
    ("excessive_overtime", "The crews plastered walls well into the night before the inspection.",
     "The company denied that the crews plastered walls into the night."),
    ("intimidation_and_threats", "The minder warned that complainers would be sent home on the next flight.",
     "Officials denied that the minder warned anyone they would be sent home."),
    ("restriction_of_movement", "Two guards hauled the welder back into the hostel after he slipped out.",
     "The company rejected claims that guards hauled a welder back into the hostel."),
]


@pytest.mark.parametrize(("indicator", "text"), [(k, t) for k, ts in POSITIVE.items() for t in ts])
def test_concept_sentences_carry_their_indicator(indicator: str, text: str) -> None:
    assert indicator in claim_indicators(text), f"{indicator} missing in: {text}"


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative_sentences_carry_no_indicator(text: str) -> None:
    assert claim_indicators(text) == set(), f"unexpected {claim_indicators(text)} in: {text}"


def test_batches_are_large_enough() -> None:
    assert len(NEGATIVE) >= 60
    assert all(len(v) >= 10 for v in POSITIVE.values())


@pytest.mark.parametrize(("indicator", "affirmed", "negated"), NEGATED)
def test_negation_and_denial_cancel(indicator: str, affirmed: str, negated: str) -> None:
    assert indicator in claim_indicators(affirmed)
    assert indicator not in claim_indicators(negated)


@pytest.mark.parametrize(("text", "rule"), [
    ("The site office paid the men 45,000 tenge a month on paper.", "FL08.r4_only_on_paper"),
    ("Each man signed for 900 dollars and the team leader kept the envelope.", "FL08.r4_signed_for_kept"),
    ("Crews are given a remittance quota that grows every year.", "FL08.r4_remittance_target"),
    ("They were told to pay relief money out of their wages again.", "FL08.r4_out_of_wages"),
    ("The flood levy was imposed for a third time this year.", "FL08.r4_levy_paid"),
    ("The missed quota was carried over and split among the workers.", "FL09.r4_shortfall_charged"),
    ("The boatmen's seamen's books were kept by the skipper in a locked drawer.", "FL07.r4_other_doc_held"),
    ("The recruiter quoted 800 dollars a month, but in practice they got 200.", "FL02.r4_offer_said_but"),
    ("A crew chief struck him across the back with a spade handle.", "FL05.r4_hit_with_object"),
])
def test_round4_rule_ids(text: str, rule: str) -> None:
    assert rule in rules(text)


@pytest.mark.parametrize(("text", "absent"), [
    # words used in another sense
    ("The striker shames his critics with a late winner.", "deception"),
    ("Auditors found irregularities in the hotel's booking records.", "abuse_of_vulnerability"),
    ("The new rules barred new entrants from the stock exchange.", "isolation"),
    ("The miners cooked over open fires in the old photographs.", "physical_and_sexual_violence"),
    ("The foreman counted the logs every night against the plan.", "restriction_of_movement"),
    ("Clients should confirm identities on video calls, check payment routes and keep records.", "isolation"),
    ("He still owed money to a cousin who had lent him the fare.", "withholding_of_wages"),
    ("The trainees had at least four rest days a month, the notice said.", "excessive_overtime"),
    ("The company's chef received an allowance of 200 euros a week for meals.", "withholding_of_wages"),
    ("Passports are held by the workers themselves, the agency said.", "retention_of_identity_documents"),
    ("The council said the levy was announced in the spring.", "withholding_of_wages"),
    ("The employees were free to go into the city on Sundays.", "excessive_overtime"),
    ("Officials had borrowed money from relatives to pay for the wedding.", "intimidation_and_threats"),
    ("The union noted that no new work permits had been issued since March.", "abuse_of_vulnerability"),
])
def test_other_senses_do_not_count(text: str, absent: str) -> None:
    assert absent not in claim_indicators(text), f"{absent} in: {text}"
