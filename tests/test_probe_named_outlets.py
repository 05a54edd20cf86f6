"""A name the text gave as an outlet's ("the Saudi daily Al-Nahar Al-Jadid reported") met again alone ("Al-Nahar
Al-Jadid said ...") is the outlet, not a person; a person's name the text never gave a media noun stays a person.
Every text is written for this test; outlets and people are fictional."""

from __future__ import annotations

from attribution_helpers import who

TEXT = ("ISLAMABAD, May 2 (Valley Press): Some 300 Pakistani welders at a site near Jeddah have not been paid for four "
        "months, the Saudi daily Al-Nahar Al-Jadid reported, citing workers at the site.\n\n"
        "Al-Nahar Al-Jadid said the contractor had also let the men's residence permits lapse.\n\n"
        "Omar Al-Rashid, a lawyer in Jeddah, said the men could be arrested if they left the camp.\n")


def test_bare_name_of_an_outlet_given_earlier_is_the_outlet() -> None:
    src = who(TEXT, "residence permits lapse", "Valley Press")
    assert src is not None and src.kind == "outlet" and src.wording == "Al-Nahar Al-Jadid"


def test_a_person_with_a_similar_name_stays_a_person() -> None:
    src = who(TEXT, "could be arrested", "Valley Press")
    assert src is not None and src.kind == "named_person"
