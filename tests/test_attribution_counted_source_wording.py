""""A second source, a driver who ..., said": the speaker keeps "a second source" with its apposition,
so a reader (and a later "the second source said") can tell the sources apart (texts written for these
tests)."""

from __future__ import annotations

import pytest

from attribution_helpers import who
from labourlens.analyse.mentions import find_mention


@pytest.mark.parametrize("sentence, speaker", [
    ("A second source, a Chinese van driver who supplies the canteen, said the women never go out.",
     "A second source, a Chinese van driver who supplies the canteen"),
    ("Another source, a trader in Manpo, said rice prices rose.", "Another source, a trader in Manpo"),
    ("A third source, a night guard at the dormitory, said the gate is locked at ten.",
     "A third source, a night guard at the dormitory"),
])
def test_a_counted_source_keeps_its_head(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("Another witness, a cook at the camp, said meals were cut.", "a cook at the camp"),
    # an ordinal count stays with its apposition, as the gold sets write it ("A third person", "A second man, a
    # plasterer"): both readings are then in the speaker phrase
    ("A second witness, a cook at the camp, said meals were cut.", "A second witness, a cook at the camp"),
    ("A third person, a driver who delivers to the plant, said the phones were taken.",
     "A third person, a driver who delivers to the plant"),
])
def test_other_counted_heads_give_way_to_the_apposition(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("The second, a broker in Tumen, said the fee was 500 dollars.", "The second, a broker in Tumen"),
    ("The first person, a clerk at the port, said the fee was 500 dollars.", "The first person, a clerk at the port"),
])
def test_an_ordinal_with_the_keeps_its_ordinal(sentence: str, speaker: str) -> None:
    # the gold conventions keep the ordinal ("The first source, a Shenyang resident ...", "The first, a woman ...")
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


def test_the_second_source_is_found_again() -> None:
    text = ("A source in Manpo said the women work until midnight. "
            "A second source, a Chinese van driver who supplies the canteen, said the women never go out. "
            '"They walk in a line behind two minders," the second source said.')
    first, second, again = who(text, "until midnight"), who(text, "never go out"), who(text, "two minders")
    assert first is not None and second is not None and again is not None
    assert second.key != first.key and again.key == second.key
    assert second.kind == "anonymous_source"
