"""A footnote mark glued to a sentence's end ("...expenses".(2) Next ...", "...a day.¹² Next ...") ends the
sentence, as a bracketed one ("[14]") already did: reports by NGOs number their sources so. The texts are
invented."""

from __future__ import annotations

import pytest

from labourlens.analyse.sentences import split


@pytest.mark.parametrize("mark", ["(2)", "[14]", "(12)", "\u00b9\u00b2", "\"(3)"])
def test_a_footnote_mark_after_the_full_stop_ends_the_sentence(mark: str) -> None:
    text = f"The crews were told the fee covered their travel.{mark} One former welder, Ri Chol, said he paid twice."
    parts = [s.text for s in split(text)]
    assert len(parts) == 2
    assert parts[1].startswith("One former welder")


@pytest.mark.parametrize("text", [
    "The clause is set out in section 4.(2) of the contract.",
    "Workers earned about 3.5 times less than promised.",
])
def test_numbers_inside_a_sentence_do_not_split_it(text: str) -> None:
    assert len(split(text)) == 1


def test_the_quote_after_a_footnoted_sentence_goes_to_the_named_person() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from attribution_helpers import speakers_of

    text = ("First, the crews were promised 600 dollars a month.(2) One former welder, Ri Chol, told us he was paid "
            "nothing for a year. \"The money was written in a book,\" he said.")
    src = [s for t, s in speakers_of(text) if "written in a book" in t][0]
    assert src is not None and src.wording is not None and "Ri Chol" in src.wording
