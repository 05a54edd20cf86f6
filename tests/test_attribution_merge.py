"""Rules added when the two rounds of speaker attribution were joined: a "second source" is never the
lede's source, interview answers in the first person belong to the interviewee, a person introduced
with a pseudonym note is the interviewee, a writer's own finding is not given to a statement in a
"long after X said" clause, a noun after a determiner is not a reporting verb, and a body named in
full after a description of it ("the State Labour Service" after "the country's labour agency") is
the same source.

All reports here are invented for the tests (fictional people and companies)."""

from __future__ import annotations

import pytest

from attribution_helpers import who as _who
from labourlens.analyse.attribution import find_mention


@pytest.mark.parametrize("second", ["A second source in Hunchun", "Another source in Yanji",
                                    "A different source in Tumen"])
def test_a_second_source_is_someone_else(second: str) -> None:
    text = (
        "Workers at a seafood plant in Jilin have not been paid since spring, a source in Jilin Province told "
        "the Border Post on Tuesday. The plant keeps their passports, the source said.\n\n"
        f"{second} said the dormitory doors are locked at night."
    )
    first = _who(text, "have not been paid since spring")
    other = _who(text, "the dormitory doors are locked")
    assert first is not None and other is not None
    assert first.key != other.key
    assert _who(text, "The plant keeps their passports") == first
    assert "Jilin Province" in (first.wording or "")


INTERVIEW = """Q&A: "Nobody counted the hours"

Pak Sun-ok (not her real name) sewed uniforms at a garment plant in Dandong from 2018 until 2022.

Q: How were you hired?
A: The recruiter in Sinuiju said we would be home within two years. I believed her. We stayed four.

Q: Were you paid?
A: Once a year, and never the full amount. The team leader kept the rest.
"""


def test_first_person_answers_belong_to_the_interviewee() -> None:
    pak = _who(INTERVIEW, "We stayed four")
    assert pak is not None and pak.wording == "Pak Sun-ok" and pak.kind == "named_person"
    assert _who(INTERVIEW, "I believed her") == pak
    assert _who(INTERVIEW, "The recruiter in Sinuiju said we would be home") == pak
    assert _who(INTERVIEW, "The team leader kept the rest") == pak


def test_an_answer_label_is_not_part_of_the_speaker() -> None:
    m = find_mention("A: The foreman at the yard said the permits were fake.")
    assert m is not None and m.wording == "The foreman at the yard"


@pytest.mark.parametrize("sentence", [
    "Four of the cooks I spoke to had worked in the kitchens until 2023, long after both ministries said the "
    "contracts had ended.",
    "Most of the fishermen we met had stayed on the boats for years after the agency said the crews were gone.",
])
def test_a_writers_finding_is_not_given_to_a_background_statement(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is None or m.wording.lower() not in ("both ministries", "the agency")


def test_a_background_statement_still_speaks_without_the_writer() -> None:
    m = find_mention("Inspectors visited the mill after two of its former drivers said the men were locked in.")
    assert m is not None and m.wording == "two of its former drivers"


@pytest.mark.parametrize("sentence", [
    "We paid nearly $1,200 in bribes to officials in Wonsan to get on the list.",
    "My uncle gave money to the managers to stay on the roster.",
])
def test_a_noun_after_a_determiner_is_not_a_reporting_verb(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is None or "officials" not in m.wording and "managers" not in m.wording


def test_a_body_named_in_full_after_its_description_is_the_same_source() -> None:
    text = (
        "North Korea has sent about 3,000 loggers to the region this year, the country's labour agency said on "
        "Friday. Deputy Kim Chol of the regional council told reporters the State Labour Service had estimated "
        "that most of them work in the north."
    )
    agency = _who(text, "sent about 3,000 loggers")
    later = _who(text, "Deputy Kim Chol")
    assert agency is not None and later is not None
    assert agency.key == later.key
