"""Probes (session 41, from heldout405's speaker misses): a first-person account under a standfirst that says the
teller spoke "on condition that only his initials, K.B., be used" (or "agreed to be identified only by his initials",
"is named here only by her initials") is the teller's, named by those initials, as an account under "asked us to print
only his initials" already was. Near misses: a news story that names its source by initials in the third person keeps
its quotes, and the editor's closing note stays out of the account. Texts written for these tests; every name is
fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, speaker

_ACCOUNT = """"The beds were boards on bricks"

A cook from a mining town tells of a winter in a road camp. {note}

I went north in November with six men from my street. The contractor promised us a heated cabin and pay every Friday.

The cabin had no stove. We cooked outside in the snow and slept in our coats.

The foreman kept our passports in his car until the road was finished.

Editor's note: We asked the contractor, Polar Roadworks, about the camp. Its lawyer said that the company "has never held the passport of any worker".
"""

_NOTES = [
    ("He spoke to the Northern Ledger on condition that only his initials, K.B., be used.", "K.B."),
    ("He talked to us on the condition that only his initials, T.M., were printed.", "T.M."),
    ("She agreed to be identified only by her initials, L.D.", "L.D."),
    ("He is named here only by his initials, P.S.", "P.S."),
]


@pytest.mark.parametrize(("note", "initials"), _NOTES)
def test_an_account_under_a_conditional_initials_note_is_the_tellers(note: str, initials: str) -> None:
    text = _ACCOUNT.format(note=note)
    assert speaker(text, "cooked outside")[:2] == (initials, "named_person")
    assert speaker(text, "kept our passports")[:2] == (initials, "named_person")


def test_the_editors_note_stays_out_of_the_account() -> None:
    text = _ACCOUNT.format(note=_NOTES[0][0])
    a = analyse(text, META)
    late = [c for c in a.claims if c.start > text.index("Editor's note")]
    assert all((s := a.source(c.source)) is None or s.wording != "K.B." for c in late)


def test_a_story_quoting_by_initials_keeps_its_speakers() -> None:
    story = ("NORTHERN LEDGER\n\nVorkuta, 3 March 2026 - A cook who left a road camp last month says the foreman kept the"
             " workers' passports. He spoke on condition that only his initials, K.B., be used.\n\n"
             '"The foreman kept our passports in his car," K.B. said. The contractor said it had never held any passport.\n')
    assert speaker(story, "kept our passports")[:2] == ("K.B.", "named_person")
    assert speaker(story, "never held any passport")[0] != "K.B."
