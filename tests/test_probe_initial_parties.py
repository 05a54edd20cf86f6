"""Probes of a case summary that names a party by initials: "K.L.'s case was that ..." is the party's account, and
"She said ..." right after it is hers too."""

from __future__ import annotations

from tests.probe_helpers import speakers_by_opening

from labourlens.analyse.party_cases import party_case_mention

SUMMARY = """LABOUR RULINGS DIGEST

Ankara 3rd Labour Court (decision of 2 May 2026)
Claimant: M.T. (Kyrgyz national, live-in carer)
Respondent: A.Y. (private employer)

The claimant's case
M.T.'s case was that a Bishkek agency promised her 800 dollars a month for the job.

She told the tribunal that she borrowed 900 dollars to cover the agency's fee.

She worked from seven in the morning until late at night, with no day off.
"""


def test_initials_case_names_the_party() -> None:
    m = party_case_mention("K.L.'s case was that the employer kept his passport.")
    assert m is not None and m.wording == "K.L."


def test_case_and_pronoun_follow_speak_as_the_party() -> None:
    got = speakers_by_opening(SUMMARY, 30)
    assert got["M.T.'s case was that a Bishkek"] == ("M.T.", "named_person")
    assert got['She told the tribunal that she'] == ("M.T.", "named_person")
