"""ILO indicator rules of round 2 (``d_*`` rules in ``knowledge/indicators.yaml``), written
from concepts that earlier rules missed: wages paid to a company or an intermediary rather
than to the workers, pay in kind, outings only in supervised groups, workers bused in and
out, sleeping at the workplace, phones kept overnight, rest days cancelled, being sent back
within days, contracts extended without asking, debts repaid from wages, and more.

Every sentence here is written for this test (fictional people and firms); each concept has
several paraphrases and negative cases (denials, hypotheticals, unrelated uses)."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse


def _found(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence).hits}


def _rules(sentence: str) -> set[str]:
    return {h.rule for h in indicators.match(sentence).hits}


POSITIVE = [
    # wages paid to a company, an intermediary or the state rather than to the workers
    ("The mill transferred the crew's wages to a trading company in Pyongyang.", "withholding_of_wages"),
    ("Salaries were settled each quarter with the agency, not with the women.", "withholding_of_wages"),
    ("The fee, payable to the labour bureau rather than to the workers themselves, was 900 euros.",
     "withholding_of_wages"),
    ("Payments went to the intermediary instead of to individual workers.", "withholding_of_wages"),
    ("The farm paid a broker 20,000 rubles a month for each worker.", "withholding_of_wages"),
    ("The yard invoiced the shipowner 2,000 euros per welder every month.", "withholding_of_wages"),
    ("Their earnings were paid through the embassy, a cook said.", "withholding_of_wages"),
    ("Most of it goes to the team leader, she said.", "withholding_of_wages"),
    # what the workers themselves see
    ("The men themselves got perhaps a tenth of that.", "withholding_of_wages"),
    ("We kept maybe 300 yuan of it each month.", "withholding_of_wages"),
    ("They saw about 50 dinars a month, the driver said.", "withholding_of_wages"),
    ("Since spring they have not received a kopeck.", "withholding_of_wages"),
    # pay in kind
    ("The loggers were paid in flour and vodka.", "withholding_of_wages"),
    ("Workers got rice coupons instead of cash.", "withholding_of_wages"),
    # tips, savings and earnings handed over
    ("The waitresses had to hand over their tips at the end of each shift.", "withholding_of_wages"),
    ("Tips went into a locked box that the director emptied on Fridays.", "withholding_of_wages"),
    ("Returning workers were made to surrender half their savings at the border.", "withholding_of_wages"),
    ("Every dollar they made was handed to the foreman.", "withholding_of_wages"),
    ("The overseer kept all the money, a villager said.", "withholding_of_wages"),
    ("The men were each owed around 3,000 lari.", "withholding_of_wages"),
    ("They were told the balance would be paid once the building was finished.", "withholding_of_wages"),
    ("The wages are sent straight to Pyongyang, the manager admitted.", "withholding_of_wages"),
    ("On paper they earned 900 dollars, but the workers received a third of it.", "withholding_of_wages"),
    # deception: promises about the job, the pay or the term
    ("The women had been told they would keep most of their pay.", "deception"),
    ("We were told it would be like studying at a college.", "deception"),
    ("He signed up for a posting he was told would last two years.", "deception"),
    ("Nobody told them the contract could be extended.", "deception"),
    ("I had no idea I would have to repay the travel costs.", "deception"),
    ("The builders were never told how much would be deducted.", "deception"),
    ("The crews do not see a contract at any point.", "deception"),
    ("The recruiters' promises bore no resemblance to the job.", "deception"),
    ("None of the so-called students was enrolled at the college.", "deception"),
    ("I never set foot in a classroom, a former trainee said.", "deception"),
    ("Their contracts were extended twice by the agency.", "deception"),
    # restriction of movement
    ("They left the hostel only in pairs and only to buy bread.", "restriction_of_movement"),
    ("Trips to the shops happened once a fortnight, in groups of six with a guard.", "restriction_of_movement"),
    ("The crew walked to the canteen in a column.", "restriction_of_movement"),
    ("The men are trucked in at six and trucked back after dark.", "restriction_of_movement"),
    ("The seamstresses were driven every evening back to their hostel.", "restriction_of_movement"),
    ("The Koreans come to the site in their own bus.", "restriction_of_movement"),
    ("I have never seen them in the village, not once.", "restriction_of_movement"),
    ("The supervisor would not let them go to the market.", "restriction_of_movement"),
    ("A guard counts them every night before lights out.", "restriction_of_movement"),
    ("She spent five years there without a single trip home.", "restriction_of_movement"),
    ("Anyone who went out alone was reported.", "restriction_of_movement"),
    ("A minder lives with them in the flat.", "restriction_of_movement"),
    # isolation
    ("The workers' phones are locked in the office overnight.", "isolation"),
    ("The manager collected their phones on arrival.", "isolation"),
    ("She talked to her parents only twice in three years.", "isolation"),
    ("The client communicates only through the interpreter.", "isolation"),
    ("They ate separately from the local staff.", "isolation"),
    ("The women live in a fenced-off block behind the plant.", "isolation"),
    ("One welder was caught with a hidden phone.", "isolation"),
    ("We were not allowed to talk with them at all.", "isolation"),
    ("The dormitory windows were painted over.", "isolation"),
    # intimidation and threats
    ("The boss said he would be on the first plane home.", "intimidation_and_threats"),
    ("She was criticised in front of the whole brigade.", "intimidation_and_threats"),
    ("Workers who missed the target had to confess their own failings.", "intimidation_and_threats"),
    ("They were warned their families would be notified.", "intimidation_and_threats"),
    ("The shortfall was held against them on their return.", "intimidation_and_threats"),
    ("Anyone who complained would get sent home.", "intimidation_and_threats"),
    ("After she spoke to a reporter she was sent home within a week.", "intimidation_and_threats"),
    ("The foreman yelled at the men when they slowed down.", "intimidation_and_threats"),
    ("A state security officer visits the dormitory every month.", "intimidation_and_threats"),
    ("The women were afraid all the time.", "intimidation_and_threats"),
    ("Walking out alone was treated as desertion.", "intimidation_and_threats"),
    # retention of identity documents
    ("None of the welders saw their passports again until the flight home.", "retention_of_identity_documents"),
    ("Inspectors found the passports in the manager's safe.", "retention_of_identity_documents"),
    ("Their ID cards went into the leader's suitcase with the passports.", "retention_of_identity_documents"),
    # abuse of vulnerability
    ("They came in on short-stay visas.", "abuse_of_vulnerability"),
    ("The visas were issued for language courses.", "abuse_of_vulnerability"),
    ("The women were registered as apprentices at a sewing school.", "abuse_of_vulnerability"),
    ("He carried what the company called a student card.", "abuse_of_vulnerability"),
    ("None of them had a work card from the ministry.", "abuse_of_vulnerability"),
    ("Trainees do not pour concrete for twelve hours a day.", "abuse_of_vulnerability"),
    ("Most of the crew were unregistered.", "abuse_of_vulnerability"),
    # debt bondage
    ("Her father paid a cadre to put her on the list.", "debt_bondage"),
    ("He had to pay it back out of his wages.", "debt_bondage"),
    # abusive working and living conditions
    ("The plasterers slept on mattresses in the unfinished tower.", "abusive_working_and_living_conditions"),
    ("Twelve men lived and worked in a two-room flat.", "abusive_working_and_living_conditions"),
    ("A welder was injured in a fall from a ladder.", "abusive_working_and_living_conditions"),
    ("In the greenhouses it reached 45 degrees in August.", "abusive_working_and_living_conditions"),
    ("The cabins had no air conditioning.", "abusive_working_and_living_conditions"),
    ("They drank water straight from a river.", "abusive_working_and_living_conditions"),
    ("The allowance barely covers soap and toothpaste.", "abusive_working_and_living_conditions"),
    ("They begged us for bread twice.", "abusive_working_and_living_conditions"),
    ("Those who were sick still had to work.", "abusive_working_and_living_conditions"),
    ("They washed with water from a bucket.", "abusive_working_and_living_conditions"),
    # excessive overtime
    ("Their rest days were cancelled for the whole summer.", "excessive_overtime"),
    ("The Korean crew never stopped before the local crews did.", "excessive_overtime"),
    ("They are still working when the shop closes at ten.", "excessive_overtime"),
    ("On Sundays they are still at work.", "excessive_overtime"),
    ("Shifts often ended after two in the morning.", "excessive_overtime"),
    ("He was doing three jobs at once.", "excessive_overtime"),
    ("The crew worked through the lunch break.", "excessive_overtime"),
    ("The hours are punishing, a cook said.", "excessive_overtime"),
    ("She slept barely four hours a night.", "excessive_overtime"),
    # total control summed up, then listed
    ("The leader controlled everything: our phones, our passports, our pay.", "isolation"),
    ("The leader controlled everything: our phones, our passports, our pay.", "retention_of_identity_documents"),
    ("The leader controlled everything: our phones, our passports, our pay.", "withholding_of_wages"),
    # contracts extended without the workers' say, promises against reality
    ("The posting was prolonged without their say.", "deception"),
    ("What they were offered and what they found were completely different, he said.", "deception"),
    ("Instead of a hotel job, the women were sent to a crab plant.", "deception"),
    ("They arrived as trainees but spent the winter welding hulls.", "deception"),
    ("The agreement was in Russian, which none of the men could read.", "deception"),
    ("They thought they were going to study nursing.", "deception"),
    # more restriction, isolation and conditions
    ("No one was allowed off the farm without a pass from the foreman.", "restriction_of_movement"),
    ("The women were marched back to the hostel after each shift.", "restriction_of_movement"),
    ("Visits to the town need the approval of the brigade leader.", "restriction_of_movement"),
    ("They went everywhere escorted by a minder from the embassy.", "restriction_of_movement"),
    ("They can call home once a year from the director's office.", "isolation"),
    ("The loggers had no means of contacting their relatives.", "isolation"),
    ("The meals were so bad that several of them fell ill.", "abusive_working_and_living_conditions"),
    ("Wages were paid in a single transfer to the crew leader.", "withholding_of_wages"),
    ("The salaries went into an account the women could not touch.", "withholding_of_wages"),
    ("The firm held back two months of wages from each man.", "withholding_of_wages"),
    ("The cooks were paid with bags of flour.", "withholding_of_wages"),
    ("The agency only recruits women whose families stay at home.", "abuse_of_vulnerability"),
    # further paraphrases
    ("The women signed forms they had no time to read.", "deception"),
    ("Their wages turned out to be half of what the agent had quoted.", "deception"),
    ("The welders had been promised 900 euros a month.", "deception"),
    ("They only realised when they arrived that the work was underground.", "deception"),
    ("No one explained the fees to the workers.", "deception"),
    ("They were warned that anyone who fled would be tracked down.", "intimidation_and_threats"),
    ("The girls lived in fear of the minder.", "intimidation_and_threats"),
    ("Sewers who fell short of the norm had their meals cut.", "intimidation_and_threats"),
    ("They were forbidden to watch local TV.", "isolation"),
    ("The loggers were never allowed to go to the village.", "restriction_of_movement"),
    ("The price of their board and travel was deducted from their wages.", "debt_bondage"),
    ("Most of his first year went on paying off the recruiter.", "debt_bondage"),
    ("They had one rest day every three weeks.", "excessive_overtime"),
    ("There was a single shower for 40 men.", "abusive_working_and_living_conditions"),
    ("The foreman punched a worker who asked for water.", "physical_and_sexual_violence"),
    ("The director pressured waitresses to sleep with him.", "physical_and_sexual_violence"),
    ("The deputy manager called young women to his room at night.", "physical_and_sexual_violence"),
    ("On arrival the men had to hand over their passports.", "retention_of_identity_documents"),
    ("Their pay was given to them only at the end of the two-year contract.", "withholding_of_wages"),
    ("Two months of pay were held as a deposit against escape.", "withholding_of_wages"),
    ("They received nothing for the night shifts.", "withholding_of_wages"),
    ("The builder charges 900 dollars for each man, and the men get maybe 120.", "withholding_of_wages"),
    ("She was recruited with promises of high wages and a free flat.", "deception"),
    ("Formally they were trainees; in practice they ran the kitchen.", "deception"),
    ("Their visas described them as interns at a design school.", "abuse_of_vulnerability"),
    ("A minder slept outside the dormitory door every night.", "restriction_of_movement"),
    ("The crew did not know which city they were in.", "isolation"),
    ("The women could not send letters or phone home.", "isolation"),
    ("A cook who rejected his advances was sent back the next week.", "physical_and_sexual_violence"),
    ("The crews worked 80 hours a week in the peak season.", "excessive_overtime"),
    ("The masons kept going under floodlights.", "excessive_overtime"),
    ("The cooks always shop in a group of three with their leader.", "restriction_of_movement"),
    ("The firm housed 25 welders in a grain store behind the yard.", "abusive_working_and_living_conditions"),
    ("The crew slept in an abandoned school.", "abusive_working_and_living_conditions"),
    ("Anyone who talked to reporters would be sent home, the women were told.", "isolation"),
    ("The minder made clear that their relatives at home were monitored.", "intimidation_and_threats"),
    ("Those who protested about the food were transferred to a remote site.", "intimidation_and_threats"),
    ("She had to write a confession for arriving late.", "intimidation_and_threats"),
    ("Mixing with local colleagues was strictly forbidden.", "isolation"),
    ("A monthly letter was their only contact with home.", "isolation"),
    ("The posting was for two years but lasted six.", "deception"),
    ("His pay came to a third of what the agency had promised.", "deception"),
    ("His pay came to a third of what the agency had promised.", "withholding_of_wages"),
    ("The agent assured them there would be no fees at all.", "deception"),
    ("Before departure they signed blank forms.", "deception"),
    ("The airfare was deducted from their first wages.", "debt_bondage"),
    ("Interest accrued on the advance every month.", "debt_bondage"),
    ("They lived in a windowless cellar under the shop.", "abusive_working_and_living_conditions"),
    ("No one paid for the surgery after his fall.", "abuse_of_vulnerability"),
    ("A guard at the entrance checks everyone who leaves.", "restriction_of_movement"),
    ("The crew's remuneration went straight to the sending company.", "withholding_of_wages"),
    ("None of the seamstresses had a bank account in their own name.", "withholding_of_wages"),
    ("The carpenters are still waiting for their wages for March.", "withholding_of_wages"),
    ("The women slept in rooms of 16 above the kitchen.", "abusive_working_and_living_conditions"),
    ("He spent 700 dollars in bribes to get a place on the list.", "debt_bondage"),
    ("Their visas did not allow them to work.", "abuse_of_vulnerability"),
]


@pytest.mark.parametrize(("sentence", "indicator"), POSITIVE)
def test_round2_concepts(sentence: str, indicator: str) -> None:
    assert indicator in _found(sentence), (sentence, sorted(_rules(sentence)))


NEGATIVE = [
    # wages to a company: ordinary payments, pay rises, idioms
    ("The government raised wages to the level of the regional average.", "withholding_of_wages"),
    ("Wages rose to 4,000 yuan last year.", "withholding_of_wages"),
    ("The welders were paid directly to their own bank accounts.", "withholding_of_wages"),
    ("The girls were allowed to keep tips as a bonus.", "withholding_of_wages"),
    ("We saw about 40 workers at the gate.", "withholding_of_wages"),
    ("They earned, on paper, 700 euros a month.", "withholding_of_wages"),
    ("Every yuan he earned went to paying back the loan.", "withholding_of_wages"),
    ("A caretaker kept the only key to the shed.", "withholding_of_wages"),
    ("The names of the interviewees were withheld for their safety.", "withholding_of_wages"),
    ("The report notes that such payments breach the resolution.", "withholding_of_wages"),
    # deception
    ("The inspector was told the plant would close in May.", "deception"),
    ("The trainees were enrolled in a pension scheme.", "deception"),
    ("The forum was extended by two days.", "deception"),
    ("The students used the internet for everything but homework.", "deception"),
    # restriction
    ("The delegation arrived in groups of ten at the airport.", "restriction_of_movement"),
    ("Reporters counted about 60 workers outside the hall.", "restriction_of_movement"),
    ("One girl was slapped by the manager in front of the others.", "restriction_of_movement"),
    ("Polish border guards opened an inquiry.", "restriction_of_movement"),
    ("The chapter has not quite closed.", "restriction_of_movement"),
    ("His wife had to stay behind, as the rules require.", "restriction_of_movement"),
    ("After a closed-door briefing the lawmaker spoke to reporters.", "restriction_of_movement"),
    # isolation
    ("The women kept their own phones in their bags.", "isolation"),
    ("The two firms deal with each other through lawyers.", "isolation"),
    # intimidation
    ("The contracts were labelled as training.", "intimidation_and_threats"),
    ("Lawyers said in a filing on Monday that their client had no idea.", "intimidation_and_threats"),
    ("Workers were sent home within days when sanctions took effect.", "intimidation_and_threats"),
    # identity documents
    ("All staff hold the documents required by law.", "retention_of_identity_documents"),
    ("Her passport was in the consulate for renewal.", "retention_of_identity_documents"),
    # vulnerability
    ("They were not permitted to speak to the Russian staff.", "abuse_of_vulnerability"),
    # debt
    ("The developer worked under a borrowed name.", "debt_bondage"),
    ("The welders were each owed about 2,000 zloty.", "debt_bondage"),
    # conditions
    ("The worker was hurt in an industrial accident last year.", "abusive_working_and_living_conditions"),
    ("The crew will return when the river freezes again.", "abusive_working_and_living_conditions"),
    ("We went out only in pairs, and only to buy food.", "abusive_working_and_living_conditions"),
    ("A minder was living in the same apartment.", "abusive_working_and_living_conditions"),
    ("Goods made by these workers are presumed to be made with forced labour.",
     "abusive_working_and_living_conditions"),
    # overtime
    ("Thousands of North Koreans are still working in Russia after the deadline.", "excessive_overtime"),
    ("The bus stopped on Sunday near the plant.", "excessive_overtime"),
    # ordinary business, weather and reporting
    ("The client transferred the payment to a construction company for the steel.", "withholding_of_wages"),
    ("The team travelled to Harbin as a group for the tournament.", "restriction_of_movement"),
    ("Security officials inspected the harbour after the storm.", "intimidation_and_threats"),
    ("He said he thought the training was useful.", "deception"),
    ("The families will be informed of the results next week.", "intimidation_and_threats"),
    ("Auditors said the workers could use their bank cards freely.", "withholding_of_wages"),
    ("The welders were told they would be paid on the tenth of each month.", "deception"),
    ("Workers marched to the town hall to demand a raise.", "restriction_of_movement"),
    ("The contract was extended by mutual agreement.", "deception"),
    ("They were paid in cash every Friday.", "withholding_of_wages"),
    ("The docks reached 35 degrees in July, and the firm installed fans.", "abusive_working_and_living_conditions"),
    ("The ferry docked in Gdansk on Monday.", "withholding_of_wages"),
    ("We were afraid of being sent back early.", "intimidation_and_threats"),
    ("The economic slump hit the workers hard.", "physical_and_sexual_violence"),
    ("Office staff work 40 hours a week.", "excessive_overtime"),
    ("Officially the plant opens in May.", "deception"),
    ("The guard at the gate waved the truck through.", "restriction_of_movement"),
    ("The workers go to church on Sundays.", "excessive_overtime"),
    ("The crew is housed in a former sailors' hostel with a canteen.", "abusive_working_and_living_conditions"),
    ("Interest in the new port was added to the agenda.", "debt_bondage"),
    ("The study ran for two years and ended in 2022.", "deception"),
    ("Hotel rooms for two cost 90 euros.", "abusive_working_and_living_conditions"),
    ("The investors paid 3 million dollars to secure the contract.", "debt_bondage"),
    ("She is still waiting for the bus to Rason.", "withholding_of_wages"),
    ("The workers eat during the lunch break in the canteen.", "excessive_overtime"),
    ("The welders slept through the night after the storm.", "excessive_overtime"),
]


@pytest.mark.parametrize(("sentence", "wrong"), NEGATIVE)
def test_round2_false_friends(sentence: str, wrong: str) -> None:
    assert wrong not in _found(sentence), (sentence, sorted(_rules(sentence)))


def _claim_indicators(text: str, needle: str) -> tuple[set[str], str]:
    a = analyse(text, {"language": "en"})
    for c in a.claims:
        if needle in c.text:
            return {h.indicator for h in c.indicators}, c.polarity
    raise AssertionError(f"no claim containing {needle!r}")


_CONTEXT = ("North Korean workers were dispatched to a fish plant in Dandong, where their wages were "
            "paid to a trading company. ")


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        ("Our interviews gave no indication that the managers used beatings.", "no indication"),
        ("The audit did not find any illegal employment of foreign staff.", "illegal employment"),
        ("There is no so-called forced labour at our plants, the spokesman said.", "so-called"),
    ],
)
def test_denials_carry_no_indicator(sentence: str, needle: str) -> None:
    found, polarity = _claim_indicators(_CONTEXT + sentence, needle)
    assert found == set()
    assert polarity == "negated"


def test_guilty_verdict_is_hypothetical() -> None:
    found, _ = _claim_indicators(
        _CONTEXT + "If found guilty, the owner faces a fine for each worker he employed.", "found guilty")
    assert found == set()


def test_round2_rules_keep_their_ids_and_cue_spans() -> None:
    sentence = "The loggers were paid in canned fish rather than in cash."
    hits = [h for h in indicators.match(sentence, offset=100).hits if h.indicator == "withholding_of_wages"]
    assert hits and all(h.rule.startswith("FL08.") for h in hits)
    for h in hits:
        assert sentence[h.start - 100:h.end - 100] == h.cue


def test_shipyard_hiring_report_yields_no_claims() -> None:
    text = (
        "GDYNIA - A Baltic shipyard is hiring 80 welders for a ferry contract, its director said on Monday. "
        "Wages will rise to 9,000 zloty a month and are paid through a local bank. The ferry docked last week. "
        "The contract was extended by mutual agreement with the buyer. In July the docks reached 35 degrees, "
        "and the company installed new fans in the welding hall."
    )
    a = analyse(text, {"language": "en"})
    assert a.claims == []
    assert not a.indicators()
