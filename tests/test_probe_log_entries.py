"""Probes: a log's entries that open with a typed person ("Female caller, Osh, 41.") and go on in sentences
without a subject ("Says the landlord ..."), a person given by kind with places and an age only, and a relayed
source whose relay is the very phrase being resolved. Texts written for these tests; people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, META, speaker

LOG = LEAD + """SAFE PASSAGE HELPLINE — Almaty
Call notes, May 2025. Names withheld.

2 May. Female caller, Kyrgyzstan, 41. Cleans offices in Almaty. Says the agency has kept her passport since March.
Referred to a lawyer.

9 May. Male caller, Uzbekistan, 23, calling for four cousins. Says the foreman hit his cousin when he asked for wages.

14 May. Male caller, Tajikistan. Works at a car wash. Reports that he is paid on time.
"""


def test_subjectless_says_is_the_entry_person() -> None:
    wording, kind, key = speaker(LOG, "kept her passport")
    assert wording == "Female caller, Kyrgyzstan, 41" and kind == "anonymous_source"
    wording2, kind2, key2 = speaker(LOG, "hit his cousin")
    assert wording2 == "Male caller, Uzbekistan, 23" and kind2 == "anonymous_source"
    assert key2 != key  # two callers, two sources
    wording3, _, key3 = speaker(LOG, "paid on time")
    assert wording3 == "Male caller, Tajikistan" and key3 not in (key, key2)


def test_says_without_an_entry_fragment_keeps_the_page() -> None:
    text = LEAD + ("Notes from the shelter, June 2025.\n\nThe shelter took in six women this week. Says a lot about the season "
            "that most came from the same agency.\n")
    a = analyse(text, META)
    assert not any(a.source(c.source) and a.source(c.source).kind == "anonymous_source"  # type: ignore[union-attr]
                   for c in a.claims if "same agency" in c.text)


def test_person_with_places_and_age_is_unnamed() -> None:
    assert classify("Male caller, Kyrgyzstan, 33") == "anonymous_source"
    assert classify("Woman, Uzbekistan, 52") == "anonymous_source"
    # negative controls: a name after the kind stays a named person; a body stays a body
    assert classify("One worker, Rustam") == "named_person"
    assert classify("Another worker, Dilshod Karimov") == "named_person"


def test_channel_relay_resolves_without_looping() -> None:
    text = LEAD + ("A video of welders behind a locked gate in Tver was posted by the Telegram channel Stroy Watch.\n\n"
            '"We have not been paid for three months," the channel quoted one of the men as saying. '
            "According to the channel, the men were hired through a subcontractor.\n")
    a = analyse(text, META)  # once recursed without end ("the channel" relayed by "the channel")
    assert any("not been paid" in c.text for c in a.claims)
