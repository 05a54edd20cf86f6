"""Paraphrase coverage of the ILO indicator lexicon (knowledge/indicators.yaml).

Every sentence here was written for this test: each indicator is described in the
many ways a journalist, an NGO researcher or a worker might put it (active and
passive, other verbs, other word order, idioms), and the negative cases check that
negations, denials, definitions and unrelated uses of the same words do not count.
"""

from __future__ import annotations

import pytest

from labourlens.analyse.hedges import is_denial, is_hypothetical
from labourlens.analyse.indicators import match


def found(text: str) -> set[str]:
    return {h.indicator for h in match(text).hits}


POSITIVE: dict[str, list[str]] = {
    "abuse_of_vulnerability": [
        "The women came in as apprentices, although they sewed twelve hours a day.",
        "He arrived holding a student card, not a work permit.",
        "They were registered as cultural exchange participants.",
        "None of the men had a work permit, the inspector said.",
        "The crews are undocumented and cannot complain to anyone.",
        "They only pick people whose families are considered politically reliable.",
        "The brigade works illegally, on visas that expired last spring.",
        "Only married men with children at home are chosen for the posting.",
        "Their wives stayed behind as a guarantee that they would come back.",
        "Most of the women speak no Russian and rely on the manager for everything.",
        "If anyone defected, their relatives back home would be punished.",
        "They had nowhere to turn and no one to complain to.",
        "With no money and no papers, they had no choice but to stay.",
        "The men were afraid of being deported if they asked for their wages.",
        "They entered the country on tourist visas and were put to work the next week.",
    ],
    "deception": [
        "Recruiters told them they would earn 800 dollars a month; they got a tenth of that.",
        "They were promised a hotel job in Dubai and ended up on a building site.",
        "The contract they signed in Pyongyang bore no resemblance to the one they worked under.",
        "Not one of the women had ever seen a written contract.",
        "He never saw a classroom in the two years he was enrolled as a student.",
        "None of them were enrolled at any university, prosecutors found.",
        "The agency lured them with talk of high wages and free housing.",
        "The men were told they could keep half of what they earned.",
        "Their three-year contracts had long since run out, but nobody was allowed to leave.",
        "His contract promised 1,500 riyals, but he received 600.",
        "The promised home leave never came.",
        "They were misled about the hours and the pay.",
        "They were tricked into signing papers in a language they could not read.",
        "Deductions were never explained to the workers.",
        "The job turned out to be gutting fish in an unheated shed.",
    ],
    "restriction_of_movement": [
        "The women may leave the compound only in groups, escorted by the team leader.",
        "They walk to the site in a column and are driven back at dusk.",
        "Nobody goes into town without the minder.",
        "The dormitory door is locked from the outside at ten every night.",
        "A security agent lives in the same flat as the developers.",
        "Their man would not let them walk to the village.",
        "They are counted in the morning and again before lights out.",
        "Workers' movements outside the plant were strictly controlled.",
        "Some had spent five years in Russia without a single trip home.",
        "Leaving alone was treated as an attempted defection.",
        "The men are confined to the camp when they are not working.",
        "They need written permission from the manager to go to the market.",
        "The site is surrounded by a high wall topped with razor wire.",
        "They were bused between the dormitory and the factory in a closed van.",
        "Anyone who went out alone was criticised at the evening meeting.",
        "Only on Sundays, only in pairs, and only for an hour.",
    ],
    "isolation": [
        "Their phones were collected on arrival and kept in the manager's office.",
        "The women have no mobile phones and no access to the internet.",
        "The crew lives in a separate block, fenced off from the other workers.",
        "Locals say they are not allowed to speak to the Koreans.",
        "The camp lies deep in the taiga, a day's drive from the nearest village.",
        "Their letters home are read by the political officer before they are sent.",
        "One girl who hid a phone under her mattress was sent home.",
        "When a neighbour tried to greet one of them, the supervisor shouted at him.",
        "They have not spoken to their families in three years.",
        "Contact with home is possible only through the team leader.",
        "They are forbidden to mix with Chinese staff in the canteen.",
        "Their handsets were taken away so that they cannot contact anyone outside.",
        "They were cut off from the outside world for months.",
        "Watching foreign television is banned in the dormitory.",
        "They did not know which city they were in.",
    ],
    "physical_and_sexual_violence": [
        "The foreman struck him across the face with a length of pipe.",
        "She showed us bruises on her arms from the supervisor's blows.",
        "Workers who fell behind were beaten in front of the others.",
        "The minder knocked him to the ground and kicked him.",
        "Several women said managers groped them in the storeroom.",
        "He was given a beating for asking about his wages.",
        "The guards whipped two men who had tried to run away.",
        "Girls were pressed into sex work at the karaoke bar upstairs.",
        "A logger died after a beating by the brigade leader, villagers said.",
        "They were made to kneel in the snow for hours as punishment.",
        "Supervisors slapped the women who talked during the shift.",
        "She was raped by the manager, according to the complaint.",
        "The crew leader routinely assaulted the younger men.",
        "He came back black and blue after a night in the guardhouse.",
        "Physical punishment was common on the site.",
    ],
    "intimidation_and_threats": [
        "His family will answer for it if he fails, the manager wrote.",
        "They were warned that anyone who complained would be the next to go.",
        "A man who drank in the dormitory was put on the next flight home.",
        "We all knew what that meant for him.",
        "People were afraid of the minders all the time.",
        "They lived in constant fear of being reported.",
        "You talked about home, and somebody wrote it down.",
        "Returnees were interrogated for days by state security.",
        "Workers who complain are threatened with a labour camp.",
        "He was branded a traitor after he asked for his passport.",
        "Staff were told they would be sent back if they spoke to reporters.",
        "The women must attend self-criticism sessions every Saturday.",
        "Those who missed the target were denounced at the weekly meeting.",
        "The workers inform on each other, the defector said.",
        "Leaving the site alone was regarded as desertion.",
    ],
    "retention_of_identity_documents": [
        "The card went into the brigade leader's bag with everyone else's passport.",
        "Their passports were in the possession of a third party.",
        "The company collected the passports at the airport.",
        "Passports are held by the representative until the contract ends.",
        "He never had his own passport in his hands during three years.",
        "The manager keeps all the workers' identity documents in a safe.",
        "Their papers were taken away on the first day.",
        "Nobody could get their passport back, even to renew a visa.",
        "Work permits are kept by the employer, not by the workers.",
        "The foreman confiscated our passports as soon as we landed.",
        "Our documents stayed in the director's office the whole time.",
        "The men surrendered their passports to the agency on arrival.",
        "Passports are returned only at the airport on the way home.",
        "The crew had no ID of their own.",
        "Their travel documents were retained by the North Korean company.",
    ],
    "withholding_of_wages": [
        "The women themselves received between 300 and 500 yuan a month in cash.",
        "The team leader had all our passwords and all our money.",
        "The factory paid 2,800 yuan per worker per month to a company in Pyongyang.",
        "Their pay was sent through their embassy.",
        "Payments went in a single transfer to a trading company rather than to individual workers.",
        "The men were owed four months of wages when the site closed.",
        "The contractor owed its workers up to 400 dinars each.",
        "They were told the balance would be paid after the building was handed over.",
        "The returnees had to hand over half of their savings to the trading company.",
        "His team received between 15 and 20 percent of what the client paid for them.",
        "They earn 400,000 tugriks a month, of which most goes to the Korean manager.",
        "We saw maybe 40 dinars a month.",
        "About 70 percent of their earnings goes to the state.",
        "The loggers have not been paid since August.",
        "Wages are paid in a lump sum at the end of the contract, if at all.",
        "Not a single kopeck has reached them since the spring.",
        "Each worker must contribute to the loyalty fund every month.",
    ],
    "debt_bondage": [
        "He borrowed money from relatives to pay officials for the posting.",
        "The women arrive owing the agency for their flights and training.",
        "They cannot go home until they have repaid what they owe.",
        "Their debts kept growing because of the interest.",
        "New recruits must pay back the cost of their visas out of their wages.",
        "Families sold their house to get him on the list.",
        "He paid a bribe to be selected for the construction team.",
        "Every worker starts the contract in debt to the company.",
        "They were charged for their uniforms, tools and dormitory beds.",
        "Recruitment fees of up to 3,000 dollars were common.",
        "The shortfall on the plan is carried over as debt to the next month.",
        "She took a loan at high interest to pay the broker.",
        "They worked off the cost of their airfare for a year.",
        "The men were still in debt when they were sent home.",
        "Interest on the advance kept piling up.",
    ],
    "abusive_working_and_living_conditions": [
        "In summer it was fifty degrees and we still worked at noon.",
        "The temperature inside the tanks was over 45 degrees.",
        "The carpenters live on the unfinished upper floors of the hotel.",
        "They cook on a hot plate in a corridor and wash with water carried up in buckets.",
        "Those who missed the target were made to sleep in the office.",
        "The women slept in a storeroom behind the workshop.",
        "A fall from the fourth floor broke a colleague's leg.",
        "Those who fell ill were still expected to meet the daily target.",
        "Twenty men share one room with triple bunks.",
        "There was no heating in the wagons at minus thirty.",
        "They went hungry for weeks when the food allowance was cut.",
        "Nobody gave them gloves or masks for the chemicals.",
        "A welder was killed when a crane load fell on him.",
        "His injured hand was never treated.",
        "The dormitory is filthy and infested with bedbugs.",
    ],
    "excessive_overtime": [
        "They start before the sun comes up and are still there when we close the shop at nine.",
        "Working hours are extreme.",
        "She sleeps only five hours a night.",
        "They worked from morning till night, every day of the week.",
        "There is one day off a month, sometimes none.",
        "The women sew until midnight when an order is due.",
        "We had no days off for the whole season.",
        "They did sixteen-hour shifts through the winter.",
        "Nobody had a single free day in four months.",
        "They worked through the night to finish the order.",
        "After a full day on site they were sent to a second job in the evening.",
        "The crews toil from dawn to dusk.",
        "Overtime was never asked, only announced.",
        "The men were exhausted and fell asleep at their machines.",
        "They work up to 18 hours a day in the peak season.",
    ],
}



@pytest.mark.parametrize(
    ("indicator", "text"), [(ind, t) for ind, texts in POSITIVE.items() for t in texts]
)
def test_paraphrase_found(indicator: str, text: str) -> None:
    assert indicator in found(text), f"{indicator} not found in: {text}"


def test_every_indicator_has_many_paraphrases() -> None:
    assert all(len(v) >= 15 for v in POSITIVE.values())
    assert len(POSITIVE) == 11


# (sentence, indicators that must NOT be found)
NEGATIVE: list[tuple[str, set[str]]] = [
    ("Four years later, the chapter has not quite closed.", {"restriction_of_movement"}),
    ("The panel notes that such payments breach the resolution.", {"withholding_of_wages"}),
    ("The lawmaker spoke after a closed-door briefing at the assembly.", {"restriction_of_movement"}),
    ("Polish border guards opened an inquiry on Tuesday.", {"restriction_of_movement"}),
    ("Each developer used a borrowed identity to win contracts.", {"debt_bondage"}),
    ("The welders were each owed 4,800 zlotys a month.", {"debt_bondage"}),
    ("Names of interviewees have been withheld for their protection.", {"withholding_of_wages"}),
    ("What struck him most was the quiet of the place.", {"physical_and_sexual_violence"}),
    ("Questions about this story can be sent to the desk.", {"physical_and_sexual_violence"}),
    ("The contracts were labelled as training or cultural exchange.", {"intimidation_and_threats"}),
    ("They were forbidden from using the internet for anything but work.", {"deception"}),
    ("The ground freezes again in October.", {"abusive_working_and_living_conditions"}),
    ("My wife and son had to stay behind, which is the rule.", {"restriction_of_movement"}),
    ("They told us in Pyongyang we would keep half.", {"withholding_of_wages"}),
    ("Women who fell behind their quota were criticised.", {"withholding_of_wages"}),
    ("The striker beat two defenders and scored in extra time.", {"physical_and_sexual_violence", "excessive_overtime"}),
    ("The team trained twice a day at the national training camp.", {"excessive_overtime"}),
    ("Ministers warned of a threat to regional stability.", {"intimidation_and_threats"}),
    ("The national debt rose again last year.", {"debt_bondage"}),
    ("The company says workers keep their own passports.", {"retention_of_identity_documents"}),
    ("The firm moved to a remote working model for its developers.", {"isolation"}),
    ("It was an isolated incident, the police said.", {"isolation"}),
    ("Oil prices fell from a peak in the spring.", {"abusive_working_and_living_conditions"}),
    ("The movement of goods across the bridge was restricted.", {"restriction_of_movement"}),
    ("They sleep eight hours a night in a new dormitory.", {"excessive_overtime", "abusive_working_and_living_conditions"}),
    ("The workers send part of their wages home to their families.", {"withholding_of_wages"}),
    ("When we spoke to them, the workers described the site.", {"isolation"}),
    ("Exhaust fumes from the trucks fill the street.", {"excessive_overtime"}),
    ("The economy counts them among its best customers.", {"restriction_of_movement"}),
    ("Unpaid internships are common in the sector.", {"withholding_of_wages"}),
    ("The workers were housed in prefabricated barracks inside the perimeter.", {"abusive_working_and_living_conditions"}),
    ("Such crews are probably earning the state several million dollars a year.", {"withholding_of_wages"}),
    ("Dense fog kept ferries in port for a third consecutive day.", {"excessive_overtime"}),
    ("They were questioned for several days by investigators.", {"isolation"}),
    ("Passports were held by the organisers for the visa check and returned the same day.",
     {"retention_of_identity_documents"}),
    ("Students stayed in a university hostel during the olympiad.", {"restriction_of_movement"}),
]


@pytest.mark.parametrize(("text", "absent"), NEGATIVE)
def test_unrelated_uses_do_not_count(text: str, absent: set[str]) -> None:
    assert not (found(text) & absent), f"unexpected {found(text) & absent} in: {text}"


NEGATED = [
    "They were never beaten by the supervisors.",
    "The workers were not confined to the dormitory.",
    "Nobody took their passports.",
]


@pytest.mark.parametrize("text", NEGATED)
def test_negated_abuse_is_not_a_hit(text: str) -> None:
    m = match(text)
    assert not m.hits, [h.rule for h in m.hits]


DENIALS = [
    "None of our interviewees reported beatings or sexual abuse.",
    "There is no so-called forced labour in our plants, the spokesman said.",
    "Not everyone agrees that the men are mistreated.",
    "The company dismissed the allegations of abuse as groundless.",
]


@pytest.mark.parametrize("text", DENIALS)
def test_denials_are_recognised(text: str) -> None:
    assert is_denial(text)


HYPOTHETICAL = [
    "Employers who withhold wages face fines of up to 10,000 riyals.",
    "Forced labour can include the retention of identity documents.",
    "Companies that confiscate passports are liable to prosecution.",
]


@pytest.mark.parametrize("text", HYPOTHETICAL)
def test_rules_and_definitions_are_hypothetical(text: str) -> None:
    assert is_hypothetical(text)


# Everyday news sentences that share words with the lexicon and describe no abuse.
UNRELATED = [
    'The striker was struck on the ankle in the second half and limped off.',
    'Shares fell from their peak after the quarterly report.',
    'The company paid a dividend to its shareholders in March.',
    'Fans were kept outside the stadium until the gates opened at six.',
    'The museum is closed on Mondays and public holidays.',
    'The bank holds the deeds to the house until the mortgage is repaid.',
    'Prices for squid rose 12 percent this season.',
    'The delegation was escorted by police from the airport to the hotel.',
    'Employees receive 25 days of paid holiday a year.',
    "The factory's new dormitory has air conditioning and a gym.",
    'Workers are paid directly into their own bank accounts every month.',
    'The border crossing will close for two days for repairs.',
    'He borrowed the idea from a Japanese designer.',
    'The team leader praised the crew for finishing ahead of schedule.',
    'Students will attend classes at the university from September.',
    'The firm said all staff keep their own passports and can leave at any time.',
    'Visitors must sign in at the front desk.',
    'The report was kept confidential until the minister had read it.',
    'The government collected more tax than expected this year.',
    'Phones must be switched off during the performance.',
    'The union negotiated overtime pay at double the normal rate.',
    'The cold snap is expected to end by Friday.',
    'The company plans to hire 500 engineers next year.',
    'Contract talks with the port operator were delayed by a week.',
    'The fishing fleet returned to port after a storm.',
    'Nobody could have predicted the result of the election.',
    'The trade fair drew buyers from twenty countries.',
    'Investors fear the debt crisis will spread.',
    'The team spent a week at a remote training camp in the mountains.',
    "The workers' canteen serves three hot meals a day.",
    'Rescue workers searched through the night for survivors of the flood.',
    'He lost his wallet on the bus and never saw it again.',
    'The documents were handed over to the court on Tuesday.',
    'The mayor warned residents to stay indoors during the storm.',
]


@pytest.mark.parametrize("text", UNRELATED)
def test_everyday_sentences_have_no_indicator(text: str) -> None:
    assert not match(text).hits, [(h.rule, h.cue) for h in match(text).hits]


# Whole reports that describe ordinary work, travel or sport with words the lexicon also uses.
BENIGN_REPORTS = [
    """Harbour yard hires 200 fitters

The Severny repair yard in Murmansk will hire 200 fitters and welders this autumn, its director said on
Monday. New staff will be housed in a renovated hostel near the yard, two to a room, and will be paid
from 90,000 rubles a month. Overtime is paid at double rate and the yard runs two eight-hour shifts.
Apprentices from the local technical college will keep studying while they work part-time.
"They are free to leave at the end of any month," the director said. The regional labour inspectorate
said it had received no complaints about the yard last year.""",
    """Tour groups return to the border town

Tourists are again being taken to the riverside market in groups, escorted by their guides, after the
border crossing reopened on Friday. Passports are checked at the gate of the bridge and handed back at
once. Guards at the crossing said the queue moved quickly. The ferry runs until midnight in summer, and
the museum is closed on Mondays and public holidays.""",
    """Late winner sends visitors top

The visiting striker was struck on the ankle in the second half but stayed on, and the team beat the
hosts with a goal in extra time. Fans were kept outside the stadium until the gates opened, and the
coach said his players had trained twice a day at a remote training camp in the mountains.""",
    """Students from Pyongyang compete at maths olympiad in Oslo

A team of six North Korean students took part in the international mathematical olympiad in Oslo this
week. The team was accompanied by two coaches and kept apart from other delegations during the
competition, as is usual for all teams. The students stayed in a university hostel and were escorted
to the exam hall each morning. Their passports were held by the organisers for the visa check and
returned the same day. North Korea won two silver medals.""",
]


@pytest.mark.parametrize("text", BENIGN_REPORTS)
def test_benign_reports_yield_no_indicators(text: str) -> None:
    from labourlens.analyse.pipeline import analyse

    result = analyse(text, {"published": "2023-05-02", "language": "en"})
    assert not result.indicators(), [(h.rule, h.cue) for c in result.claims for h in c.indicators]


# Sentences about workers abroad that state facts without any sign of abuse.
NEUTRAL = [
    'About 300 North Korean workers arrived in Vladivostok in March, the source said.',
    'The company employs around 200 North Korean women at its two plants.',
    'The workers are paid about 2,000 yuan a month, according to the contract.',
    'The factory processes squid and pollock for export to Europe.',
    "Most of the crews work on residential towers in the city's northern districts.",
    'The women were sent to China by a trading company under the Ministry of Light Industry.',
    'The men are due to return home when their contracts end next spring.',
    'Construction of the hotel began in 2019 and is expected to finish next year.',
    'The restaurant serves cold noodles and has a stage for evening performances.',
    'North Korean builders have worked in Kuwait since the early 2000s.',
    'The Russian contractor said it hired the team through an intermediary in Vladivostok.',
    'Wages in the sector have risen by about 10 percent since last year.',
    'The workers live in a dormitory near the factory, the source said.',
    'They work in three shifts and produce about 5,000 garments a day.',
    'The logging season runs from November to March.',
    'The loggers cut larch and pine, which is shipped to China.',
    'Each team has a leader who reports to the company office in Pyongyang.',
    "The plant's Chinese managers declined to comment.",
    'The women wear white uniforms and caps on the processing line.',
    'A new group of 150 workers is expected to arrive in the summer.',
    'The crews travelled by train from Khabarovsk to the site.',
    'Some of the workers had been in Russia before the sanctions took effect.',
    "The company's website lists seafood, garments and electronics among its products.",
    'According to customs data, exports of processed fish rose sharply last year.',
    'The source, who trades fish in Dandong, has visited the factory several times.',
    'The team built a 16-storey apartment block in just over a year.',
    'The waitresses sing and dance for customers in the evenings.',
    'Workers receive three meals a day in a canteen on site.',
    "The workers' contracts are for three years, the official said.",
    'The developer said the project was on schedule.',
]


@pytest.mark.parametrize("text", NEUTRAL)
def test_neutral_facts_about_workers_have_no_indicator(text: str) -> None:
    assert not match(text).hits, [(h.rule, h.cue) for h in match(text).hits]
