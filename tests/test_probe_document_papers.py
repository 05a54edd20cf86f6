"""Papers as speakers in reports built on leaked files: one dated contract among several, a clause that
"requires", a fronted "For the ... workers," before the paper, and the
outlet's own analysis of a file named by the outlet's name or initials.

Every name, body, firm and sentence here is invented for these tests; places are real."""

from __future__ import annotations

from probe_helpers import claim_row as _row
from probe_helpers import claim_rows

CONTRACTS = """KESTREL LABOUR INSTITUTE
Briefing No. 4 | March 2026

Two employment contracts seen by the Institute show that a recruiter in Hanoi takes the pay of Vietnamese migrant workers and holds their passports.

The 2023 contract for 40 welders in Gdynia sets a monthly charge of 600 euros a head, "due to the Agent by the tenth of the month". Clause 5 requires the workers to stay "in the hostel chosen by the Agent" at all times. Clause 8 states that identity papers "shall be kept by the Agent until the contract ends".
"""


def test_a_dated_contract_among_several_is_a_paper_of_its_own() -> None:
    rows = claim_rows(CONTRACTS)
    dated = _row(rows, "sets a monthly charge")
    assert dated[2] is not None and dated[2].startswith("The 2023 contract")
    assert dated[1] != _row(rows, "Two employment contracts")[1]
    assert _row(rows, "shall be kept by the Agent")[1] == dated[1]


def test_a_clause_that_requires_speaks_for_its_paper() -> None:
    rows = claim_rows(CONTRACTS)
    assert _row(rows, "Clause 5 requires")[1] == _row(rows, "sets a monthly charge")[1]


LEDGER = """RIGA - A ledger kept by a Latvian timber contractor, seen by the Harbour Times, lists what was taken each month from the pay of 90 workers from Nepal.

The ledger, covering March 2024 to May 2025, lists a column headed "agent share" for 40 Nepali workers.

For the Indian workers, the ledger shows 300 euros a month kept back as "ticket money", some of them for 18 months.

Nine Indian workers got no pay at all for five months, a Harbour Times analysis of the ledger shows.
"""


def test_a_fronted_for_phrase_keeps_the_ledger() -> None:
    rows = claim_rows(LEDGER, {"published": "2025-06-01", "language": "en", "outlet": "Harbour Times"})
    ledger = _row(rows, "lists what was taken")
    assert ledger[3] == "document"
    assert _row(rows, "lists a column headed")[1] == ledger[1]
    assert _row(rows, "ticket money")[1] == ledger[1]


def test_the_outlets_own_analysis_is_its_own_voice() -> None:
    rows = claim_rows(LEDGER, {"published": "2025-06-01", "language": "en", "outlet": "Harbour Times"})
    assert _row(rows, "no pay at all")[3] == "outlet"
