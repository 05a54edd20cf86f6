"""Probes (session 41, from heldout407's social group page): a network group's page prints the opening post under
its poster's handle alone on a line, then a comment section whose heading says how it is ordered ("Comments (12) -
showing the most relevant", "Comments (4) · Newest first"), then each comment under its writer's handle or full
name alone on a line, perhaps with a town or a page's standing in brackets ("Rosa Lind (Varna)", "Kestrel Jobs
(official page)"). Each post is its writer's. Near misses: a page with no comment section keeps its outlet's voice;
a comment heading with other words after it is no comment section. Texts written for these tests."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

PAGE = """Seasonal Pickers Abroad (public group) > Posts

tomas_v88
Posted 3 March 2026 at 21:40

Friends, I need help. I pick berries on a farm near Huelva. Our employer has not paid the twelve of us since January.
The supervisor holds every passport in his car. Is there a union here?

Comments ({n}) {order}

Rosa Lind (Varna)
My cousin is on the same farm. The agency charged him 900 euros for the ticket and took it from his first wage.

Kestrel Jobs (official page)
As a registered agency we never charge pickers any fee for the journey.

Mira.K
My farm pays every Friday and the manager leaves our documents with us.

tomas_v88
UPDATE 5 March: the inspectors came today. Our passports remain in the supervisor's car.
"""


def test_each_post_is_its_writers() -> None:
    got = speakers_by_opening(PAGE.format(n=14, order="- showing the most relevant"))
    assert got["Our employer has not paid the "] == ("tomas_v88", "named_person")
    assert got["The supervisor holds every pas"] == ("tomas_v88", "named_person")
    assert got["The agency charged him 900 eur"][0] == "Rosa Lind"
    assert got["As a registered agency we neve"] == ("Kestrel Jobs", "organization")
    assert got["My farm pays every Friday and "] == ("Mira.K", "named_person")
    assert got["Our passports remain in the su"] == ("tomas_v88", "named_person")


def test_another_ordering_note_reads_the_same() -> None:
    got = speakers_by_opening(PAGE.format(n=4, order="\u00b7 Newest first"))
    assert got["My farm pays every Friday and "] == ("Mira.K", "named_person")
    assert got["The agency charged him 900 eur"][0] == "Rosa Lind"


def test_a_heading_with_other_words_is_no_comment_section() -> None:
    got = speakers_by_opening(PAGE.format(n=4, order="- our reply to the readers of the farm story"))
    assert got["My farm pays every Friday and "][0] != "Mira.K"
