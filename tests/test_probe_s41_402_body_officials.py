"""Officials in the plural of a body that is not the state ("Officials at the growers' union in Leme", "officials of the
port workers' union", "Officials at the company") speak for that body, an ``organization`` (a study of s41 on a held-out
set; every phrase here is written for this test): "official" is a rank in a union or a firm too. Officials of a ministry
or a police force stay ``official``."""

from __future__ import annotations

import pytest

from labourlens.analyse import speakers


@pytest.mark.parametrize("phrase", ["Officials at the growers' union in Leme", "officials of the port workers' union",
                                    "Several officials at the cooperative"])
def test_officials_of_a_union_or_a_firm_are_the_body(phrase: str) -> None:
    assert speakers.classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", ["officials at the labour ministry", "Officials from the Ministry of Labour",
                                    "Senior officers at the police station"])
def test_officials_of_the_state_stay_official(phrase: str) -> None:
    assert speakers.classify(phrase) == "official"
