"""Probes for the classes of miss found when heldout201 (companies' own disclosures about forced-labour risk: modern
slavery statements, replies to reporters, questionnaires, audit plans, helpline bulletins) was opened for study
(branch diag201). Every text is written for these tests, in our own wording: names, firms and figures are invented
(places and currencies are real); each class has controls that must not change."""

from __future__ import annotations

import pytest

from labourlens.analyse.interviewees import intro_person
from labourlens.analyse.own_answers import firm_respondent, salutation
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import source_of

META = {"published": "2026-10-05", "language": "en"}


# ---------------------------------------------------------------- a letter's greeting is no interviewee

REPLY = (
    "From: Communications team, Pemberly Outdoor\n"
    "To: Ilse Ferrand, Greywater Review\n"
    "Subject: Your questions on the Ostrava sewing unit\n\n"
    "Dear Ilse,\n\n"
    "Thank you for writing. Our answers are below.\n\n"
    "Q: How long are the shifts of the Vietnamese sewers in Ostrava?\n"
    "A: The sewers work a 48-hour week, and their overtime is voluntary and paid.\n\n"
    "Q: Where do they live?\n"
    "A: About sixty sewers share rooms in a hostel the unit leases, and the unit deducts 3,000 koruna a month for it.\n\n"
    "Best wishes,\nPemberly Outdoor Communications\n"
)


def test_a_greeting_names_the_one_written_to_not_the_one_answering() -> None:
    a = analyse(REPLY, dict(META))
    for words in ("overtime is voluntary", "deducts 3,000 koruna"):
        s = source_of(a, words)
        assert s.kind == "outlet" or s.key == "OUTLET", (words, s.wording, s.kind)
        assert s.wording is None or "Ilse" not in s.wording


@pytest.mark.parametrize("name,expected", [
    ("Dear Ilse", True), ("Hello Marek", True), ("Dearborn Smith", False), ("Ilse Ferrand", False),
])
def test_salutation(name: str, expected: bool) -> None:
    assert salutation(name) is expected


def test_a_named_interviewee_in_an_introduction_is_still_found() -> None:
    # control: an introduction that names the person interviewed keeps naming them
    assert intro_person("We spoke to former welder Marek Dvorak about his two years on the site.\n\n") == "Marek Dvorak"


# ---------------------------------------------------------------- a firm answering its own questionnaire

QUESTIONNAIRE = (
    "Buyer questionnaire, part B: labour practices\n"
    "Respondent: Varden Textiles Ltd, Tiruppur mill\n\n"
    "B1. How are migrant workers' identity papers stored?\n"
    "Answer: Each migrant spinner holds his own passport, and the mill offers a locker to anyone who asks.\n\n"
    "B2. Were hiring costs charged to workers in the last three years?\n"
    "Answer: Until 2024, spinners hired through brokers in Nepal each paid those brokers about US$900.\n"
)


def test_a_firm_named_as_respondent_answers_in_the_pages_voice() -> None:
    # the page is the firm's own answer: its answers speak for the respondent named in the header, as the firm
    # (questionnaire_answers), one source for all of them, never a person in the text
    a = analyse(QUESTIONNAIRE, dict(META))
    sources = {source_of(a, words).key for words in ("holds his own passport", "paid those brokers")}
    assert len(sources) == 1
    s = source_of(a, "holds his own passport")
    assert s.key == "OUTLET" or s.kind == "outlet" or (s.kind == "organization" and "Varden" in (s.wording or "")), (
        s.wording, s.kind)


@pytest.mark.parametrize("head,name,expected", [
    ("Respondent: Varden Textiles Ltd, Tiruppur", "Varden Textiles", True),
    ("Respondent: Varden Textiles Ltd, Tiruppur", "Varden Textiles Ltd", True),
    ("Respondent: Thornvale Mouldings (M) Sdn Bhd", "Thornvale Mouldings", True),
    ("Respondent: Marek Dvorak, line supervisor", "Marek Dvorak", False),
])
def test_firm_respondent(head: str, name: str, expected: bool) -> None:
    assert firm_respondent(head, head.index(name) + len(name)) is expected


# ---------------------------------------------------------------- titles and appositions that set the kind


@pytest.mark.parametrize("wording,kind", [
    ("Deputy Director-General Farid Osman", "official"),
    ("Deputy Director General Farid Osman", "official"),
    ("Harbour Lookout Watch, a migrant rights group", "organization"),
    ("Norvik Watch, an NGO based in Bergen", "organization"),
    # controls
    ("Norvik Press, a media group", "outlet"),
    ("Marek Dvorak, a researcher", "named_person"),
])
def test_titles_and_appositions_set_the_kind(wording: str, kind: str) -> None:
    assert classify(wording) == kind


def test_the_group_after_a_named_rights_group_is_the_same_source() -> None:
    text = ("Greywater Watch, a migrant rights group, says the sewers at a Tiruppur mill allegedly had their wages "
            "held back for three months.\n\n"
            "The group also said the sewers were locked inside the mill compound at night.\n")
    a = analyse(text, dict(META))
    first, second = source_of(a, "wages held back"), source_of(a, "locked inside")
    assert first.kind == "organization" and first.key == second.key


# ---------------------------------------------------------------- an unnamed teller with a long description

TELLER = ("Migrant welders at shipyards in Johor called our helpline this spring.\n\n"
          "A young welder on a subcontractor's crew at the Pasir Gudang yard told us that his wages had been withheld "
          "for four months. He said the crew sleep in a locked container beside the slipway.\n")


def test_the_head_of_a_long_description_tells_and_is_the_next_he() -> None:
    a = analyse(TELLER, dict(META))
    first, second = source_of(a, "withheld for four months"), source_of(a, "locked container")
    assert first.kind == "anonymous_source" and first.wording is not None and first.wording.startswith("A young welder")
    assert second.key == first.key


@pytest.mark.parametrize("sentence,wording", [
    ("A young welder on a subcontractor's crew at the Pasir Gudang yard told us that his pay was withheld.",
     "A young welder"),
    # controls: no person at the head; a short subject read as before
    ("A truck on a subcontractor's crew at the Pasir Gudang yard said that nothing had moved.", None),
])
def test_long_tail_teller(sentence: str, wording: str | None) -> None:
    from labourlens.analyse.long_tail_tellers import long_tail_teller  # noqa: PLC0415 - one probe only

    m = long_tail_teller(sentence)
    assert (m.wording if m else None) == wording


def test_a_short_teller_is_read_as_before() -> None:
    from labourlens.analyse.mentions import find_mention  # noqa: PLC0415 - one probe only

    m = find_mention("A young welder told us that his wages had been withheld.")
    assert m is not None and m.wording == "A young welder"
