"""A person known only by the role they gave ("a man who identified himself as a representative of the
contractor, Baltic Stroi") speaks with that role's kind. Names and firms are invented for the tests."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speaker
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize(("phrase", "kind"), [
    ("a man who identified himself as a representative of the contractor, Baltic Stroi", "organization"),
    ("a woman who described herself as a spokeswoman for Kestrel Foods, the plant's owner", "organization"),
    ("a man who identified himself as a police officer, Sergeant Li", "official"),
    ("a woman who introduced herself as a former worker at the plant, a seamstress", "anonymous_source"),
])
def test_the_role_a_person_gave_sets_the_kind(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_name_given_that_way_stays_a_named_person() -> None:
    text = ("Workers said their passports were taken. A man who identified himself only as Chen said the workers had "
            "not been paid for months.")
    assert claim_speaker(text, "not been paid") == ("named_person", "Chen")


def test_a_person_described_by_others_is_not_this_shape() -> None:
    assert classify("a man who worked for the contractor, Baltic Stroi") != "organization"


def test_through_the_pipeline_the_firm_answers() -> None:
    text = ("Workers said their passports were taken when they arrived at the site in Luanda. Reached by phone, a man "
            "who identified himself as a representative of the subcontractor, Costa Obras, said the workers had left "
            "the country years ago.")
    kind, wording = claim_speaker(text, "left the country")
    assert kind == "organization"
    assert wording is not None and "representative of the subcontractor" in wording
