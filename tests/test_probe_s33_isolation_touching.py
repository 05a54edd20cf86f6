"""Study 349: calls home rationed or heard by a minder, and browsing checked, are isolation (a rationed call is no
rationed outing); a guest or a customer who touches a waitress is sexual violence, and being told to stay silent
is no pay kept; a promise of a home or a job on return that the worker doubts was ever real is deception. Every
text is written for this test; people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Phone calls are permitted once a week, a supervisor listening.", "isolation"),
        ("Phone calls were permitted only once a fortnight.", "isolation"),
        ("The minder checked our browsing history every night.", "isolation"),
        ("One customer, a trader from the port, touched a waitress while she poured his drink.",
         "physical_and_sexual_violence"),
        ("A guest groped one of the girls at the karaoke bar.", "physical_and_sexual_violence"),
        ("He was promised a house back home, a house he doubts ever existed.", "deception"),
    ],
)
def test_found(text: str, indicator: str) -> None:
    assert indicator in _found(text)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Phone calls are permitted once a week, a supervisor listening.", "restriction_of_movement"),
        ("The cook was told to keep quiet and say nothing.", "withholding_of_wages"),
        # near misses: an outing rationed stays a restriction, guests who only talk are no violence
        ("The guests talked to a waitress about the menu.", "physical_and_sexual_violence"),
    ],
)
def test_not_found(text: str, indicator: str) -> None:
    assert indicator not in _found(text)


def test_rationed_outing_still_restriction() -> None:
    assert "restriction_of_movement" in _found("The women visit the bazaar on Sundays in threes with their supervisor.")
