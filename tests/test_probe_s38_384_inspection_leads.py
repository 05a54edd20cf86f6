"""Probes (session 38, from heldout384's study): a named person who led a team or an operation of the state ("who led
the inspection team sent aboard the trawler") speaks as an ``official``, as one who heads an inspectorate does, and
stays one person for the "he said" after him though his surname ends in "s"; his finding worded with "no" ("the mess
had no working fridge") is no denial of an accused party. A vessel's crew, named by the bare noun at the head of a
sentence ("Crew told the officers ..."), is an unnamed group, never a person's name. Near misses: one who led a strike
or an audit team stays a person, and one who once headed a standing office is a former official, left as it was.
Every text is written for this test; people, vessels and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, META, speaker

BOARDING = LEAD + (
    "Three Indonesian deckhands on the trawler Sea Lantern say they went nine months without pay.\n\n"
    "Pieter Willems, who led the inspection team sent aboard the Sea Lantern in Walvis Bay, said the crew slept "
    "sixteen to a cabin meant for eight. \"The men were drinking water from an old fuel drum, and the mess had no "
    "working fridge,\" he said.\n")


def test_the_leader_of_a_boarding_team_is_an_official() -> None:
    wording, kind, _ = speaker(BOARDING, "sixteen to a cabin")
    assert kind == "official" and wording is not None and wording.startswith("Pieter Willems")


def test_his_next_quotation_stays_his() -> None:
    first = speaker(BOARDING, "sixteen to a cabin")
    wording, kind, key = speaker(BOARDING, "old fuel drum")
    assert key == first[2] and kind == "official"


def test_his_finding_worded_with_no_is_affirmed() -> None:
    a = analyse(BOARDING, META)
    claim = next(c for c in a.claims if "old fuel drum" in c.text)
    assert claim.polarity == "affirmed"


def test_led_an_inspection_or_a_raid_of_the_state() -> None:
    assert classify("Ana Ruiz, who led the labour inspection team") == "official"
    assert classify("Jon Pryce, who headed the police raid on the farm") == "official"


def test_led_a_strike_or_an_audit_team_stays_a_person() -> None:
    assert classify("Ana Ruiz, who led the strike at the cannery") == "named_person"
    assert classify("Ana Ruiz, who led the audit team") == "named_person"


def test_once_headed_a_standing_office_is_left_as_it_was() -> None:
    assert classify("Ana Ruiz, who headed the labour inspectorate") == "named_person"


def test_bare_crew_is_an_unnamed_group() -> None:
    text = LEAD + ("Officers inspected the longliner Blue Heron in port on Monday.\n\n"
                   "Crew told officers that they hauled lines for 20 hours a day and were not paid for five months.\n")
    wording, kind, _ = speaker(text, "hauled lines")
    assert wording == "Crew" and kind == "anonymous_source"


def test_crew_members_and_a_named_person_are_as_before() -> None:
    assert classify("Crew members") == "anonymous_source"
    assert classify("Crewe Hollis") == "named_person"
