"""One of several bodies given by its name ("We wrote to all four plants. One, Kestrel Foods, replied that ...")
speaks as that body; one person given so, or a description ("Another, from Moscow"), stays as before. Names are
invented for the tests."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize(("phrase", "kind"), [
    ("One, Baylor Seafood Ltd", "organization"),
    ("Another, Kestrel Foods", "organization"),
    ("One, the provincial labour bureau", "official"),
])
def test_one_body_by_its_name(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", ["Another, from Moscow", "One, a welder"])
def test_other_shapes_are_not_a_body(phrase: str) -> None:
    assert classify(phrase) not in ("organization", "official")


def test_in_a_text() -> None:
    text = ("Workers at four seafood plants in Zhejiang said their passports were held by managers. We wrote to all "
            "four plants in March. One, Baylor Seafood Ltd, replied that it has never held any worker's passport.")
    src = [s for t, s in speakers_of(text) if "never held" in t][0]
    assert src is not None and src.kind == "organization" and "Baylor Seafood" in (src.wording or "")
