"""Probes (study324): speaker kinds in apposition and a firm's press desk. An age before a full name after "One of the
riders," is no part of the name (the rider is a named person, not an unnamed one); a rights group's organiser named after
"with the group," is the organiser, not a firm; "Vetka's press service" is the firm's own voice once the page has met
Vetka as an app people work for. Near misses: relatives of a named man stay unnamed relatives, and a ministry's press
service stays the state's. Texts written for these tests; the app, the group and the people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-05", "language": "en"}
STORY = """BALTIC LABOUR NEWS
Riga couriers say an app keeps their earnings

By Ilze Ozola, 5 May 2026

Couriers who deliver for the Vetka app in Riga say their earnings have been held back for weeks, and migrant riders from Uzbekistan say they have had no pay since March.

One of the riders, 31-year-old Timur Rashidov, told Baltic Labour News that the app kept 40 percent of his earnings as penalties and that his passport was held by the fleet partner who rents him the bicycle.

An organiser with the group, Laura Kalnina, said the group had received dozens of complaints from riders whose wages were withheld without explanation.

Vetka's press service said it only deducts for damaged orders.
"""


def _source_of(text: str, needle: str):  # type: ignore[no-untyped-def]
    a = analyse(text, META)
    claim = next(c for c in a.claims if needle in c.text)
    return a.source(claim.source)


def test_an_age_before_the_name_leaves_a_named_rider() -> None:
    src = _source_of(STORY, "40 percent of his earnings")
    assert src is not None and src.kind == "named_person" and "Rashidov" in (src.wording or "")


def test_an_organiser_with_the_group_is_the_organiser() -> None:
    src = _source_of(STORY, "dozens of complaints")
    assert src is not None and src.kind == "named_person" and "Kalnina" in (src.wording or "")


def test_a_press_service_of_an_app_people_work_for_is_the_firm() -> None:
    src = _source_of(STORY, "damaged orders")
    assert src is not None and src.kind == "organization"


def test_near_miss_relatives_of_a_named_man_stay_unnamed() -> None:
    text = STORY.replace("One of the riders, 31-year-old Timur Rashidov, told Baltic Labour News",
                         "Relatives of one of the riders, 31-year-old Timur Rashidov, told Baltic Labour News")
    src = _source_of(text, "40 percent of his earnings")
    assert src is not None and src.kind == "anonymous_source"


def test_near_miss_a_ministrys_press_service_stays_official() -> None:
    text = STORY.replace("Vetka's press service said it only deducts for damaged orders.",
                         "The Interior Ministry's press service said no rider had been detained for working without a permit.")
    src = _source_of(text, "no rider had been detained")
    assert src is not None and src.kind == "official"
