"""Probes (s333, second pass): notes about sources that assert nothing. "Each of them asked that his real name be changed." is
about the reporting; an outlet that "was unable to check the sailors' accounts against records" notes what
it could not verify, and the sailors named in "the sailors' accounts" are no subject of a claim. Near misses stay
claims: a note that still names an abuse ("could not verify the deckhands' claims that they were beaten by the
bosun"), a request not to be named that gives its reason (the agent still holds her passport). Texts written for these
tests; the outlets are fictional."""

from __future__ import annotations

from labourlens.analyse.claims import _is_meta


def test_name_requests_and_unchecked_accounts_are_meta() -> None:
    assert _is_meta("Each of them asked that his real name be changed.")
    assert _is_meta("The Lagos Ledger was unable to check the sailors' accounts against port records.")


def test_near_miss_notes_that_still_name_an_abuse_stay_claims() -> None:
    assert not _is_meta("The Ledger could not verify the deckhands' claims that they were beaten by the bosun.")
    assert not _is_meta("She asked that her name be withheld because the agent still holds her passport.")
