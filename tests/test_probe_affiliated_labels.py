"""Minutes and hearing records label a turn with a role and the body it speaks for in brackets ("Deputy Director
(Labour Inspectorate): ..."): the label speaks the turn, to the end of its paragraph. Mini-documents in our own
wording; notes in brackets that are not speakers stay the page's voice."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_sources, find_claim

CASES = [
    ("Summary minutes\n\nChair Rep. Anna Park: We now turn to the briefing on workers abroad.\n\n"
     "First Deputy Director (National Intelligence Service): We assess that several hundred North Korean "
     "labourers work at building sites in Tomsk. Most of them had their passports taken on arrival.\n\n"
     "Rep. Lee Jun-ho: Are they paid?\n\nFirst Deputy Director: No. Their wages are sent to Pyongyang.\n",
     "Deputy Director", ["labourers work", "passports taken", "wages are sent"]),
    ("Hearing record\n\nChairwoman Ruth Ames: The hearing will come to order.\n\n"
     "Assistant Secretary (Department of Labor): Our inspectors found North Korean welders at two shipyards. "
     "They had worked 14-hour shifts for months without a day off.\n\nSenator Cole: Who held their papers?\n\n"
     "Assistant Secretary: The agency held every passport.\n",
     "Assistant Secretary", ["North Korean welders", "14-hour shifts", "every passport"]),
    ("Committee record\n\nChair: We move to item three.\n\n"
     "Chief Inspector (Labour Inspectorate): North Korean seamstresses in the plant were paid nothing for "
     "three months. Their dormitory was locked at night.\n\nMember Ola Berg: Were they free to leave?\n\n"
     "Chief Inspector: They were not allowed to leave without a minder.\n",
     "Chief Inspector", ["paid nothing", "locked at night", "not allowed to leave"]),
]


@pytest.mark.parametrize("text,label,needles", CASES)
def test_affiliated_label_speaks_its_whole_turn(text: str, label: str, needles: list[str]) -> None:
    found = claim_sources(text)
    got = [find_claim(found, n) for n in needles]
    assert all(label in (g[1] or "") and g[0] == "official" for g in got), got
    assert len({g[2] for g in got}) == 1, got  # one source for the turns of one speaker


@pytest.mark.parametrize("text,needle", [
    ("Workers abroad\n\nUpdate (2 March): North Korean loggers in the camp had their passports confiscated "
     "by the foreman.\n", "passports confiscated"),
    ("Workers abroad\n\nKey Findings (Summary): North Korean builders at the site were paid only 50 dollars "
     "a month and had their passports confiscated.\n", "50 dollars"),
    ("Workers abroad\n\nBackground (Part Two): North Korean builders at the site had their passports "
     "confiscated.\n", "passports"),
])
def test_bracketed_notes_are_not_speakers(text: str, needle: str) -> None:
    assert find_claim(claim_sources(text), needle)[0] == "outlet"
