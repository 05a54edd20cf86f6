"""Speaker identity through long attribution chains: "the source" after "a source in Rason, North Hamgyong
Province" and "A second source" (the province is no name of the first source), a person the writer names
("a woman I will call Zarina", "One of them, ... who asked us to call him Timur"), "On Monday" (never a
person), a relative with a name in apposition after a quote ("her brother, Daniel Otieno, said"), and
"X said, citing figures from Y that ..." (the figures back their own clause; X speaks). Every text is written
for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.place_appositions import names_place
from labourlens.analyse.relay_chains import cites_content
from labourlens.analyse.source_names import pseudonym_name, without_lead_word

META = {"published": "2025-03-01", "language": "en"}


def _speaker(a, needle: str) -> tuple[str | None, str | None, str]:
    c = next(c for c in a.claims if needle in c.text)
    s = a.source(c.source)
    return (s.wording if s else None, s.kind if s else None, c.source)


@pytest.mark.parametrize("before,chunk,place", [
    ("a source in Rason", "North Hamgyong Province", True),
    ("a trader in Osh", "Kyrgyzstan", True),
    ("a builder from Tokmok", "Chuy Region", True),
    ("The site's foreman", "Pavel Orlov", False),  # a name, after no place
    ("One of the workers", "Aziz Karimov", False),
])
def test_names_place(before: str, chunk: str, place: bool) -> None:
    assert names_place(before, chunk) is place


def test_the_source_after_a_second_source_is_the_second() -> None:
    text = ("Builders sent to Russia were told to hand over a month of pay, sources in North Korea told the paper.\n\n"
            "\"Every builder has to give one month's wages,\" a source in Chongjin, North Hamgyong Province, said. "
            "\"The families heard it from letters.\"\n\n"
            "A second source in the province said the monthly plan is now $650, and that most builders keep "
            "little after the plan is taken out.\n\n"
            "\"If a builder falls short two months running, he is sent home,\" the source said.\n\n"
            "Another source, in the Russian city of Khabarovsk, said the builders sleep in unfinished flats. "
            "\"They work from dawn until after dark,\" the source said.")
    a = analyse(text, META)
    first, second, third = (_speaker(a, "one month's wages"), _speaker(a, "monthly plan"),
                            _speaker(a, "falls short"))
    assert third[2] == second[2] != first[2]
    assert _speaker(a, "dawn until after dark")[2] == _speaker(a, "unfinished flats")[2] != first[2]
    assert a.source(first[2]).canonical is None  # the province is not the source's name


def test_a_source_named_with_a_comma_keeps_its_name() -> None:
    text = ("Unpaid cleaners\nMigrant cleaners in Kuwait say their passports were taken and their wages withheld.\n\n"
            "The main contractor, Al Fanar Services, said the workers had been paid in full.")
    a = analyse(text, META)
    assert any(s.canonical == "Al Fanar Services" for s in a.sources)


@pytest.mark.parametrize("context,name", [
    ("On Tuesday, a man I will call Rustam rang from a site near Kazan.", "Rustam"),
    ("Last week a cleaner we shall call Aida wrote to me.", "Aida"),
    ("A nurse whom I will call Madina came to the office.", "Madina"),
    ("I will call the embassy tomorrow.", None),  # no person named
    ("I call Tashkent every week.", None),
])
def test_writer_names_a_person(context: str, name: str | None) -> None:
    found = pseudonym_name(context)
    assert (found[1] if found else None) == name


@pytest.mark.parametrize("lead,out", [("On Monday", None), ("In March", None), ("For Tomasz Wrobel", "Tomasz Wrobel")])
def test_calendar_words_are_no_names(lead: str, out: str | None) -> None:
    assert without_lead_word(lead) == out


def test_she_after_a_weekday_and_a_pseudonym() -> None:
    text = ("I have worked as a lawyer for migrants in Kazan for nine years.\n\n"
            "On Tuesday, a woman I will call Zarina rang from a house outside the city. She is 37, from Osh. "
            "She told me the family had kept her passport since March and that she had not been paid for two months.")
    a = analyse(text, META)
    wording, kind, _ = _speaker(a, "kept her passport")
    assert (wording, kind) == ("Zarina", "named_person")


@pytest.mark.parametrize("sentence,wording", [
    ('"They took her passport," her brother, Daniel Otieno, said.', "her brother, Daniel Otieno"),
    ('"They took our passports," his lawyer, Marat Galiev, said by phone from Kazan.', "his lawyer, Marat Galiev"),
    ('"They took our passports," the foreman, Ivan Sokol, said.', "the foreman, Ivan Sokol"),
    ('"They took our passports," her brother said.', "her brother"),
])
def test_possessive_role_with_a_name_after_a_quote(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


def test_relative_after_a_quote_speaks_not_the_official_before() -> None:
    text = ("Confined housemaids\nMigrant housemaids in Saudi Arabia say their passports were taken and their wages "
            "withheld for months.\n\nKenyan housemaids are kept from leaving their employers' homes, a rights group said.\n\n"
            "A ministry official, who asked not to be named, said wages were paid through an electronic system.\n\n"
            "The family of one of the women, Grace Njeri from Nakuru, spoke to us. \"She told us the madam had taken "
            "her passport and that she worked twenty hours a day,\" her brother, Daniel Otieno, said by phone.")
    a = analyse(text, META)
    assert _speaker(a, "taken her passport")[0] == "her brother, Daniel Otieno"


@pytest.mark.parametrize("cited,content", [
    ("figures from the foreign ministry that 41 housemaids died in the kingdom", True),
    ("data from the labour office that most of the men were never paid", True),
    ("statistics that the ministry published", True),  # read as content too: an accepted error
    ("a source that works at the port", False),
    ("figures from the foreign ministry", False),
    ("the National Intelligence Service", False),
])
def test_cites_content(cited: str, content: bool) -> None:
    assert cites_content(cited) is content


def test_citing_figures_that_leaves_the_claim_to_the_citer() -> None:
    s = ("Kenyan domestic workers in Oman are kept from leaving their employers' homes, a Kenyan senator said on "
         "Monday, citing figures from the foreign ministry that 30 housemaids died there last year.")
    m = find_mention(s)
    assert m is not None and m.wording == "a Kenyan senator" and m.relay is None
    m2 = find_mention("North Korean workers are sent to Russia on student visas, a lawmaker said, citing the "
                      "National Intelligence Service.")
    assert m2 is not None and m2.wording == "the National Intelligence Service" and m2.relay == "a lawmaker"


def test_one_of_them_named_by_the_writer() -> None:
    text = ("Seasonal workers at a fish plant in Korsakov say they were paid half of what they were promised.\n\n"
            "One of them, a 31-year-old from Osh who asked us to call him Timur, showed us his notebook. "
            "\"In the peak we slept four hours a night,\" he said.\n\n"
            "Another worker, a man from Andijan, said the passports were collected on arrival.")
    a = analyse(text, META)
    wording, kind, key = _speaker(a, "slept four hours")
    assert (wording, kind) == ("Timur", "named_person")
    assert _speaker(a, "passports were collected")[2] != key


def test_one_of_them_without_a_name_stays_unnamed() -> None:
    text = ("Seasonal workers at a fish plant in Korsakov say they were paid half of what they were promised.\n\n"
            "One of them, a 31-year-old from Osh who asked not to be named, showed us his notebook. "
            "\"In the peak we slept four hours a night,\" he said.")
    a = analyse(text, META)
    assert _speaker(a, "slept four hours")[1] == "anonymous_source"
