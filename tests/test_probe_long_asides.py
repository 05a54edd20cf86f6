"""A newspaper named in Swahili ("Habari za Pwani", "Sauti ya Mwambao") is an outlet, and a long bracketed aside
between a speaker's name and its verb ("Habari za Pwani (the weekend edition of a Tanga daily, translated by our
volunteers) reported that ...") leaves the name as the speaker. A short aside, or a sentence with no reporting
verb after the aside, is unchanged. Every text is written for this test; outlets, people and firms are fictional
(places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.long_asides import past_long_aside
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2026-06-20", "language": "en"}


@pytest.mark.parametrize("name", ["Habari za Pwani", "Sauti ya Mwambao", "Gazeti la Kaskazini"])
def test_swahili_papers_are_outlets(name: str) -> None:
    assert classify(name) == "outlet"


@pytest.mark.parametrize("lead", ["Following up last month's story about the builders on the Pangani coast road, ",
                                  "Following up, ", ""])
def test_speaker_before_a_long_aside(lead: str) -> None:
    text = (lead + "Habari za Pwani (the weekend edition of a Tanga daily, translated by our "
            "volunteers) reported that foreign builders on a hotel site near Pangani are locked in their camp at night "
            "and have not been paid since June.")
    a = analyse(text, META)
    c = next(c for c in a.claims if "locked in their camp" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "outlet" and s.wording == "Habari za Pwani", (s.wording, s.kind) if s else None


@pytest.mark.parametrize("text", [
    "Habari za Pwani (a Tanga daily) reported that builders were unpaid.",  # short: the finders read it already
    "The builders (most of them from Zanzibar, hired by a broker in Tanga) were unpaid for months.",
])
def test_other_asides_unchanged(text: str) -> None:
    m = find_mention(text)
    assert past_long_aside(m, text, find_mention) == m


@pytest.mark.parametrize("sentence,who", [
    ("Sewing operators at the plant earn 2,900 birr a month and are made to work every Sunday, the organiser, Ms Hana "
     "Bekele of the Sidama branch of the garment workers' union, told the paper.", "Hana Bekele"),
    ("Sewing operators at the plant are made to work every Sunday and lose their bonus if they refuse, Mr Dawit Alemu "
     "of the Hawassa Workers' Centre said.", "Dawit Alemu"),
])
def test_trailing_speaker_with_affiliation(sentence: str, who: str) -> None:
    a = analyse("Garment workers in Hawassa say their overtime is compulsory and unpaid.\n\n" + sentence, META)
    c = next(c for c in a.claims if "every Sunday" in c.text)
    s = a.source(c.source)
    assert s is not None and who in (s.wording or "") and not (s.wording or "").startswith("Sewing"), \
        (s.wording, s.kind) if s else None


def test_a_long_bracket_without_a_verb_is_read_quickly() -> None:
    """A bracket of many words that no reporting verb follows (a table caption, a PDF's reference list): the
    aside pattern fails at once (an earlier form backtracked through every split of the words and hung)."""
    words = " ".join(f"item{i} of the annex" for i in range(40))
    text = f"Harbour Ledger ({words}) and the rest of the table follows on the next page without any verb at all"
    assert past_long_aside(None, text, find_mention) is None
