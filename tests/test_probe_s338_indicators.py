"""Probes (s338): paraphrases of the ILO indicators that South Asian reports of bonded labour (kilns, parboiling
units, quarries, bonded ploughmen) use and the lexicon lacked: workers who cannot read the account kept on them, a
thumb pressed to a paper, a guard or the contractor's man riding behind them, leave only if kin stay behind, nobody
out until the money is paid, let go only once a relative sends money, barred from working for another employer,
shelters checked at night, a visit never allowed in private, kin not knowing if the speaker was alive, a false police
case, papers taken from the day of arrival, a low daily rate and some weeks nothing, the munshi's reading of the
account, an advance grown to a sum, the advance under its local names, free to go once the account is settled, held
until the last rupee is repaid, cut hands. Near misses stay quiet: spectacles for reading a menu, a biometric thumb
scanner, a bank account's balance, a patient released after the hospital bill was paid, a detainee released once the
police were paid, a visa that ties pickers to one grower, a market stall's prices, kitchen hands (workers) who cut
vegetables. Sentences written for these tests; the people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators

CASES = [
    ("abuse_of_vulnerability",
     "Sita cannot read, so the figures in the contractor's book are whatever he writes."),
    ("abuse_of_vulnerability", "Bhola pressed his thumbprint on a stamp paper at the moneylender's house in 2019."),
    ("restriction_of_movement", "The thekedar's brother rides a bicycle behind us whenever we walk to the shop."),
    ("restriction_of_movement",
     "The quarrymen were told they could go only on condition that their wives remained behind."),
    ("debt_bondage", "Nobody can leave before the peshgi is settled, the munshi says."),
    ("restriction_of_movement", "Lakshmi was let go only after her uncle transferred ₹9,000 to the agent."),
    ("restriction_of_movement", "The moulders were not allowed to work for any other kiln in the block."),
    ("restriction_of_movement", "The contractor's men inspect the jhuggis at night."),
    ("isolation", "The visiting cousin was never allowed to speak to Meena in private."),
    ("isolation", "For a whole year my father had no idea whether I was alive."),
    ("intimidation_and_threats", "A false FIR was lodged against the two brothers who had complained."),
    ("retention_of_identity_documents", "Their ration cards were collected on the first day at the mill."),
    ("withholding_of_wages", "The stone breakers got ₹150 a shift and in many weeks nothing at all."),
    ("debt_bondage", "Once a month the munshi reads out each family's account in front of the office."),
    ("debt_bondage", "By spring their account had gone to nearly 3 lakh rupees."),
    ("debt_bondage", "Most of the households at the Rohtas kilns had taken dadan from a sardar in the autumn."),
    ("debt_bondage", "The owner says they can leave as soon as they clear their dues."),
    ("debt_bondage", "They must stay at the mill until every paisa is recovered."),
    ("debt_bondage", "Lakshmi was let go only after her uncle transferred ₹9,000 to the agent."),
    ("abusive_working_and_living_conditions", "By March her hands were all cut from the raw clay."),
]

NEAR_MISSES = [
    ("abuse_of_vulnerability", "Without his spectacles Arif cannot read the menu in the canteen."),
    ("abuse_of_vulnerability", "Staff mark attendance with a thumbprint on a biometric scanner at the gate."),
    ("debt_bondage", "The balance in her savings account had gone to 40,000 rupees by March."),
    ("restriction_of_movement", "The patient was released only after her son paid the hospital bill."),
    ("restriction_of_movement", "The trader was released only once his brother paid the police at the station."),
    ("restriction_of_movement", "On a seasonal visa the pickers cannot work for any other grower."),
    ("debt_bondage", "Vegetable prices at the market had risen to 80 rupees a kilo."),
    ("abusive_working_and_living_conditions", "The kitchen hands cut vegetables for the canteen all morning."),
]


@pytest.mark.parametrize(("indicator", "sentence"), CASES)
def test_paraphrase_maps_onto_its_indicator(indicator: str, sentence: str) -> None:
    assert indicator in {h.indicator for h in indicators.match(sentence).hits}


@pytest.mark.parametrize(("indicator", "sentence"), NEAR_MISSES)
def test_near_miss_stays_quiet(indicator: str, sentence: str) -> None:
    assert indicator not in {h.indicator for h in indicators.match(sentence).hits}
