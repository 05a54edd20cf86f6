"""Probes for the classes of failure studied on heldout283 (branch diag283), in our own wording: a legal aid glossary
laid out as entries (a term in sentence case, a colon, its definition) is a guide that tells of no events; a skills
or jobs fair at home (candidates registered and shortlisted, offer letters, apprenticeships at employers' stalls) is
an event, not a report of forced labour; an advance (under its South Asian kiln names too) taken from an owner or a
labour contractor with its sum between them, or brought to the work "with an advance"; a child's civil papers (a birth
certificate) kept by a boss; children's pay handed to someone else "rather than" them; a quantifier over any group
before its lack of a phone. Controls: a framed guide that goes on to tell what happened to workers, a page of
labelled testimony, and a report of a recruiter's fraud that names candidates, keep their claims; an advance asked "in
advance", one's own birth certificate kept at home or held up for a camera, carry no indicator."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, lexicon_indicators

GLOSSARY = """WORKERS' RIGHTS CLINIC | A short guide, sheet 4
Multan

Words used about farm and kiln work, in plain terms

This sheet explains words that families meet when they take work on a farm or at a kiln. Ask the clinic about your own case.

Advance: Money paid by an employer before work starts, to be set off against later wages over the season.

Debt bondage: Work a person must do to clear a loan, where the worker is not free to leave until the loan is paid.

Debt bondage is a crime that carries jail time and a fine.

Lock-in: Keeping a worker on the site at night by shutting the gates or posting a guard.

Dangerous work: Lifting heavy loads, handling pesticides or working in pits and shafts.

No child under 16 may do dangerous work.

Work papers: Holding a worker's identity card against a debt is not allowed for any employer.

Daily wage: The province sets a daily wage for farm hands every year.

Clinic hours: Weekdays from 10 am. The service is free.
"""

JOBS_FAIR = """Valley Courier - Local news

PATNA | Careers

Thousands queue for district skills fair

Patna, March 3: More than 2,000 young people registered on Saturday at a skills fair held by the district administration on the college grounds.

Thirty employers, from cement makers in Bihar to hotel groups in Hyderabad and logistics firms near Delhi, put up stands. The organisers said every applicant had to be 18 or older and that no firm could ask for a fee.

A cement maker offered 80 apprenticeships with a monthly stipend, and a hotel group hired housekeeping trainees with shared rooms provided.

"My cousin found work in Chennai at last year's fair and still sends money home," said Rekha Kumari, 20, from Nalanda.

The district employment officer, Arun Sinha, said 600 candidates made the shortlist that evening and would get offer letters on Monday.

A labour department desk explained contracts and the state's registration portal for migrant workers.
"""


def test_glossary_laid_out_as_entries_is_quiet() -> None:
    a = analyse(GLOSSARY, META)
    assert not a.claims
    assert not {h.indicator for c in a.claims for h in c.indicators}


def test_skills_fair_at_home_is_quiet() -> None:
    assert not analyse(JOBS_FAIR, META).claims


def test_guide_that_tells_of_events_keeps_claims() -> None:
    told = GLOSSARY + (
        "\nLast month three brothers told the clinic they were locked in at a kiln near Multan and beaten when they "
        "asked for their wages.\n\nThey said the owner kept their identity cards and forced them to work to repay "
        "an advance.\n\nTheir mother said the family had not been paid since October.\n")
    assert analyse(told, META).claims


def test_recruitment_fraud_naming_candidates_keeps_claims() -> None:
    fraud = ("Candidates shortlisted by a Patna agency for hotel jobs in Dubai were told on arrival to pay a fee of "
             "$1,500, and their passports were taken by the employer.\n\nThree of the workers said they were locked "
             "in the labour camp and not paid for four months, a rights group said.\n")
    assert analyse(fraud, META).claims


LABELLED_TESTIMONY = """What you need to know: what workers told our help desk this month

Three callers agreed to share their words.

Driver: My employer took my passport on the first day and I was not paid for three months.

Cleaner: They locked us in the house at night and the agent said I owed him a fee.

Welder: We slept twelve to a room and the foreman beat a man who asked for his wages.
"""


def test_labelled_testimony_is_no_glossary() -> None:
    assert analyse(LABELLED_TESTIMONY, META).claims


@pytest.mark.parametrize("sentence", [
    "Her father took an advance of Rs 35,000 from the owner of the kiln before the season began.",
    "Two years ago the family accepted a peshgi of Rs 120,000 from the owner.",
    "They came to the kiln in December with an advance, NPR 40,000, from a naike.",
    "The brothers came to the brickfield with an advance of 25,000 taka from a labour contractor.",
])
def test_advance_taken_from_its_giver_is_debt_bondage(sentence: str) -> None:
    assert "debt_bondage" in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The planter holds on to my birth certificate and I cannot go back to my village.",
    "The farm owner holds their birth certificates and will not give them back.",
])
def test_birth_certificate_kept_by_a_boss(sentence: str) -> None:
    assert "retention_of_identity_documents" in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The cousins came with their uncle from the village before the rains.",
    "She asked for the shift rota in advance from the manager.",
    "She keeps her own birth certificate at home in a tin box.",
    "He held his birth certificate up for the camera at the ceremony.",
])
def test_controls_carry_no_such_indicator(sentence: str) -> None:
    assert not {"debt_bondage", "retention_of_identity_documents"} & lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "Several farm owners paid the escorts rather than the girls.",
    "The workshop paid a broker instead of the boys every month.",
])
def test_childrens_pay_handed_to_someone_else(sentence: str) -> None:
    assert "withholding_of_wages" in lexicon_indicators(sentence)


def test_none_of_a_group_had_a_phone() -> None:
    assert "isolation" in lexicon_indicators("None of the cousins owned a mobile phone at the farm.")


@pytest.mark.parametrize("sentence", [
    "None of the families had a phone number for the agency.",
    "The school paid for new books rather than the trip.",
])
def test_phone_and_pay_controls(sentence: str) -> None:
    assert not {"isolation", "withholding_of_wages"} & lexicon_indicators(sentence)
