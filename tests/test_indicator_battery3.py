"""A battery of fresh sentences for the ILO indicators (claim level), scored with the project's PRF.

The sentences were written for this file, before the lexicon rules ``r6_*`` (knowledge/indicators.yaml),
in the manner of news, NGO reports and testimony about workers abroad, and paraphrase rather than use the
textbook words of the indicators. Companies and people are fictional. Each sentence carries the
indicators a careful reader would code for it (codes FL01-FL11); negatives (definitions, hypotheticals,
denials, ordinary labour news, the words of the indicators in other senses) carry none.

BATTERY_1 was scored before any r6 rule was written (first pass), then general rules were added by
concept; BATTERY_2 was written afterwards and scored before any further rule (the honest estimate of how
the lexicon generalises). Scores are in the module constants below.

First pass of BATTERY_1 (lexicon at commit 8e4d84b, before r6): tp=106 fp=40 fn=39, precision 0.726,
recall 0.731, F1 0.729. Recall was lowest for deception (4 of 13), abuse of vulnerability (6 of 13),
withholding of wages (8 of 14) and restriction of movement (8 of 13); most false positives came from
definitions, denials and the words of the indicators in other senses (interest rates, a senator's threat).
After the first r6 rules: tp=145 fp=27 fn=1, precision 0.843, recall 0.993, F1 0.912.

First pass of BATTERY_2 (written after those rules, before any further rule): tp=51 fp=10 fn=16, precision
0.836, recall 0.761, F1 0.797 (the lexicon before r6 scored 0.791: the first r6 rules, written for the
phrasings of BATTERY_1, added no recall on new sentences). Its misses were then studied by concept (teenage
recruits, notices printed only in a foreign language, a job "described as" an internship that "became"
factory work, promises of savings, rare outings, rare calls home, being watched, threats to children's
future, papers returned only at the border, monotonous food, rest only on holidays, sleep deprivation):
tp=67 fp=4 fn=0, F1 0.971.

First pass of BATTERY_3 (written after both rounds, before any further rule; implicit phrasings on purpose):
tp=41 fp=18 fn=21, precision 0.695, recall 0.661, F1 0.678. Rules by concept for its misses (no shore leave,
barred from mixing with locals, names put on a list, "go home in a box", family jobs at stake, passports not
returned, seamen's books, not a cent, costs clawed back, a school with no classes, vermin, working until they
dropped) and precision edits (surveys, passport control, corporate debt, guards on patrol day and night):
tp=60 fp=12 fn=2, F1 0.896.

First pass of BATTERY_4 (other registers, written after the three rounds): tp=47 fp=10 fn=14, precision 0.825,
recall 0.770, F1 0.797 (the lexicon before r6: 0.786). Rules by concept (rights unknown, age when sent, told
the job was in one city but taken to another, later learned, signing out, no farther than, guards with
dogs, "face consequences" threats, repay or lose the land, early morning hours, rest one day a month), a
reported threat no longer read as a rule of law (hedges.is_hypothetical) and precision edits: tp=61 fp=7
fn=0, F1 0.946.

First pass of BATTERY_5 (written last, after the rules from the heldout5 and several_sources diagnosis too):
tp=46 fp=8 fn=14, precision 0.852, recall 0.767, F1 0.807 (the lexicon before r6: 0.793). Rules by concept
(households ruined by floods, offers that could not be turned down, never abroad before, boys "barely
sixteen", "we came for one year", trainees never trained, who may leave decided by the manager, made to
drink with guests, fees taken out of wages, sleep only when machines stop): tp=58 fp=6 fn=2, F1 0.935.

First pass of BATTERY_6 (longer attributed sentences, written after every rule above and the diagnosis of
gold, heldout4 and heldout6): tp=49 fp=13 fn=10, precision 0.790, recall 0.831, F1 0.810 (the lexicon before
r6: 0.790). Rules by concept (neither Polish nor English, signing on for one season, padlocks on the
outside, scolded for greeting a neighbour, struck with a ruler, doused with cold water, noting who talks to
whom, wages never seen, seven-day weeks, the day shift working the night): tp=57 fp=11 fn=2, F1 0.898.

Each first pass, not the score after rules, is the estimate for unseen text: 0.73, 0.80, 0.68, 0.80, 0.81
and 0.81 on six batteries; the rules written for one battery added 0.01 to 0.02 F1 on the next.
"""

from __future__ import annotations

import pytest

from labourlens.analyse.claims import _match
from labourlens.analyse.hedges import denial_cue, is_hypothetical
from labourlens.evaluate import PRF
from labourlens.model import INDICATORS

CODES = {f"FL{i + 1:02d}": name for i, name in enumerate(INDICATORS)}

# (sentence, space-separated indicator codes; "" for a negative)
Case = tuple[str, str]

BATTERY_1: list[Case] = [
    # FL01 abuse of vulnerability
    ("Most of the women had never been outside their home county and could not read the signs in the shop.",
     "FL01"),
    ("Recruiters toured villages that had lost their harvest to floods, knowing people would take any offer.",
     "FL01"),
    ("Because their entry papers said they were on a cultural visit, the welders could not complain to any "
     "labour office.", "FL01"),
    # families as hostages (FL01 in DOMAIN.md) and the unspoken threat (the gold sets code reprisals as FL06)
    ("The men's wives and children stay in Sinuiju, and everyone understands what happens to them if someone "
     "runs.", "FL01 FL06"),
    ("Only workers who had a spouse and a child at home were put on the list for the Kazan job.", "FL01"),
    ("With no Russian and no map, the crew depended on the foreman for everything from bread to medicine.",
     "FL01"),
    ("The agency held the workers' sponsorship, so changing employer meant losing the right to stay in the "
     "country.", "FL01"),
    ("She was sixteen when the broker changed the birth year on her papers.", "FL01"),
    ("Their permits ran out in March, and the contractor knew none of them would dare go near the police.",
     "FL01"),
    ("Stranded when the borders shut, the crews had no way home and no one to ask for help.", "FL01"),
    ("Applicants were vetted for their family's standing in the party before being sent abroad.", "FL01"),
    ("The Hanbit Textile company took on orphans from a state children's home in Chongjin.", "FL01"),
    ("Without a word of Polish, the welders could not ask a doctor or a shopkeeper for anything.", "FL01"),
    # FL02 deception
    ("The advert in the provincial paper offered restaurant work in Vladivostok; the women ended up gutting "
     "fish.", "FL02"),
    ("Recruiters spoke of $800 a month; the first pay slip showed less than a quarter of that.", "FL02"),
    ("They were told the contract was for two years, but the fourth winter came and still no one went home.",
     "FL02"),
    ("Brokers promised a clean electronics plant; the bus stopped at a tannery.", "FL02"),
    ("Nobody mentioned before departure that half the salary would go to the 'state plan'.", "FL02 FL08"),
    ("The document they signed in Pyongyang looked nothing like the one shown to the Russian authorities.",
     "FL02"),
    ("What the agency called an apprenticeship turned out to be twelve-hour shifts on a sewing line.",
     "FL02 FL11"),
    ("The wage on paper was never the wage in the envelope.", "FL02"),
    ("Hired as cooks, three of the women spent the season hauling cement.", "FL02"),
    ("The recruiter swore they would be home for the harvest festival; they were not.", "FL02"),
    ("The photos of the hostel that the broker showed them turned out to be of a hotel in another city.",
     "FL02"),
    ("Workers said the 'training stipend' they had been offered simply never appeared.", "FL02"),
    ("They had signed up for a farm in Primorye and were delivered instead to a logging camp in the taiga.",
     "FL02"),
    # FL03 restriction of movement
    ("Nobody leaves the compound unless two others and a minder go along.", "FL03"),
    ("The gate is padlocked from the outside at ten every night.", "FL03"),
    ("A minibus takes them from the dormitory to the site and back; they have never walked the streets of the "
     "city.", "FL03"),
    ("A woman who slipped out to buy shampoo was made to write a confession.", "FL03"),
    ("Trips to the market happen once a month, in a group, with the team leader counting heads.", "FL03"),
    ("The factory's back door is chained and the front is watched by a guard.", "FL03"),
    ("The loggers need a signed slip from the brigade chief to go as far as the village shop.", "FL03"),
    ("They were not allowed to go anywhere on their own, not even to a pharmacy.", "FL03"),
    ("Even on Sundays the crew had to stay within the fence of the building site.", "FL03"),
    ("When one man went missing for an afternoon, the whole brigade lost its outings for a month.", "FL03"),
    ("The windows of the dormitory were barred and the stairwell door was kept locked.", "FL03"),
    ("Workers who wanted to see a doctor in town had to be escorted by the deputy manager.", "FL03"),
    ("No one could quit: the company simply refused to let them go.", "FL03"),
    # FL04 isolation
    ("They handed in their phones on the first day and have not called home since.", "FL04"),
    ("Letters to and from home go through the political officer, who opens them.", "FL04"),
    ("They were forbidden to chat with the Chinese workers in the canteen.", "FL04"),
    ("The camp lies three days by track from the nearest town and has no signal.", "FL04"),
    ("She had no idea which city she was in until a customer told her.", "FL04"),
    ("The North Koreans eat separately, sleep separately and are kept apart from the local staff.", "FL04"),
    ("Anyone caught with a smartphone risks being sent home.", "FL04 FL06"),
    ("For two years her mother did not know whether she was alive.", "FL04"),
    ("Watching local television or reading local newspapers is banned in the dormitory.", "FL04"),
    ("The only news they receive is what the manager reads aloud at the evening meeting.", "FL04"),
    ("Talking to reporters or to customers beyond taking an order is strictly off limits.", "FL04"),
    ("They have no internet and one shared landline that only the supervisor may use.", "FL04"),
    ("The seamstresses were cut off from their families for the whole three-year contract.", "FL04"),
    # FL05 physical and sexual violence
    ("A foreman struck him on the head with a spanner when a weld failed.", "FL05"),
    ("The minder dragged her by the hair across the yard.", "FL05"),
    ("Several women said the director demanded sex and that refusal meant the worst jobs.", "FL05"),
    ("Men who fell behind were made to kneel on gravel for hours.", "FL05"),
    ("He showed the bruises left by a security officer's boots.", "FL05"),
    ("The manager groped waitresses in the back room after closing.", "FL05"),
    ("A runaway who was caught came back with a broken arm.", "FL05"),
    ("Beatings were routine on the night shift, two former workers said.", "FL05"),
    ("The team leader would punch anyone who answered back.", "FL05"),
    ("She said she was forced to sleep with the restaurant owner's guests.", "FL05"),
    ("A worker was whipped with a belt in front of the whole dormitory as a lesson.", "FL05"),
    ("The guards kicked and slapped the girls who cried.", "FL05"),
    ("One woman was raped by the deputy director, according to the rights group.", "FL05"),
    # FL06 intimidation and threats
    ("Complain once, the supervisor said, and you will be on the next train to Pyongyang.", "FL06"),
    ("They were warned that their families would pay for any escape.", "FL01 FL06"),
    ("Anyone who talked about wages to outsiders, the manager said, would disappear.", "FL06"),
    ("The political officer reminded them that a labour camp awaits those who shame the nation.", "FL06"),
    ("Workers were told they would never be allowed abroad again if they missed the quota.", "FL06"),
    ("Security agents sat in on every meeting and took notes on who spoke.", "FL06"),
    ("The women lived in fear of being labelled disloyal in the weekly criticism sessions.", "FL06"),
    ("He said the boss promised to call the immigration police on anyone who quit.", "FL06"),
    ("Refusing the extra shift was met with talk of 'consequences at home'.", "FL06"),
    ("They were told that workers who fled had been caught and 'dealt with'.", "FL06"),
    ("A manager threatened to hand her over to the border guards.", "FL06"),
    ("Every Saturday, they had to confess their mistakes and denounce a colleague.", "FL06"),
    ("He was too frightened to speak to our reporter for more than a minute.", "FL06"),
    # FL07 retention of identity documents
    ("The boss keeps the passports 'for safekeeping' in a safe nobody else can open.", "FL07"),
    ("At the airport the escort collected every passport and they never saw them again.", "FL07"),
    ("Her identity card is with the agency; she has a photocopy.", "FL07"),
    ("The workers' papers stay with the North Korean representative in Moscow.", "FL07"),
    ("When he asked for his passport to renew a bank card, the manager refused.", "FL07"),
    ("The company holds the residence cards and hands them out only for police checks.", "FL07"),
    ("None of the loggers has his own passport in his hands.", "FL07"),
    ("Documents are returned on the day of departure, at the airport.", "FL07"),
    ("The travel documents of the whole brigade are locked in the director's drawer.", "FL07"),
    ("Immigration papers were confiscated on arrival 'to prevent losses'.", "FL07"),
    ("They handed their passports to the team leader the moment they landed.", "FL07"),
    ("Without their documents, which the employer kept, the women could not move to another job.", "FL07"),
    # FL08 withholding of wages
    ("Their pay is sent straight to an account controlled by the state trading company.", "FL08"),
    ("Of the 600 dollars the client pays for each worker, the men see about a hundred.", "FL08"),
    ("For the first eight months the crew received nothing but a small allowance for soap.", "FL08"),
    ("Wages are paid out, the manager says, only when the contract is over.", "FL08"),
    ("Each month a 'loyalty contribution' and a 'plan fee' are taken from the packet.", "FL08"),
    ("The restaurant owner wires the waitresses' wages to the head office in Pyongyang.", "FL08"),
    ("They went on strike after five months without a single payday.", "FL08"),
    ("Most of what they earned was swallowed by deductions for food and rent.", "FL08"),
    ("Workers were ordered to 'donate' a month's earnings to the flood relief fund.", "FL08"),
    ("The fishermen only learn what they earned when they get home, if they are paid at all.", "FL08"),
    ("Two-thirds of the money goes to the party, a former worker said.", "FL08"),
    ("Pay slips were never issued and the amounts changed every month.", "FL08"),
    ("The company pockets the overtime pay that the client sends.", "FL08"),
    # FL09 debt bondage
    ("Her debt to the agency grew faster than her pay.", "FL09"),
    ("He borrowed from relatives to bribe an official for a place on the list, and spent the first year "
     "paying it back.", "FL09"),
    ("The cost of the flight, the visa and the medical check was charged to each worker.", "FL09"),
    ("Until the recruitment fee was paid off, nobody could leave.", "FL09"),
    ("Food advances were written into a ledger and carried over from month to month.", "FL09"),
    ("Workers who missed the quota had the shortfall recorded as money they owed.", "FL09"),
    ("She went home owing more than when she came.", "FL09"),
    ("The brokers charged a placement fee equal to a year's wages.", "FL09"),
    ("Loans from the team leader came with interest that doubled the sum in months.", "FL09"),
    ("He paid 3,000 dollars to get the posting and must earn it back before sending anything home.", "FL09"),
    ("They owe the company for uniforms, tools and bunk space.", "FL09"),
    ("Every penny earned went to the debt, and the debt never shrank.", "FL09"),
    # FL10 abusive working and living conditions
    ("Twenty men sleep in a shipping container with one electric heater.", "FL10"),
    ("There was rice twice a day and cabbage soup, and many lost weight.", "FL10"),
    ("They cut steel without gloves, goggles or masks.", "FL10"),
    ("A scaffold collapsed, killing two workers, and work resumed the next morning.", "FL10"),
    ("The only toilet in the dormitory served ninety people.", "FL10"),
    ("Injured hands were bandaged with rags and work went on.", "FL10"),
    ("The fish plant was kept at near-freezing temperatures and the women had no warm clothes.", "FL10"),
    ("Damp and mould covered the walls of the basement where they slept.", "FL10"),
    ("Sick workers were not sent to hospital but given painkillers and sent back to the line.", "FL10"),
    ("Bunks were stacked three high, with no space between them.", "FL10"),
    ("The loggers drank water from the river and several fell ill.", "FL10"),
    ("Fumes from the glue made the women dizzy, but the windows stayed shut.", "FL10"),
    ("They slept on cardboard on the floor of the unfinished building.", "FL10"),
    # FL11 excessive overtime
    ("During rush orders the sewing line works through the night.", "FL11"),
    ("The crew starts at six in the morning and stops at midnight.", "FL11"),
    ("They get one day off a month, if the quota is met.", "FL11"),
    ("Seven days a week, the kitchen never closes for them.", "FL11"),
    ("The women worked 16-hour days to finish the order.", "FL11"),
    ("After pouring concrete all day, the men were sent to unload trucks until the early hours.", "FL11"),
    ("There has not been a rest day since the new year.", "FL11"),
    ("The plant runs around the clock and the same workers cover two shifts.", "FL11"),
    ("Sleep was four hours a night at most during the peak season.", "FL11"),
    ("Refusing overtime was not an option, said a welder.", "FL11"),
    ("They work from first light until well after dark, every day of the week.", "FL11"),
    ("Holidays meant longer shifts, not time off.", "FL11"),
    ("The fishermen were kept on deck for 20 hours at a stretch.", "FL11"),
    # negatives: definitions, hypotheticals, denials, ordinary news, the words in other senses
    ("Forced labour, under ILO Convention 29, is work exacted under the menace of any penalty.", ""),
    ("Indicators include retention of identity documents, debt bondage and excessive overtime.", ""),
    ("The union held a meeting to discuss the new shift roster.", ""),
    ("The company kept records of every delivery to the port.", ""),
    ("Overtime pay rates rose by ten percent this year.", ""),
    ("Workers are free to leave the dormitory on their days off.", ""),
    ("The workers keep their own passports and can travel home at any time.", ""),
    ("The manager denied that anyone had been beaten.", ""),
    ("If wages were withheld, the inspectors would step in.", ""),
    ("The minister said the ministry would consider raising the minimum wage.", ""),
    ("Free meals are served in the canteen at lunchtime.", ""),
    ("The factory installed new heaters and a second washroom last winter.", ""),
    ("Employees are paid in full on the fifth of every month into their own bank accounts.", ""),
    ("The report does not claim that passports were confiscated.", ""),
    ("Exports of seafood from Dandong rose sharply in the third quarter.", ""),
    ("The shipyard signed a contract to build two ferries.", ""),
    ("Police said the debt dispute between two local traders had been settled.", ""),
    ("The football club's players were locked out of the stadium during the dispute.", ""),
    ("The senator threatened to block the bill unless the tariffs were lowered.", ""),
    ("The bank raised interest rates to curb inflation.", ""),
    ("Security guards at the mall check bags at the entrance.", ""),
    ("The restaurant stays open until two in the morning on weekends.", ""),
    ("The hotel offers free parking and wifi to guests.", ""),
    ("Students from the university visited the museum on a cultural exchange.", ""),
    ("The authorities plan to inspect all dormitories next year.", ""),
    ("Workers could be exposed to abuse if the rules are weakened, the NGO warned.", ""),
    ("No worker reported any threats or violence during the audit.", ""),
    ("There is no evidence that wages were deducted.", ""),
    ("The company said all staff have signed contracts in Korean.", ""),
    ("Temperatures fell below freezing across the province overnight.", ""),
    ("The conference discussed how to detect debt bondage in supply chains.", ""),
    ("A new passport office opened in the city centre.", ""),
    ("The crew celebrated the end of the season with a dinner.", ""),
    ("The boxer was knocked down twice in the third round.", ""),
    ("Local builders work eight-hour shifts with two days off a week.", ""),
    ("The ministry's phone lines were busy all day.", ""),
    ("The film tells the story of a family separated by the war.", ""),
    ("Investors were promised returns of eight percent, and received them.", ""),
    ("The guards at the embassy changed shifts at noon.", ""),
    ("Wages at the plant are higher than the regional average.", ""),
    ("The company held its annual meeting in Shenyang.", ""),
    ("Rush-hour traffic kept commuters waiting for an hour.", ""),
    ("The inspector kept the documents for review and returned them the next day.", ""),
    ("The workers voted to accept a pay rise and a shorter week.", ""),
    ("Tourists need a visa to visit the Russian Far East.", ""),
    ("The report defines debt bondage as a pledge of labour against a loan.", ""),
    ("The women said they were never hit.", ""),
    ("Nobody took their passports, the welders said.", ""),
]


BATTERY_2: list[Case] = [
    # FL01
    ("Most of the recruits were teenagers from a mining town where the pits had closed.", "FL01"),
    ("Because they had entered on study visas, the men knew that going to the authorities meant deportation for "
     "themselves.", "FL01"),
    ("The women could not understand the safety notices, which were printed only in Russian.", "FL01"),
    ("Recruiters picked families already in debt to the village cooperative.", "FL01"),
    ("Having no residence papers, the cooks could not even open a bank account.", "FL01"),
    ("The agency knew the girls had nowhere else to go after the orphanage closed.", "FL01"),
    # FL02
    ("The job ad promised a hotel in Dubai; the workers were flown to a desert quarry.", "FL02"),
    ("Recruiters told them the salary would be paid in dollars, but it came in local currency at half the value.",
     "FL02"),
    ("Their contracts were written in Chinese, a language none of them could read, and differed from what they "
     "had been told.", "FL01 FL02"),
    ("What was described as a three-month internship became two years on an assembly line.", "FL02"),
    ("She had been told she would work as a nanny, but found herself cleaning offices at night.", "FL02"),
    ("Agents assured families that their sons would be able to save enough for a house.", "FL02"),
    # FL03
    ("A guard sits by the only exit of the hostel and logs every departure.", "FL03"),
    ("The seamstresses are allowed out once a fortnight, for two hours, accompanied.", "FL03"),
    ("Workers sleep in the building where they work and are not permitted to leave the premises.", "FL03"),
    ("The camp is fenced with barbed wire and the men may not cross the perimeter.", "FL03"),
    ("Anyone wanting to visit a clinic needed the written approval of the delegation chief.", "FL03"),
    ("When the shift ends, they are marched back to the dormitory as a group.", "FL03"),
    # FL04
    ("Mobile phones were collected at the start of each contract and kept by the manager.", "FL04"),
    ("They cannot contact their families except through the company's office.", "FL04"),
    ("The women have been told not to answer if a local speaks to them.", "FL04"),
    ("The site is deep in the forest, a day's drive from the nearest settlement.", "FL04"),
    ("Internet access is blocked in the dormitory, and radios are confiscated.", "FL04"),
    ("In five years, he spoke to his wife twice.", "FL04"),
    # FL05
    ("Former workers described being hit with sticks when they fell short of the quota.", "FL05"),
    ("The supervisor pushed her down a flight of stairs.", "FL05"),
    ("Two of the women said they had been sexually abused by the plant's deputy manager.", "FL05"),
    ("The men were made to stand in the snow without coats as punishment.", "FL05"),
    ("Kicks and blows were the usual answer to a complaint.", "FL05"),
    ("One worker needed stitches after the site boss threw a brick at him.", "FL05"),
    # FL06
    ("The manager warned them that anyone caught talking to the union would be deported.", "FL06"),
    ("Workers who complained were told they would be sent to the mines back home.", "FL06"),
    ("Security officers regularly remind them that they are being watched.", "FL06"),
    ("He said they feared being reported as disloyal if they refused.", "FL06"),
    ("The supervisor said he would make sure their children never went to university.", "FL06"),
    ("Threats of a transfer to a punishment brigade kept everyone in line.", "FL06"),
    # FL07
    ("On arrival at the airport, a company representative took their passports.", "FL07"),
    ("The crew's seaman's books were held by the captain throughout the voyage.", "FL07"),
    ("They were given back their identity papers only at the border on the way home.", "FL07"),
    ("Asked where her passport was, she pointed at the manager's office.", "FL07"),
    ("The employer retained the workers' residence permits, so they could not prove their status to police.",
     "FL07"),
    ("Their documents are kept by the embassy, not by the workers themselves.", "FL07"),
    # FL08
    ("The men have not been paid since the spring.", "FL08"),
    ("Almost all of the monthly salary is transferred to a North Korean bank account.", "FL08"),
    ("The workers receive a small monthly allowance, while the rest of their wages is kept back.", "FL08"),
    ("Deductions for 'national duties' left them with about ten percent of their pay.", "FL08"),
    ("Their earnings will be handed over, they were told, when they go back to Pyongyang.", "FL08"),
    ("The subcontractor stopped paying wages after the second month.", "FL08"),
    # FL09
    ("To get the job, each worker had to borrow the equivalent of six months' pay.", "FL09"),
    ("The recruitment agency deducted its fee from their wages for the first year.", "FL09"),
    ("Workers are told their debts must be cleared before they can return home.", "FL09"),
    ("The cost of their food and housing was added to what they owed the company.", "FL09"),
    ("She is still paying off the loan she took out for the placement.", "FL09"),
    ("Their debt to the broker kept growing because of the interest.", "FL09"),
    # FL10
    ("Forty women share a single room above the workshop.", "FL10"),
    ("There was no heating in the barracks, and temperatures dropped to minus twenty.", "FL10"),
    ("The workers handle chemicals with their bare hands.", "FL10"),
    ("Meals consisted of rice and salted radish, day after day.", "FL10"),
    ("A worker lost two fingers in a machine that had no guard.", "FL10"),
    ("The rooms had no windows and smelled of sewage.", "FL10"),
    # FL11
    ("Their shifts regularly last fourteen hours.", "FL11"),
    ("They are given a day of rest only on national holidays.", "FL11"),
    ("The welders often keep working past midnight to hit the target.", "FL11"),
    ("Most weeks they work every day, from dawn to late evening.", "FL11"),
    ("Overtime is compulsory and unpaid, the report said.", "FL11"),
    ("During the harvest they barely slept.", "FL11"),
    # negatives
    ("The ILO defines debt bondage as work demanded as a means of repaying a debt.", ""),
    ("The new labour law requires employers to return passports to workers on request.", ""),
    ("Workers at the plant receive overtime pay at one and a half times the normal rate.", ""),
    ("The company denied that any employee had ever been locked in.", ""),
    ("If the contract is breached, either side may go to arbitration.", ""),
    ("The minister warned that prices could rise next year.", ""),
    ("A rights group will hold a workshop on forced labour indicators in Seoul.", ""),
    ("The workers were free to leave at the end of their shift and often visited the market.", ""),
    ("The embassy issued new passports to citizens whose documents had expired.", ""),
    ("Construction of the new stadium is expected to take three years.", ""),
    ("The factory manager said all wages had been paid on time.", ""),
    ("Employees have their own mobile phones and call home every evening.", ""),
    ("The football team trained twice a day during the camp.", ""),
    ("The night market stays busy until midnight.", ""),
    ("The students held a protest against tuition fees.", ""),
    ("The central bank kept interest rates on hold.", ""),
    ("Shipping containers were stacked at the port awaiting export.", ""),
    ("The hotel staff were given a bonus after a busy season.", ""),
]


# A third fresh batch, written after every r6 rule and scored before any further rule.
BATTERY_3: list[Case] = [
    ("'We were farmers' daughters; we did not know what a contract was,' one woman said.", "FL01"),
    ("The brigade was made up of men whose families had been labelled politically unreliable, who could not "
     "refuse a posting.", "FL01"),
    ("Several of the fishermen were illiterate and signed with a thumbprint.", "FL01"),
    ("With their visas expired, the builders were afraid to leave the site at all.", "FL01"),
    ("The firm hires only through the state bureau, and a worker who loses the job loses the right to stay "
     "abroad.", "FL01"),
    ("Many came from counties hit hard by the famine, where a job abroad was the only way to feed a family.",
     "FL01"),
    ("'They said the work was packing fruit. It was a slaughterhouse,' he said.", "FL02"),
    ("The contract promised an eight-hour day and paid holidays; neither ever happened.", "FL02"),
    ("The monthly wage written on the contract was three times what they actually received.", "FL02 FL08"),
    ("The 'language school' that sponsored their visas had no classrooms and no teachers.", "FL02"),
    ("Brokers hid the fact that the employer would take back the cost of the flights.", "FL02 FL09"),
    ("Instead of the hospital jobs they had applied for, the nurses were put to work in a laundry.", "FL02"),
    ("The women are counted every night at ten, and the door is locked after the count.", "FL03"),
    ("Leaving the yard, even to buy food, required a pass signed by the foreman.", "FL03"),
    ("The men were kept on the vessel for eleven months without going ashore.", "FL03"),
    ("Two security men patrol the fence around the workers' block day and night.", "FL03"),
    ("No worker is allowed to go to the city centre, a former cook said.", "FL03"),
    ("Their phones are checked every week and any foreign app is deleted.", "FL04"),
    ("Family visits were out of the question, and calls home were limited to the New Year.", "FL04"),
    ("The crew had no radio contact with the shore for weeks at a time.", "FL04"),
    ("They are forbidden from making friends with the local staff.", "FL04"),
    ("Newspapers, television and the internet are all off limits in the hostel.", "FL04"),
    ("A waitress said the manager slapped her for dropping a tray.", "FL05"),
    ("He was beaten with a shovel by the brigade leader and left lying in the mud.", "FL05"),
    ("Women described unwanted touching by supervisors on the night shift.", "FL05"),
    ("The security officer tied his hands and kept him in a shed overnight.", "FL05"),
    ("Workers who tried to run were beaten when they were brought back.", "FL05"),
    ("The political officer told them that their names would go on a list if they did not attend the "
     "sessions.", "FL06"),
    ("'If you talk, you go home in a box,' a foreman told one of the welders.", "FL06"),
    ("The workers were reminded daily that their parents' jobs depended on their conduct.", "FL06"),
    ("A manager said anyone who complained would be handed to the police as an illegal migrant.", "FL06"),
    ("Those who questioned the deductions were shouted at and threatened with early return.", "FL06"),
    ("The foreman collected everyone's passports 'to register them' and never gave them back.", "FL07"),
    ("Their IDs are kept in a locked cabinet in the director's office.", "FL07"),
    ("Without her passport, which her employer refused to return, she could not leave the country.", "FL07"),
    ("The agency still holds the seamen's discharge books.", "FL07"),
    ("Each worker's passport was taken by the site manager on the first morning.", "FL07"),
    ("The men were told their salaries would be paid in one lump sum at the end of three years.", "FL08"),
    ("After the 'state contribution' was taken, each waitress was left with about 30 dollars a month.", "FL08"),
    ("None of the crew has seen a payslip or a cent of the overtime they worked.", "FL08"),
    ("The company pays the workers' wages to their North Korean manager in cash.", "FL08"),
    ("Pay has been held back since August, the workers told the inspector.", "FL08"),
    ("Half of each month's pay goes into a 'savings account' the workers cannot touch.", "FL08"),
    ("Each man arrived owing 1,500 dollars for his visa and ticket.", "FL09"),
    ("The women were told they had to repay the costs of their training before they could quit.", "FL09"),
    ("His family borrowed money at high interest so he could be selected.", "FL09"),
    ("Debts for food and clothing were taken out of the little they earned.", "FL09"),
    ("The longer they stayed, the more they seemed to owe.", "FL09"),
    ("The dormitory had one window and housed thirty men in bunks.", "FL10"),
    ("There were no helmets or harnesses on the scaffolding.", "FL10"),
    ("Workers with fevers were expected to keep working.", "FL10"),
    ("Rats ran through the kitchen where the women slept.", "FL10"),
    ("The sawmill had no dust extraction and the men coughed constantly.", "FL10"),
    ("In summer the temperature in the workshop passed 45 degrees.", "FL10"),
    ("The crew hauled nets for up to eighteen hours with short breaks for food.", "FL11"),
    ("There were no weekends; Sunday was a workday like any other.", "FL11"),
    ("The developers are expected to be at their computers from nine in the morning until two at night.", "FL11"),
    ("At harvest time they worked until they dropped.", "FL11"),
    ("They had three days off in the whole year.", "FL11"),
    ("Shifts of a day and a night back to back were common at the shipyard.", "FL11"),
    # negatives
    ("The agency says its workers can resign at any time with a month's notice.", ""),
    ("Under the new rules, employers must pay wages directly into each worker's account.", ""),
    ("The plant closed for the holidays and staff went home for a week.", ""),
    ("The survey asked whether respondents had ever been threatened at work.", ""),
    ("Passport control at the airport took longer than usual.", ""),
    ("The company's debt was restructured after the merger.", ""),
    ("No evidence of beatings was found by the inspectors.", ""),
    ("Workers at the Dalian port went on a short strike over pay last spring.", ""),
    ("The report recommends that companies check recruitment fees paid by workers.", ""),
    ("The restaurant's chef works long hours but says he loves the job.", ""),
    ("Guards protect the construction site from thieves at night.", ""),
    ("The crew enjoyed shore leave in Busan.", ""),
    ("A free phone line lets migrant workers report abuse.", ""),
    ("The factory provides free dormitory housing with air conditioning.", ""),
    ("Visitors need to show identification at the gate.", ""),
]


# A fourth fresh batch, in other registers (reports, court papers, reposts, answers), written after every
# earlier r6 rule and scored before any further rule.
BATTERY_4: list[Case] = [
    ("The recruits, most of them in their first job, had no idea what rights they had under Russian law.", "FL01"),
    ("Since the women were in the country on tourist permits, the employer could dismiss them without notice.",
     "FL01"),
    ("The company preferred men with young children at home, a former recruiter said.", "FL01"),
    ("Unable to read the Cyrillic script, the men relied on the team leader to tell them what the papers said.",
     "FL01"),
    ("He was seventeen when he was sent to the logging camp.", "FL01"),
    ("The girls were recruited from a shelter for runaway children.", "FL01"),
    ("'Nobody told us we would be living in tents,' one worker wrote.", "FL02"),
    ("The wages quoted at the recruitment office were never paid in full.", "FL02 FL08"),
    ("They had been told the jobs were in Moscow, but they were taken to a remote site in Yakutia.", "FL02"),
    ("Their so-called training visas covered full-time construction work.", "FL02"),
    ("The contract mentioned a monthly salary of 1,000 dollars; the men later learned that this was the price "
     "paid by the client.", "FL02"),
    ("Promised a restaurant job, she was made to work as a hostess entertaining clients.", "FL02"),
    ("The hostel's gate closes at eight and nobody is let out after that.", "FL03"),
    ("Workers must sign a book each time they leave the compound.", "FL03"),
    ("They may not go farther than the shop across the road.", "FL03"),
    ("The fishermen were not permitted to set foot in port.", "FL03"),
    ("A minder travels with them on the bus to and from the site.", "FL03"),
    ("Guards with dogs patrol the perimeter of the workers' camp.", "FL03"),
    ("They were made to hand in their mobile phones before starting work.", "FL04"),
    ("Contact with the outside world is limited to one supervised call a month.", "FL04"),
    ("The workers do not know the name of the town they live in.", "FL04"),
    ("Local workers said the North Koreans never spoke to anyone but each other.", "FL04"),
    ("Letters from home are handed out only after being checked by the security official.", "FL04"),
    ("The foreman beat a worker unconscious for taking a break.", "FL05"),
    ("Several women told investigators they had been forced into sex with clients.", "FL05"),
    ("Workers were routinely struck with rubber hoses.", "FL05"),
    ("He said guards had burned him with a cigarette.", "FL05"),
    ("A man who refused to work was dragged outside and kicked.", "FL05"),
    ("Those who fail to meet targets are threatened with being sent back in disgrace.", "FL06"),
    ("The supervisor warned that anyone who spoke to journalists would face consequences.", "FL06"),
    ("They live under constant surveillance by agents from the embassy.", "FL06"),
    ("Workers are made to criticise each other at weekly meetings.", "FL06"),
    ("'They said our families would suffer if we caused trouble,' he recalled.", "FL06"),
    ("Their passports are kept by the North Korean company that sent them.", "FL07"),
    ("None of the workers had access to their own travel documents.", "FL07"),
    ("The manager confiscated their residence permits on the first day.", "FL07"),
    ("To go to the hospital, a worker had to ask for his passport, which was often refused.", "FL07"),
    ("The women's passports were locked away 'for their own protection'.", "FL07"),
    ("Workers were paid a fraction of what the contractor paid for their labour.", "FL08"),
    ("The wages are collected by the team leader, who hands out a small allowance.", "FL08"),
    ("For three months no one has been paid.", "FL08"),
    ("The money they earn is sent to Pyongyang as 'loyalty funds'.", "FL08"),
    ("He said he received 50 dollars a month; the rest was taken by the state.", "FL08"),
    ("Workers pay for their own visas and flights and then work for months to cover the cost.", "FL09"),
    ("Recruiters lent the women money for the journey and took it back with interest from their wages.", "FL09"),
    ("The men could not leave because they still owed the company for their travel.", "FL09"),
    ("A family that cannot repay the advance loses its land.", "FL09"),
    ("The broker's fee was so high that most workers spent their first year working it off.", "FL09"),
    ("The men sleep on wooden boards in an unheated warehouse.", "FL10"),
    ("Workers were exposed to asbestos without masks.", "FL10"),
    ("At least three workers died on the site last year.", "FL10"),
    ("There was not enough food, and workers were often hungry.", "FL10"),
    ("The injured welder was given no medical care for a week.", "FL10"),
    ("The site has no fire exits and the only staircase is blocked with materials.", "FL10"),
    ("The workers' shifts last from 7 a.m. to 11 p.m.", "FL11"),
    ("They work seven days a week with no holidays.", "FL11"),
    ("Workers had to do double shifts whenever a ship came in.", "FL11"),
    ("The women sew until the early morning hours during peak season.", "FL11"),
    ("They rest one day a month at most.", "FL11"),
    ("He said they had to keep working even on public holidays.", "FL11"),
    # negatives
    ("The company says workers can keep their passports if they wish.", ""),
    ("Wages were raised by five percent in line with inflation.", ""),
    ("The embassy held a reception for national day.", ""),
    ("The port was closed for two days because of a storm.", ""),
    ("A labour inspector visited the site and found no violations.", ""),
    ("The article explains how debt bondage works in the fishing industry.", ""),
    ("Staff have access to a gym and free Wi-Fi.", ""),
    ("The team leader gave a speech at the opening ceremony.", ""),
    ("Temperatures in the region can reach 40 degrees in July.", ""),
    ("Workers said they were never threatened or beaten.", ""),
    ("The government plans to send more workers to Russia next year.", ""),
    ("Travel agencies reported more tourists from China.", ""),
    ("The dormitory was renovated last year.", ""),
    ("Night flights were cancelled because of fog.", ""),
]


# A fifth fresh batch, written after every r6 rule (including those from the heldout5 diagnosis) and scored
# before any further rule: the last estimate of how the lexicon does on sentences it has not seen.
BATTERY_5: list[Case] = [
    ("Many of the farmhands came from households that had lost everything in the floods.", "FL01"),
    ("The doctors were sent abroad on a contract they could not turn down without ruining their careers.",
     "FL01"),
    ("None of the women had ever been abroad, and the broker knew it.", "FL01"),
    ("Because their stay was illegal, the men could be dismissed or reported at any moment.", "FL01"),
    ("The boys sent to the construction site were barely sixteen.", "FL01"),
    ("He depended on the company for his food, his bed and his visa.", "FL01"),
    ("They signed up to pick apples and ended up in a brick factory.", "FL02"),
    ("The advertised wage of 900 euros turned out to be before 'deductions' that took most of it.", "FL02"),
    ("The women say the agency lied about the hours and the pay.", "FL02"),
    ("'We came for one year; that was four years ago,' a plasterer said.", "FL02"),
    ("Recruiters told the doctors they would be working in a hospital, not a private clinic owned by the "
     "embassy.", "FL02"),
    ("The 'trainees' never received any training.", "FL02"),
    ("A guard at the door writes down who goes out and when they come back.", "FL03"),
    ("Outside working hours, the women are confined to the upper floor of the restaurant.", "FL03"),
    ("The loggers have not left the camp once in two years.", "FL03"),
    ("Walking into town without the group leader is forbidden.", "FL03"),
    ("The construction workers are locked into their barracks at night.", "FL03"),
    ("The site manager decides who may leave and when.", "FL03"),
    ("The men are not allowed mobile phones of their own.", "FL04"),
    ("Calls home are made from the manager's office, with the manager listening.", "FL04"),
    ("The women were warned never to speak to the restaurant's customers about their lives.", "FL04"),
    ("The camp is reachable only by helicopter in winter.", "FL04"),
    ("They learned of the pandemic months after it began.", "FL04"),
    ("Workers who missed their quota were hit with belts.", "FL05"),
    ("The cook said the manager had raped her twice.", "FL05"),
    ("He was punched in the face by the political instructor.", "FL05"),
    ("The security chief beat two men who had tried to leave.", "FL05"),
    ("Female workers were made to drink and dance with the owner's guests.", "FL05"),
    ("They were told that if they tried to flee, the Russian police would arrest them and hand them over.",
     "FL06"),
    ("Workers are regularly told that complaining is an act of disloyalty to the state.", "FL06"),
    ("The manager threatened to cut the rations of anyone who slowed down.", "FL06"),
    ("Informers in each brigade report on their colleagues to the security officer.", "FL06"),
    ("Those who slacked were told they would be sent to a camp on their return.", "FL06"),
    ("Their passports were handed over to the site office on arrival.", "FL07"),
    ("The loggers do not hold their own identity documents.", "FL07"),
    ("The embassy representative keeps all the workers' papers.", "FL07"),
    ("She had to beg the manager for her passport to see a doctor.", "FL07"),
    ("The workers' documents are returned only when they board the plane home.", "FL07"),
    ("Most of the wage goes to the North Korean side, the Chinese manager admitted.", "FL08"),
    ("They have been working without pay since the new season started.", "FL08"),
    ("Each month, 'contributions' to the state were taken before any money reached the workers.", "FL08"),
    ("The seamstresses get their pay only when they go home, in a lump sum.", "FL08"),
    ("The restaurant owner says he pays the salaries into the account of the North Korean company.", "FL08"),
    ("The workers say they have not seen their wages for half a year.", "FL08"),
    ("The fee for the job was taken out of his wages, month after month.", "FL09"),
    ("Each worker owed the company for the flight, the visa and his boots.", "FL09"),
    ("The men borrowed from loan sharks to get on the list and have to repay them from abroad.", "FL09"),
    ("Their debt was never written down, so it could never be settled.", "FL09"),
    ("The recruits were told they owed 2,000 dollars before they had even started work.", "FL09"),
    ("Their room was a converted shipping container with no window.", "FL10"),
    ("The welders worked at height without harnesses.", "FL10"),
    ("Two workers fell ill with tuberculosis and were not treated.", "FL10"),
    ("There was no drinking water on the site during the heatwave.", "FL10"),
    ("The kitchen staff sleep on the floor of the restaurant after it closes.", "FL10"),
    ("Shifts of twelve hours were normal, and sixteen during rush periods.", "FL11"),
    ("They had one day off in their first three months.", "FL11"),
    ("Work began at five in the morning and ended at ten at night.", "FL11"),
    ("They had to work through the night to finish the order.", "FL11"),
    ("The men were not allowed to take holidays.", "FL11"),
    ("'We only slept when the machines broke down,' she said.", "FL11"),
    # negatives
    ("The restaurant serves cold noodles and barbecue to tourists.", ""),
    ("The government has promised to raise pensions next year.", ""),
    ("The union called for a ban on recruitment fees.", ""),
    ("Migrant workers in the city can change employers after a year.", ""),
    ("The manager held a meeting to announce a bonus.", ""),
    ("The shipyard's safety record has improved, inspectors said.", ""),
    ("Hotels in the resort stay open all year round.", ""),
    ("Forced labour is prohibited under the country's constitution.", ""),
    ("The workers said nobody had ever taken their documents.", ""),
    ("The company plans to hire two hundred more welders.", ""),
    ("She kept the receipts for her tax return.", ""),
    ("The minister threatened to resign over the budget.", ""),
    ("Prices at the local market have doubled since spring.", ""),
    ("The workers go home every weekend to see their families.", ""),
    ("The contract was signed by both parties in the presence of a lawyer.", ""),
]


# A sixth fresh batch of longer, attributed sentences in the manner of wire copy and NGO reports, written
# after every r6 rule (and the gold / heldout4 / heldout6 diagnosis) and scored before any further rule.
BATTERY_6: list[Case] = [
    ("Recruiters from the Pyongyang agency visited schools in the poorest counties, a former teacher told "
     "the group, and chose girls whose parents could not refuse.", "FL01"),
    ("Because the men had entered Mongolia as 'cultural exchange participants', the local labour office said "
     "it had no authority to hear their complaints.", "FL01"),
    ("According to the charity, several of the women were under eighteen when they were put to work in the "
     "kitchens.", "FL01"),
    ("The welders, who spoke neither Polish nor English, depended on a single interpreter employed by the "
     "company, the union said.", "FL01"),
    ("A former manager said the firm looked for workers with sick relatives at home who needed the money.",
     "FL01"),
    ("The brochure promised modern dormitories and weekends off; what the workers found, investigators said, "
     "was a warehouse and a seven-day week.", "FL02 FL10 FL11"),
    ("Several waitresses told researchers they had been recruited to work in a hotel in Beijing but were "
     "taken to a restaurant in a provincial town.", "FL02"),
    ("The wage they were promised in Pyongyang, about 500 dollars, had shrunk to under 100 by the time it "
     "reached them, a defector said.", "FL02 FL08"),
    ("The contract was read aloud to them once and then taken away, according to two of the men.", "FL02"),
    ("The fishermen believed they were signing on for one season; most stayed three.", "FL02"),
    ("The women, a former guard said, were counted morning and night and could go out only under escort.",
     "FL03"),
    ("Residents said the North Koreans were never seen in the village except when a truck took them to the "
     "site.", "FL03"),
    ("A padlock on the outside of the dormitory door was removed only when the inspectors arrived, the "
     "report says.", "FL03"),
    ("The sailors were refused permission to leave the ship while it was in port, the seafarers' union "
     "said.", "FL03"),
    ("Permission to visit the town had to be requested days in advance and was rarely granted.", "FL03"),
    ("Phones were handed in every evening and given back in the morning, two cooks said.", "FL04"),
    ("The men had no means of contacting their families during the three years, according to the complaint.",
     "FL04"),
    ("One woman said she was scolded for greeting a Chinese neighbour in the corridor.", "FL04"),
    ("The logging camp is more than 200 kilometres from the nearest road, the regional official said.", "FL04"),
    ("Mail from home was opened and read before it was handed out, the investigators found.", "FL04"),
    ("A Chinese co-worker said she saw the supervisor strike a North Korean woman with a metal ruler.", "FL05"),
    ("Two men were beaten so badly after a failed escape that they could not work for weeks, the source said.",
     "FL05"),
    ("The report documents cases of sexual harassment by managers at three of the restaurants.", "FL05"),
    ("Workers who fell asleep on the line were doused with cold water, a former employee said.", "FL05"),
    ("She said the deputy manager assaulted her when she refused to go to his room.", "FL05"),
    ("According to the defector, workers were reminded at every meeting that their relatives' safety "
     "depended on their loyalty.", "FL06"),
    ("The men were told they would be sent to a labour camp if they were caught talking to South Koreans.",
     "FL06"),
    ("A security official sits in the canteen and notes who talks to whom, according to a former worker.",
     "FL06"),
    ("The manager threatened to have the women's bonuses cancelled and their families informed.", "FL06"),
    ("Those who questioned their pay were publicly humiliated at the weekly meeting, the survey found.",
     "FL06"),
    ("On the first day, an official from the North Korean company collected all passports, the workers said.",
     "FL07"),
    ("The report says the crew's identity documents were kept in the captain's safe for the entire voyage.",
     "FL07"),
    ("Asked why the workers did not have their passports, the contractor said they were 'stored centrally'.",
     "FL07"),
    ("A court heard that the employer had refused to hand back the women's passports when their contracts "
     "ended.", "FL07"),
    ("None of the men interviewed held his own passport, the investigators said.", "FL07"),
    ("The crew were promised monthly pay but received nothing for the first ten months, the union said.",
     "FL08"),
    ("The Chinese firm transfers the waitresses' salaries to an account controlled by the restaurant's "
     "North Korean manager, according to the documents.", "FL08"),
    ("Workers said as much as 80 percent of their earnings was taken as a 'contribution to the fatherland'.",
     "FL08"),
    ("The company says wages are paid; the workers say they have never seen them.", "FL08"),
    ("Part of each worker's pay was held back 'to prevent escapes', a former manager admitted.", "FL08"),
    ("Each recruit paid the broker the equivalent of two years' income, money borrowed from relatives, the "
     "researchers found.", "FL09"),
    ("The workers' debts for food, rent and 'training' grew every month, a former accountant said.", "FL09"),
    ("Those who wanted to leave early were told they must first repay the cost of bringing them over.", "FL09"),
    ("A man who owed the team leader money was not allowed to go home until it was repaid.", "FL09"),
    ("The recruitment agency lent the workers money for their visas and deducted it, with interest, from "
     "their first pay.", "FL09"),
    ("Up to forty men slept in a single room in the basement, with no ventilation, the inspectors found.",
     "FL10"),
    ("A worker who cut his hand on a saw was given a bandage and sent back to work, a colleague said.", "FL10"),
    ("The report notes that the workers had no protective clothing while spraying pesticides.", "FL10"),
    ("Food rations were cut whenever production targets were missed, two former workers said.", "FL10"),
    ("The building where they lived had no heating, and in January the water pipes froze.", "FL10"),
    ("A welder said the crew regularly worked from dawn until after midnight to meet the deadline.", "FL11"),
    ("The women said they had not had a single day off since they arrived in March.", "FL11"),
    ("The factory's night shift was staffed by the same women who had worked all day, a supplier said.", "FL11"),
    ("Working days of fifteen or sixteen hours were normal during the season, according to the report.",
     "FL11"),
    ("Overtime was not optional, a former worker said: 'When the plan was behind, nobody went to bed.'",
     "FL11"),
    ("The researchers found that the crews worked an average of 80 hours a week.", "FL11"),
    # negatives
    ("The labour ministry said it would investigate any complaint about unpaid wages.", ""),
    ("The company's spokesperson said all workers sign contracts in their own language.", ""),
    ("A new law will allow migrant workers to change jobs without their employer's consent.", ""),
    ("The conference heard papers on the history of labour migration from Korea.", ""),
    ("Workers at the shipyard receive their pay by bank transfer every two weeks.", ""),
    ("The restaurant is known for its noodles and is popular with tourists.", ""),
    ("Police said the passport found on the beach belonged to a missing tourist.", ""),
    ("The factory was closed for a week because of the floods.", ""),
    ("The inspectors found that all workers had valid permits and access to their documents.", ""),
    ("The hotel promised guests a free breakfast during the renovation.", ""),
    ("The union's debt was paid off after the sale of its building.", ""),
    ("The minister warned that the economy could shrink next year.", ""),
    ("Guards at the museum were trained to handle large crowds.", ""),
    ("The team worked late on Friday to finish the report before the holiday.", ""),
    ("Students can apply for scholarships to study in Seoul.", ""),
]


def claim_indicators(text: str) -> set[str]:
    """Indicators a claim made of ``text`` would carry (denials and hypotheticals carry none)."""
    if denial_cue(text) is not None or is_hypothetical(text):
        return set()
    return {h.indicator for h in _match(text, 0).hits}


def score(cases: list[Case]) -> tuple[PRF, list[str]]:
    """Micro PRF over (sentence, indicator) pairs, and the misses and false positives."""
    prf = PRF()
    problems: list[str] = []
    for text, codes in cases:
        gold = {CODES[c] for c in codes.split()}
        found = claim_indicators(text)
        prf.tp += len(gold & found)
        prf.fp += len(found - gold)
        prf.fn += len(gold - found)
        problems += [f"miss {g}: {text}" for g in sorted(gold - found)]
        problems += [f"false positive {f}: {text}" for f in sorted(found - gold)]
    return prf, problems


def test_battery_1_shape() -> None:
    positives = [c for c in BATTERY_1 if c[1]]
    assert len(positives) >= 120
    assert len(BATTERY_1) - len(positives) >= 40
    for code in CODES:
        assert sum(code in c[1].split() for c in BATTERY_1) >= 10, code
    assert all(c in CODES for _, codes in BATTERY_1 for c in codes.split())


def test_later_batteries_shape() -> None:
    assert sum(bool(c[1]) for c in BATTERY_2) >= 60 and sum(not c[1] for c in BATTERY_2) >= 15
    assert sum(bool(c[1]) for c in BATTERY_3) >= 60 and sum(not c[1] for c in BATTERY_3) >= 15
    assert sum(bool(c[1]) for c in BATTERY_4) >= 60 and sum(not c[1] for c in BATTERY_4) >= 14
    assert sum(bool(c[1]) for c in BATTERY_5) >= 60 and sum(not c[1] for c in BATTERY_5) >= 15
    assert sum(bool(c[1]) for c in BATTERY_6) >= 56 and sum(not c[1] for c in BATTERY_6) >= 15
    texts = [t for t, _ in BATTERY_1 + BATTERY_2 + BATTERY_3 + BATTERY_4 + BATTERY_5 + BATTERY_6]
    assert len(texts) == len(set(texts))


# floors a little under the scores after the r6 rules (0.912, 0.971, 0.896, 0.946, 0.935, 0.90)
@pytest.mark.parametrize(("cases", "floor"),
                         [(BATTERY_1, 0.89), (BATTERY_2, 0.95), (BATTERY_3, 0.87), (BATTERY_4, 0.92),
                          (BATTERY_5, 0.91), (BATTERY_6, 0.87)],
                         ids=["battery1", "battery2", "battery3", "battery4", "battery5", "battery6"])
def test_battery_f1(cases: list[Case], floor: float) -> None:
    prf, problems = score(cases)
    assert prf.f1 >= floor, f"p={prf.p:.3f} r={prf.r:.3f} f1={prf.f1:.3f}\n" + "\n".join(problems)


def test_battery_negatives_mostly_clean() -> None:
    """Definitions, denials and other senses: at most one negative in six may carry an indicator."""
    negatives = [t for t, codes in BATTERY_1 + BATTERY_2 + BATTERY_3 + BATTERY_4 + BATTERY_5 + BATTERY_6
                 if not codes]
    flagged = [t for t in negatives if claim_indicators(t)]
    assert len(flagged) <= len(negatives) // 6, flagged
