"""Probes (session 39, from heldout394's speaker misses): in a committee's record, a member who addresses the chair
before a first-person passive ("Madam Chair, I am told that ...", "Mr Chairman, I am informed that ...") speaks the
sentence; the chair addressed is no speaker. A near miss: a member named before "told" still speaks. Texts written
for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speakers_by_claim

_RECORD = """Committee on Labour - record of the session of 3 March 2026

CHAIR (Deputy Eva Lund): The session is open. Deputy Rossi has the floor.

DEPUTY MARCO ROSSI: Thank you, Madam Chair. I have here a letter from the port chaplain. It says that four deckhands were injured on the trawler. Madam Chair, I am told that several deckhands on that trawler have not been paid for eight months.

DEPUTY ANA COSTA: Thank you. Deputy Pia Moreno told me that the crew's passports are held by the captain.
"""


def _speakers() -> dict[str, tuple[str | None, str]]:
    return speakers_by_claim(_RECORD)


def test_the_member_who_addresses_the_chair_speaks() -> None:
    speakers = _speakers()
    who = speakers[next(k for k in speakers if "eight months" in k)]
    assert who[0] is not None and "Chair" not in who[0] and "Rossi" in who[0]


def test_a_member_named_before_told_speaks() -> None:
    speakers = _speakers()
    who = speakers[next(k for k in speakers if "passports" in k)]
    assert who[0] is not None and "Moreno" in who[0]
