"""Probes (session 40, from heldout399's speaker misses): a first-person account printed under a note that names its
author by the name the author writes under ("The author, who fled in 2017, publishes under the pen name Tomas Brandt.",
"The writer publishes under the name ...") is the author's: the paragraphs after the note in the first person are his,
not the magazine's. Near misses: a note that names a novelist's pen name in a story in the page's own voice, and a page
with no such note, keep their speakers. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import wordings_by_claim

_ACCOUNT = """THE COLD SEASON ON THE RIVER
A former deckhand remembers

Harbour Letters Review, Autumn 2026 issue

Translated from Tagalog by Ana Reyes. The author, who left the fleet in 2018 and now lives in Manila, publishes under the pen name Tomas Brandt.

I was twenty-six when the agency put me on the boat. The manning agent took my passport on the first day in port.

We hauled nets from four in the morning until midnight. I never got a single payslip in two years.

Editor's note: we could not check his account with a second source.
"""

_ACCOUNT_WRITES_AS = """NIGHT SHIFT
Workers Write, issue 4

The writer, a former cook at a hotel in Dubai, writes as Lena Moor.

My employer kept my passport in his office. I worked sixteen hours a day for eleven months.
"""

_STORY = """Harbour Letters Review

The novelist Mara Quell, who writes under the nom de plume Tomas Brandt, opened a book fair in Cebu on Sunday.

A union organiser at the fair, Jun Dela Paz, said the captain of one boat kept the crew's passports and had not paid them for five months.
"""



def test_a_pen_name_note_gives_the_account_to_its_author() -> None:
    speakers = wordings_by_claim(_ACCOUNT)
    passport = next(k for k in speakers if "took my passport" in k)
    assert speakers[passport] == "Tomas Brandt"
    hours = next(k for k in speakers if "until midnight" in k)
    assert speakers[hours] == "Tomas Brandt"


def test_a_writes_as_note_gives_the_account_to_its_writer() -> None:
    speakers = wordings_by_claim(_ACCOUNT_WRITES_AS)
    passport = next(k for k in speakers if "kept my passport" in k)
    assert speakers[passport] == "Lena Moor"


def test_a_pen_name_in_a_story_is_no_account() -> None:
    speakers = wordings_by_claim(_STORY)
    late = next(k for k in speakers if "five months" in k)
    assert speakers[late] != "Tomas Brandt"
