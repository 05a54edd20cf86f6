"""Voices named in two shapes (study s345): a transcript's turn label by surname alone ("TAN: ...") under a list of
speakers written in capitals, where the list line makes the speaker a firm's head who answers for the firm (a
group's organiser or researcher keeps the label's own reading); and a worker named by one name in quotation marks
with an apposition set off by dashes, whom a later "he said" goes back to. Every text is invented (firms and people
fictional, places real)."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

PODCAST = """TRANSCRIPT — Ethical Trade Circle podcast, episode 9
Recorded 3 May 2026

Guests:
ANNA BERG, host, Ethical Trade Circle
LUIS MORA, organiser, Pacific Deckhands Union
KEVIN TAN, head of sourcing, Meranti Fresh Holdings

BERG: Luis, you spent the winter on tuna boats out of General Santos. What did you find?

MORA: We spoke to 40 deckhands. Most told us their recruiters kept their seafarer books until the contract ended. \
Some had not been paid for five months.

BERG: Kevin, your company buys from those boats.

TAN: We do not hold anyone's seafarer book. Crews keep their papers on board, and we pay every deckhand directly.
"""

FEATURE = """Coffee pickers near Matagalpa are still being paid in tokens

MATAGALPA, Nicaragua — Coffee pickers on two estates near the town report no change in the way they are paid, \
and migrant workers describe debts to the estate shop.

"Jairo" — a picker from Honduras who asked to be identified by his first name only — has worked on the Las Brumas \
estate for twelve years. He said the estate pays half of each week's wages in plastic tokens that can only be used \
at the estate shop. "By March I owe the shop," he said.

A younger picker who came from Choluteca last year said his contract was never shown to him. "Then there is no \
food," he said.
"""

def test_quoted_word_with_dashed_gloss_is_no_person() -> None:
    from labourlens.analyse.worker_intros import quoted_name_opening

    assert not quoted_name_opening('"Fichas" — a word the pickers use for the plastic tokens — are handed out on Fridays.')
    assert quoted_name_opening('"Jairo" — a picker from Honduras who gave only his first name — has worked there.')


def test_surname_label_of_a_firms_head_speaks_for_the_firm() -> None:
    got = speakers_by_opening(PODCAST)
    assert got["TAN: We do not hold anyone's s"][1] == "organization"


def test_surname_label_of_a_groups_organiser_stays_a_person() -> None:
    got = speakers_by_opening(PODCAST)
    assert got["Some had not been paid for fiv"][1] == "named_person"


def test_quoted_one_name_with_dashed_apposition_is_the_next_he() -> None:
    got = speakers_by_opening(FEATURE)
    assert got["He said the estate pays half o"] == ("Jairo", "named_person")
    assert got['"By March I owe the shop," he '] == ("Jairo", "named_person")
    assert got['"Then there is no food," he sa'][1] == "anonymous_source"
