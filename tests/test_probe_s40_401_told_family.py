"""Probes (s40, set 401): case notes that tell what a family was told ("The agent told the family in May that the
sum had grown") give the notes' own account: a household told, like a group told ("told them"), is no listener the
writer heard, so the teller is no speaker of the sentence. A teller who told "us" was heard and stays the speaker.
Texts written for these tests; the people and groups are fictional."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

_NOTES = ("Harrow Valley Workers Aid, Lahore\nCasework notes: brick kilns, spring 2026\n\n"
          "Overview. Over these three months our caseworkers opened three cases of bonded labour at brick kilns.\n\n"
          "Case 2, brick kiln. A family of five had taken an advance of Rs 40,000 two years ago. {} Our team found that "
          "the owner kept half of their pay.\n")
_META = {"published": "2026-05-01", "language": "en"}


def _speaker_of(sentence: str) -> tuple[str | None, str | None]:
    found = speakers_by_opening(_NOTES.format(sentence), 30, _META)
    return next(v for k, v in found.items() if sentence.startswith(k))


def test_a_family_told_is_the_notes_account() -> None:
    wording, kind = _speaker_of("The yard accountant told the family in May that the household owed Rs 95,000 by then.")
    assert kind == "outlet" and wording is None


def test_families_told_are_the_notes_account() -> None:
    wording, kind = _speaker_of("The contractor told the families that nobody could go home before the rains.")
    assert kind == "outlet" and wording is None


def test_a_teller_heard_by_the_team_stays_the_speaker() -> None:
    wording, kind = _speaker_of("The yard accountant told us that the household owed Rs 95,000 by then.")
    assert wording is not None and "accountant" in wording
