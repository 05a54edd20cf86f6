"""Round 10 (IZ) indicator rules, written for transfer to unseen pages: families of wording counted over
the diagnosis sets' misses (never their sentences), each in several of our own sentences with fictional
people and firms, and negative cases that must not fire (sport, prices, business payments, ordinary
hostels, a lawyer speaking for clients, rest during a heat break, a revenue quota)."""

from __future__ import annotations

import pytest

from labourlens.analyse.claims import _match
from labourlens.analyse.hedges import denial_cue, is_hypothetical


def found(text: str) -> set[str]:
    """Indicators a claim made of ``text`` would carry (denials and hypotheticals carry none)."""
    if denial_cue(text) is not None or is_hypothetical(text):
        return set()
    return {h.indicator for h in _match(text, 0).hits}


def rules(text: str) -> set[str]:
    return {h.rule for h in _match(text, 0).hits}


POSITIVE = [
    # intimidation: sent away after being seen talking, asking or complaining (the menace carried out)
    ("A waitress at the Kumgang Garden was sent back to Wonsan after she was seen chatting with a guest.",
     "intimidation_and_threats"),
    ("Three welders were put on a flight home a week after asking about their pay.", "intimidation_and_threats"),
    ("Two plasterers were flown back to Pyongyang within days of complaining about the food.",
     "intimidation_and_threats"),
    ("The cook was deported shortly after she protested about the hours at Sunrise Catering.",
     "intimidation_and_threats"),
    # intimidation: scolded or shouted at before the others
    ("The seamstresses are shouted at in front of everyone when they make a mistake.", "intimidation_and_threats"),
    ("Those who fall behind are berated in front of the whole brigade.", "intimidation_and_threats"),
    ("A girl who dropped a tray was scolded before the other workers.", "intimidation_and_threats"),
    ("The foreman at Volga Frame swore at the slowest men in front of their colleagues.",
     "intimidation_and_threats"),
    # intimidation: watched constantly
    ("The team leader watches them constantly.", "intimidation_and_threats"),
    ("Someone from their company watches the women whenever they step outside.", "intimidation_and_threats"),
    ("A man from the embassy keeps an eye on the crew day and night.", "intimidation_and_threats"),
    # intimidation: the worst work as punishment for refusing or complaining
    ("Those who refuse are put on the night shift for a month.", "intimidation_and_threats"),
    ("Anyone who complained was assigned to the dirtiest jobs for weeks.", "intimidation_and_threats"),
    ("Women who answered back were made to clean the toilets.", "intimidation_and_threats"),
    # intimidation: detention centres, leaving made a crime, the family pressed, names written down, pledges
    ("The foreman at Nordlys Build told him he would sit in a deportation centre for months.",
     "intimidation_and_threats"),
    ("A worker who runs away becomes a criminal in the eyes of the law.", "intimidation_and_threats"),
    ("The lender calls my family every week.", "intimidation_and_threats"),
    ("The interest grows and my family gets calls.", "intimidation_and_threats"),
    ("If you stop, they write your name in the book.", "intimidation_and_threats"),
    ("The minder said our names were on a list at home.", "intimidation_and_threats"),
    ("Families of the workers were pressed to sign pledges.", "intimidation_and_threats"),
    # restriction of movement: leaving or arriving as a formation, carried under someone's eye
    ("The crews leave the dormitory in a column every morning at five.", "restriction_of_movement"),
    ("The women come back from the plant in single file after the late shift.", "restriction_of_movement"),
    ("The workers were driven back to their camp each evening under the eye of a supervisor.",
     "restriction_of_movement"),
    ("The loggers were trucked to the cutting area under guard.", "restriction_of_movement"),
    # isolation: someone else speaks for the workers; calls home supervised
    ("The team leader answered every question put to the workers.", "isolation"),
    ("They could phone their families only under supervision.", "isolation"),
    ("The women called home once a month in front of the political instructor.", "isolation"),
    # restriction of movement: permission for any step out; not even allowed out; refused when asking to go home
    ("The seamstresses at Golden Thread need permission even to see a doctor.", "restriction_of_movement"),
    ("They were unable to travel to Bata or home without the foreman's permission.", "restriction_of_movement"),
    ("They were not even allowed to go to the yard to hang their washing.", "restriction_of_movement"),
    ("The loggers asked to go home when their contracts ended but were told to wait for the Party's decision.",
     "restriction_of_movement"),
    ("Two cooks who wanted to quit were refused by the manager.", "restriction_of_movement"),
    # deception: what they were told against what it really was; the truth learned too late
    ("The agency tells workers the fee covers health checks, but in reality it is split between the managers.",
     "deception"),
    ("Later I learned I had agreed to two years with no leave.", "deception"),
    ("Only after landing did they find out the job was in a quarry.", "deception"),
    ("They were told they were going to a hotel in Doha, but ended up on a building site.", "deception"),
    # isolation: the bosses do not want them mixing; locals told to keep their distance
    ("Their bosses at Seaview Build don't want them mixing with other nationalities.", "isolation"),
    ("The managers did not want the women talking to the Chinese staff.", "isolation"),
    ("Local staff were warned to keep their distance from the North Koreans.", "isolation"),
    # retention of documents: the papers "with the chief"; nobody could get the passport back
    ("Nobody could show me a passport; the documents were with their chief.", "retention_of_identity_documents"),
    ("Their identity cards stayed with the brigade leader for three years.", "retention_of_identity_documents"),
    ("None of the welders was able to recover his passport before the end of his contract.",
     "retention_of_identity_documents"),
    # withholding of wages: paid months late as a practice
    ("Wages at the Kisumu quarry are paid three months late, if at all.", "withholding_of_wages"),
    ("The men said their salaries come two or three months late.", "withholding_of_wages"),
    ("Pay at the site has been months in arrears since spring.", "withholding_of_wages"),
    # abusive conditions: more people than the room was built for
    ("The inspectors found eighteen beds in a room meant for six.", "abusive_working_and_living_conditions"),
    ("The crew of forty lives in a barrack designed for fifteen.", "abusive_working_and_living_conditions"),
    ("Our researcher counted 30 women sleeping in a dormitory built for 12.",
     "abusive_working_and_living_conditions"),
    # abusive conditions: sleeping at the machines or materials
    ("The coders sleep next to their desks.", "abusive_working_and_living_conditions"),
    ("The seamstresses slept beside their sewing machines during the rush.",
     "abusive_working_and_living_conditions"),
    ("We sleep on the top floor of the unfinished block among the cement bags.",
     "abusive_working_and_living_conditions"),
    # abusive conditions: disease caught at work; the worst water, washing and food; work in deep snow
    ("Two of the men at the Osh crew's hostel have pneumonia.", "abusive_working_and_living_conditions"),
    ("Eyesight problems were common among the women at the knotting frames.",
     "abusive_working_and_living_conditions"),
    ("Several loggers caught tuberculosis in the camp.", "abusive_working_and_living_conditions"),
    ("The deckhands drank water that smelled of diesel.", "abusive_working_and_living_conditions"),
    ("The crews washed in the river.", "abusive_working_and_living_conditions"),
    ("In the second winter we ate bark soup.", "abusive_working_and_living_conditions"),
    ("They cut timber in snow up to their waists.", "abusive_working_and_living_conditions"),
    # abusive conditions: working through the midday heat break or ban
    ("They worked outdoors in the afternoons when outdoor work is banned because of the heat.",
     "abusive_working_and_living_conditions"),
    ("Work on the roof went on through the midday break in July.", "abusive_working_and_living_conditions"),
    ("The crews never take a break, not even in the midday ban hours.", "abusive_working_and_living_conditions"),
    # restriction of movement: never seen without a watcher
    ("The women were never in town without the tall man in the grey coat.", "restriction_of_movement"),
    ("They rarely left the yard without a guard from their own side.", "restriction_of_movement"),
    # abusive conditions: more people than rooms
    ("Twelve men lived in four rooms above the Baltic Hull workshop.", "abusive_working_and_living_conditions"),
    ("Nine of us in one room, with a single window.", "abusive_working_and_living_conditions"),
    # intimidation: moved away right after asking, in any order
    ("One cook asked for a day off, and the next day she was moved to another site.", "intimidation_and_threats"),
    ("The welder who complained about the scaffolding was sent to a remote site within days.",
     "intimidation_and_threats"),
    # withholding of wages: the state's sum raised; a sum taken each month from every worker
    ("The quota was raised to 2,000 dollars a month per man last spring.", "withholding_of_wages"),
    ("The plan payment has gone up by a third since the war.", "withholding_of_wages"),
    ("The bureau demanded 800 dollars a month from every worker, whatever they earned.", "withholding_of_wages"),
    ("Sahara Clean took 10 dinars a month from each cleaner for visa costs.", "withholding_of_wages"),
    # abuse of vulnerability: a visa issued for family visits or pilgrimage, used for work
    ("The men entered Kuwait on visas issued for family visits.", "abuse_of_vulnerability"),
    ("The labourers arrived on permits granted for umrah and stayed to work on the site.", "abuse_of_vulnerability"),
    # withholding of wages: the pay sent by someone else on the workers' behalf, or handed to a collective fund
    ("The cooks' pay was written in a notebook and \"sent home\" on their behalf.", "withholding_of_wages"),
    ("The brigadier signed for the wages on their behalf every month.", "withholding_of_wages"),
    ("A third of each wage was transferred to the collective, the ledger shows.", "withholding_of_wages"),
    # debt bondage: the worker paid a recruiter, agent or broker
    ("They paid a recruiter in Kathmandu 150,000 rupees each in fees.", "debt_bondage"),
    ("He paid an agent in Dhaka about 450,000 taka for a visa.", "debt_bondage"),
    ("Each of the women gave a broker in Hanoi her savings to be placed in Taiwan.", "debt_bondage"),
    # withholding of wages: workers fined out of their pay; the pay on the books against the pay in hand
    ("Some of the cooks are fined part of the money they were supposed to bring home.", "withholding_of_wages"),
    ("Workers were fined up to 400,000 riel for using their own phones.", "withholding_of_wages"),
    ("The foremen kept ledgers of food and fines that were set against each worker's share.",
     "withholding_of_wages"),
    ("The wage on the books was 2,400 yuan; the women said they were handed about 300.", "withholding_of_wages"),
    # restriction of movement: a gate opened only at set times
    ("One guard said the gate was opened twice a day, for the buses.", "restriction_of_movement"),
    ("The dormitory door is unlocked only for meals.", "restriction_of_movement"),
    ("The welders have not been paid since May and are deep in debt.", "withholding_of_wages"),
    # abuse of vulnerability: papers left to lapse by the employer; no real option; invisible to inspectors
    ("The company has refused to renew their residency permits, so they cannot leave the camp.",
     "abuse_of_vulnerability"),
    ("Employers often let residence permits lapse so that workers cannot change jobs.", "abuse_of_vulnerability"),
    ("Their iqamas had been allowed to expire.", "abuse_of_vulnerability"),
    ("Their debts leave them with no real option to refuse.", "abuse_of_vulnerability"),
    ("Migrant workers in the sector were largely invisible to labour inspectors.", "abuse_of_vulnerability"),
    ("The Hyangsan agency deducted 300 dollars from each wage.", "withholding_of_wages"),
    ("He told them they would disappear if they talked to the reporters.", "intimidation_and_threats"),
    ("The workers at Sunrise Fisheries did not have their papers.", "retention_of_identity_documents"),
    ("Workers had to pay party fees every month out of their wages.", "withholding_of_wages"),
    # excessive overtime: rest days counted (still fires beside the outing exceptions)
    ("They get one Sunday a month off.", "excessive_overtime"),
    ("Their rest is limited to one day a month.", "excessive_overtime"),
    ("The crews worked on Sundays and public holidays.", "excessive_overtime"),
    # excessive overtime: no sleep at all in a rush
    ("In the busy season I don't think they sleep at all.", "excessive_overtime"),
    ("During the salmon run the line workers went days without sleep.", "excessive_overtime"),
]


@pytest.mark.parametrize("text,indicator", POSITIVE)
def test_family_fires(text: str, indicator: str) -> None:
    assert indicator in found(text), (text, rules(text))


NEGATIVE = [
    # sent away for reasons that are no retaliation, or sport
    ("The delegation was sent home after talks with the ministry ended.", "intimidation_and_threats"),
    ("The crew was flown home after the project was finished.", "intimidation_and_threats"),
    ("The striker was sent back to his club after complaining of a knee injury.", "intimidation_and_threats"),
    # scolding in sport and weather words
    ("The coach shouted at the players in front of the crowd.", "intimidation_and_threats"),
    ("The storm hit the port before the others were ready.", "intimidation_and_threats"),
    # watching television, markets
    ("The workers watch television all the time.", "intimidation_and_threats"),
    ("Traders at the Dandong exchange watch the yuan rate constantly.", "intimidation_and_threats"),
    # lines and columns that are not people moving
    ("Orders arrive in a line of trucks every morning.", "restriction_of_movement"),
    ("The figures came in a column of the annual report.", "restriction_of_movement"),
    # speaking for someone as their advocate, or a minister answering questions
    ("The minister answered all the questions at the briefing.", "isolation"),
    ("A lawyer who speaks for them said the case would go to court.", "isolation"),
    ("Each applicant must name family members who will answer for them.", "isolation"),
    ("Workers may call their families whenever they like.", "isolation"),
    # a business paying its suppliers late
    ("The company paid its suppliers two months late last year.", "withholding_of_wages"),
    # a hostel built for many people, with no crowding stated
    ("A new hostel built for 200 workers opened in March.", "abusive_working_and_living_conditions"),
    ("The room is meant for prayer and quiet study.", "abusive_working_and_living_conditions"),
    # rest during the heat break
    ("Workers rest during the midday break, the company said.", "abusive_working_and_living_conditions"),
    ("The ministry said the midday ban will run from June to September.", "abusive_working_and_living_conditions"),
    # a watcher-free life, a rotation without a complaint, production targets, visitors from each province
    ("She is never without a smile.", "restriction_of_movement"),
    ("The plasterer was transferred to another camp the following day.", "intimidation_and_threats"),
    ("The factory's production quota was raised after new machines arrived.", "withholding_of_wages"),
    ("The fair drew 300 visitors a day from each province.", "withholding_of_wages"),
    ("Five delegates met in a meeting room at the ministry.", "abusive_working_and_living_conditions"),
    # an advocate acting on the workers' behalf; a gate opened by the mayor; a notice never received
    ("The union filed a complaint on their behalf.", "withholding_of_wages"),
    ("The new gate was officially opened by the mayor in May.", "restriction_of_movement"),
    ("Our company has never received any notice from the authorities about its foreign staff.", "withholding_of_wages"),
    # employers paying recruiters; wages or a state quota owed, which are no worker's debt
    ("The company paid a recruiter in Manila 40,000 pesos to find welders.", "debt_bondage"),
    ("The yard paid the agency maybe 1,200 euros a month for each of us.", "debt_bondage"),
    ("Dozens of scaffolders at Pearl Tower are said to be owed several months of pay.", "debt_bondage"),
    ("The rest went to the plan, the quota owed to Pyongyang.", "debt_bondage"),
    # outings allowed only on a Sunday are a restriction of movement, not a count of rest days
    ("The cooks may leave the compound only in supervised groups on one Sunday a month.", "excessive_overtime"),
    ("The seamstresses at Jinhai live inside the plant and are allowed out only on Sundays.", "excessive_overtime"),
    ("The men are taken out only on Sunday afternoons, to the market in Thies.", "excessive_overtime"),
    ("I don't want them to talk about it, the mayor said.", "isolation"),
    ("Children were told to stay away from the river.", "isolation"),
    # a source's name withheld is no wage withheld; a debt never paid is no wage unpaid
    ("One of the cooks, Dilnoza (she asked that her surname be withheld), said the group lives in a basement.",
     "withholding_of_wages"),
    ("Going home early means the debt is never paid.", "withholding_of_wages"),
    ("The museum refused permission to film inside the hall.", "restriction_of_movement"),
    ("He asked to return the car, but the dealer refused.", "restriction_of_movement"),
    ("Builders need permission to build on the plot.", "restriction_of_movement"),
    ("The ministry opened a new detention centre for migrants last year.", "intimidation_and_threats"),
    ("A spokesman said the men had been placed in a detention centre pending deportation.",
     "intimidation_and_threats"),
    ("Their names were on the list to go home in March.", "intimidation_and_threats"),
    ("My uncle paid a cadre so that my name would stay on the list.", "intimidation_and_threats"),
    ("Her name was on the list of guests at the embassy dinner.", "intimidation_and_threats"),
    ("The company was fined 400,000 rubles after the inspection.", "withholding_of_wages"),
    ("The shipyard subcontractor at Gdynia was fined 30,000 zloty.", "withholding_of_wages"),
    ("Employers who keep passports face fines of up to 1,000 rials.", "withholding_of_wages"),
    # kept by a debt is debt bondage, not restriction of movement
    ("Now we cannot go home until we pay back the loan.", "restriction_of_movement"),
    ("He says we owe him for the permits, so we cannot leave.", "restriction_of_movement"),
    ("The clinic treats malaria and tuberculosis patients from the district.", "abusive_working_and_living_conditions"),
    ("The tourists skied in knee-deep snow above the resort.", "abusive_working_and_living_conditions"),
    # "fine" is no fine; a hostel built for a tournament is no crowding
    ("Bulgogi was fine, and the service was fast.", "withholding_of_wages"),
    ("The food is fine, and the fines for speeding are high.", "withholding_of_wages"),
    ("About 300 workers were housed in a hostel built for the 2022 World Cup.",
     "abusive_working_and_living_conditions"),
    ("The minister told reporters the economy grew, but in reality it shrank.", "deception"),
    ("Later we learned the match had been moved to Sunday.", "deception"),
    ("The ministry said it could not recover the documents lost in the fire.", "retention_of_identity_documents"),
    ("The workers got back their passports on the last day, the company said.", "retention_of_identity_documents"),
    # a state's sanctions policy not to renew permits is no employer's abuse
    ("Malta will not renew the residence permits of 20 North Korean women employed at a workshop in Mosta.",
     "abuse_of_vulnerability"),
    ("The ministry renewed the permits of all 300 workers in March.", "abuse_of_vulnerability"),
    # deductions named as the gross pay's reference or as what someone complained about
    ("Their pay is about 2,000 yuan a month before deductions.", "withholding_of_wages"),
    ("Several women who complained about the deductions were sent home early.", "withholding_of_wages"),
    # the outlet's informant is a source, not an informer; workers who disappeared fled, no threat; a newspaper
    # or a contract ("the paper") is no identity paper; a rule for employers is no retention
    ("A woman who returned to Chongjin told the informant she had been slapped.", "intimidation_and_threats"),
    ("The sessions began after two workers disappeared from a site in Ussuriysk.", "intimidation_and_threats"),
    ("I never saw the paper.", "retention_of_identity_documents"),
    ("Nobody keeps them here, the director told the paper.", "retention_of_identity_documents"),
    ("It said employers are not permitted to hold workers' passports.", "retention_of_identity_documents"),
    # "promising" and "contracts" are not "promised" and "contracted": a pledge, a company's statement
    ("One mother was made to sign a paper promising to report any letter she receives.", "withholding_of_wages"),
    ("All employees sign contracts and receive their wages directly into their own bank accounts.",
     "withholding_of_wages"),
    # fees a firm collects from developers or clients are no deduction from the workers' pay
    ("The same firm had collected similar fees from at least two other developers.", "withholding_of_wages"),
    # sleeplessness from worry, not from work
    ("She could not sleep at all for worry about her son.", "excessive_overtime"),
    # a revenue or production quota is a target, not pay kept back
    ("Each programmer at Lotus Soft has a quota of $6,000 a month in revenue.", "withholding_of_wages"),
    ("The regional ministry said the farm had applied for a quota of foreign workers.", "withholding_of_wages"),
    ("Crews who missed their felling quotas were criticised at the Saturday meeting.", "withholding_of_wages"),
]


@pytest.mark.parametrize("text,indicator", NEGATIVE)
def test_family_does_not_fire(text: str, indicator: str) -> None:
    assert indicator not in found(text), (text, rules(text))


def test_named_quota_levies_still_count() -> None:
    """Dropping the bare word "quota" keeps the named levies and plan quotas that are the pay kept back."""
    assert "withholding_of_wages" in found("Each worker must pay 2,000 yuan into the loyalty fund every year.")
    assert "withholding_of_wages" in found("The brigade hands its plan quota of 9,000 dollars to the bureau.")


PRESENCE_DENIALS = [
    "The ministry said it employs no foreign nationals without valid work permits.",
    "The inspectorate found no foreign workers without permits at the Selenge garment plants.",
    "The migration office said it had no information about foreigners working without permits.",
    "Officials told us there are no DPRK nationals with valid work permits in the emirate.",
    "The mission wrote that no North Korean citizen holds a valid work permit in the country.",
]


@pytest.mark.parametrize("text", PRESENCE_DENIALS)
def test_presence_denial_is_no_evidence(text: str) -> None:
    """A statement that such workers do not exist denies the status cue after the negated people."""
    m = _match(text, 0)
    assert "abuse_of_vulnerability" not in {h.indicator for h in m.hits}, rules(text)
    assert "abuse_of_vulnerability" in {h.indicator for h in m.negated}


@pytest.mark.parametrize("text", [
    "None of the workers had a work permit.",
    "The 30 plasterers from Chongjin were working without permits on tourist visas.",
    "No worker had a contract, and most of them had no work permits, the inspectors said.",
])
def test_workers_without_papers_stay_evidence(text: str) -> None:
    assert "abuse_of_vulnerability" in found(text), rules(text)


REJECTED = [
    ("Allegations that workers at the Haibin plant were locked in their rooms do not correspond to reality.",
     "restriction_of_movement"),
    ("The embassy regards the claims that its citizens are beaten by supervisors as a provocation by hostile forces.",
     "physical_and_sexual_violence"),
    ("Claims that the cooks' passports were confiscated are completely groundless, the firm said.",
     "retention_of_identity_documents"),
    ("Reports that the brigade's wages were withheld for a year were false, Dalnyaya Stroy said.",
     "withholding_of_wages"),
]


@pytest.mark.parametrize("text,indicator", REJECTED)
def test_rejected_allegation_is_a_denial(text: str, indicator: str) -> None:
    m = _match(text, 0)
    assert indicator not in {h.indicator for h in m.hits}, rules(text)
    assert indicator in {h.indicator for h in m.negated}


@pytest.mark.parametrize("text,indicator", [
    ("Reports that the workers were beaten are credible, the monitor said.", "physical_and_sexual_violence"),
    ("The company called the allegations false, but three welders said they were locked in at night.",
     "restriction_of_movement"),
    ("The NGO's report that the women's passports were confiscated was confirmed by two former cooks.",
     "retention_of_identity_documents"),
])
def test_allegation_without_rejection_stays_evidence(text: str, indicator: str) -> None:
    """(The engine's hits: whether the whole sentence reads as a denial is the hedges stage's call.)"""
    assert indicator in {h.indicator for h in _match(text, 0).hits}, rules(text)
