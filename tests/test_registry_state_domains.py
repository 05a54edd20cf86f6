"""Bodies of the state told apart by their field, and ombudspeople as officials (texts invented)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.state_domains import domain_clash, domains

LEDE = "Builders from Uzbekistan at a housing site in Tomsk say they have not been paid since the spring.\n\n"


def _speakers(text: str) -> list[tuple[str, str, str | None]]:
    a = analyse(LEDE + text, {"published": "2025-04-02", "language": "en"})
    out = []
    for claim in a.claims[1:]:
        source = a.source(claim.source)
        assert source is not None
        out.append((claim.source, source.kind, source.wording))
    return out


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The regional labour ministry said inspectors found the men's passports locked in the site office.",
         "The prosecutor's office said it had opened a check into the unpaid wages."),
        ("A spokesman for the migration service said the workers' permits had lapsed in March.",
         "The city prosecutor's office said the contractor had kept back the men's pay for five months."),
        ("The customs service said the crew had been brought in on tourist visas and paid nothing.",
         "The regional police department said two foremen had beaten workers who asked for their wages."),
        ("The labour inspectorate said the workers were locked in their dormitory at night.",
         "The migration department said the men's passports were held by the contractor."),
    ],
)
def test_a_body_of_another_field_is_a_second_source(first: str, second: str) -> None:
    (k1, kind1, _), (k2, kind2, w2) = _speakers(f"{first}\n\n{second}")
    assert (kind1, kind2) == ("official", "official")
    assert k1 != k2, w2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Russia's Ministry of Labour said inspectors found the men's passports in the manager's safe.",
         "The ministry said the contractor had not paid the builders since March."),
        ("The regional migration service said the workers' permits had lapsed in March.",
         "The migration service said the men had been kept in a locked hostel."),
        ("The regional prosecutor's office said the foreman had confiscated the workers' passports.",
         "The prosecutor's office said the men had not been paid for six months."),
    ],
)
def test_the_same_body_named_again_stays_one_source(first: str, second: str) -> None:
    (k1, _, _), (k2, _, w2) = _speakers(f"{first}\n\n{second}")
    assert k1 == k2, w2


def test_an_ombudsman_speaks_as_an_official_and_is_named_later() -> None:
    text = ("The ombudsman said the men had complained of beatings by the foreman and of wages kept back.\n\n"
            "Oksana Belova, the ombudsman for Tomsk Region, said the men had not been paid since the spring.")
    (k1, kind1, w1), (k2, kind2, _) = _speakers(text)
    assert (kind1, w1) == ("official", "The ombudsman")
    assert kind2 == "official"


def test_fields_of_the_state() -> None:
    assert domains("the prosecutor\u2019s office") and domains("the Prosecutor's Office")
    assert domain_clash("The prosecutor's office", "the regional labour ministry")
    assert not domain_clash("the ministry", "the regional labour ministry")  # no field: may refer back
    assert not domain_clash("the labour inspectorate", "Russia's Ministry of Labour")  # one field
    assert not domain_clash("The prosecutor's office", "the government")  # the earlier body has no field
    assert not domain_clash("the statement", "the customs service")
