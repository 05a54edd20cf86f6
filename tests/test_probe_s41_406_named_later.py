"""Probes (session 41, from heldout406's news page and roundup): a lede's unnamed person named in a sentence of its own
("The man, 44, asked to be known as X.") is the one who then speaks as X; a person named in full doing something other
than speaking ("X of the Y Institute has published a study of ...") is the "she" of the next sentence, not the worker quoted a
paragraph before; a man "the court identified only as Mr. K" is a named person. Near misses: another person named
after a lede of two people stays apart; a "he" after a woman's name keeps the earlier man. Texts written for these
tests."""

from __future__ import annotations

from labourlens.analyse.speakers import alias_name
from probe_helpers import speaker

LEDE = """Seamstresses locked in at a Durres workshop

A garment workshop in Durres locked its 20 seamstresses in a dormitory and allowed them out only on
Sundays, a former driver for the workshop said.

The man, 44, asked to be known as Arben Kolsi. He drove for the workshop for three years.

"The owner kept their passports in his safe," Kolsi said by telephone."""

TWO = """Seamstresses locked in at a Durres workshop

A garment workshop in Durres locked its 20 migrant seamstresses in a dormitory and paid them nothing for months, a
former driver and a former cook said.

The man, 44, asked to be known as Arben Kolsi.

"The owner kept their passports in his safe," Kolsi said by telephone."""

ROUNDUP = """Migrant cleaners at hotels in Dubai say their passports were taken by the agency.

A former manager of one agency told us that the cleaners "did a normal shift, nothing unusual for hotels". He ran the
agency's front desk, not the cleaning crews.

Ana Lind of the Harbour Institute has published a study of hotel cleaners. She estimates that a cleaner earns the agency
about $9,000 a year, of which the cleaners see a tenth."""

ROUNDUP_HE = ROUNDUP.replace("She estimates", "He estimates")


def test_a_lede_person_named_in_a_sentence_of_its_own_is_one_source() -> None:
    first = speaker(LEDE, "locked its 20", {})
    later = speaker(LEDE, "kept their passports", {})
    assert first[2] == later[2] and later[0] == "Arben Kolsi"


def test_two_lede_people_are_not_merged() -> None:
    assert speaker(TWO, "locked its 20", {})[2] != speaker(TWO, "kept their passports", {})[2]


def test_she_after_a_named_author_is_hers() -> None:
    wording, kind, _ = speaker(ROUNDUP, "She estimates", {})
    assert wording == "Ana Lind" and kind == "named_person"


def test_he_after_a_womans_name_is_not_hers() -> None:
    assert speaker(ROUNDUP_HE, "He estimates", {})[0] != "Ana Lind"


def test_a_title_and_an_initial_are_a_name() -> None:
    assert alias_name("The driver, whom the court identified only as Mr. K, 46") == ("Mr. K", True)
    assert alias_name("a man identified in this report as Worker B") == ("Worker B", False)
