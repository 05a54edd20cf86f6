"""Probe of five ILO indicators told in idiom and paraphrase (IA): withheld wages, debts, deception, held
papers and abuse of vulnerability, in the voices of workers, insiders, NGOs, officials and courts (North
Korean workers in Russia and China, migrant crews on Korean boats, Gulf and African migrants).

Every page is a headline, one neutral lede naming North Korean or migrant workers, then the sentence under
test. Positives must carry their indicators as affirmed claims (a few other readings are also accepted,
in ``ALSO``); near misses (another sense of the words, denials, conditions, definitions, rules, plans and
revenue estimates) must carry none of the five.
"""
from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

W, D, DE, ID, V = ("withholding_of_wages", "debt_bondage", "deception",
                   "retention_of_identity_documents", "abuse_of_vulnerability")
FIVE = {W, D, DE, ID, V}
CTX = {"published": "2025-03-01", "language": "en"}
HEADS = [
    ("North Korean workers at a Vladivostok building site describe their pay",
     "The men were sent to Russia by a state construction company in Pyongyang."),
    ("Migrant workers in Qatar speak about their contracts",
     "Dozens of migrant workers from Nepal and Kenya work on the tower for a Doha contractor."),
    ("North Korean seamstresses in Dandong: a report",
     "About 300 North Korean women sew jackets at the plant on the edge of the city."),
    ("Migrant fishermen on Korean boats tell of their voyages",
     "The crew, migrant workers from Indonesia and Vietnam, work on squid boats out of Busan."),
    ("North Korean loggers in Amur Oblast",
     "The North Korean loggers work in camps far from the nearest town."),
]


def _five(sentence: str, i: int) -> set[str]:
    head, lede = HEADS[i % len(HEADS)]
    a = analyse(f"{head}\n\n{lede} {sentence}", CTX)
    return {h.indicator for c in a.claims if c.polarity == "affirmed" for h in c.indicators} & FIVE


# (head, indicators, sentence): the page's headline and lede are HEADS[head % 5]
POSITIVE = [
    (0, {W}, "\"Our wages went straight to the state,\" one welder said."),
    (1, {W}, "The company banked our pay and we got nothing, a plasterer said."),
    (2, {W}, "\"We never saw a kopeck,\" said a bricklayer from Hamhung."),
    (3, {W}, "\"In three years I did not see a single ruble,\" a carpenter said."),
    (4, {W}, "The men said they would be paid only at the end of the three-year contract."),
    (5, {W}, "Their salaries are handed over to the North Korean company, not to them, a source said."),
    (6, {W}, "Every month a loyalty fund was deducted before anything reached the women, a former manager said."),
    (7, {W}, "The plan targets were deducted from our pay first, a seamstress said."),
    (8, {W}, "\"Whatever was left after the party's share was a few dollars,\" one logger said."),
    (9, {W}, "The foreman kept our wages and said we would get them back home, a cook said."),
    (10, {W}, "The women were paid in a lump sum only when they went home, an NGO found."),
    (12, {W}, "The agency pocketed our salaries for the first six months, a fisherman said."),
    (13, {W}, "The workers said their pay was held back until the end of the season."),
    (14, {W}, "\"They keep two months of salary as a deposit so we don't run away,\" a cleaner said."),
    (15, {W}, "The captain held on to the crew's wages until the boat returned to port, the court found."),
    (16, {W}, "We got pocket money, the rest went to Pyongyang, a welder said."),
    (17, {W}, "The crew had gone unpaid since the spring, a union official said."),
    (18, {W}, "The workers are owed four months of back pay, the inspector said."),
    (19, {W}, "Their pay was docked for food, lodging and a 'contribution' to the fatherland, a defector said."),
    (20, {W}, "A source said the workers' earnings are remitted directly to the Workers' Party."),
    (21, {W}, "\"The money goes into an account we have never seen,\" one of the women said."),
    (22, {W}, "Nobody has been paid since October, a bricklayer said."),
    (23, {W}, "The seamstresses receive only a tenth of what the factory pays for them, an activist said."),
    (24, {W}, "The company kept back a third of each pay packet, the men said."),
    (25, {D}, "The fees for the visa were taken out of the first year's pay, a plasterer said."),
    (26, {D}, "\"I owed the broker more every month,\" said a fisherman from Java."),
    (27, {D}, "He paid a bribe of 3,000 dollars to be chosen for the posting and must earn it back first, a source said."),
    (28, {D}, "The women borrowed money from relatives to pay the recruiter and are still paying it off."),
    (29, {D}, "The cost of the flight was charged to each worker and deducted over a year, a report found."),
    (30, {D}, "We are working off the recruitment debt, a tiler said."),
    (31, {D}, "Each man arrives owing the agency the equivalent of ten months' wages, the NGO said."),
    (32, {D}, "Shortfalls on the plan were carried over as a debt to the next month, a former manager said."),
    (33, {D}, "\"I cannot leave until my debt is paid,\" a fisherman said."),
    (34, {D}, "The crew had to repay the manning agency's fees out of their wages, the court found."),
    (35, {D}, "The loan for the placement fee grows faster than he can repay it, his brother said."),
    (36, {D}, "The workers took out loans at high interest to pay for the job, an activist said."),
    (37, {D}, "They went home poorer than they left, still in debt to the recruiter, a researcher said."),
    (38, {D}, "The agency charged them for training, medical checks and the ticket, and took it from their pay."),
    (39, {D}, "Each worker signed a promissory note for the cost of bringing him over, a lawyer said."),
    (40, {D}, "The broker's fee was deducted from their wages for the first eight months, the inspector said."),
    (41, {DE}, "We were told it was a job in a restaurant and ended up in a factory, a woman said."),
    (42, {DE}, "The recruiter promised 1,200 dollars a month; he got 300, a plasterer said."),
    (44, {DE}, "\"They said we would be drivers, but they put us on the scaffolding,\" one man said."),
    (45, {DE}, "The women had been promised work as waitresses and were sent to a seafood plant instead."),
    (46, {DE}, "The pay was half what the agent had promised, the fishermen said."),
    (47, {DE}, "They were lured by promises of good wages that never materialised, a researcher said."),
    (48, {DE}, "Nobody told us we would be working on a boat for two years, a fisherman said."),
    (49, {DE}, "The job turned out to be nothing like the advertisement, a cleaner said."),
    (50, {DE}, "The two-year contract was extended to four without anyone asking them, a welder said."),
    (51, {DE}, "He was recruited as a cook but spent his days hauling timber, a relative said."),
    (52, {DE}, "The deductions were never explained to us, a seamstress said."),
    (53, {DE}, "They were tricked into signing a contract in a language they could not read, the court found."),
    (54, {DE}, "The promised home leave never came, the loggers said."),
    (55, {DE}, "The wages in the contract were not the wages paid, the inspector found."),
    (56, {DE}, "Recruiters in Nairobi lied about the job, the salary and the hours, the NGO said."),
    (57, {DE}, "The agency sent them to a different emirate from the one on their offer letters, the women said."),
    (58, {DE}, "\"We were promised a hotel job in Dubai and ended up as maids in a house,\" one woman said."),
    (59, {DE}, "The salary on the contract they signed in Kathmandu was cut by half once they landed."),
    (60, {ID}, "The company kept our papers in the office safe, a bricklayer said."),
    (61, {ID}, "The manager holds the seamen's books, a deckhand said."),
    (62, {ID}, "Their passports were collected at the airport and never handed back, a worker said."),
    (63, {ID}, "\"The boss has my passport,\" one of the maids said."),
    (64, {ID}, "The representative keeps all the passports in a locked drawer, a source said."),
    (65, {ID}, "The captain took the crew's documents when they boarded, the NGO found."),
    (66, {ID}, "The workers have not seen their passports since they arrived, the inspector said."),
    (67, {ID}, "Their ID cards were confiscated by the sponsor, the court found."),
    (68, {ID}, "We had to hand our passports to the team leader on the first day, a welder said."),
    (69, {ID}, "The agency is holding on to the women's passports, a lawyer said."),
    (70, {ID}, "The foreman locked away our work permits, a logger said."),
    (71, {ID}, "Passports are only returned at the airport on the way home, a former worker said."),
    (72, {ID}, "The employer refused to give back her passport when she asked to leave, the court found."),
    (73, {ID}, "The security agent held everyone's travel documents, a defector said."),
    (74, {ID}, "The company withheld the fishermen's identity documents throughout the voyage, the report found."),
    (75, {ID}, "The kafeel still has his passport, his cousin said."),
    (76, {ID}, "My residence card is with the boss, a cleaner said."),
    (77, {ID}, "All passports were taken 'for registration' and never came back, a tiler said."),
    (78, {V}, "The men came in on student visas and had no work permits, a source said."),
    (79, {V}, "\"We could not complain without risking deportation,\" a cleaner said."),
    (80, {V}, "They could not go to the police because their visas had run out, a lawyer said."),
    (81, {V}, "The workers entered Russia as trainees, the data show."),
    (82, {V}, "The women spoke no Chinese and depended on the manager for everything, the NGO found."),
    (83, {V}, "Only married men with children at home are sent, a defector said."),
    (84, {V}, "Their families at home would be punished if they ran, a source said."),
    (85, {V}, "The recruiters targeted villages hit by the drought, a researcher said."),
    (86, {V}, "Without a work permit, the fishermen had no one to turn to, the NGO said."),
    (87, {V}, "The company took advantage of their illegal status, the court found."),
    (88, {V}, "They arrived on tourist visas and worked illegally, the ministry said."),
    (89, {V}, "Undocumented and unable to speak Arabic, the maids had nowhere to go, an activist said."),
    (90, {V}, "\"If we complain, they send us back and our families suffer,\" one logger said."),
    (91, {V}, "The boss knew we were in the country illegally and used it against us, a cleaner said."),
    (92, {V}, "The workers had no choice but to accept the terms, a researcher said."),
    (93, {V}, "He was only sixteen when the agency sent him to the boats, his mother said."),
    (94, {V}, "The fishermen could not report abuse for fear of being deported, the NGO found."),
    (95, {V}, "The sponsor would not renew their residence permits, leaving them illegal, the court found."),
    (96, {W}, "The rest of the money is 'kept for us' by the enterprise until we go home, a welder said."),
    (97, {W}, "We worked the whole winter for nothing, a logger said."),
    (98, {W}, "\"I worked for eight months and never got paid a cent,\" said a maid from Uganda."),
    (99, {W}, "Salaries were transferred to the embassy's account, according to a defector."),
    (100, {W}, "The captain paid us nothing until the end of the two-year voyage, a deckhand said."),
    (101, {W}, "The workers say their salaries were 'confiscated' by the North Korean managers."),
    (102, {W}, "Out of 700 dollars a month, the workers keep about 100, a researcher said."),
    (103, {W}, "The company withheld three months' wages from each worker as a guarantee, the court found."),
    (104, {W}, "The women said they had to hand over almost all their wages to the team leader."),
    (105, {W}, "Pay was 'postponed' month after month, a plasterer said."),
    (106, {W}, "The sponsor has not paid her in nine months, her sister said."),
    (107, {W}, "Each seamstress kept only 20 percent of her wage, an NGO found."),
    (108, {W}, "\"All our money goes to the party,\" one logger said."),
    (109, {W}, "Part of their wages were 'saved' for them by the company, but no one has seen the savings, a source said."),
    (110, {W}, "The recruitment fee was deducted from wages the workers never received in full, a union said."),
    (111, {D}, "The men arrive already owing money for the bribe that got them picked, a source said."),
    (112, {D}, "\"The debt just kept growing,\" a fisherman from Myanmar said."),
    (113, {D}, "The crew had to borrow from the captain at high interest to send money home, the NGO found."),
    (114, {D}, "The agency advanced them money for the journey and now takes half their wages to repay it."),
    (115, {D}, "Families mortgaged their land to pay the agents in Kathmandu, a researcher said."),
    (116, {D}, "Until the placement fee is paid back, no one can leave, a worker said."),
    (117, {D}, "He must first earn back the 2,000 dollars his family paid to get him on the list, a defector said."),
    (118, {D}, "The women were told they owed the agency for their food, their bed and their flight."),
    (119, {D}, "Each worker starts the contract 4,000 dollars in the red, a union official said."),
    (120, {D}, "The costs of the flight and the medical test were recovered from the fishermen's pay over the voyage."),
    (121, {DE}, "They were promised eight-hour days and got fourteen, a tiler said."),
    (122, {DE}, "The agent said she would be a nanny in Riyadh; she was sent to clean three houses."),
    (123, {DE}, "The advert offered work in a Seoul electronics plant, but the men were put on fishing boats."),
    (124, {DE}, "The women were recruited as singers and made to work in a bar, the court found."),
    (125, {DE}, "The salary on paper was 900 dollars; in reality they received 150, a welder said."),
    (126, {DE}, "The recruiter never mentioned that the boat would stay at sea for a year, a deckhand said."),
    (127, {DE}, "They were told they could keep their wages, but the money went to the state, a source said."),
    (128, {DE}, "The company promised housing and meals; the men were charged for both, a union said."),
    (129, {DE}, "The contract said two years, but the workers were kept for five, the inspector said."),
    (131, {DE}, "The recruiters lied about everything, a maid from Kenya said."),
    (132, {ID}, "The crew's seamen's books stayed in the captain's cabin throughout the trip, the NGO said."),
    (133, {ID}, "Their passports are 'looked after' by the representative, a source said."),
    (134, {ID}, "\"I have not held my passport since the day I landed,\" a welder said."),
    (135, {ID}, "The agent took everyone's passport 'to process visas' and never gave them back, a maid said."),
    (136, {ID}, "The sponsor refuses to hand over her passport, her lawyer said."),
    (137, {ID}, "Without his passport, which the boss keeps, he cannot leave, a cook said."),
    (138, {ID}, "The workers' passports were in the company safe, and the key was with the director, a source said."),
    (139, {ID}, "The women had to surrender their ID cards on arrival, the NGO found."),
    (140, {ID}, "The manager keeps the workers' residence cards in his desk, a cleaner said."),
    (141, {ID}, "All documents are kept by the security officer, a defector said."),
    (142, {V}, "They entered on visitor visas and worked on the building sites, the ministry said."),
    (143, {V}, "The men were registered as students at a college in Vladivostok but never attended a class, a source said."),
    (144, {V}, "The workers knew no Russian and could not read the contract, a researcher said."),
    (145, {V}, "Those chosen must leave their wives and children at home, a defector said."),
    (146, {V}, "With their visas expired, the fishermen feared arrest if they went to the police, the NGO said."),
    (147, {V}, "The maids could not leave the house because they would lose their legal status, a lawyer said."),
    (148, {V}, "The agency recruited girls as young as fifteen from flood-hit villages, the report found."),
    (149, {V}, "\"We had nowhere to turn,\" a cleaner from Ethiopia said."),
    (150, {V}, "The workers were undocumented, and the employer knew it, the court found."),
    (151, {V}, "Relatives at home are held responsible if a worker defects, a source said."),
    (152, {V}, "The fishermen were in Korea on tourist visas and could not report the captain, a lawyer said."),
    (153, {ID, W}, "The manager keeps our passports and our wages, a welder said."),
    (154, {DE, V}, "They were promised work in a hotel and came in on student visas, a source said."),
]

# other readings that are also right (a fee taken out of pay is pay taken too; papers the worker could not read)
ALSO: dict[str, set[str]] = {
    "The fees for the visa were taken out of the first year's pay, a plasterer said.":
        {W},
    "The agency charged them for training, medical checks and the ticket, and took it from their pay.":
        {W},
    "The broker's fee was deducted from their wages for the first eight months, the inspector said.":
        {W},
    "The recruiter promised 1,200 dollars a month; he got 300, a plasterer said.":
        {W},
    "The pay was half what the agent had promised, the fishermen said.":
        {W},
    "The deductions were never explained to us, a seamstress said.":
        {W},
    "The wages in the contract were not the wages paid, the inspector found.":
        {W},
    "The agency advanced them money for the journey and now takes half their wages to repay it.":
        {W},
    "The costs of the flight and the medical test were recovered from the fishermen's pay over the voyage.":
        {W},
    "They were told they could keep their wages, but the money went to the state, a source said.":
        {W},
    "The company promised housing and meals; the men were charged for both, a union said.":
        {W},
    "They were tricked into signing a contract in a language they could not read, the court found.":
        {V},
    "The workers knew no Russian and could not read the contract, a researcher said.":
        {DE},
    "The men were registered as students at a college in Vladivostok but never attended a class, a source said.":
        {DE},
    "The recruitment fee was deducted from wages the workers never received in full, a union said.":
        {D},
    "The salary on paper was 900 dollars; in reality they received 150, a welder said.":
        {W},
}

NEGATIVE = [
    "The state banks have frozen the trading company's accounts, a trader said.",
    "The Central Bank of Russia raised its key rate, the news agency reported.",
    "\"We owe them a debt of gratitude,\" the mayor said of the builders.",
    "The workers read the papers in the canteen at lunch, a cook said.",
    "The local papers reported on the opening of the new site.",
    "The managers were holding a meeting with the workers on Monday.",
    "The company paid its debts to the suppliers in March, the director said.",
    "The country's debt to Russia was written off in 2014, the ministry said.",
    "The factory banked record profits last year, a trader said.",
    "The manager holds a degree in engineering, a colleague said.",
    "The company holds the licence for the port until 2030.",
    "The state took a stake in the shipyard last year.",
    "The story was a fiction, the company said of its rival's marketing, and then changed its logo.",
    "The director said the plant's output would be deducted from the regional quota.",
    "He was told the result of the vote by phone, the spokesman said.",
    "The contract for the bridge was signed in Khabarovsk in April.",
    "The student exchange with Kazan University resumed in September.",
    "The broker bought the shares on behalf of the fund, a trader said.",
    "The shipyard is owed money by the ministry, the director said.",
    "A visa centre opened in the city last week.",
    "The company moved its safe to a new office.",
    "The ministry issued new passports to 300 citizens returning home.",
    "The vulnerable part of the bridge was reinforced, engineers said.",
    "The team was promised a bonus if it won the cup.",
    "The women promised to write to the newspaper.",
    "The workers keep their passports in their own lockers, a manager said.",
    "Workers who keep their passports can travel home at any time, the embassy said.",
    "The men are paid each month into their own bank accounts, the company said.",
    "The fishermen received their full wages at the end of each month, the union said.",
    "The employer paid for the workers' visas and flights, the inspector said.",
    "The workers received the salary they had been promised, the auditors found.",
    "The workers hold valid work permits, the ministry said.",
    "Nobody's passport was taken, the company said.",
    "The company denied that it withheld any wages.",
    "No worker was charged a recruitment fee, the auditor found.",
    "The ministry said no student visas had been used to bring in workers.",
    "The firm rejected claims that it had deceived the recruits.",
    "The embassy said the workers were never in debt to anyone.",
    "The court found no evidence that the captain kept the crew's documents.",
    "The workers were not deceived about their wages, the director said.",
    "None of the women said their pay had been held back, the inspectors said.",
    "The agency denied confiscating the workers' passports.",
    "If wages were withheld, the workers could complain to the labour inspectorate, the lawyer said.",
    "Employers who withhold wages will face fines of up to 500,000 rubles under the new law.",
    "Debt bondage means work demanded as a means of repaying a loan, the guide explains.",
    "Deception is defined as false promises about the nature of the work.",
    "The retention of identity documents is banned under the Labour Code.",
    "The ministry plans to issue 10,000 more student visas next year.",
    "The government will require agencies to return passports within a day.",
    "Should the company keep their passports, the workers may go to the police, the guide says.",
    "The labour law prohibits employers from charging recruitment fees.",
    "Under the new rules, a sponsor may not hold a worker's passport.",
    "The workers earned the regime $500 million a year, the UN panel estimated.",
    "The scheme brings Pyongyang an estimated 300 million dollars a year, analysts said.",
    "North Korea earns up to $2 billion a year from workers abroad, a 2015 report estimated.",
    "The captain kept the ship's log, the inspector said.",
    "The company kept its promise to build a school, the mayor said.",
    "The state's share of the joint venture rose to 51 percent.",
    "He owed his career to the old director, a colleague said.",
    "The bank held its rates steady, the economist said.",
    "The workers held a party for the director's birthday.",
    "The manager holds regular meetings with the workers' representatives.",
    "The workers were promised a new dormitory and it opened in May, the union said.",
    "The workers received their passports back the same day, the inspector said.",
    "Each worker holds his own passport and work permit, the company said.",
    "The workers were paid on time every month, the auditor said.",
    "No deductions were made from the workers' wages, the ministry said.",
    "The women were never misled about the nature of the job, the agency said.",
    "None of the fishermen owed money to the agency, the inspectors found.",
    "The company denied that the workers were in debt.",
    "The embassy said no passports had been confiscated.",
    "The workers came on work visas issued by the ministry, an official said.",
    "The men have valid work permits and speak Russian, the foreman said.",
    "If the company were to keep their passports, it would face a fine, the lawyer said.",
    "Workers should never hand their passports to an employer, the guide says.",
    "Recruitment fees are banned under the Employment Permit System, the ministry said.",
    "A debt is a sum of money owed by one party to another, the textbook says.",
    "Companies that withhold wages will lose their licences, the minister warned.",
    "The programme will bring in 5,000 trainees next year, the ministry said.",
    "The workers generated about $30 million for the state last year, the report estimated.",
    "The company paid off its loans early, the chief executive said.",
    "The broker said the deal would be signed next week.",
    "Deception of consumers about product origins is a growing concern, the trade ministry said.",
    "The workers read the morning papers before the shift, a cook said.",
    "The workers' wages were raised by ten percent in January, the company said.",
    "The women keep their savings in a bank in Dandong, a trader said.",
    "The fishermen paid off the loan for their house last year, a relative said.",
]



@pytest.mark.parametrize("i,expected,sentence", POSITIVE)
def test_idiom_fires(i: int, expected: set[str], sentence: str) -> None:
    got = _five(sentence, i)
    assert expected <= got, (expected - got, sentence)
    assert not got - expected - ALSO.get(sentence, set()), (got - expected, sentence)


@pytest.mark.parametrize("i,sentence", list(enumerate(NEGATIVE)))
def test_near_miss_carries_none(i: int, sentence: str) -> None:
    assert not _five(sentence, i), sentence
