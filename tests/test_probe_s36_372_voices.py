"""Study 372: voices in South Asian labour reports. A first-person account under a publisher's note that calls it an
account and gives the teller's first name; a quotation tag with an age and a place after the verb ("..., 52, said
outside the tribunal"); and a worker's whereabouts or post told as an introduction, which is no claim. Every text is written for this test; people,
firms and places are fictional or used only as settings."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.whereabouts import whereabouts


def _speakers(text: str) -> list[tuple[str, str | None, str]]:
    an = analyse(text, {"published": "2026-03-01"})
    src = {s.key: s for s in an.sources}
    return [(c.text, src[c.source].wording if c.source in src else None, src[c.source].kind if c.source in src else "")
            for c in an.claims]


_ACCOUNT = """Seven years at the thread mill

Story | Loom Letters | 2 March 2026

Loom Letters prints first-person accounts of workers in the south. This account was taped in Telugu in Guntur and
shortened. The worker asked us to print only her first name, Kavya.

I was fourteen when a broker visited our lane. He promised my father a lump sum at the end of three years.

The dormitory door was locked every night and the warden kept our phones. We worked twelve-hour shifts and the
supervisor slapped girls who fell asleep at the machines.

Editor's note: Loom Letters wrote to the mill. It did not reply.
"""


def test_account_under_a_publishers_note_is_the_tellers() -> None:
    found = _speakers(_ACCOUNT)
    locked = [f for f in found if f[0].startswith("The dormitory door")]
    assert locked and locked[0][1] == "Kavya" and locked[0][2] == "named_person", found


def test_first_name_in_a_story_paragraph_stays_the_page() -> None:
    text = _ACCOUNT.replace("Loom Letters prints first-person accounts of workers in the south. This account was taped "
                            "in Telugu in Guntur and\nshortened. ", "Reporters visited Guntur in February. ")
    found = _speakers(text)
    locked = [f for f in found if f[0].startswith("The dormitory door")]
    assert not locked or locked[0][1] != "Kavya", found


_WIRE = """Family freed from kiln after decades of debt

LAHORE, Pakistan, Mar 3 (Delta Wire) - A family of six who worked at a brick kiln near Okara were freed on Monday
after a court ordered their release, their lawyers said.

A petition lodged by the rights group Mazdoor Haq Forum says the family's debt stood at 400,000 rupees; the owner
kept their identity cards.

"The owner beat my brother when he asked for the register," Rashid Ali, 38, said outside the tribunal.
"""


@pytest.mark.parametrize("verb", ["said outside the tribunal", "told reporters outside the tribunal",
                                  "said while waiting for the bus"])
def test_tag_with_age_and_a_place_after_the_verb(verb: str) -> None:
    found = _speakers(_WIRE.replace("said outside the tribunal", verb))
    beat = [f for f in found if f[0].startswith('"The owner beat')]
    assert beat and beat[0][1] == "Rashid Ali", found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My wife and I work at a quarry near the canal.", True),
        ("CALLER 5 (no name): I am phoning from a brick field on the highway.", True),
        ("Sir, I am a loader at a quarry.", True),
        ("Her son Dinesh is at a mill in the next district.", True),
        ("I worked on the looms.", True),
        # near misses: the sentence goes on past the place, or the place is where they are held
        ("My wife and I work at a quarry where the gate is locked at night.", False),
        ("My son is at a mill and the manager beats him.", False),
        ("We were in a locked room for a week.", False),
        ("I am a prisoner at a camp.", False),
    ],
)
def test_whereabouts_introduction(text: str, expected: bool) -> None:
    assert whereabouts(text) is expected


_RECORD = """STANDING COMMITTEE ON MINE SAFETY
Minutes of evidence (draft), hearing at Ranchi, 4 May 2026

1. CHAIRPERSON: Ms Tirkey, please begin.

2. MS TIRKEY: Thank you. In the pits we visited, loaders work without helmets and boys of twelve carry coal.

3. MEMBER (Mr Oraon): Are wages paid on time?

4. INSPECTOR OF THE MINES DEPARTMENT: Thank you, Chair. Our inspectors found during the spring visits that wages at six pits
were paid two months late.

5. CHAIRPERSON: The sitting is adjourned.
"""


def test_officer_of_a_state_body_labels_a_turn() -> None:
    found = _speakers(_RECORD)
    late = [f for f in found if f[0].startswith("Our inspectors found")]
    assert late and late[0][1] == "Inspector of the Mines Department" and late[0][2] == "official", found
