"""Probes for the classes of miss found when heldout274 (North Korean and Central Asian workers in Russia) was opened
for study (branch diag274). Every text is written for these tests, in our own wording: names, bodies and figures are
invented (places and currencies are real); each class has controls that must not change."""

from __future__ import annotations

from labourlens.analyse.document_voice import document_voice
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import classify
from probe_helpers import lexicon_indicators, speaker, speakers_by_opening

META = {"published": "2026-11-20", "language": "en"}

# ---------------------------------------------------------------- an excerpt headed "From: <title of a report>"

EXCERPT = ("From: Yearly Review of the Labour Inspector for Primorsky Krai for 2024\n"
           "Chapter 2. Foreign workers on building sites\n\n"
           "2.1. The Inspector examined 61 complaints from foreign builders in Vladivostok and Nakhodka.\n\n"
           "2.2. Wages were reportedly withheld for two months at three sites, and the workers' passports were "
           "kept in the site office.\n\n"
           "2.3. The Inspector's staff found no proof that guards had locked the dormitories at night.\n")


def test_from_line_naming_a_report_makes_the_excerpt_speak_as_that_report() -> None:
    voice = document_voice(EXCERPT)
    assert voice is not None and voice.wording.startswith("Yearly Review of the Labour Inspector")
    wording, kind, _key = speaker(EXCERPT, "passports were kept", META)
    assert kind == "document" and wording is not None and wording.startswith("Yearly Review")
    wording, kind, _key = speaker(EXCERPT, "found no proof", META)
    assert kind == "document" and wording is not None and wording.startswith("Yearly Review")


def test_from_line_controls() -> None:
    # an e-mail header or a plain person's name after "From:" is no report
    assert document_voice("From: Anna Petrova <anna@example.org>\nSubject: the camp\n\nWe were locked in.") is None
    assert document_voice("From: Igor Lebedev\n\nThe men slept in a shed behind the sawmill.") is None
    # a phrase, not a title, after "From:"
    assert document_voice("From: what the workers told us about the report\n\nThey were not paid.") is None


# ---------------------------------------------------------------- "told our channel": the page by its medium

CHANNEL = ("Migrant workers at a farm near Blagoveshchensk\n\n"
           "\"They are in the fields from dawn until dark, seven days a week,\" a man who sells the farm its seed "
           "told our channel. \"The foreman keeps their passports in a safe.\"\n\n"
           "Another source, a former cook at the farm, said all wages went via the gang boss.\n\n"
           "The first source added that the barracks had no heating.\n")


def test_told_our_medium_closes_a_quote_attribution() -> None:
    m = find_mention("\"They sleep on the floor every night,\" a man who sells the farm its seed told our channel.")
    assert m is not None and m.wording == "a man who sells the farm its seed"
    m = find_mention("A former guard told our newspaper that the gates were locked at night.")
    assert m is not None and m.wording == "A former guard"


def test_first_source_goes_back_to_the_one_who_told_our_channel() -> None:
    rows = speakers_by_opening(CHANNEL, 25, META)
    first = rows["\"They are in the fields f"]
    assert first[0] is not None and first[0].startswith("a man who sells")
    assert rows["The first source added th"] == first


def test_told_our_medium_controls() -> None:
    m = find_mention("\"They sleep on the floor,\" a driver told us.")
    assert m is not None and m.wording == "a driver"
    m = find_mention("The guard told our reporter that nobody left.")
    assert m is not None and m.wording == "The guard"


# ---------------------------------------------------------------- "His defence claims that ..."


def test_possessive_defence_is_the_accused_side() -> None:
    m = find_mention("His defence claims the loggers were free to go home at any time.")
    assert m is not None and m.wording == "His defence"
    assert classify("Her defence") == "anonymous_source"


def test_possessive_defence_controls() -> None:
    m = find_mention("The defence argued that the loggers were free to go.")
    assert m is not None and m.wording == "The defence"
    m = find_mention("In his defence, the manager said the workers were free to go.")
    assert m is not None and m.wording == "the manager"


# ---------------------------------------------------------------- "According to the applicants' statements, ..."


def test_according_to_peoples_statements_is_those_people() -> None:
    m = find_mention("According to the plaintiffs' statements, they were promised 800 dollars a month but got nothing.")
    assert m is not None and m.wording == "the plaintiffs"
    m = find_mention("According to the loggers' written statements, the foreman kept their passports.")
    assert m is not None and m.wording == "the loggers"


def test_according_to_statements_controls() -> None:
    # a body's statements are left to the finders that read bodies; "accounts" and "testimony" are unchanged
    m = find_mention("According to the ministry's statements, the men were free to leave.")
    assert m is None or m.wording != "the ministry"
    m = find_mention("According to the plaintiffs, they were promised 800 dollars a month.")
    assert m is not None and m.wording == "the plaintiffs"


# ---------------------------------------------------------------- "X briefed lawmakers ..., saying ..."

BRIEFING = ("The National Intelligence Service briefed legislators on Tuesday, saying some 3,000 North Korean builders "
            "were working in Siberia.\n\n"
            "The spy agency said the builders were kept in locked dormitories in Irkutsk.\n")


def test_audience_after_the_act_is_no_part_of_the_subject() -> None:
    m = find_mention("The labour ministry briefed reporters on Monday, saying 400 loggers were owed wages.")
    assert m is not None and m.wording == "The labour ministry"
    rows = speakers_by_opening(BRIEFING, 25, META)
    assert rows["The National Intelligence"] == ("The National Intelligence Service", "official")
    assert rows["The spy agency said the b"] == rows["The National Intelligence"]


def test_audience_after_the_act_controls() -> None:
    m = find_mention("The ministry issued a statement on Monday, saying 400 loggers were owed wages.")
    assert m is not None and m.wording == "The ministry"
    m = find_mention("Five detained reporters spoke to us, saying they had been beaten.")
    assert m is not None and m.wording == "Five detained reporters"


# ---------------------------------------------------------------- lexicon: identity papers refused back, leaving met
# with violence, a crowd to one unit named with a word of its kind

ABUSE = "abusive_working_and_living_conditions"


def test_refused_back_covers_the_identity_paper_class() -> None:
    assert "retention_of_identity_documents" in lexicon_indicators(
        "The crew chief would not hand back the men's migration cards.")
    assert "retention_of_identity_documents" in lexicon_indicators(
        "The owner refused to return their residence permits.")


def test_beaten_who_tried_to_leave_restricts_movement() -> None:
    assert "restriction_of_movement" in lexicon_indicators(
        "The watchmen beat two loggers who tried to walk away from the camp.")
    assert "restriction_of_movement" in lexicon_indicators("A guard kicked a woman who attempted to run away.")


def test_crowd_to_a_modified_unit_is_crowding() -> None:
    assert ABUSE in lexicon_indicators("The pickers slept fourteen to a shipping container.")
    assert ABUSE in lexicon_indicators("They lived nine to a metal hut near the quarry.")


def test_lexicon_controls() -> None:
    assert "restriction_of_movement" not in lexicon_indicators("The guards beat a man who tried to steal a phone.")
    assert ABUSE not in lexicon_indicators("Each volunteer at the fair was given a single room of their own.")
    assert ABUSE not in lexicon_indicators("The crew slept two to a shipping container with air conditioning.")
    assert "retention_of_identity_documents" not in lexicon_indicators("The office refused to hand back the deposit.")
