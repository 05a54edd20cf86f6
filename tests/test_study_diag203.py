"""Probes for the classes fixed in the study of heldout203 (very short items: wire flashes, alerts, posts, briefs),
in our own wording: attribution packed into a sentence's last words ("-- inspectors", ", via a source in the port"),
a party's label before its quoted words ('Employer: "..."'), a wire's urgency label that is no speaker, a works
named for what it works, and an alert's "feared drowned" as a hedge."""

from __future__ import annotations

import pytest

from labourlens.analyse import hedges
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import classify
from probe_helpers import speaker_rows


def _speaker(text: str, needle: str) -> tuple[str | None, str]:
    rows = speaker_rows(text)
    row = next(r for r in rows if needle in r[3])
    return row[1], row[2]


# ------------------------------------------------------------------ class 1: a tag in the sentence's last words


@pytest.mark.parametrize(
    ("sentence", "wording"),
    [
        ("Eleven Tajik loggers near Tikhvin were kept without wages for a whole winter -- labour inspectors.",
         "labour inspectors"),
        ("Nine seamen were beaten and held aboard a trawler off Varna \u2014 the coast guard.", "the coast guard"),
        ("Two crewmen were locked in the hold for a week, via a source at the harbour.", "a source at the harbour"),
        ("The farmhands were owed four months of pay, per the district labour office.", "the district labour office"),
    ],
)
def test_tail_tag_names_the_speaker(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


@pytest.mark.parametrize(
    "sentence",
    [
        "The men worked fourteen hours a day -- well past the legal limit.",
        "Workers were paid 300 euros per month, via a broker.",
        "The crew had not been paid since spring -- more to follow.",
        "Recruiters -- police.",  # a heading, no claim before the tag
    ],
)
def test_tail_without_a_speaker_is_left_alone(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is None or m.wording.lower() not in ("well past the legal limit", "a broker", "more to follow", "police")


def test_dash_tag_in_a_flash() -> None:
    text = ("SOFIA (Balkan Brief) \u2014 Twenty women hired for \"cafe jobs\" were instead made to clean "
            "warehouses without pay, and three were beaten -- police. More later.")
    assert _speaker(text, "without pay") == ("police", "official")


# ------------------------------------------------------------------ class 2: a party's label before its quotation


@pytest.mark.parametrize(("label", "kind"), [("Police", "official"), ("Management", "organization")])
def test_party_label_before_quote_speaks(label: str, kind: str) -> None:
    text = ("NORILSK, 22:10 \u2014 Four North Korean loggers missing after a sawmill blaze, via a source at the mill. "
            "The loggers had gone unpaid since the spring and their passports sat in the director's safe. "
            f"{label}: \"every logger holds his own passport.\" Details to follow.")
    rows = speaker_rows(text)
    assert next(r for r in rows if "holds his own passport" in r[3])[1:3] == (label, kind)
    assert next(r for r in rows if "missing after a sawmill blaze" in r[3])[1:3] == ("a source at the mill", "anonymous_source")


def test_capital_label_of_a_place_or_section_is_not_a_party() -> None:
    m = find_mention('Background: "hundreds of men work there," a former guard said.')
    assert m is None or m.wording != "Background"


# ------------------------------------------------------------------ class 3: a wire's urgency label


@pytest.mark.parametrize("label", ["FLASH", "URGENT", "ALERT", "BULLETIN"])
def test_urgency_label_is_no_speaker(label: str) -> None:
    text = (f"{label}: About 150 Vietnamese builders may still be in Angola, a labour attach\u00e9 in Luanda said. "
            "A foreman reportedly keeps the builders' passports and pays them in food coupons.")
    rows = speaker_rows(text)
    assert all(r[1] is None or label.lower() not in r[1].lower() for r in rows)


def test_transcript_label_still_speaks() -> None:
    m = find_mention("ORLOV: They kept our passports in the office safe.")
    assert m is not None and m.wording == "Orlov"


# ------------------------------------------------------------------ class 4: a works named for what it works


@pytest.mark.parametrize("name", ["Quarrow Ironworks", "Tellmont Pipeworks", "Hallin Brickworks"])
def test_works_is_an_organisation(name: str) -> None:
    assert classify(name) == "organization"


def test_person_stays_a_person() -> None:
    assert classify("Ivan Petrov") == "named_person"


# ------------------------------------------------------------------ class 5: "feared drowned" in an alert


@pytest.mark.parametrize(
    "sentence",
    ["Fire at a brick kiln; six bonded labourers feared dead, via a local source.",
     "A guard believed killed in the riot at the camp."],
)
def test_reduced_state_clause_is_hedged(sentence: str) -> None:
    assert hedges.find_hedges(sentence)


def test_plain_death_is_not_hedged() -> None:
    assert not hedges.find_hedges("Six bonded labourers died in the kiln fire.")


# ------------------------------------------------------------------ class 6: a first-person account's credit line


def test_told_to_credit_line_names_the_teller() -> None:
    text = ("ONE MINUTE WITH... Marisol Tabora, 41, a cook back from Oman (as told to The Harbour Times)\n"
            "Q: How did the job end?\nA: I worked nine months and saw one salary. The broker said I owed him 90 rials "
            "for the flight.\nQ: Did you have a day off?\nA: No. Madam kept my phone and my passport the whole time.")
    rows = speaker_rows(text)
    assert rows and all(r[1:3] == ("Marisol Tabora", "named_person") for r in rows)
    assert not any("as told to" in r[3] for r in rows)  # the credit line is no claim


def test_told_to_without_a_name_is_not_read_as_one() -> None:
    m = find_mention("A nanny back from Qatar (as told to The Harbour Times)")
    assert m is None or m.wording != "A nanny"


def test_dash_inside_a_quotation_is_no_tag() -> None:
    m = find_mention('Union organiser Ana Ruiz disputes that: "Six women told us one thing \u2014 the boss kept our passports."')
    assert m is not None and m.wording == "Union organiser Ana Ruiz"


def test_dash_before_a_clause_is_no_tag() -> None:
    m = find_mention("The crew never saw a contract at the quarry -- the boss kept their passports.")
    assert m is None or m.wording != "the boss kept their passports"


def test_capitalised_phrase_after_a_dash_is_no_tag() -> None:
    m = find_mention("Twelve welders were sent home without their final pay this week -- Harbour Authority.")
    assert m is None or m.wording != "Harbour Authority"
