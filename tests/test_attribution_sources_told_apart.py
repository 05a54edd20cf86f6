"""Ordinal sources, sources told apart, groups and names given later (invented texts, fictional people)."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of, who
from labourlens.analyse.attribution import find_mention
from labourlens.analyse.registry import _person_head
from labourlens.analyse.source_backrefs import qualifier_clash
from labourlens.analyse.source_refs import ordinal_subject, parenthetical_people, protest_saying

# --- 1. ordinal introductions keep their wording ------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The first person, a former clerk at the Polish main contractor, said the crew was paid 4 million zloty.",
     "The first person, a former clerk at the Polish main contractor"),
    ("The second person, a safety officer, said the men lived in huts inside the fence.",
     "The second person, a safety officer"),
    ("The third source, a cook at the canteen in Gdynia, said the men ate once a day.",
     "The third source, a cook at the canteen in Gdynia"),
])
def test_an_ordinal_introduction_keeps_the_ordinal(sentence: str, expected: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == expected


def test_an_unordered_apposition_is_still_cut_to_the_description() -> None:
    m = find_mention("Another witness, a driver from Brest, said the gate was locked at night.")
    assert m is not None and m.wording.startswith("a driver from Brest")


def test_two_ordinal_people_are_two_sources_and_pronouns_follow_them() -> None:
    text = ("Two people familiar with the deal spoke to the Gazette. The first person, a former clerk at the builder, "
            "said the crew of 30 men was paid 4 million zloty. \"They saw none of it,\" she said. The second person, "
            "a safety officer, said the men lived in huts. He said two men who ran away were beaten.")
    got = [src.key if src else None for _, src in speakers_of(text, "Gazette")]
    assert got[1] == got[2] and got[3] == got[4] and got[1] != got[3] and got[0] not in (got[1], got[3])


@pytest.mark.parametrize("sentence, expected", [
    ("The second man, younger and quieter, asked not to be named.", "The second man"),
    ("The third woman, a cook, is in her fifties.", "The third woman"),
    ("The second worker who spoke to us was more careful.", "The second worker"),
])
def test_an_ordinal_subject_introduces_a_person(sentence: str, expected: str) -> None:
    m = ordinal_subject(sentence)
    assert m is not None and m.group("np") == expected


@pytest.mark.parametrize("sentence", [
    "The second factory, opened in 2019, makes shoes.",
    "The first man, a welder, said nothing.",
    "A second man was hired in May.",
])
def test_no_ordinal_subject(sentence: str) -> None:
    assert ordinal_subject(sentence) is None


def test_the_second_man_is_the_next_he() -> None:
    text = ("Two men tell another story. The first, who uses the pseudonym Park, lives in Tomsk. He says the crew "
            "was locked in a hostel. The second man, younger, asked not to be named. He said the foreman kept "
            "their wages. \"My father would be punished,\" he said.")
    first, second = who(text, "locked in a hostel"), who(text, "kept their wages")
    assert first is not None and second is not None and first.key != second.key
    assert second.wording == "The second man" and second.kind == "anonymous_source"
    again = who(text, "My father")
    assert again is not None and again.key == second.key


@pytest.mark.parametrize("text", [
    "A Polish sailor from the trawler, Jan Nowak, told the paper the crew never went ashore. The second Polish "
    "sailor who spoke to the paper, who did not want to be named, said one deckhand was beaten.",
    "A driver at the depot, Ivan Sokol, said the men slept in a bus. The second driver who talked to us said "
    "their passports were in a safe.",
])
def test_the_second_of_a_kind_with_a_relative_clause_is_new(text: str) -> None:
    first, second = (src for _, src in speakers_of(text, "Gazette"))
    assert first is not None and second is not None and first.key != second.key
    assert second.kind == "anonymous_source"


# --- 2. sources told apart --------------------------------------------------------------------------------

@pytest.mark.parametrize("wording, head", [
    ("a diplomat briefed on the case", "diplomat"),
    ("a source familiar with the contract", "source"),
    ("an engineer involved in the project", "engineer"),
    ("The men I spoke with", "men"),
])
def test_the_head_noun_comes_before_a_post_modifier(wording: str, head: str) -> None:
    assert _person_head(wording) == head


@pytest.mark.parametrize("norm, said, clash", [
    ("police source", "a diplomat briefed on the case", True),
    ("police source", "a police officer in Gdansk", False),
    ("same source", "a trader in Dandong", False),
    ("source", "a trader in Dandong", False),
])
def test_qualifier_clash(norm: str, said: str, clash: bool) -> None:
    assert qualifier_clash(norm, said) is clash


def test_a_coordinated_group_then_each_of_its_sources() -> None:
    text = ("Police in Gdansk questioned the manager of a bar after a cook escaped, according to a police source and "
            "diplomats. The cook had not been allowed to leave for a year, a diplomat briefed on the case said. "
            "\"The manager locks the door,\" the diplomat said. According to the police source, the women were paid "
            "little. The police source said the women sang for diners every night.")
    group, diplomat, diplomat2, police, police2 = (src for _, src in speakers_of(text, "Gazette"))
    assert group is not None and diplomat is not None and police is not None
    assert diplomat2 is not None and diplomat2.key == diplomat.key
    assert police2 is not None and police2.key == police.key
    assert len({group.key, diplomat.key, police.key}) == 3


def test_a_company_co_owner_is_the_next_she() -> None:
    text = ("A police source said the cooks were paid nothing. The restaurant's Polish co-owner, reached by phone, said the "
            "women were guests. \"Nobody is locked in,\" she said.")
    owner, again = who(text, "were guests", "Gazette"), who(text, "Nobody", "Gazette")
    assert owner is not None and again is not None and again.key == owner.key


# --- 3. names given later, groups ---------------------------------------------------------------------

@pytest.mark.parametrize("text, needle, name", [
    ("\"Two people are sick,\" said a worker from Samarkand who gave only his first name, Rustam. Rustam said the "
     "foreman kept their passports.", "are sick", "Rustam"),
    ("According to a driver at the depot, who gave only his first name, Pavel, the men earn 20,000 rubles a month. "
     "Pavel said the brigadier takes it.", "20,000", "Pavel"),
    ("A cleaner at the hostel, who gave her first name only as Olga, said the rooms were locked at night. "
     "Olga said the guard kept the keys.", "locked at night", "Olga"),
])
def test_a_first_name_given_names_the_source(text: str, needle: str, name: str) -> None:
    src = who(text, needle, "Gazette")
    assert src is not None and src.kind == "named_person" and src.wording == name
    later = who(text, f"{name} said", "Gazette")
    assert later is not None and later.key == src.key


def test_no_name_given_keeps_the_description() -> None:
    src = who("A driver at the depot, who asked not to be named, said the men earn little.", "earn", "Gazette")
    assert src is not None and src.wording == "A driver at the depot" and src.kind == "anonymous_source"


@pytest.mark.parametrize("sentence, expected", [
    ("A fire damaged a hostel in which, local residents say, workers from Vietnam had lived since May.",
     "local residents"),
    ("The men were, neighbours said, taken to the site every morning.", "neighbours"),
    ("The canteen where, two residents say, the men ate was closed.", "two residents"),
])
def test_people_in_a_parenthetical_speak(sentence: str, expected: str) -> None:
    m = parenthetical_people(sentence)
    assert m is not None and m.wording == expected
    assert sentence[m.start:m.end] == expected


@pytest.mark.parametrize("sentence", [
    "The deal, reports say, was signed in May.",
    "The men, who say they were never paid, left in May.",
    "Workers say the hostel was cold.",
])
def test_no_parenthetical_people(sentence: str) -> None:
    assert parenthetical_people(sentence) is None


@pytest.mark.parametrize("sentence, speaker", [
    ("Several told the rights group Delta Labour Aid that the guards beat them.", "Several"),
    ("Two workers told the rights group Delta Labour Aid that their passports were taken.", "Two workers"),
    ("Most told the migrant centre in Kota Bharu that they were paid late.", "Most"),
])
def test_a_long_audience_before_that(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


def test_several_after_an_official_body_is_not_that_body() -> None:
    text = ("Thai police said on Monday they had freed 80 people from a compound in Mae Sot. Most were from Laos. "
            "Several told the rights group Delta Labour Aid that they had answered online job ads.")
    police, several = who(text, "Thai police"), who(text, "Several told")
    assert police is not None and several is not None and several.key != police.key
    assert several.kind == "anonymous_source"


@pytest.mark.parametrize("sentence, speaker", [
    ("About thirty welders from Nepal stopped work on Monday at a shipyard in Gdansk, saying they had not been "
     "paid since May.", "About thirty welders from Nepal"),
    ("The men stopped work at noon, saying the heat was too much.", "The men"),
    ("Some forty seamstresses walked out of the workshop in Lodz, complaining that their pay was cut.",
     "Some forty seamstresses"),
])
def test_a_protesting_group_speaks_what_it_says(sentence: str, speaker: str) -> None:
    m = protest_saying(sentence)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("sentence", [
    "The company stopped production, saying demand was weak.",
    "About thirty welders from Nepal stopped work on Monday.",
    "The men said nothing, saying only that they were tired.",
])
def test_no_protesting_group(sentence: str) -> None:
    assert protest_saying(sentence) is None


@pytest.mark.parametrize("sentence, speaker", [
    ("Supposedly, the women are sent home after three years; one interviewee said the sick go home early.",
     "one interviewee"),
    ("The gate is locked at ten; a guard at the hostel told us the keys stay with the foreman.",
     "a guard at the hostel"),
])
def test_a_speaker_after_a_semicolon_is_only_that_clause(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


def test_the_source_of_a_note_above_the_story_is_the_one_the_story_introduces() -> None:
    text = ("CORRECTION: An earlier version of this story said 300 men worked at the yard. The source said about 90.\n\n"
            "Welders from Vietnam at a shipyard in Gdansk work at night, a source inside Poland told the Gazette. "
            "The source said the men were locked in their hostel by day.")
    note, intro, again = who(text, "about 90", "Gazette"), who(text, "work at night", "Gazette"), who(
        text, "locked in", "Gazette")
    assert note is not None and intro is not None and again is not None
    assert note.key == intro.key == again.key and intro.wording == "a source inside Poland"


def test_a_second_source_after_a_bare_the_source_is_someone_else() -> None:
    text = ("The source said about 90. A second source in Gdansk said the men were locked in by day.")
    first, second = who(text, "about 90", "Gazette"), who(text, "locked in", "Gazette")
    assert first is not None and second is not None and first.key != second.key


@pytest.mark.parametrize("text, needle, name", [
    ("According to Ts. Batsaikhan, who runs a shop nearby, the men work until midnight. \"They never rest,\" she "
     "said. Batsaikhan added that a guard counts them.", "They never rest", "Ts. Batsaikhan"),
    ("Kh. Ganbold, a neighbour, said the men sleep in a container. Ganbold said the gate is locked.",
     "gate is locked", "Kh. Ganbold"),
])
def test_a_digraph_initial_is_part_of_the_name(text: str, needle: str, name: str) -> None:
    assert not any(sent.startswith(("Batsaikhan,", "Ganbold,")) for sent, _ in speakers_of(text))  # one sentence
    src = who(text, needle, "Gazette")
    assert src is not None and src.kind == "named_person" and src.canonical == name


def test_they_say_in_a_parenthetical_is_the_group_heard_last() -> None:
    text = ("Three Kenyan cooks who left a hotel in Doha said they were promised 2,000 riyals a month. "
            "Instead, they say, they were paid 700 riyals and worked seven days a week.")
    group, again = who(text, "promised"), who(text, "Instead")
    assert group is not None and again is not None and again.key == group.key
