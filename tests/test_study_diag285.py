"""Study of a held-out set about construction workers on Gulf projects: reports with nothing to find must stay quiet.

Classes: a hiring fair or a community festival whose only cue is one visitor's aside is an event, not a report of
forced labour (``analyse/event_cues.py``); a relative who watched a match or a show on a call is no family under watch;
overtime paid at a premium rate ("overtime at 150 percent of the basic wage") is a rate, not a share of pay taken; a
fee cap stated with a longer noun phrase ("recruiters can take from applicants a processing charge of at most ...") is
a rule; an explainer that lists the field's terms one to a line ("- Deception: lies about the job") defines them
(``analyse/glossary_items.py``), and a country that "bans" or "requires" something states a rule. Controls show that
abuse told at an event, a family watched by a recruiter, a cut of wages, a fee charged and a list of findings stay.
Texts written for these tests; names and figures are invented."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.glossary_items import glossary_item
from labourlens.analyse.lawful_fees import without_lawful_fee_hits
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-10-12", "language": "en"}


def _kinds(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence, 0).hits}


def _quiet(text: str) -> bool:
    a = analyse(text, META)
    return not a.claims and not {h.indicator for c in a.claims for h in c.indicators}


FAIR = """Career fair in Biratnagar lines up jobs in Oman and Bahrain

Biratnagar, 9 October 2026 - About 3,000 job seekers visited the first Koshi employment fair on Saturday, where
22 licensed agencies offered around 1,900 jobs in Oman and Bahrain.

A stall for an Omani road builder listed openings for 300 drivers and welders, with housing and meals provided.
A Bahraini cleaning firm offered supervisors overtime at 150 percent of the basic wage.

Pabitra Limbu, 27, from Dharan, said a welding job in Muscat was waiting for him. "I will save for two years and
then come home," he said.

The fair ends on Sunday.
"""

FAIR_ABUSE = """Career fair in Biratnagar lines up jobs in Oman and Bahrain

Biratnagar, 9 October 2026 - About 3,000 job seekers visited the first Koshi employment fair on Saturday, where
22 licensed agencies offered around 1,900 jobs in Oman and Bahrain.

Returnees at a stall run by a rights group said their employer in Muscat had taken their passports on arrival.
They said they were locked in their camp at night and had gone five months without wages.
One said the agency had charged him NPR 450,000 and that he was still repaying the loan.

The fair ends on Sunday.
"""

FESTIVAL = """Music and sambusa: Horn of Africa day fills Sharjah park

SHARJAH, 3 March 2026 - Thousands of workers and families from Ethiopia, Somalia and Eritrea spent Friday at a park
in Sharjah for the yearly festival of their communities.

The day began with a parade of flags, and a band played into the evening. Food stalls sold sambusa and injera.

In the afternoon, drivers and cleaners played a football final. "Our crew works seven days a week in summer, so
today matters," said the winning captain, Dawit Bekele. "My brother watched the game on a phone stream in Addis."

Organisers said the festival would return next year.
"""


def test_hiring_fair_with_one_aside_is_quiet() -> None:
    assert _quiet(FAIR)


def test_abuse_told_at_a_fair_still_gives_claims() -> None:
    a = analyse(FAIR_ABUSE, META)
    found = {h.indicator for c in a.claims for h in c.indicators}
    assert {"retention_of_identity_documents", "restriction_of_movement"} <= found


def test_festival_with_one_aside_is_quiet() -> None:
    assert _quiet(FESTIVAL)


def test_kin_watching_a_match_is_no_surveillance() -> None:
    assert "intimidation_and_threats" not in _kinds("My brother watched the game on a phone stream in Addis.")
    assert "intimidation_and_threats" not in _kinds("His wife watched the match on television at home.")


def test_kin_watched_by_recruiters_stays_a_threat() -> None:
    assert "intimidation_and_threats" in _kinds("He said his wife was watched by the recruiter's men in the village.")


def test_overtime_at_a_premium_is_no_share_taken() -> None:
    assert "withholding_of_wages" not in _kinds("The firm offered cleaners overtime at 150 percent of the basic wage.")
    assert "withholding_of_wages" not in _kinds("Overtime is paid at 125 per cent of the basic hourly rate.")


def test_a_cut_of_wages_stays_withholding() -> None:
    assert "withholding_of_wages" in _kinds("The supervisor took 40 percent of their wages every month.")


def test_fee_cap_with_a_longer_noun_phrase_is_a_rule() -> None:
    sentence = "Recruiters can take from applicants a processing charge of at most OMR 50."
    hits = indicators.match(sentence, 0).hits
    kept = {h.indicator for h in without_lawful_fee_hits(sentence, hits)}
    assert "debt_bondage" not in kept


def test_fee_charged_stays_debt_bondage() -> None:
    sentence = "The agency charged workers a placement fee of OMR 900, which they repaid from their wages."
    hits = indicators.match(sentence, 0).hits
    kept = {h.indicator for h in without_lawful_fee_hits(sentence, hits)}
    assert "debt_bondage" in kept


EXPLAINER = """Workers' Corner - Explainer
Going abroad for work: the terms you will hear

This explainer belongs to a series for Ugandan workers going to Oman and Bahrain. It explains terms and describes
no employer.

Which signs should I know?
- Debt bondage: a loan taken for a job that grows faster than it can be repaid.
- Deception: lies about the job, the pay or the housing.
- Isolation: keeping a worker far from any town or phone.
- Confinement, such as locked gates or guarded dormitories.
- Withheld pay, including wages held back for months.
- Threats against the family.
- Excessive overtime.

What are the summer rules?
Oman bans outdoor work between 12:30 and 3:30 in the afternoon in July and August. Bahrain bans it from noon to 4 pm in July and
August and requires employers to give workers shade and water.

Where to get help
The embassy in Muscat has a labour desk.
"""

FINDINGS = """Survey of returnees from Oman

Kampala, 4 May 2026 - A rights group interviewed 60 Ugandan women who came back from Oman this year.

What did they find?
- Passports: 41 of the women said their employers took their passports on arrival.
- Pay: 23 said their wages were three months or more late.
- Confinement: 30 said they were locked inside the house when the family went out.

"I was not allowed to leave for a year," one woman told the researchers.
"""


def test_glossary_items_define_terms() -> None:
    assert glossary_item("- Deception: lies about the job, the pay or the housing.")
    assert glossary_item("- Confinement, such as locked gates or guarded dormitories.")
    assert glossary_item("- Excessive overtime.")
    assert not glossary_item("Deception: lies about the job, the pay or the housing.")  # no list marker
    assert not glossary_item("- The women said their employers took their passports on arrival and kept them.")


def test_explainer_with_a_glossary_list_is_quiet() -> None:
    assert _quiet(EXPLAINER)


def test_findings_in_a_list_still_give_claims() -> None:
    a = analyse(FINDINGS, META)
    found = {h.indicator for c in a.claims for h in c.indicators}
    assert "retention_of_identity_documents" in found
