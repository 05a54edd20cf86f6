"""Probes (s34, heldout359): a reader's letter on a paper's letters page that opens "Sir, -" and closes "Yours
faithfully," over the reader's name (in capitals or not, the town under it) is the reader's account, not the paper's; someone the letter names as speaking keeps
their words, a letter signed "Name withheld" stays the page's, and the editor's note under it is the paper's. A
person given by initials alone ("R.T. was 16 when ...") is the "she" of the next sentence, not the judgment the
sentence cited. Texts written for these tests; the people and places are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-03-01", "language": "en"}


def _speaker(a, needle: str) -> tuple[str | None, str]:  # type: ignore[no-untyped-def]
    """The claim's speaker (its name in small letters: a signature in capitals is the same name) and kind."""
    claim = next(c for c in a.claims if needle in c.text)
    src = next(s for s in a.sources if s.key == claim.source)
    name = src.canonical or src.wording if src.kind != "outlet" else None
    return (name.casefold() if name else None), src.kind


_LETTER = ("THE LAKESIDE HERALD\nLetters to the Editor\n12 March 2026\n\nThe brick kilns at our gate\n\n"
           "Sir, — I run a clinic beside the brick kilns outside Kisii, and your article on the kilns made me "
           "angry.\n\n"
           "Every week I treat boys of twelve and thirteen for burns from the kilns. They work from dawn until after "
           "dark and the owner keeps their pay to settle what their fathers borrowed.\n\n"
           "A nurse at the clinic told me that a pair of the boys were beaten last month for asking to go home.\n\n"
           "{sign}\n\n"
           "Editor's note: The kiln owners' association did not answer our questions.\n")


def test_a_readers_signed_letter_is_the_readers() -> None:
    a = analyse(_LETTER.format(sign="Yours faithfully,\nMARGARET ONDIEKI\nKisii"), META)
    assert _speaker(a, "keeps their pay") == ("margaret ondieki", "named_person")
    assert _speaker(a, "treat boys") == ("margaret ondieki", "named_person")


def test_a_named_speaker_in_the_letter_keeps_the_words_and_an_unsigned_letter_stays_the_pages() -> None:
    a = analyse(_LETTER.format(sign="Yours faithfully,\nMARGARET ONDIEKI\nKisii"), META)
    assert _speaker(a, "were beaten")[0] != "margaret ondieki"
    unsigned = analyse(_LETTER.format(sign="Name withheld on request\nKisii"), META)
    assert _speaker(unsigned, "keeps their pay") == (None, "outlet")


def test_a_person_by_initials_is_the_she_after() -> None:
    text = ("PRESS RELEASE\n\nNairobi, 3 March 2026\n\nCourt convicts trader of trafficking a girl to a farm\n\n"
            "The High Court in Nakuru on Tuesday convicted a trader of trafficking a girl, identified in court as "
            "R.T., to a flower farm.\n\n"
            "R.T. was 16 when she was taken to the farm in 2023, according to the judgment.\n\n"
            "She testified that she picked roses in the greenhouses from dawn to dusk and got no wages.\n")
    a = analyse(text, META)
    assert _speaker(a, "got no wages") == ("r.t.", "named_person")
