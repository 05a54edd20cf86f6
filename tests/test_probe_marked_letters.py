"""Marked Latin letters in the words the indicator lexicon reads (lead, session 21): "złoty" is the lexicon's
"zloty" (the "ł" no longer splits the word in two), and an accented word is its plain spelling. Every sentence is
written for this test; people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.hedges import lowered
from probe_helpers import lexicon_indicators


def test_marked_letters_read_as_plain_ones_keeping_offsets() -> None:
    text = "Złoty, café, Bağcılar, Łódź, naïve"
    assert lowered(text) == "zloty, cafe, bagcilar, lodz, naive"
    assert len(lowered(text)) == len(text)


def test_not_a_single_zloty_is_pay_withheld() -> None:
    assert "withholding_of_wages" in lexicon_indicators("The women never got a złoty of what they earned.")


def test_paid_in_zloty_now_and_then_is_pay_withheld() -> None:
    assert "withholding_of_wages" in lexicon_indicators(
        "She said the crew was paid sometimes in złoty, sometimes nothing at all.")


def test_a_word_with_no_mark_is_unchanged() -> None:
    assert lexicon_indicators("The pickers were paid on time every month in zloty.") == set()
