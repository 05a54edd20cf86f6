"""A plain sentence right after one person's report that carries on that person's account (a study of s36 on a
held-out set; every text here is written for this test, with fictional firms and people): one that names what the
person described ("The penalty she described was ..."), and one that closes the paragraph on the person's own
thing set against the report ("His passport, however, stayed with ..."). Near misses stay the page's: a pronoun that
does not agree with the person, and a possessive sentence with no turn or addition."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

LEAD = ("RIGA - Labour inspectors are examining reports of forced labour, unpaid wages and passports held by "
        "employers among migrant workers at the Ternek depot.\n\n")


def _wording(paragraph: str, start: str) -> str | None:
    a = analyse(LEAD + paragraph, {})
    c = next(c for c in a.claims if c.text.startswith(start))
    src = a.source(c.source)
    return src.wording if src is not None and src.kind != "outlet" else None


@pytest.mark.parametrize(("paragraph", "start"), [
    ("A former packer, who now lives in Tartu, said the foreman kept their passports in a safe. The penalty "
     "she described was a week of night shifts with no pay.", "The penalty"),
    ("A loader who left in May said he had never signed a contract, because nobody had offered him one. His passport, "
     "however, stayed with the dispatcher until he paid a fee.", "His passport"),
    ("Ilze Ozola, a cleaner at the depot, said she was paid late every month. Her papers, too, were held by the "
     "agency that placed her.", "Her papers"),
])
def test_the_persons_account_goes_on(paragraph: str, start: str) -> None:
    wording = _wording(paragraph, start)
    assert wording is not None, wording


@pytest.mark.parametrize(("paragraph", "start"), [
    ("A former packer, who now lives in Tartu, said she never saw her passport again. The penalty "
     "he described to inspectors was a week of night shifts with no pay.", "The penalty"),
    ("A loader who left in May said he had never signed a contract with the firm. His passport was kept by the "
     "dispatcher until he paid a fee.", "His passport"),
])
def test_near_misses_stay_the_pages(paragraph: str, start: str) -> None:
    assert _wording(paragraph, start) is None
