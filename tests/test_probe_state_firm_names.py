"""A country speaking as a state is ``official``; a firm's short name met after its full name with a legal
form or a trade word a few words on is the firm (``organization``). Mini-documents in our own wording."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.state_speakers import is_country_name

META = {"published": "2025-03-01", "language": "en"}


_CONTEXT = ("Hundreds of North Korean labourers were sent abroad under state contracts, and most of their wages "
            "went to Pyongyang.\n\n")


def _speaker(text: str, needle: str) -> tuple[str, str | None]:
    head, _, body = text.partition("\n\n")
    a = analyse(f"{head}\n\n{_CONTEXT}{body}", META)
    for c in a.claims:
        if needle in c.text:
            s = a.source(c.source)
            return s.kind, s.wording
    raise AssertionError(f"no claim with {needle!r}: {[c.text for c in a.claims]}")


@pytest.mark.parametrize("text,needle", [
    ("Panel update\n\nIn its reply, Mexico informed the panel that the workers had their passports "
     "confiscated by the agency.\n", "passports"),
    ("Committee note\n\nThe United Arab Emirates told the committee that the welders had been paid in full "
     "and had kept their passports.\n", "paid in full"),
    ("Reply received\n\nQatar said the 40 labourers whose wages were withheld had been repatriated.\n",
     "wages were withheld"),
    ("State reply\n\nThe Russian Federation stated that the loggers were never confined to the camp.\n",
     "never confined"),
    ("Panel\n\nMongolia has informed the Panel that the builders worked 12-hour shifts without rest days "
     "until March.\n", "12-hour shifts"),
])
def test_country_speaks_as_state(text: str, needle: str) -> None:
    assert _speaker(text, needle)[0] == "official"


@pytest.mark.parametrize("text,needle,kind", [
    ("Court news\n\nGeorgia Mendes said the workers were paid late for six months.\n", "paid late", "named_person"),
    ("Hotel row\n\nChad Ortiz, a foreman, said his crew had their passports taken.\n", "passports", "named_person"),
])
def test_person_named_like_a_place_stays_a_person(text: str, needle: str, kind: str) -> None:
    assert _speaker(text, needle)[0] == kind


def test_is_country_name() -> None:
    assert is_country_name("the Netherlands")
    assert is_country_name("Mexico")
    assert not is_country_name("the ministry")
    assert not is_country_name("Dubai")


@pytest.mark.parametrize("text,needle", [
    ("Records\n\nBetween 2019 and 2022 Obras Costa S.L. used a crew of 40 workers on a housing estate. "
     "Obras Costa informed the Unit that it had never withheld the workers' wages.\n", "never withheld"),
    ("Squid plant\n\nTrainees were housed above Qingdao Haibin Aquatic Products. Qingdao Haibin said in a "
     "written reply that it had never confiscated any trainee's passport.\n", "confiscated"),
    ("Yard\n\nWelders were supplied to Nordhavn Werft GmbH through an agency. Nordhavn Werft said the men "
     "were not forced to work overtime.\n", "overtime"),
    ("Mill\n\nThe sawmill is run by Kessel Brothers Timber Trading. Kessel Brothers stated that loggers "
     "were paid 30,000 rubles a month.\n", "rubles"),
    ("Quarry\n\nLinares Piedra S.A. employed 60 migrants. Linares Piedra has denied that the migrants were "
     "locked in their dormitory.\n", "locked"),
])
def test_firm_short_name_is_the_firm(text: str, needle: str) -> None:
    assert _speaker(text, needle)[0] == "organization"


def test_person_before_an_unrelated_institute_stays_a_person() -> None:
    text = ("Study\n\nAnna Weller, who works at a labour institute in Gdańsk, said that the welders were made to "
            "hand over their passports.\n")
    assert _speaker(text, "passports")[0] == "named_person"
