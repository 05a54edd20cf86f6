"""Speakers that open a quotation, a wire dateline with its agency, a plaintiff by role, people who share a room.

'..., who said: "These men ... Their phones were taken."': the sentences inside the quotation the named speaker
opened are his, not a document's quoted in the paragraph before. "ABU DHABI (Gulf Wire) - Cleaners at a mall say
...": the speaker after the dateline. "Lead plaintiff Ana Ruiz states ...": a person. "24 men shared a room": no
speakers. Texts written for this probe: fictional people, outlets and firms; real places."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, speaker

RELAY = (
    "Fishing crews held at sea for a year, daily reports\n\n"
    "Deckhands on two longliners were kept at sea for fourteen months, the daily Puerto Sur reported, citing a "
    "coastguard inspection report. The inspection report described the crew cabins as \"wet and without air\".\n\n"
    "The paper also quoted Father Tomas Ruiz, a port chaplain in Mar del Plata, who said: \"These men had not "
    "called home in months. Their passports were taken by the captain. One man wept when we gave him a phone.\"\n"
)


def test_the_quotation_is_the_openers() -> None:
    _, _, key = speaker(RELAY, "had not called home")
    w, _, key2 = speaker(RELAY, "passports were taken by the captain")
    assert key2 == key and w is not None and w.startswith("Father Tomas Ruiz")


def test_a_quotation_of_ones_own_stays() -> None:
    # control: the report's own quotation in the paragraph before stays the report's
    w, k, _ = speaker(RELAY, "wet and without air")
    assert k == "document"


def test_a_dateline_with_its_agency() -> None:
    text = ("DUBAI (Gulf Trade Wire) - Cleaners at a shopping mall in Dubai's Deira district say their agency, "
            "Brightway Manpower, has not paid them since March and keeps their passports.\n\n"
            "The agency did not respond to requests for comment.\n")
    w, k, _ = speaker(text, "has not paid them")
    assert k == "anonymous_source" and w is not None and w.startswith("Cleaners at a shopping mall")


def test_a_lead_plaintiff_is_a_person() -> None:
    text = ("Migrant fishermen sued a seafood buyer in The Hague.\n\n"
            "Lead plaintiff Rafiq Hossain states in his witness statement that he was paid nothing for ten months "
            "and that his passport was kept by the agent.\n")
    w, k, _ = speaker(text, "paid nothing for ten months")
    assert k == "named_person" and w is not None and "Rafiq Hossain" in w


def test_sharing_a_room_is_no_speaking() -> None:
    text = ("Migrant workers at the Kestrel Gloves plant in Johor described their conditions to researchers.\n\n"
            "We visited two hostels. In one, 30 men shared a room of 25 square metres with one toilet and the gate "
            "was locked at night.\n")
    a = analyse(text, META)
    c = next(c for c in a.claims if "shared a room" in c.text)
    assert c.source == "OUTLET"


def test_sharing_a_story_is_speaking() -> None:
    # control: "shared that ..." tells
    text = ("Migrant workers at the Kestrel Gloves plant in Johor described their conditions to researchers.\n\n"
            "Two workers shared that the supervisor kept their passports and locked the hostel gate at night.\n")
    w, _, _ = speaker(text, "kept their passports")
    assert w == "Two workers"


def test_a_shared_flat_is_an_adjective() -> None:
    # control: "at a shared flat" is where the interview was, and the sentence stays as it was read
    text = ("Migrant workers at the Kestrel Gloves plant in Johor described their conditions to researchers.\n\n"
            "Five workers interviewed by the Harbour Ledger at a shared flat in Pasir Gudang described the same "
            "arrangement. They said the supervisor kept their passports.\n")
    a = analyse(text, META)
    assert not [c for c in a.claims if "shared flat" in c.text and c.source == "OUTLET"]
