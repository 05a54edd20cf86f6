"""A speaker named before "said" is not displaced by what follows "said", and a family name
used alone takes the full name given earlier (fictional texts)."""

from __future__ import annotations

import pytest

from labourlens.analyse import attribution
from labourlens.analyse.sentences import split
from labourlens.analyse.source_names import fuller_name

LEAD = "North Korean workers abroad\n\nNorth Korea sends thousands of workers to China and Russia.\n\n"


def speaker_of_last(sentence: str) -> tuple[str | None, str]:
    text = LEAD + sentence
    sentences = split(text)
    sources, atts = attribution.attribute(text, sentences, None)
    by_key = {s.key: s for s in sources}
    source = by_key.get(atts[-1].source)
    return (source.wording, source.kind) if source else (None, "outlet")


@pytest.mark.parametrize("sentence, wording", [
    ("Baek Min-ho, a former logger, said the guards beat workers.", "Baek Min-ho"),
    ("Baek Min-ho, who escaped from a logging camp in 2018, said the guards beat workers who tried to leave.",
     "Baek Min-ho"),
    ("Sofia Reyes, an organiser with a fictional migrants' group, said the foremen slapped the welders.",
     "Sofia Reyes"),
    ("A former seamstress, who left Dandong in 2021, said the supervisors shouted at the women.",
     "A former seamstress"),
])
def test_the_subject_before_said_speaks_not_the_reported_clause(sentence: str, wording: str) -> None:
    found, kind = speaker_of_last(sentence)
    assert found is not None and found.startswith(wording), found
    assert kind in ("named_person", "anonymous_source")


def test_an_inverted_tag_after_a_quote_still_names_its_speaker() -> None:
    found, kind = speaker_of_last('"Nobody left the yard," said the guard.')
    assert found == "the guard" and kind == "anonymous_source"
    found, _ = speaker_of_last("The workers were never paid, said Kim Chol, a former welder.")
    assert found is not None and found.startswith("Kim Chol")


def test_a_role_word_before_a_name_is_left_out_of_the_wording() -> None:
    found, kind = speaker_of_last('"The gate was shut at nine," said carpenter Anton Belov.')
    assert found == "Anton Belov" and kind == "named_person"


def test_a_family_name_alone_takes_the_full_name_given_first() -> None:
    context = "The Night Line\n\nRi Kyong-suk sewed uniforms at a factory in Hunchun. She now lives in Busan."
    assert fuller_name(context, "Ri") == "Ri Kyong-suk"
    assert fuller_name("Dr Helena Voss studied the camps.", "Voss") == "Dr Helena Voss"


def test_words_on_another_line_are_not_part_of_a_name() -> None:
    assert fuller_name("Evening Shift\nVoss said the crews were tired.", "Voss") is None


def test_two_people_with_one_family_name_give_no_full_name() -> None:
    assert fuller_name("Kim Chol met Kim Yong-ho in Dandong.", "Kim") is None
