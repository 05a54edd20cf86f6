"""A firm named in apposition to a firm noun ("a Batumi agency, Mtsvane Kari, which ...") and then speaking by that name
alone ("Mtsvane Kari told us ...") is an ``organization``, as "the agency Mtsvane Kari" is (study s341); a person apposed
to a person's noun stays a person. Every text is invented (firms and people fictional, places real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"language": "en", "published": "2026-09-14"}

TEXT = """Pickers recruited in Batumi left unpaid

Thirty Georgian migrant workers from Adjara went to apple orchards near Krasnodar in May. Their trip was organised by a Batumi agency,
Mtsvane Kari, which took 700 lari from each of them for "documents and travel." The workers said the orchard manager
confiscated their passports and paid them nothing for two months.

Mtsvane Kari told us by phone that it "never charges workers" and that the orchard pays every fee.
"""


def test_firm_in_apposition_speaks_as_an_organization() -> None:
    a = analyse(TEXT, META)
    c = next(c for c in a.claims if "never charges" in c.text)
    src = a.source(c.source)
    assert src is not None and src.kind == "organization"


def test_person_in_apposition_stays_a_person() -> None:
    text = TEXT.replace("Mtsvane Kari told us by phone", "Their brigade leader, Nodar Beridze, told us by phone").replace(
        'that it "never charges workers"', 'that he "never charges workers"')
    a = analyse(text, META)
    c = next(c for c in a.claims if "never charges" in c.text)
    src = a.source(c.source)
    assert src is not None and src.kind == "named_person"


def test_given_name_in_apposition_to_a_firm_noun_stays_a_person() -> None:
    text = TEXT.replace("Mtsvane Kari told us by phone", "A Russian subcontractor, Dmitri Orlov, who ran the packing shed, "
                        "told us by phone").replace('that it "never charges workers"', 'that he "never charges workers"')
    a = analyse(text, META)
    c = next(c for c in a.claims if "never charges" in c.text)
    src = a.source(c.source)
    assert src is not None and src.kind == "named_person"
