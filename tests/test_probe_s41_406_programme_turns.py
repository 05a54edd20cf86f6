"""Probes (session 41, from heldout406's podcast): a transcript's turn label may name its unnamed speaker with "the"
("THE DRIVER (voiced by an actor):", "THE NURSE:"), and each such turn is that person's; a programme whose closing line
says it "is produced by" two people (its hosts) is its own outlet. Near misses: a producer that is a company stays
the outlet; a label that is no person word ("THE CHAIR:") is not read as an unnamed person. Texts written for these
tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import speaker

SHOW = """HARBOUR HOURS
Episode 9: The bakery by the ferry
Transcript

ANA LIND (host): Welcome to Harbour Hours. I'm Ana Lind. Our reporter Tomas Berg went to the ferry quarter.

TOMAS BERG (reporter): Thanks, Ana. I met a man who drove vans for the bakery for two years. He wants to stay
unnamed; on this programme he is the driver.

THE DRIVER (read by an actor; his words are in translation): The bakers from abroad never left the yard alone. At night
the manager locked the gate from the outside.

TOMAS BERG: He told me the bakers worked from four in the morning until eight at night.

THE DRIVER: The boss kept their passports in the office safe.

ANA LIND: Harbour Hours is produced by Ana Lind and Tomas Berg. Find us wherever you listen."""

COMPANY = SHOW.replace("Ana Lind and Tomas Berg", "Kestrel Media Collective")


def test_a_the_label_turn_is_the_unnamed_speakers() -> None:
    wording, kind, _ = speaker(SHOW, "never left the yard", {})
    assert (wording or "").lower() == "the driver" and kind == "anonymous_source"
    assert (speaker(SHOW, "office safe", {})[0] or "").lower() == "the driver"


def test_a_show_produced_by_its_hosts_is_its_own_outlet() -> None:
    assert analyse(SHOW, {"language": "en"}).meta.outlet == "Harbour Hours"


def test_a_show_produced_by_a_company_keeps_the_company() -> None:
    assert analyse(COMPANY, {"language": "en"}).meta.outlet == "Kestrel Media Collective"


def test_a_chair_label_is_no_unnamed_person() -> None:
    from labourlens.analyse.interviewees import label_person

    assert label_person("THE CHAIR") is None
    assert label_person("THE DRIVER") == "Driver" or (label_person("THE DRIVER") or "").lower().endswith("driver")


def test_a_welcome_that_says_what_the_show_is_is_no_claim() -> None:
    from labourlens.analyse.claim_filters import is_programme_line
    from labourlens.analyse.host_talk import host_talk

    assert host_talk("Welcome to Night Shift, the podcast about work at sea.")
    assert not host_talk("Welcome to Night Shift, where the crews are beaten.")
    assert is_programme_line("And that is all for this edition.") and is_programme_line("That is it for episode 40.")
