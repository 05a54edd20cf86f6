"""One of a group just counted, given by name in apposition ("Two of the injured said ... One, Ram Thapa, said
..."), is a named person, not an unnamed member of the group; "One, a cook from Pokhara" stays unnamed and "One,
Kestrel Foods" stays a firm (probe diag88). Every text is written for this test; the people and firms are
fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify
from probe_helpers import speaker

TEXT = ("Migrant workers injured in a bus crash on the Salwa Road said they had worked without a day off and their "
        "wages were withheld.\n\nTwo of the injured, both from Nepal, said they had been working since 4am. One, "
        "Hari Prasad Gurung, said the men had not had a weekly day off for months. The other said their wages were "
        "late.\n")


def test_one_named_in_apposition_is_a_named_person() -> None:
    wording, kind, _ = speaker(TEXT, "weekly day off")
    assert kind == "named_person" and wording is not None and "Hari Prasad Gurung" in wording


@pytest.mark.parametrize("phrase,kind", [
    ("One, Hari Prasad Gurung", "named_person"),
    ("One, a cook from Pokhara", "anonymous_source"),
    ("One, 24", "anonymous_source"),
    ("One, Kestrel Foods", "organization"),
])
def test_kind_of_one_in_apposition(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind
