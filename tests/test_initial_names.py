"""A person named by a given name and the initial of the surname ("Pavel S.", as papers name witnesses) is a
named person, also in apposition to a role ("A former cook at the camp, Irina V."); labels such as "Worker A"
and bodies keep their kinds."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase", [
    "Pavel S.",
    "A former cook at the camp, Irina V.",
    "One of the welders, Oleg D.",
    "A lorry driver, Bogdan M.",
    "A former driver of the firm, Mikhail T.,",
])
def test_given_name_and_initial_is_a_named_person(phrase: str) -> None:
    assert classify(phrase) == "named_person"


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Worker A.", "anonymous_source"),
    ("the men.", "anonymous_source"),
    ("Kestrel Foods Co.", "organization"),
    ("• The ministry", "official"),
    ("the U.S.", None),
])
def test_other_phrases_keep_their_kind(phrase: str, kind: str | None) -> None:
    assert classify(phrase) == kind


def test_a_witness_named_by_initial_speaks_as_a_named_person() -> None:
    text = ("Police in Khabarovsk said four North Korean builders had fled a site on the city's edge.\n\n"
            "A former cook at the site, Irina V., said the foreman kept the men's passports in his office. "
            "According to her, the men were paid about 9,000 rubles a month.\n")
    a = analyse(text)
    irina = [a.source(c.source) for c in a.claims if "passports" in c.text or "9,000" in c.text]
    assert len(irina) == 2 and all(s is not None and s.kind == "named_person" and "Irina V." in (s.wording or "")
                                   for s in irina)
