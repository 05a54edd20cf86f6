""""Both former workers" and "Both builders" go back to the pair met last ("two former crew members") when
the phrase is a worker noun with the pair's own modifiers; "Both women" after "two former employees" and
"Both men" after a larger group stay a pair of their own. Every text is written for this test; people and
firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.coref_families import both_fits
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
LEAD = "Hidden crews\nNorth Korean construction crews still work in the Gulf and in Russia.\n\n"


@pytest.mark.parametrize("phrase,head,wording,fits", [
    ("Both former workers", "members", "Two former crew members, now in Seoul", True),
    ("Both former builders", "builders", "two former builders from Sinuiju", True),
    ("Both workers", "members", "two former crew members", True),
    ("Both former guards", "members", "two former crew members", False),  # not a worker noun
    ("Both local workers", "members", "two former crew members", False),  # "local": not the pair's modifier
    ("Both women", "employees", "two former employees", False),
    ("Both managers", "managers", "two former site managers", True),
])
def test_both_fits(phrase: str, head: str, wording: str, fits: bool) -> None:
    assert both_fits(phrase, head, wording) is fits


@pytest.mark.parametrize("text,first,later", [
    (LEAD + "Two former crew members, now in Seoul, told us they were paid 300 dirhams a month. The crews live "
     "apart.\n\nBoth former workers described a warehouse dormitory with a curfew at nine.", "300 dirhams",
     "warehouse dormitory"),
    (LEAD + "Two former plasterers from Chongjin said the team leader kept their passports.\n\n"
     "Both former plasterers said they worked 14 hours a day in summer.", "kept their passports", "14 hours"),
    (LEAD + "Two former welders who left Vladivostok last year told us wages were paid to the company.\n\n"
     "Both welders said the workers were never allowed out alone.", "paid to the company", "never allowed out"),
])
def test_both_goes_back_to_the_pair(text: str, first: str, later: str) -> None:
    a = analyse(text, META)
    c1 = next(c for c in a.claims if first in c.text)
    c2 = next(c for c in a.claims if later in c.text)
    assert c1.source == c2.source != "OUTLET"


def test_both_after_a_larger_group_is_new() -> None:
    text = (LEAD + "Five former cooks in Dubai said the North Korean workers were never paid.\n\n"
            "Both former cooks said the manager locked the workers in at night.")
    a = analyse(text, META)
    c1 = next(c for c in a.claims if "never paid" in c.text)
    c2 = next(c for c in a.claims if "locked the workers" in c.text)
    assert c1.source != c2.source


@pytest.mark.parametrize("pair,group", [
    ("The interpreter and one former worker", "All five former workers"),
    ("A driver and one of the cooks", "All four cooks"),
    ("The driver and one former welder", "All three former welders"),
])
def test_coordinated_people_are_not_the_group_named_before(pair: str, group: str) -> None:
    text = (LEAD + f"{group} said they had left the plant fewer than three times in two years.\n\n"
            f"{pair} described North Korean workers being slapped by the team leader.")
    a = analyse(text, META)
    c1 = next(c for c in a.claims if "fewer than three" in c.text)
    c2 = next(c for c in a.claims if "slapped" in c.text)
    assert c1.source != c2.source


@pytest.mark.parametrize("noun", ["employee", "worker", "man", "source"])
def test_ordinal_with_a_noun_goes_back_to_the_numbered_person(noun: str) -> None:
    text = (LEAD + "Two Chinese employees at the plant, interviewed separately, described the same arrangement. "
            "The first, a line supervisor who left last spring, said the North Korean workers' dormitory was locked "
            "at night. The second, a woman who still works in the accounts office, said the wages were paid to a "
            f"company account.\n\n\"I have never seen a North Korean worker touch her salary,\" the second {noun} said.")
    a = analyse(text, META)
    c1 = next(c for c in a.claims if "company account" in c.text)
    c2 = next(c for c in a.claims if "touch her salary" in c.text)
    c0 = next(c for c in a.claims if "dormitory was locked" in c.text)
    assert c1.source == c2.source != c0.source
