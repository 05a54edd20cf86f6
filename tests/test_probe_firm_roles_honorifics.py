"""A firm's named department heads ("The mill's director of personnel, X"; "X, deputy director of Firm, the
general contractor") speak for the firm (README: a company's named directors and managers given as such are
``organization``), while a research director or a state director keeps the other readings; a given name with
a word of respect after it ("Aigerim apa says", "Rustam aka said") is the person by that name. Every text is
written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.honorific_names import without_honorific
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("np,kind", [
    ("The mill's director of personnel, Irina Sokolova", "organization"),
    ("The cannery's manager of human resources, Pavel Dronov", "organization"),
    ("The plant's deputy director, Viktor Lem", "organization"),
    ("Pavel Dronov, deputy director of Severstroi, the main contractor", "organization"),
    ("Pavel Dronov, director of Severstroi, the subcontractor", "organization"),
    ("Anna Lis, director of research at the Labour Institute, a think tank", "named_person"),
    ("Ivan Petrov, director of the Primorsky labour directorate", "official"),
    ("Ivan Petrov, director of Amurstal, a local school", "named_person"),
])
def test_firm_department_heads(np: str, kind: str) -> None:
    assert classify(np) == kind


@pytest.mark.parametrize("sp,out", [
    ("Aigerim apa", "Aigerim"),
    ("Rustam aka", "Rustam"),
    ("Kanat baike", "Kanat"),
    ("Ravi bhai", "Ravi"),
    ("Aigerim Bekova", "Aigerim Bekova"),  # a surname, not a word of respect
    ("the old man", "the old man"),
    ("Gulnara Apa", "Gulnara Apa"),  # capitalised: a name
])
def test_without_honorific(sp: str, out: str) -> None:
    assert without_honorific(sp) == out


def test_honorific_after_a_quote() -> None:
    m = find_mention('"For two months they paid him. Since then, nothing," Aigerim apa says.')
    assert m is not None and m.wording == "Aigerim"


def test_mother_named_with_respect_speaks_her_quote() -> None:
    text = ("Families wait for sons held at Russian sites\nMigrant builders from Naryn say their passports were taken "
            "and their wages withheld.\n\n"
            "NARYN. Aigerim Toktobaeva keeps her son's last letter in a folder. Bolot, 23, left for Russia in March.\n\n"
            "\"For two months they paid him. Since then, nothing,\" Aigerim apa says. \"The boss has his passport and "
            "will not give it back.\"")
    a = analyse(text, META)
    c = next(c for c in a.claims if "boss has his passport" in c.text)
    src = a.source(c.source)
    assert src is not None and src.kind == "named_person" and "Aigerim" in (src.wording or "")


@pytest.mark.parametrize("np,kind", [
    ("DostavkaPro's press service", "organization"),  # a brand in one word with an inner capital: a firm
    ("QuickCart's press office", "organization"),
    ("the ministry's press service", "official"),
    ("the Kremlin's press service", "official"),
])
def test_brand_press_service(np: str, kind: str) -> None:
    assert classify(np) == kind
