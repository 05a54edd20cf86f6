"""Probes (session 40, from heldout395's committee record): a hearing's turn label may give the titled speaker's body
and town, or their post, after a comma ("Ms. Ana Ruiz, Harbour Workers' Centre, Osijek:", "Mr. Tomas Lind, Ministry
of Labour (invited official):"): each turn is that person's, an official where the post names a state body. Near
miss: the same witness's short label keeps the turn. Texts written for these tests."""

from __future__ import annotations

from probe_helpers import speaker

RECORD = """Standing Committee on Employment
Session on seasonal pickers, 3 March 2026

Mr. Ivo Kern took the chair at nine and invited the centre to speak.

Ms. Ana Ruiz, Harbour Workers' Centre, Osijek: Mr Chairman, since autumn our centre has logged grievances from 140
pickers. Their passports are kept by the agency's office in the port, and pickers pay a fee each time they need them.

Mr. Petar Horvat, member for Split: Are pickers really working 16 hours?

Ms. Ana Ruiz: On one farm the pickers told us they worked from five until seven, every day of the month.

Mr. Tomas Lind, Ministry of Labour (invited official): Our inspectors visited 30 farms in the autumn. At 5 of them
the employers had allowed agents to keep documents.

Mr. Ivo Kern: We will write to the ministry. The sitting closed at noon."""


def test_long_labels_give_the_turns_to_their_speakers() -> None:
    wording, kind, _ = speaker(RECORD, "Their passports", {})
    assert "Ana Ruiz" in (wording or "") and kind == "named_person"
    wording, kind, _ = speaker(RECORD, "allowed agents", {})
    assert "Tomas Lind" in (wording or "") and kind == "official"


def test_a_short_label_still_reads() -> None:
    assert "Ana Ruiz" in (speaker(RECORD, "from five until seven", {})[0] or "")
