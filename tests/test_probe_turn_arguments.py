"""Probes: in a transcript turn, a body cited after the speaker's own clause and a linking word ("ANNA ZIMA: These
are not permanent staff, so the company says they are not its problem.") is part of the speaker's argument: the line
and the rest of the turn are the labelled speaker's. A turn that opens on the body's words stays the body's. Texts
written for these tests; people and firms are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import speaker

TRANSCRIPT = """TRANSCRIPT - Kestrel Radio, Khabarovsk

PRESENTER: Tonight we go to the Kestrel Timber yard, where loggers say they are paid late.

REPORTER: The union's branch secretary, Mrs Anna Zima, is here with me.

ANNA ZIMA: These are not permanent staff, so the company says they are not its problem. But the men are inside its fence. Some of them work sixteen-hour shifts in winter.

REPORTER: And the company?

IVAN ROSS: The company says the gates are locked for security only.
"""


def test_body_cited_after_own_clause_is_the_speakers_argument() -> None:
    wording, kind, key = speaker(TRANSCRIPT, "not its problem")
    assert (wording, kind) == ("Anna Zima", "named_person")
    assert speaker(TRANSCRIPT, "sixteen-hour shifts")[2] == key


def test_turn_opening_on_a_body_stays_the_bodys() -> None:
    assert speaker(TRANSCRIPT, "locked for security")[0] != "Anna Zima"
