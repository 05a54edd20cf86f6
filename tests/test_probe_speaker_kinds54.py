"""Speaker kinds of a few classes of wording: the papers of a criminal case ("the case file states"), a ministry
whose name lists its portfolios with commas, East African short titles ("Labour CS", "Interior PS"), a private
"recruitment office" of the Gulf and Lebanon, a story by a named outlet ("a report by the outlet X"), the head of
the body just named ("Its managing director said"), and a transcript turn opened by a time stamp ("[00:41] NAME:").
Every text is written for this test; people, firms and outlets are fictional (places and state bodies are real)."""

from __future__ import annotations

import pytest

from attribution_helpers import who
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize(("phrase", "kind"), [
    ("the case file", "document"),
    ("the criminal case file", "document"),
    ("the case materials", "document"),
    ("The Ministry of Gender, Labour and Social Development", "official"),
    ("the Department of Labour, Skills and Employment", "official"),
    ("Labour CS Amina Odhiambo", "official"),
    ("Interior PS Peter Kiprono", "official"),
    ("Amina Odhiambo, the Labour CS", "official"),
    ("A Beirut recruitment office", "organization"),
    ("a manpower office in Doha", "organization"),
    ("A separate report by the Seoul-based outlet Harbour Daily", "outlet"),
    ("an article in the Moscow Times", "outlet"),
    ("Its managing director", "organization"),
    ("Its chief executive", "organization"),
])
def test_kinds_of_the_new_classes(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize(("phrase", "kind"), [
    # controls that must not change
    ("The developer, Severny Kvartal", "organization"),
    ("the labour office", "official"),
    ("the state recruitment agency", "official"),
    ("a report by Human Rights Watch", "document"),
    ("a report by the labour ministry", "document"),
    ("Cabinet Secretary Amina Odhiambo", "official"),
    ("The managing director", "anonymous_source"),
    ("the file", None),
])
def test_neighbouring_phrases_keep_their_kinds(phrase: str, kind: str | None) -> None:
    assert classify(phrase) == kind


def test_case_file_speaks_at_the_end_and_after_according_to() -> None:
    text = ("The regional prosecutor's office has sent a case against a brick-kiln owner to court.\n\n"
            "The workers' passports were kept in a safe, the case file states. According to the case file, the men "
            "were promised 40,000 rubles a month but received 6,000.\n")
    for fragment in ("kept in a safe", "promised 40,000 rubles"):
        src = who(text, fragment, "Don Courier")
        assert src is not None and src.kind == "document" and "case file" in (src.wording or ""), fragment


def test_its_managing_director_speaks_for_the_firm() -> None:
    text = ("Nine cleaners say they were not paid for months.\n\n"
            "The recruiting firm, Coastline Manpower, said the women knew the salary. "
            "Its managing director said no worker had been threatened.\n")
    src = who(text, "no worker had been threatened", "Harbour Mirror")
    assert src is not None and src.kind == "organization" and src.wording == "Its managing director"


def test_time_stamped_turn_runs_to_the_end_of_its_paragraph() -> None:
    text = ("PODCAST — Episode 3\n\n"
            "[00:00] HOST (Mira Sen): Today I talk to Dawa Lama, who built towers in Doha.\n\n"
            "[00:40] DAWA LAMA: A broker came to our village. He said 1,000 riyals a month. I paid him two lakh "
            "rupees. I borrowed it from a moneylender.\n\n"
            "[01:20] HOST: And when you arrived?\n")
    for fragment in ("I paid him two lakh", "I borrowed it"):
        src = who(text, fragment, "Podcast")
        assert src is not None and src.wording == "Dawa Lama", fragment
    host = who(text, "And when you arrived", "Podcast")
    assert host is None or host.wording != "Dawa Lama"


@pytest.mark.parametrize(("sentence", "wording", "kind"), [
    # a noun closing a relative clause is not the reporting verb
    ("A clerk at the Harbin district labour bureau, which handles wage disputes, said a complaint had been filed.",
     "A clerk at the Harbin district labour bureau, which handles wage disputes", "official"),
    ("A lawyer at the clinic, which handles wage claims, said the men had been paid nothing.",
     "A lawyer at the clinic, which handles wage claims", "anonymous_source"),
    # a count given as "more than" does not make the speaker phrase too long or a workplace
    ("More than forty workers from Yunnan province at a shoe factory in Lucheng district told this paper "
     "they worked until midnight.",
     "More than forty workers from Yunnan province at a shoe factory in Lucheng district", "anonymous_source"),
    ("More than 30 workers at a garment workshop said they had not been paid.",
     "More than 30 workers at a garment workshop", "anonymous_source"),
])
def test_speaker_phrases_of_long_subjects(sentence: str, wording: str, kind: str) -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention(sentence)
    assert m is not None and m.wording == wording
    assert classify(m.wording) == kind


@pytest.mark.parametrize("sentence", [
    "The union, which reports to the ministry, said the men were unpaid.",
    "The firm, which disputes the figures, said the men were paid.",
])
def test_a_verb_inside_a_clause_keeps_the_main_verb(sentence: str) -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention(sentence)
    assert m is not None and m.cue == "said" and "," in m.wording


@pytest.mark.parametrize(("sentence", "wording", "relay"), [
    # "according to X, which cited Y": the one cited speaks, the one citing relays
    ("Women at the plant have been barred from leaving, according to a report by the Seoul outlet Harbour Daily, "
     "which cited a source familiar with the factories in Yanji.",
     "a source familiar with the factories in Yanji", "a report by the Seoul outlet Harbour Daily"),
    ("The crews were unpaid, according to the centre, which quoted two Nepali workers on the site.",
     "two Nepali workers on the site", "the centre"),
])
def test_according_to_one_who_cited_another(sentence: str, wording: str, relay: str) -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention(sentence)
    assert m is not None and m.wording == wording and m.relay == relay


def test_according_to_one_who_cited_figures_keeps_the_citer() -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention("Wages were cut, according to the ministry, which cited figures from 2019.")
    assert m is not None and m.wording == "the ministry"


@pytest.mark.parametrize(("sentence", "wording"), [
    # an outlet that "published an article alleging that ..." speaks what it alleged
    ("On 3 April the online newspaper Kama Courier published an article alleging that drivers at our depot work "
     "16-hour shifts.", "the online newspaper Kama Courier"),
    ("Last week the Volga Herald ran a story claiming that the loaders are unpaid.", "the Volga Herald"),
])
def test_published_piece_alleging(sentence: str, wording: str) -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention(sentence)
    assert m is not None and m.wording == wording and classify(wording) == "outlet"


def test_published_piece_without_a_claim_is_no_speaker() -> None:
    from labourlens.analyse.mentions import find_mention

    assert find_mention("On Monday the company published a report on its website.") is None


@pytest.mark.parametrize(("sentence", "wording"), [
    # what a mandate or an embassy was sent speaks as a document
    ("According to the information received, the fishers were kept at sea for weeks.", "the information received"),
    ("According to the complaints received, the women were charged large fees.", "the complaints received"),
])
def test_information_received_is_a_document(sentence: str, wording: str) -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention(sentence)
    assert m is not None and m.wording == wording and classify(wording) == "document"


def test_a_body_that_received_information_is_not_the_phrase() -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention("The Panel received information from a Member State that a team of 30 workers remained.")
    assert m is None or "received" not in m.wording


@pytest.mark.parametrize(("phrase", "kind"), [
    # a town after a phrase that already places the speakers is no person's name
    ("Workers at the Saleh Farm Estate, Mafraq", "anonymous_source"),
    ("Pickers on the Haddad farm, Irbid", "anonymous_source"),
    # controls
    ("Ana Ruiz, Manila", "named_person"),
    ("Workers at the farm, Ana Ruiz", "named_person"),
])
def test_town_after_a_placed_group(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind
