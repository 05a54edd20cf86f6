"""IX's fresh batteries for the ILO indicators (claim level), scored with the project's PRF (the method of
tests/test_indicator_battery3.py: a sentence's indicators are those a claim made of it would carry).

BATTERY_IX_1 (56 sentences, 44 positives over all eleven indicators and 12 negatives: seasonal schemes,
definitions, denials, ordinary labour news, norms, other senses) was written in our own words, with
fictional names, BEFORE looking at any rule output of round 8. It was written after the study of the
heldout21/22 misses, so it leans a little towards their categories.
  first pass (lexicon at 3246c9e, before round 8):                 tp=32 fp=8 fn=14  p=0.800 r=0.696 F1 0.744
  after the round-8 rules written from the diagnosis sets only:     tp=34 fp=8 fn=12  p=0.810 r=0.739 F1 0.773
  after rules by concept for its own misses (passes to go out, "and nowhere else", no shore leave, chained
  gates, confessing failings, not a coin reaching the men, costs written against a name, few could read,
  recruiting where harvests failed; precision: phones locked in a cupboard, a strike over a pay offer,
  gates chained after dark, hotel guests' passports):              tp=43 fp=4 fn=3   p=0.915 r=0.935 F1 0.925
BATTERY_IX_2 (38 sentences, written after every round-8 rule, scored once and left as it was: the honest
estimate for unseen text): lexicon before round 8 F1 0.759; after round 8 tp=23 fp=5 fn=7 p=0.821 r=0.767
F1 0.793. Its misses (debts at the village shop as vulnerability, opened letters, never meeting villagers,
reminders that security men can send anyone home, being named at a meeting, documents "in the head office")
are left for the next round.
"""

from __future__ import annotations

import pytest

from test_indicator_battery3 import CODES, Case, score

BATTERY_IX_1: list[Case] = [
    # FL01 abuse of vulnerability
    ("Few of the girls from Ninh Binh could read a single line of the Malay forms they were handed.", "FL01"),
    ("The brokers went from door to door in villages where the rice crop had failed twice.", "FL01"),
    ("With their residence cards long expired, the painters knew any visit to the police would end in deportation.", "FL01"),
    ("A foreman at Kestrel Builders said the firm preferred men whose wives and children stayed at home in Hamhung.", "FL01"),
    # FL02 deception
    ("The job advertised in Kathmandu was hotel work in Dubai; Ramesh ended up mixing cement on a site outside Sharjah.", "FL02"),
    ("Nobody mentioned before departure that half the wage would go to the company in Pyongyang.", "FL02 FL08"),
    ("Their contracts promised eight-hour days and a bonus at Tet, neither of which ever materialised.", "FL02"),
    ("The women signed up for a sewing course in Harbin and found themselves packing shrimp instead.", "FL02"),
    # FL03 restriction of movement
    ("After dark the yard gate at the Tula hostel is chained and the key goes home with the guard.", "FL03"),
    ("Going into Irkutsk required a written pass from the brigade leader, and passes were rarely given.", "FL03"),
    ("The loggers were trucked from camp to cutting area and back, and nowhere else, for three winters.", "FL03"),
    ("If a man wanted cigarettes, the team chief bought them for him; none of them entered a shop.", "FL03"),
    # FL04 isolation
    ("Mobile phones were collected on the first evening and locked in a cupboard in the office.", "FL04"),
    ("Their only news from home came in letters that the political officer opened first.", "FL04"),
    ("The camp sits four hours by track from the nearest village, with no signal at all.", "FL04"),
    ("Local welders said the Koreans would turn away whenever anyone tried to chat with them.", "FL04"),
    # FL05 violence
    ("A supervisor at Marlow Textiles hit Ana across the face with a ruler for a crooked seam.", "FL05"),
    ("Two maids told investigators the employer's brother forced himself on them at night.", "FL05"),
    ("Stragglers in the column were kicked by the guards until they caught up.", "FL05"),
    ("He showed the bruises on his back from the beating he took after asking about his pay.", "FL05"),
    # FL06 intimidation and threats
    ("The manager told the seamstresses that anyone who spoke to the inspectors would be on the next plane home.", "FL06"),
    ("Every Friday the men had to stand up and confess their failings in front of the whole team.", "FL06"),
    ("When Ibrahim left the farm, his sponsor reported him to the police as a runaway.", "FL06"),
    ("Workers were warned that their parents would answer for any misconduct abroad.", "FL06"),
    # FL07 documents
    ("On arrival at the airport a man from Vostok Trading collected every passport and none came back.", "FL07"),
    ("The maids' passports sat in a drawer in the employer's bedroom.", "FL07"),
    ("Asked for his identity card so he could open a bank account, Tomasz was told the office would keep it until the contract ended.", "FL07"),
    ("Without their papers, which the agency held, the fishermen could not even go ashore.", "FL07 FL03"),
    # FL08 wages
    ("For the whole of spring the crew at Bolder Construction received nothing but promises.", "FL08"),
    ("Pay day came and went four times without a single rouble reaching the men.", "FL08"),
    ("The chief collected the envelopes at the gate and handed each worker a small share.", "FL08"),
    ("Wages for all 60 workers were transferred to the account of a firm in Dandong, not to the workers.", "FL08"),
    # FL09 debt
    ("To get a place on the list Chol's family sold their pig and borrowed the rest from a neighbour.", "FL09"),
    ("The recruitment agency charged each nurse 4,000 dollars, to be repaid out of her salary.", "FL09"),
    ("He still owes the broker more than he has earned in two years on the boats.", "FL09"),
    ("The cost of the flights and the visa was written in the ledger against each man's name.", "FL09"),
    # FL10 conditions
    ("Fourteen men slept in a shipping container with one fan and no window.", "FL10"),
    ("They ate boiled cabbage and rice twice a day, and meat at New Year if at all.", "FL10"),
    ("No one gave the scaffolders harnesses, and one fell from the sixth floor in March.", "FL10"),
    ("A worker with a fever was sent back to the line rather than to a clinic.", "FL10"),
    # FL11 overtime
    ("Shifts at the packing plant ran from six in the morning to ten at night.", "FL11"),
    ("In the harvest months nobody had a day off for eight weeks.", "FL11"),
    ("The programmers were expected to keep coding until two or three in the morning.", "FL11"),
    ("They worked right through the New Year holiday to finish the roof.", "FL11"),
    # negatives
    ("Under the seasonal scheme, employers must provide housing that meets national standards.", ""),
    ("Forced labour is defined as work exacted under the menace of any penalty.", ""),
    ("The company said all staff keep their own passports and can leave the site when they wish.", ""),
    ("Bus drivers in Leeds voted to strike over a pay offer of three percent.", ""),
    ("The ministry denied that any worker had been beaten or threatened.", ""),
    ("Holding an employee's passport is an offence punishable by a fine.", ""),
    ("The factory opened a new canteen and a gym for its 800 employees.", ""),
    ("Seasonal pickers from Tonga earn the award wage and can change employer under the programme.", ""),
    ("The hospital's night shift starts at ten and ends at six in the morning.", ""),
    ("Ministers debated raising the minimum wage at the next session.", ""),
    ("Guests at the hotel can have their passports held at reception for safekeeping.", ""),
    ("The coach said the players trained for six hours on Saturday.", ""),
]

BATTERY_IX_2: list[Case] = [
    ("Recruiters in Kandy knew the tea pickers had debts at the village shop and offered them jobs abroad.", "FL01"),
    ("Lacking residence cards, the welders could not even register at a clinic.", "FL01"),
    ("The notice on the dormitory wall was in Mandarin, which none of the Nepali men could read.", "FL01"),
    ("The advertisement in the Tashkent paper spoke of a furniture factory; the men were sent to dig trenches.", "FL02"),
    ("Mariam was told she would care for two children, but she cleaned three houses for the same family.", "FL02"),
    ("On arrival they were handed new contracts in Arabic with a lower salary and were told to sign.", "FL02"),
    ("Outside the factory fence the women may walk only as far as the bus stop, and never alone.", "FL03"),
    ("A guard with a dog sits at the only gate of the camp through the night.", "FL03"),
    ("The men sleep where they work and have not been beyond the site walls since spring.", "FL03"),
    ("Their phones were taken away, and calls home were allowed once a month in the manager's office.", "FL04"),
    ("Letters to the workers were handed out already opened.", "FL04"),
    ("The crew never met the villagers; even the cook came with them from Wonsan.", "FL04"),
    ("The overseer struck two women with a belt when the count came up short.", "FL05"),
    ("A former waitress said the manager groped her in the storeroom.", "FL05"),
    ("He was told that if he kept asking about his wages his brother at home would lose his job.", "FL06"),
    ("The chief reminded them every morning that the security men could send anyone home.", "FL06"),
    ("Those who slowed down were named at the evening meeting and made to apologise.", "FL06"),
    ("Her employer has held her passport since the day she landed in Muscat.", "FL07"),
    ("When he asked for his documents to go home, the agency said they were in the head office in Almaty.", "FL07"),
    ("They have not been paid for the last five months.", "FL08"),
    ("The women's wages go first to the team leader, who hands out pocket money.", "FL08"),
    ("Out of 1,200 dollars on the payroll each man receives about 100.", "FL08"),
    ("Everything, food, bunk and the flight, was taken out of their first year's wages, and the debt kept growing.", "FL09"),
    ("She cannot leave until the agency's loan is repaid.", "FL09"),
    ("Forty men share two toilets and a single tap.", "FL10"),
    ("There were no helmets on the site, and the scaffolding had no rails.", "FL10"),
    ("The dormitory was a former cowshed without heating.", "FL10"),
    ("The shifts ran twelve hours, seven days a week, for the whole season.", "FL11"),
    ("At harvest they worked from first light to ten at night.", "FL11"),
    ("They had one rest day in two months.", "FL11"),
    ("The labour ministry says migrant workers are entitled to one day off a week.", ""),
    ("The union welcomed the new law banning recruitment fees.", ""),
    ("Workers at the new plant have their own lockers and keep their passports.", ""),
    ("The company said overtime is voluntary and paid at double rate.", ""),
    ("Seasonal workers from Samoa arrived in Nelson for the apple harvest under the government scheme.", ""),
    ("Local nurses staged a protest over a pay freeze.", ""),
    ("The embassy denied that any of its citizens were held against their will.", ""),
    ("A forced-labour indicator such as debt bondage must be assessed in context, the guide says.", ""),
]


def test_batteries_shape() -> None:
    for cases, positives, negatives in ((BATTERY_IX_1, 44, 12), (BATTERY_IX_2, 30, 8)):
        assert sum(bool(c) for _, c in cases) == positives and sum(not c for _, c in cases) == negatives
        assert all(code in CODES for _, codes in cases for code in codes.split())
    for code in CODES:
        assert sum(code in c.split() for _, c in BATTERY_IX_1) >= 4, code
        assert sum(code in c.split() for _, c in BATTERY_IX_2) >= 2, code
    texts = [t for t, _ in BATTERY_IX_1 + BATTERY_IX_2]
    assert len(texts) == len(set(texts))


# floors a little under the scores after round 8 (0.925 and 0.793)
@pytest.mark.parametrize(("cases", "floor"), [(BATTERY_IX_1, 0.90), (BATTERY_IX_2, 0.77)], ids=["ix1", "ix2"])
def test_battery_f1(cases: list[Case], floor: float) -> None:
    prf, problems = score(cases)
    assert prf.f1 >= floor, f"p={prf.p:.3f} r={prf.r:.3f} f1={prf.f1:.3f}\n" + "\n".join(problems)
