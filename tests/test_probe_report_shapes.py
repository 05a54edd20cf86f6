"""Probes (study-295b): speakers the finders missed for a word or two in the way: a fronted date without its comma
("On 2 April 2026 the X reported that ..."), an adverb set off between the informants and "that" ("was told by
two loaders, separately, that ..."), and a speaker "said to have" spoken ("The sergeant is said to have called
..."). Mini-texts are invented."""

from labourlens.analyse import attribution


def _who(text: str) -> str | None:
    m = attribution.find_mention(text, frozenset())
    return m.wording if m is not None else None


def test_fronted_date_without_comma() -> None:
    assert _who("On 2 April 2026 the Lakeside Herald reported that boys were loading lorries at the quarry.") \
        == "the Lakeside Herald"
    assert _who("On 9 March the Lakeside Herald reported that boys were loading lorries.") == "the Lakeside Herald"


def test_informants_with_an_interjected_adverb() -> None:
    assert _who("The inspector was told by two loaders, separately, that the yard gate was padlocked at night.") \
        == "two loaders"


def test_speaker_said_to_have_spoken() -> None:
    assert _who('The sergeant is said to have called the sheds "cages".') == "The sergeant"
    assert _who("The men were said to have been beaten.") is None
