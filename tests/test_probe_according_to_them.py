"""Probes: a counted group that came to the writer, given with a relative clause ("Nine pickers from Osh who spent the
summer at the farm came to our office"), is the "them" of a following "According to them, ..."; "According to him"
keeps the rules it had. Texts written for these tests; people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.contacting_groups import contacting_group
from probe_helpers import LEAD, speaker

GROUP = LEAD + """Nine pickers from Osh who spent the summer at the Sunny Field farm near Tambov came to our office on Monday with copies of their contracts.

According to them, they were promised 60,000 rubles a month but were paid 20,000 for August and nothing for September.
"""


def test_group_with_relative_clause_contacting_the_writer() -> None:
    found = contacting_group("Nine pickers from Osh who spent the summer at the Sunny Field farm came to our office.")
    assert found is not None and found[0] == "Nine pickers from Osh"
    assert contacting_group("Dozens of builders have written to our centre since May.") is not None
    # negative controls: one person; a group that did not come to the writer
    assert contacting_group("A picker from Osh who spent the summer at the farm came to our office.") is None
    assert contacting_group("Nine pickers from Osh who spent the summer at the farm went home in October.") is None


def test_according_to_them_is_the_group() -> None:
    wording, kind, key = speaker(GROUP, "they were promised")
    assert wording == "Nine pickers from Osh" and kind == "anonymous_source"


def test_according_to_them_with_no_group_met_stays_the_page() -> None:
    text = LEAD + ("The farm lies twenty kilometres from Tambov.\n\nAccording to them, the owner took the passports.\n")
    wording, kind, key = speaker(text, "took the passports")
    assert kind != "anonymous_source" or wording != "they"


def test_according_to_a_named_body_is_unchanged() -> None:
    text = LEAD + "According to the regional labour inspectorate, the farm owed its pickers 1.2 million rubles.\n"
    wording, kind, _ = speaker(text, "owed its pickers")
    assert kind == "official"


def test_the_group_said_is_the_counted_group() -> None:
    text = GROUP + "\nThe men slept in a shed next to the boilers, ten to a room, the group said.\n"
    _, _, key = speaker(text, "they were promised")
    _, _, key2 = speaker(text, "slept in a shed")
    assert key2 == key


def test_the_group_after_a_rights_group_stays_that_body() -> None:
    text = LEAD + ("Nine pickers from Osh came to the office of the rights group Open Field on Monday.\n\n"
                   "The pickers were locked in a shed at night and not paid for three months, the group said.\n")
    wording, kind, _ = speaker(text, "locked in a shed")
    assert wording != "Nine pickers from Osh"


def test_the_group_after_a_named_network_that_spoke_to_them() -> None:
    text = LEAD + ("Tide Rights Network interviewed 40 deckhands in May.\n\nThe group said in its report that the "
                   "captains withheld the crews' wages for six months.\n")
    wording, kind, _ = speaker(text, "withheld the crews")
    assert kind == "organization"
