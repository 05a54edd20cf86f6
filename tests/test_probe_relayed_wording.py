"""Probes for attribution worded as an act with a participle of speech, a relative "which reported", a "read"
tag, messages "from people who say", and a translation's word order (written for labourlens; the people,
firms and outlets are invented)."""

from __future__ import annotations

import pytest

from labourlens.analyse.read_tags import read_tag
from labourlens.analyse.saying_acts import saying_mention, which_reported_mention
from labourlens.analyse.translated_tags import translated_tag
from labourlens.analyse.who_says import accounts_from_mention
from probe_helpers import LEAD, speaker


@pytest.mark.parametrize(
    ("sentence", "wording", "kind"),
    [
        ("The tabloid Evening Star followed up on Friday with a different angle, saying the welders slept in a cold store.",
         "The tabloid Evening Star", "outlet"),
        ("The labour ministry issued a statement on Friday, saying the welders had been paid in full.",
         "The labour ministry", "official"),
        ("The union's regional office stepped in last week, saying that at least 40 men had not been paid since March.",
         "The union's regional office", "organization"),
        ("Harbour Rights published its findings on Monday, saying that recruiters had charged each worker $2,000.",
         "Harbour Rights", "organization"),
    ],
)
def test_the_subject_of_an_act_speaks_the_participle(sentence: str, wording: str, kind: str) -> None:
    assert speaker(LEAD + sentence, sentence[:30])[:2] == (wording, kind)


def test_a_relative_clause_is_no_act_of_the_speaker() -> None:
    text = LEAD + "Twenty cleaners who worked at a hotel in Doha said their wages were cut and their passports taken."
    wording, kind, _ = speaker(text, "Twenty cleaners")
    assert wording is not None and wording.startswith("Twenty cleaners who worked") and kind == "anonymous_source"


@pytest.mark.parametrize(
    "sentence",
    [
        "Five detained workers went on strike on Monday.",  # no participle of speech
        "Prices rose sharply last year, saying nothing about wages.",  # no speaker before the act
    ],
)
def test_no_participle_or_no_speaker_gives_no_act_speaker(sentence: str) -> None:
    assert saying_mention(sentence) is None


def test_the_one_named_before_which_reported_speaks() -> None:
    sentence = ("The story came from the business paper Kama Business, which reported on Thursday that the plant had "
                "been holding the passports of 70 workers.")
    m = which_reported_mention(sentence)
    assert m is not None and m.wording == "the business paper Kama Business"
    assert speaker(LEAD + sentence, "The story came")[:2] == ("the business paper Kama Business", "outlet")
    assert which_reported_mention("The yard, which opened in 2019, employs 300 welders from Uzbekistan.") is None


def test_they_say_after_a_document_is_the_group_met_before() -> None:
    text = (LEAD + "Nineteen Nepali guards who worked for a security firm in Sharjah say they were not paid for four "
            "months. The men each earned 1,400 dirhams a month, according to copies of their contracts seen by the Wire. "
            "They say they are owed between 5,600 and 7,000 dirhams each.")
    group = speaker(text, "Nineteen Nepali guards")[2]
    assert speaker(text, "They say they are owed")[2] == group
    assert speaker(text, "The men each earned")[1] == "document"


@pytest.mark.parametrize(
    ("sentence", "frag", "wording", "kind"),
    [
        ('"Brothers, this agency takes 500 rubles for every late order," read a post on the channel Osh Jumush, '
         "which has 40,000 subscribers.", "Brothers", "the channel Osh Jumush", "outlet"),
        ('"All workers are paid in full and on time," the statement read.', "All workers are paid", "the statement",
         "document"),
        ('"The company keeps our passports," read a message from one of the drivers.', "The company keeps",
         "one of the drivers", "anonymous_source"),
    ],
)
def test_a_read_tag_gives_the_writer_or_the_written_thing(sentence: str, frag: str, wording: str, kind: str) -> None:
    assert speaker(LEAD + sentence, frag)[:2] == (wording, kind)


def test_read_in_another_sense_is_no_tag() -> None:
    assert read_tag("The foreman read the contract aloud to the welders in Russian.") is None
    assert read_tag('"Sign here," he said, and the men read nothing before signing.') is None


def test_messages_from_people_who_say_are_theirs() -> None:
    sentence = ("A Telegram channel run by Kyrgyz migrants has published messages from delivery couriers who say an "
                "agency fined them until they owed money.")
    assert speaker(LEAD + sentence, "A Telegram channel")[:2] == ("delivery couriers", "anonymous_source")
    assert accounts_from_mention("Complaints from workers who left the yard rose in May.") is None
    assert accounts_from_mention("Messages from couriers who say nothing about fines were not counted.") is None
    ministry = ("The labour ministry said it was checking complaints from 23 women who say they were recruited for "
                "greenhouses and never paid.")
    assert speaker(LEAD + ministry, "The labour ministry")[:2] == ("The labour ministry", "official")


@pytest.mark.parametrize(
    ("sentence", "frag", "wording", "kind"),
    [
        ("The owner of the bakery by telephone told to the edition that the bakers live in the basement by their own wish.",
         "The owner of the bakery", "The owner of the bakery", "organization"),
        ("In the press service of the regional police confirmed to the edition that the bakers were held without pay.",
         "In the press service", "the press service of the regional police", "official"),
        ("North Korean builders are not allowed to leave the site even on holidays, a source inside Russia conveyed to "
         "this newspaper on the 8th.", "North Korean builders", "a source inside Russia", "anonymous_source"),
    ],
)
def test_a_translations_word_order(sentence: str, frag: str, wording: str, kind: str) -> None:
    found, found_kind, _ = speaker(LEAD + sentence, frag)
    assert found is not None and found.startswith(wording) and found_kind == kind  # ("... by telephone" may stay)


def test_as_told_to_then_told_inverted_then_his_words_are_one_worker() -> None:
    text = (LEAD + "As told to the edition one of the workers, a 34-year-old from Kulob, the bakers slept next to the "
            'ovens. "We worked from four in the morning, the owner kept the documents," told the man, who asked not '
            "to be named. According to his words, the bakers received from 25,000 to 28,000 rubles a month.")
    first = speaker(text, "the bakers slept")
    assert first[:2] == ("one of the workers", "anonymous_source")
    assert speaker(text, "We worked from four")[2] == first[2]
    assert speaker(text, "the bakers received")[2] == first[2]


def test_plain_english_is_not_read_as_a_translation() -> None:
    assert translated_tag("In the dormitory they slept twelve to a room.") is None
    assert translated_tag('"Go home," he told the men, and they left.') is None
    assert translated_tag("As told in our last issue, the yard closed in May.") is None


def test_workers_named_only_as_makers_of_traded_goods_make_no_claim() -> None:
    from labourlens.analyse.pipeline import analyse

    note = ("Trade between China and North Korea reached $180 million in May, up 9 percent, according to customs "
            "figures released on Monday.\n\nWig imports, processed by North Korean factory workers from Chinese hair, "
            "have grown steadily and now make up half of the North's exports to China by value.")
    assert analyse(note, {"published": "2025-03-01", "language": "en"}).claims == []
    report = note + "\n\nThe factory workers are locked in their dormitory at night and paid nothing, a source said."
    assert analyse(report, {"published": "2025-03-01", "language": "en"}).claims


def test_a_participle_of_work_is_no_participle_of_speech() -> None:
    sentence = ("Pak Chol worked for four years in a team of coders housed in a flat in Shenyang, writing code for "
                "clients who believed they were hiring freelancers.")
    assert saying_mention(sentence) is None
