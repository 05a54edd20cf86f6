"""Study 349: lines that tell of nothing done to anyone are no claims: a page's note of what it prints ("We publish
the key exchanges."), a spokesperson's non-answer ("I have already answered this question.", "Please ask the relevant
departments."), and a second account told only as like or unlike the first ("A welder told a similar story.").
Sentences that go on to say what happened stay claims. Every text is written for this test; people and firms are
fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.claim_filters import is_programme_line


@pytest.mark.parametrize(
    "text",
    [
        "We publish the key exchanges.",
        "We are publishing both messages, lightly edited.",
        "Ms Varga: I have already answered this question.",
        "For specifics, please ask the relevant departments.",
        "A second welder, who drives the site's crane, told a similar story.",
        "Two more drivers, asked on their own, gave other figures.",
    ],
)
def test_not_claims(text: str) -> None:
    assert is_programme_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "We publish the payslips, which show deductions of half the wage.",
        "A second welder told a similar story: the foreman kept every passport in his car.",
        "The drivers gave figures showing they were paid a third of what was promised.",
        "She said she had already answered to the foreman for the missing crates.",
    ],
)
def test_claims_stay(text: str) -> None:
    assert not is_programme_line(text)

