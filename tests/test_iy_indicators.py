"""Round 9 (IY) indicator rules, written for transfer to unseen pages: broad wording families (any word order,
several subjects and verbs) in our own sentences with fictional people and firms, and negative cases that must
not fire (ordinary labour news, refunds, flights, prison terms, phone calls, denials of any suggestion)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from labourlens.analyse.claims import _match
from labourlens.analyse.hedges import denial_cue, is_hypothetical
from labourlens.analyse.indicator_asides import aside_spans, drop_asides
from labourlens.model import IndicatorHit

sys.path.insert(0, str(Path(__file__).parent))
from battery_iy_cases import CASES  # noqa: E402
from battery_iy_cases2 import CASES2  # noqa: E402
from battery_iy_cases3 import CASES3  # noqa: E402


def found(text: str) -> set[str]:
    """Indicators a claim made of ``text`` would carry (denials and hypotheticals carry none)."""
    if denial_cue(text) is not None or is_hypothetical(text):
        return set()
    return {h.indicator for h in _match(text, 0).hits}


POSITIVE = [
    # illegal status still counts when affirmed, and a practice stays an event beside a note on the law
    ("Illegal workers from Fujian were found sleeping in the basement.", "abuse_of_vulnerability"),
    ("The 40 plasterers were working illegally on tourist visas.", "abuse_of_vulnerability"),
    ("The passports were kept by the employer in a locked drawer.", "retention_of_identity_documents"),
    ("The agency confiscated their passports, a violation of the law that will be met with fines.",
     "retention_of_identity_documents"),
    # a penalty told as what befalls whoever does something, in several orders and subjects
    ("Anyone who skips the evening meeting twice is on the next bus to the border.", "intimidation_and_threats"),
    ("If you complain about the food, they call your family in Sinuiju.", "intimidation_and_threats"),
    ("Those who refused the night shift were fined a week's pay.", "intimidation_and_threats"),
    ("If we go to the labour office, we will never see the money.", "intimidation_and_threats"),
    ("Whoever falls behind on the quota does not eat that evening.", "intimidation_and_threats"),
    ("When one of us asked about the contract, the leader said he would be sent back.",
     "intimidation_and_threats"),
    # threatening to have a worker arrested or deported
    ("The foreman at Baltic Frame said he could have them deported within a day.", "intimidation_and_threats"),
    ("Her employer threatened to have her arrested as an illegal.", "intimidation_and_threats"),
    ("The agent warned he would report us to immigration.", "intimidation_and_threats"),
    # nothing paid since a date, either order
    ("We got 800 riyals in May and nothing since June.", "withholding_of_wages"),
    ("Since the new year the tilers have received nothing.", "withholding_of_wages"),
    ("Not a single kopeck since autumn, the welder said.", "withholding_of_wages"),
    ("Since March we have seen no money at all.", "withholding_of_wages"),
    # a fraction kept, without a wage word
    ("The cooks keep maybe a third; the rest goes to the bureau.", "withholding_of_wages"),
    ("In the end they take home barely a fifth.", "withholding_of_wages"),
    ("The drivers end up with less than half.", "withholding_of_wages"),
    ("The cooks are believed to keep no more than a fifth.", "withholding_of_wages"),
    # no food for whoever falls short; non-violent punishment for asking; permits cancelled
    ("Brigades that do not meet the norm go hungry that night.", "intimidation_and_threats"),
    ("If a team fails to finish the plot, there is no supper.", "intimidation_and_threats"),
    ("She was locked in the storeroom for a day after complaining about the heat.", "intimidation_and_threats"),
    ("Two welders were fined a month's pay for refusing the Sunday shift.", "intimidation_and_threats"),
    ("Any cook who protests risks having his work permit revoked.", "intimidation_and_threats"),
    # recruited on promises; a short contract that ran long
    ("The girls were lured to Astana with promises of waitressing jobs.", "deception"),
    ("Most had been hired on the promise of a monthly wage of 700 dollars.", "deception"),
    ("She went to Jeddah on what was meant to be a two-year contract and stayed six.", "deception"),
    # the rest of the pay in vouchers or on paper, deductions for upkeep, money that never reaches the workers
    ("They were paid a little cash and the remainder in coupons for the company shop.", "withholding_of_wages"),
    ("The balance existed only in a notebook kept by the brigade leader.", "withholding_of_wages"),
    ("Another 3,000 roubles was taken for the dormitory every month.", "withholding_of_wages"),
    ("Little of the money found its way to the loggers.", "withholding_of_wages"),
    # losing a day off, a bonus or food as the penalty for conduct; told not to make friends
    ("Pickers who stop before the quota is met lose their day off.", "intimidation_and_threats"),
    ("Whoever talks back to the foreman loses his bonus for the month.", "intimidation_and_threats"),
    ("The loggers were told not to make friends with the Buryat drivers.", "isolation"),
    ("The waitresses must not become friends with Russian guests.", "isolation"),
    # the employer owes the workers their pay
    ("The firm owes the plasterers their pay for the whole winter.", "withholding_of_wages"),
    ("Bright Harbour still owes its cleaners two months' wages.", "withholding_of_wages"),
    # the working day running past a number of hours
    ("Shifts at Northpoint Seafood often ran past 15 hours.", "excessive_overtime"),
    ("The working day stretched beyond 14 hours in the harvest.", "excessive_overtime"),
    ("Their workdays regularly exceeded 13 hours.", "excessive_overtime"),
    ("The night shift went on longer than 12 hours.", "excessive_overtime"),
    # years without leave
    ("She worked three years without a single day off.", "excessive_overtime"),
    ("No holiday in two years, the seamstress said.", "excessive_overtime"),
    # phones held, the holder first
    ("The team leader keeps all their phones in his room.", "isolation"),
    ("Their supervisor collected the mobiles on the first evening.", "isolation"),
    ("The guards confiscated the SIM cards of the new arrivals.", "isolation"),
]

NEGATIVE = [
    ("Anyone who wants to go home can go home when the contract ends.", "intimidation_and_threats"),
    ("Those who asked for help at the embassy were given new passports.", "intimidation_and_threats"),
    ("If you complain about a faulty phone, the shop will give you a refund.", "intimidation_and_threats"),
    ("Since March we have had nothing to eat but rice.", "withholding_of_wages"),
    ("There has been no news since August.", "withholding_of_wages"),
    ("They get half the day off on Sundays.", "withholding_of_wages"),
    ("The party won about a third of the seats.", "withholding_of_wages"),
    ("In the past 24 hours, police arrested twelve people.", "excessive_overtime"),
    ("The meeting ran past 13 hours without a deal.", "excessive_overtime"),
    ("The court sentenced him to two years in prison with no leave to appeal.", "excessive_overtime"),
    ("He took a phone call from the manager.", "isolation"),
    ("We reached a driver who collects crates from the plant by phone.", "isolation"),
    ("The workers keep their own phones and call home every night.", "isolation"),
    ("The manager keeps the phone numbers of all the cooks.", "isolation"),
    ("The shop holds a sale on mobile phones every spring.", "isolation"),
    ("He took photos of the dormitory with his phone.", "isolation"),
    ("We categorically reject any suggestion of forced labour at our plants.", "abusive_working_and_living_conditions"),
    ("The firm dismissed reports of forced labour as a smear.", "abusive_working_and_living_conditions"),
    ("The men who spoke to us said they were sent home after the contract ended.", "intimidation_and_threats"),
    ("Those who complete the three-year contract go back home with savings.", "intimidation_and_threats"),
    ("The concert was cancelled after fans complained.", "intimidation_and_threats"),
    ("The police took him to hospital for treatment.", "withholding_of_wages"),
    ("The course was supposed to be a two-year programme.", "deception"),
    ("The rest of the delegation arrived on paper-thin promises of investment.", "withholding_of_wages"),
    ("Workers at the Hanseong plant received a ten percent raise in March.", "withholding_of_wages"),
    ("Staff keep about a third more since the pay rise.", "withholding_of_wages"),
    ("Passports must be kept by the worker, according to the new decree.", "retention_of_identity_documents"),
    ("Under the agreement, identity papers stay with the workers themselves.", "retention_of_identity_documents"),
    # denied illegality names the status only to deny it
    ("Inspectors found no illegal employment of foreign workers at Polar Star.", "abuse_of_vulnerability"),
    ("No illegal workers were found on the three sites.", "abuse_of_vulnerability"),
    ("The audit found no cases of illegal labour in the county.", "abuse_of_vulnerability"),
    # norms told with the practice as a noun, and penalties promised for breaches: rules, not events
    ("The confiscation of passports is prohibited by Qatari law.", "retention_of_identity_documents"),
    ("Withholding of wages is punishable under the labour code.", "withholding_of_wages"),
    ("Any violation of the wage protection system will be met with fines.", "withholding_of_wages"),
    ("The ministry said any breach of the rules on passports would result in penalties.",
     "retention_of_identity_documents"),
    # a beating told as what befalls whoever does something is the violence itself (the writers' convention)
    ("Whoever was late for roll call was beaten with a belt.", "intimidation_and_threats"),
    ("Pickers who missed their quota were beaten by the foreman.", "intimidation_and_threats"),
]


@pytest.mark.parametrize(("text", "indicator"), POSITIVE)
def test_family_fires(text: str, indicator: str) -> None:
    assert indicator in found(text)


@pytest.mark.parametrize(("text", "indicator"), NEGATIVE)
def test_family_stays_quiet(text: str, indicator: str) -> None:
    assert indicator not in found(text)


ASIDES = [
    ("The crews work until midnight, a driver said, speaking on condition of anonymity because his firm forbids "
     "contact with reporters.", "isolation", "excessive_overtime"),
    ("The cooks are locked in at night, said a guard, who asked not to be named for fear of reprisals.",
     "intimidation_and_threats", "restriction_of_movement"),
    ("Their passports were taken, an official said; he was not authorised to speak to the press and feared "
     "being fired.", "intimidation_and_threats", "retention_of_identity_documents"),
    ("Wages are months late, said a foreman who declined to give his name because managers punish anyone who "
     "talks.", "intimidation_and_threats", "withholding_of_wages"),
]


@pytest.mark.parametrize(("text", "dropped", "kept"), ASIDES)
def test_aside_hits_dropped(text: str, dropped: str, kept: str) -> None:
    got = found(text)
    assert dropped not in got
    assert kept in got


def test_aside_claim_itself_counts() -> None:
    # the abuse told BEFORE the aside (the claim) still counts; only the hit starting inside it goes
    text = "The workers were forbidden to speak to journalists, a guard said on condition of anonymity."
    assert "isolation" in found(text)
    low = "an official, speaking on condition of anonymity because he was threatened, said so."
    (s, e), = aside_spans(low)
    inside = IndicatorHit("intimidation_and_threats", "x", low.index("threatened"), low.index("threatened") + 10,
                          "threatened")
    outside = IndicatorHit("excessive_overtime", "x", 0, 3, "an ")
    assert drop_asides([inside, outside], low) == [outside]
    assert s < low.index("threatened") < e


DENIED_SUBJECT = [
    "The labour office said no enterprise in the county confiscated workers' passports.",
    "No company in the province withholds wages, the bureau insisted.",
    "Inspectors found that no employer at the port had kept any worker's passport.",
]


@pytest.mark.parametrize("text", DENIED_SUBJECT)
def test_negated_employer_subject_is_a_denial(text: str) -> None:
    m = _match(text, 0)
    assert not m.hits
    assert m.negated


@pytest.mark.parametrize("text", [
    "No worker was paid in March.",
    "No one was allowed to leave the compound.",
    "No company in the province confiscates passports, but the agents at Harbour Link keep the workers' passports.",
    "The manager kept their passports and no company would hire them.",
])
def test_other_negated_subjects_keep_hits(text: str) -> None:
    assert _match(text, 0).hits


@pytest.mark.parametrize(("text", "debt"), [
    ("The contractor owed about 90,000 dinars in back pay.", False),
    ("The subcontractor owes the crew 40,000 dollars in unpaid wages.", False),
    ("Each worker owed the broker 3,000 dollars for the flight.", True),
    ("The workers owe the agency money, which is deducted from their pay.", True),
    ("The men still owe the recruiter 2,000 dollars and see none of their wages.", True),
])
def test_owed_wages_are_no_debt(text: str, debt: bool) -> None:
    assert ("debt_bondage" in found(text)) is debt


def test_no_aside_no_change() -> None:
    assert aside_spans("the men were beaten and threatened.") == []


def _f1(cases: list[tuple[str, set[str]]]) -> float:
    tp = fp = fn = 0
    for text, gold in cases:
        got = found(text)
        tp, fp, fn = tp + len(got & gold), fp + len(got - gold), fn + len(gold - got)
    return 2 * tp / (2 * tp + fp + fn)


@pytest.mark.parametrize(("cases", "floor"), [(CASES, 0.90), (CASES2, 0.82), (CASES3, 0.80)])
def test_battery_transfer_estimate(cases: list[tuple[str, set[str]]], floor: float) -> None:
    # IY's batteries of own paraphrases (all eleven indicators plus negatives), scored before and after the round:
    # first 0.882 -> 0.903 (written first, then partly studied), second 0.739 -> 0.826 (studied after a blind
    # score of 0.739 -> 0.739), third 0.810 -> 0.810 (blind: written at the end, never studied)
    assert len(cases) >= 25
    assert _f1(cases) >= floor
