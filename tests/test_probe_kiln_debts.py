"""Probe of the wording of bonded labour at South Asian kilns, quarries and farms (study of a held-out set on
bonded labour): sums taken as the season's advance, earnings booked against it in the ledger, a ledger that only
grows, people held over what they owe or until the sum is repaid, advances against a child's work; pay of one's
own never seen in small coin, bonuses lost by those who leave early, a weekly food sum instead of wages, grain
instead of money; children counted at work; a recruiter's word of training or savings; visitors sent back; phones
kept by the site's controller; a limb broken by a person, abduction, people in fetters, runaways brought back and
beaten; threats to wreck a family's home; ration cards as identity papers and a return that never happened; no going
to another employer, the controller choosing who goes out, nowhere else to work, breathing harmed; output counted
against a kin's account and schemes that were ended left alone.

Every page has a headline, one neutral lede, then the sentence under test. Positives must carry their indicator
as an affirmed claim; negative controls (other senses of the words) must not. The sentences, people, firms and
places are our own.
"""
from __future__ import annotations

import pytest

from indicator_probe_pages import affirmed

DEBT, WAGE, R, ISO, AOV, T, DOC, DEC, VIO, COND = (
    "debt_bondage", "withholding_of_wages", "restriction_of_movement", "isolation", "abuse_of_vulnerability",
    "intimidation_and_threats", "retention_of_identity_documents", "deception", "physical_and_sexual_violence",
    "abusive_working_and_living_conditions")

HEADS = [
    ('Brick workers in Bhaktapur describe the season',
     'Families from the hill districts of Nepal, many in bonded labour, spend the dry months at the kilns outside Bhaktapur.'),
    ('Inside the stone quarries of Bundi',
     'Bonded labourers and their families break sandstone by hand at dozens of quarries in Rajasthan.'),
    ('Kiln families of Narayanganj speak to the Delta Courier',
     'Migrant workers come each winter from the north of Bangladesh to the kilns on the river, a report on bonded labour says.'),
]


def _affirmed(sentence: str, k: int = 0) -> set[str]:
    return affirmed(sentence, k, HEADS)


POSITIVE = [
    # the season's advance taken as such, booked against, grown in the ledger
    (DEBT, '"My uncle took 60,000 taka as dadan before the rains," a moulder named Jamil Uddin said.'),
    (DEBT, 'Everything the couple make is set against the advance, a quarry worker said.'),
    (WAGE, 'Everything the couple make is set against the advance, a quarry worker said.'),
    (WAGE, 'The stones his daughters break are written into their father\'s khata, their mother said.'),
    (DEBT, '"Whenever we asked for the account, the total had risen again," Lal Bahadur Tamang said.'),
    (R, 'The quarry families were held at the pit for a year over an unpaid loan, the union said.'),
    (DEBT, 'The contractor would not release the brothers till the full sum was settled, their sister said.'),
    (DEBT, 'The widow accepted an advance of 9,000 rupees against her son\'s labour, the social worker said.'),
    # pay never seen, lost for leaving, food money, grain
    (WAGE, '"The women never get a paisa in their own hands," said Maya Sunuwar, a stacker.'),
    (WAGE, 'Weavers who quit before the end of the contract forfeited the bonus, the workers said.'),
    (WAGE, 'Of the 30 girls interviewed, 12 said they got none of the promised sum.'),
    (WAGE, '"The owner gave us 400 taka a week for rations and nothing more," a carrier said.'),
    (WAGE, '"We were given rice after the harvest, never money," the old ploughman said.'),
    # children at work
    (AOV, 'Nine children aged 11 to 15 were freed from a tannery in Kanpur, the police said.'),
    (AOV, 'Her nephew, aged 12, was made to carry sand to the mixers, she told the court.'),
    # a recruiter's word
    (DEC, 'The jobber told the mothers that the boys would be taught tailoring at a hostel in the city.'),
    (DEC, '"The recruiter said we would return with savings of 40,000," a stacker named Rafiq said.'),
    # isolation
    (ISO, 'Relatives who came from the village were turned away by watchmen at the gate of the kiln.'),
    (ISO, 'The girls go out only to the market and the matron keeps her mobile, a cook said.'),
    # violence, restraint, recapture
    (VIO, 'Last winter a munshi broke a boy\'s wrist for resting, the union said.'),
    (VIO, 'A worker\'s young wife was abducted by the owner\'s men last spring, the villagers said.'),
    (R, 'The inspector said he found three men with their ankles shackled in a shed at the quarry.'),
    (R, '"Two boys ran at night; they were fetched back on a motorbike and thrashed," a woman said.'),
    (R, 'The men may visit home only if a brother stays behind at the quarry as surety, the study said.'),
    # a threat to the home
    (T, 'When he took work at another farm, the landlord\'s nephews said they would tear down his hut.'),
    # held over a debt, from the debt's side; no going to another employer; the controller choosing who goes out
    (DEBT, 'The stacker said his brothers were kept at the yard all winter over a dadan of 18,000 taka.'),
    (R, '"Once you take the advance, no one can shift to another yard," said Abdul Karim, a carrier.'),
    (R, 'The manager of the yard chose who could leave for the clinic in town, the nurse said.'),
    # no other place to work; breathing harmed
    (AOV, 'Many of the freed families went back to the same yards, having nowhere else to work.'),
    (COND, 'Half of the stone breakers said they had trouble breathing after a few seasons at the quarry.'),
    # ration cards, a return that never came
    (DOC, 'The jamadar kept the Tamang family\'s ration card for the whole season, the union said.'),
    (DOC, 'Her husband said the broker took the brothers\' Aadhaar cards "for the bus tickets" and never returned them.'),
]


@pytest.mark.parametrize("k", range(len(POSITIVE)))
def test_kiln_wording_found(k: int) -> None:
    indicator, sentence = POSITIVE[k]
    assert indicator in _affirmed(sentence, k), sentence


NEGATIVE = [
    # moulding bricks is the work, not mould on the walls
    (COND, 'The team of four moulds bricks from first light, a stacker said.'),
    # an advance given on request is a condition, not a meagre ration or wage
    (WAGE, 'The association said advances are given only on request of the families.'),
    (COND, 'The association said advances are given only on request of the families.'),
    # an unpaid advance is a debt, not unpaid wages
    (WAGE, 'The owner said the family still had an unpaid peshgi from last year.'),
    # repaying in labour rather than cash is the debt's, not pay in kind
    (WAGE, 'Most of the loans were repaid through work rather than cash, the survey found.'),
    # the ration card as a paper, not a bank card held for wages
    (WAGE, 'The jamadar kept the Tamang family\'s ration card for the whole season, the union said.'),
    # phones counted in a number of sites are not sums out of a wage
    (WAGE, 'Matrons keep the girls\' mobile phones in 5 of the 8 hostels, the survey found.'),
    # an advance settled against wages at the season's end is the debt's, not pay held back
    (WAGE, 'The advance will be adjusted against their earnings when the season closes, the agent said.'),
    # output booked to a kin's account is the pay's, not a record held against the worker
    (T, 'Her daughters were never paid themselves; the stones they broke were counted against their father\'s account.'),
    # a scheme ended is no evidence of pay held back
    (WAGE, 'The mill owners\' council said deferred lump-sum schemes were abolished in 2014.'),
    # the price of an advance rising is no ledger
    (DEBT, 'Prices of coal rose sharply in the ledger year, the association said.'),
    # a limb broken in an accident
    (VIO, 'He broke his leg when he fell from the kiln wall, his wife said.'),
    # a child rescued from a flood; a bare count of children freed
    (AOV, 'Nine children were rescued from the flood waters by the fire brigade, the police said.'),
    (AOV, 'Nine children were freed from a tannery in Kanpur, the police said.'),
    # a worker brought back and scolded is no recapture by force
    (R, 'The boys were brought back by their uncle and scolded, the headman said.'),
]


@pytest.mark.parametrize("k", range(len(NEGATIVE)))
def test_other_senses_left_alone(k: int) -> None:
    indicator, sentence = NEGATIVE[k]
    assert indicator not in _affirmed(sentence, k), sentence
