"""Probes (session 34, heldout356's study): two kinds of page that tell of nothing done to anyone stay quiet.

A checklist for households that hire for the first time (or for new workers), its numbered lines each an instruction to the reader, is a
how-to guide as a page of steps is: its advice on passports, rest and advances is no account. A money service's note
of the week's exchange rates converts typical wages into the currencies of home line after line: it names wages and
fees but tells of nothing done to anyone. Near misses: a news story that mentions a checklist and tells what an
employer did, and a story about remittances in which a worker says her pay was kept back, keep their claims. Texts
written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

_CHECKLIST = """MAIDMATTERS UAE | Household
The new-employer checklist: your first ten days with a live-in nanny
Updated 9 January 2026

Taking on a nanny for the first time in Dubai? Use this list to start well.

Before the flight
1. Arrange the health check and the Emirates ID appointment before she lands.
2. Get her room ready, with a bed, a lamp, a fan and a door that locks from the inside.

Her first days
3. Agree the monthly pay, the day it is paid and the account it goes to.
4. Keep no documents of hers: her passport stays with her.
5. Set a weekly day off and the hours of a normal working day, with a rest after lunch.
6. Give her a phone plan so that she can call her children in Kerala at night.
7. Write down any loan or advance and how it will be paid back, and sign it together.
"""

_RATE_NOTE = """SENDHOME RATES
Weekly rate note | Thursday 5 February 2026

How far a migrant domestic worker's monthly pay goes at home this week; your bank's rate will differ.

- UAE dirham: a monthly wage of AED 1,200 sent to Dhaka came to about 39,600 taka, and a wage of 900 dirhams sent
to Kochi was worth about 20,500 Indian rupees.
- Qatari riyal: a QAR 1,000 wage sent to Kathmandu was worth about 36,800 Nepali rupees, up on the week.
- Omani rial: each rial bought about 216 Indian rupees. Workers in Muscat paid on average a fee of 2 rials per transfer.
- The Bangladeshi taka traded near 122 to the dollar.
- Bahraini dinar: a BHD 150 wage converted to about 33,200 Nepali rupees.

SendHome compares transfer services. We do not keep any of your money.
"""

_CHECKLIST_STORY = """Nanny says employer ignored the checklist

Dubai - A page of advice for new employers sets out a checklist for a nanny's first days. Rosa Dimalanta, 31, said her
employer followed none of it: he took her passport on the first night, shut her phone away in a drawer and paid her nothing
for five months, she told the Gulf Ledger.
"""

_REMITTANCE_STORY = """Remittance rates rise, but not for her

Dhaka - The taka traded near 122 to the dollar this week, and a monthly wage of 1,200 dirhams came to about 39,600 taka.
Nasreen Akter, 28, said her employer in Sharjah had not paid her for six months and kept her passport in his office. "He
says my money is safe with him," she said.
"""


@pytest.mark.parametrize("text", [_CHECKLIST, _RATE_NOTE], ids=["checklist", "rate_note"])
def test_checklists_and_rate_notes_are_quiet(text: str) -> None:
    assert analyse(text, {}).claims == []


@pytest.mark.parametrize(("text", "word"), [(_CHECKLIST_STORY, "passport"), (_REMITTANCE_STORY, "passport")],
                         ids=["checklist_story", "remittance_story"])
def test_stories_about_checklists_or_rates_keep_their_claims(text: str, word: str) -> None:
    claims = analyse(text, {}).claims
    assert any(word in c.text and c.indicators for c in claims)
