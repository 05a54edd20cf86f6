"""Company names in legal forms the lexicon lacked: the Polish "Sp. z o.o." (and a firm's "Personnel" in its
name) makes a name a company, ``organization``; a company noun with a participle clause before the name ("The
agency named most often, X Sp. z o.o.") is the company named. Names are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("phrase,kind", [
    ("Baltyk Crew Sp. z o.o.", "organization"),
    ("Wisla Hull Services Sp. z o.o", "organization"),
    ("Nordport Personnel", "organization"),
    ("The agency named most often, Baltyk Crew Sp. z o.o.", "organization"),
    ("The company named most frequently, Amber Knit Ltd", "organization"),
    ("The contractor cited most often, Wisla Hull Services", "organization"),
    ("Ivan K.", "named_person"),
    ("the personnel department", "official"),
    ("The ministry named most often, the Labour Ministry", "official"),
])
def test_company_forms(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_in_a_brief() -> None:
    text = ("Welders in Gdynia\nNorth Korean welders worked on hulls at a Gdynia yard, a rights group says.\n\n"
            "The agency named most often, Baltyk Crew Sp. z o.o., said all its employees keep their passports and "
            "are paid every month.")
    a = analyse(text, META)
    c = next(c for c in a.claims if "keep their passports" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "organization" and "Baltyk Crew" in (s.wording or "")
