"""Voices of reports told through documents: hearing labels with a role in brackets, a witness's "our" people in
a turn, bare footnote numbers before a quotation, a list of notes under a rule, a written answer's label ending in
a colon, papers a body says it has read, and an economy bulletin that only counts workers' money.

Every name, body, firm and sentence here is invented for these tests; places are real."""

from __future__ import annotations

from labourlens.analyse import sentences
from labourlens.analyse.pipeline import analyse
from probe_helpers import META, claim_rows
from probe_helpers import claim_row as _row

HEARING = """NATIONAL ASSEMBLY
Select Committee on Trade and Industry
Evidence session: migrant labour in the timber trade

THE CHAIR (Mr. Tomas Lindqvist): We start. Dr. Rossi, please.

DR. ROSSI (Riga Migrant Rights Centre): Our interviews in Riga showed that Nepali workers paid agents as much as 3,000 euros before they left.

MR. ŠIMKŮS (Senior Labour Inspector, Lithuania): In 2025 our inspectors visited 80 sawmills. In nine cases managers were holding the workers' passports. At one mill we recorded 15-hour shifts on six days a week.

MS. HOLM (Head of Procurement, Vaskio Timber Products): We buy boards from three mills in Latvia. Our auditors saw no sign of passports held back at the mills, and nobody was paid under the legal minimum. We reject any claim of forced labour at the mills we buy from.

THE CHAIR: Thank you all.
"""


def test_a_capitals_label_with_accents_and_a_state_role_is_an_official() -> None:
    rows = claim_rows(HEARING)
    assert _row(rows, "managers were holding")[3] == "official"
    assert _row(rows, "15-hour shifts")[3] == "official"


def test_a_label_with_a_firms_role_and_the_firm_answers_for_the_firm() -> None:
    rows = claim_rows(HEARING)
    denial = _row(rows, "We reject any claim")
    assert denial[3] == "organization"
    # the witness's own auditors, in her turn, are her
    assert _row(rows, "Our auditors saw no sign")[1] == denial[1]
    # a researcher with a body only in brackets stays a person
    assert _row(rows, "paid agents as much as")[3] == "named_person"


NOTES = """Harbour Workers' Advice Line - Field notes, October 2025

We interviewed 22 fishermen from Myanmar working on trawlers out of Mersin. Eleven of them said their skippers kept their passports.

A deckhand from Yangon, whom we call Min, told us that the agency deducted 200 dollars a month for a bunk on the boat.4 "I have sent nothing home since March," he said. Back in Yangon the recruiter promised him that meals would cost nothing, he said.

___________
3 Interviews held in Mersin between May and August 2025.
4 Interview M-07. Pay records on file.
5 Letter from the agency to the Advice Line, 2 September 2025.
"""


def test_a_bare_footnote_number_before_a_quotation_ends_the_sentence() -> None:
    rows = claim_rows(NOTES)
    deducted = _row(rows, "deducted 200 dollars")
    assert deducted[2] == "Min"
    assert "I have sent nothing home" not in deducted[0]
    assert _row(rows, "promised him that meals")[1] == deducted[1]


def test_a_list_of_notes_under_a_rule_holds_no_claims() -> None:
    texts = [r[0] for r in claim_rows(NOTES)]
    assert not any("Letter from the agency" in t or "Interviews held in" in t for t in texts)
    kinds = {s.text[:12]: s.kind for s in sentences.split(NOTES)}
    assert kinds["5 Letter fro"] == "chrome"


ANSWER = """Written questions and answers
Legislative Council

Seasonal workers: fish processing
Question for the Department of Fisheries

Asked by Ms Harriet Lyle (Northport): What assessment has the Department made of conditions in fish plants.

Answered on 3 June 2026 by Colin Marsh, Assistant Minister for Fisheries (Department of Fisheries):

The Department has been made aware of reports, including new findings of the Regional Labour Rights Office, that Vietnamese workers at two fish plants were locked in their dormitory at night. Its officials have seen NGO reports that workers at a cannery in Dundee paid agents up to 4,000 pounds in fees and that the agency kept their passports.

The Department has seen no evidence that any imported seafood was processed by forced labour.
"""


def test_a_written_answer_label_ending_in_a_colon_gives_the_answer_to_the_minister() -> None:
    rows = claim_rows(ANSWER)
    assert _row(rows, "The Department has seen no evidence")[2:] == ("Colin Marsh", "official")


def test_papers_a_body_says_it_has_read_speak_for_themselves() -> None:
    rows = claim_rows(ANSWER)
    assert _row(rows, "locked in their dormitory")[2:] == ("new findings of the Regional Labour Rights Office",
                                                            "document")
    assert _row(rows, "paid agents up to 4,000")[2:] == ("NGO reports", "document")


BULLETIN = """REGIONAL ECONOMIC OUTLOOK - Second quarter 2026
Section 3: Households and prices                                             page 11

14. Bread prices in Dushanbe rose by 9 per cent between March and June 2026, after poor harvests in the south.

15. Remittances from Tajik migrant workers abroad continued to prop up household spending across the region. Monthly inflows averaged $300 million.

16. The central bank observes that labour shortages on Almaty's building sites have pushed up the daily pay of unskilled labourers to roughly 12,000 tenge, partly offsetting higher prices.
"""


def test_an_economy_bulletin_that_only_counts_workers_money_is_quiet() -> None:
    a = analyse(BULLETIN, META)
    assert a.claims == []
