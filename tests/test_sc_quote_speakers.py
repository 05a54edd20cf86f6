"""Quote speakers cut off or hidden by a word around them (speaker_lexicon audience names, source_names
clean_wording, interview_turns for a source met first as "he"). All wordings are our own."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.source_names import clean_wording


@pytest.mark.parametrize("outlet", ["La Voix du Kouilou", "Jornal de Angola", "Radio de Kinshasa",
                                    "Le Courrier des Plateaux", "Radio Free Asia"])
def test_a_quote_told_to_an_outlet_with_a_particle_in_its_name_keeps_its_speaker(outlet: str) -> None:
    m = find_mention(f'The gate stays locked at night," a kiln worker told {outlet}.')
    assert m is not None and m.wording == "a kiln worker" and m.cue == "told"


def test_the_speaker_of_a_two_sentence_quote_is_the_one_named_after_it() -> None:
    text = ('Brick workers near Lubumbashi say they are paid in coupons.\n\n"They give you 20,000 francs in cash and '
            'the rest in coupons. A sack of flour costs double," a kiln worker told La Voix du Kouilou. He said that '
            'workers who refused the coupons were told to leave.')
    a = analyse(text)
    src = {s.key: s for s in a.sources}
    quoted = [c for c in a.claims if "in cash" in c.text or "flour" in c.text or "refused" in c.text]
    assert quoted
    for c in quoted:
        assert src[c.source].wording == "a kiln worker"
        assert src[c.source].kind == "anonymous_source"


@pytest.mark.parametrize(("raw", "clean"), [
    ("One of the welders, Bakhtiyor (he", "One of the welders, Bakhtiyor"),
    ("A seamstress, Rahima (not her real", "A seamstress, Rahima"),
    ("the Korea Labour Observatory (KLO)", "the Korea Labour Observatory (KLO)"),
    ("Ivan (a welder) Petrov", "Ivan (a welder) Petrov"),
])
def test_a_bracket_left_open_at_the_end_of_a_speaker_is_cut(raw: str, clean: str) -> None:
    assert clean_wording(raw) == clean


def test_a_source_met_first_as_he_is_worded_by_its_later_description() -> None:
    from labourlens.analyse.interview_turns import named_descriptions
    from labourlens.model import Source

    text = "He said the gate was locked. A kiln worker said the pay was late."
    src = Source(key="S1", wording="He", kind="named_person", spans=[(0, 2), (29, 42)])
    out = named_descriptions(text, [], [], [src])
    assert out[0].wording == "A kiln worker" and out[0].kind == "anonymous_source"
    only_pronouns = Source(key="S2", wording="She", kind="named_person", spans=[(0, 2)])
    assert named_descriptions(text, [], [], [only_pronouns])[0].wording == "She"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The men work 14-hour shifts and sleep in a locked dormitory, say residents of the town.", "residents of the town"),
    ("The men work 14-hour shifts and sleep in a locked dormitory, said two residents.", "two residents"),
    ("Workers earn 300 yuan a month, say activists.", "activists"),
    ("The men arrive in vans, work 14-hour shifts and sleep on site, say villagers near the mine.",
     "villagers near the mine"),
    ("Baek, 34, said the guards beat us.", "Baek, 34"),
    ("Baek, a logger, said the guards beat us.", "Baek, a logger"),
])
def test_people_named_after_say_at_the_end_of_a_sentence_speak(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


def test_say_as_a_filler_word_is_no_attribution() -> None:
    assert find_mention("It could cost, say, ten thousand dollars.") is None


def test_unnamed_people_joined_by_and_are_anonymous() -> None:
    from labourlens.analyse.speakers import classify

    assert classify("residents of the village and a former foreman at the mine") == "anonymous_source"
    assert classify("The ministry and a union official") != "anonymous_source"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Employees of a foreign-owned sawmill near Dolisie, south of the river, say they are paid in vouchers.",
     "Employees of a foreign-owned sawmill near Dolisie, south of the river"),
    ("Workers at a Chinese-owned brick kiln near Kano, the state capital, say their wages were withheld.",
     "Workers at a Chinese-owned brick kiln near Kano, the state capital"),
])
def test_a_hyphenated_adjective_in_ed_does_not_cut_a_long_subject(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker

