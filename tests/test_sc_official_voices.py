"""Unnamed officials given with their body or their local government (labourlens.analyse.official_voices),
and "the source" going back to an official source. All wordings are our own."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase", [
    "An official at the authority",
    "An official at the inspectorate, speaking to local television",
    "an official source at the State Migration Service",
    "An officer at the regional migration directorate, reached by telephone",
    "A district official in Kirovsky District",
    "A local official in Yanji, reached by telephone",
    "A city official in Ulan-Ude",
])
def test_an_official_of_a_state_body_or_local_government_is_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase", [
    "An official at the Kazakh company that hired the crews",
    "An official at the contractor",
])
def test_an_official_of_a_company_speaks_as_the_company(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", [
    "a North Korean official in Dandong",  # a foreign official abroad talks as a person
    "a former official in Hoeryong",
    "An official at the labour ministry, who asked not to be named",  # off the record
    "a trade official based in Yanji",
])
def test_officials_off_the_record_or_abroad_stay_anonymous(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


def test_the_source_goes_back_to_an_official_source() -> None:
    from labourlens.analyse.pipeline import analyse

    text = ("Migrant builders in Kuwait City say their employer holds their passports, a worker told the paper. "
            "Work permits of the men were not renewed after 2019, an official source at the Public Authority "
            "for Manpower said. The source denied that any of the men had been given a new visa since then.")
    a = analyse(text)
    src = {s.key: s for s in a.sources}
    permit = next(c for c in a.claims if "not renewed" in c.text)
    denied = next(c for c in a.claims if "denied" in c.text)
    assert src[permit.source].kind == "official"
    assert denied.source == permit.source
