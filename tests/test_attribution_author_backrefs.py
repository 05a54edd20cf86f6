"""A body named again after the report it wrote goes on with the report's source. Bodies are invented for the
tests (places are real)."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of
from labourlens.analyse.attribution import Attribution
from labourlens.analyse.author_backrefs import author_backrefs
from labourlens.model import Source


@pytest.mark.parametrize(("first", "second"), [
    ("Earlier this month, a report by a Lisbon-based rights group alleged that about 2,000 workers were held in "
     "camps.", "The group also said the men were paid about 100 dollars a month."),
    ("A 2023 study by the Baltic Labour Institute found that crews worked 16 hours a day.",
     "The institute also said that passports were kept by managers."),
    ("A report by the Nordic Migrant Network said the women were locked in at night.",
     "The network added that wages were withheld for months."),
    ("According to a survey by a Seoul-based NGO, most workers had their phones taken.",
     "The NGO said the survey covered 120 people in Vladivostok."),
])
def test_the_body_named_again_is_its_reports_source(first: str, second: str) -> None:
    got = speakers_of(f"{first} {second}")
    assert got[0][1] is not None and got[1][1] is not None
    assert got[1][1].key == got[0][1].key
    assert got[0][1].kind == "document"


def test_another_body_with_a_different_noun_stays_apart() -> None:
    text = ("A report by a Lisbon-based rights group said the men were held in camps. The ministry said the camps "
            "were inspected every month.")
    got = speakers_of(text)
    assert got[0][1] is not None and got[1][1] is not None and got[1][1].key != got[0][1].key


def test_two_reports_by_groups_leave_the_group_ambiguous() -> None:
    doc1 = Source("S1", "a report by a rights group", "document", spans=[(0, 10)])
    doc2 = Source("S2", "a study by a research group", "document", spans=[(20, 30)])
    group = Source("S3", "The group", "organization", spans=[(40, 49)])
    result = [Attribution("S3", "said", True, True)]
    author_backrefs(result, [doc1, doc2, group])
    assert result[0].source == "S3"
