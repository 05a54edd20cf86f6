"""Written words read out (a study of s37 on a held-out set; every text here is written for this test, with fictional
firms and people): a presenter's turn that reads out a firm's statement ("X emailed us a statement; I'll read it
out.") gives the quotation to the firm, by the name it trades under. Near miss: a turn that only mentions a statement
keeps its quotation with the presenter."""

from __future__ import annotations

from attribution_helpers import opening_speakers as _speakers

SHOW = ("Harbour Voices, episode 12: the net menders\n\n"
        "LINA MARSH (HOST): Welcome to Harbour Voices. Today we are in a net-mending yard where migrant men say they "
        "are kept for years.\n\n"
        "TOM REED: I met Arun there, a mender from Kerala. He told me the foreman took his passport on the first day.\n\n"
        "LINA MARSH (HOST): What did the company say?\n\n"
        "TOM REED: The firm, which trades as Saltway Nets, emailed us a statement; I'll read it out. \"Saltway does "
        "not keep anyone's passport. Every hour of overtime is paid.\"\n\n"
        "LINA MARSH (HOST): Thank you, Tom.\n")


def test_statement_read_out_is_the_firms() -> None:
    got = _speakers(SHOW)
    assert got["\"Saltway does not keep an"] == ("Saltway Nets", "organization"), got
    assert got["Every hour of overtime is"] == ("Saltway Nets", "organization"), got


def test_a_statement_only_mentioned_keeps_the_turn() -> None:
    text = SHOW.replace("emailed us a statement; I'll read it out.", "would not send us a statement.")
    got = _speakers(text)
    assert all(w != "Saltway Nets" for w, _ in got.values()), got
