"""Probes for the classes studied on heldout188 (long-form investigations, many people interviewed in turn), in our
own wording: a person met by a description and named in the same phrase ("The older of the two, Bekzod, 51, ...",
"The first worker, who asked that we call her Dilfuza, ...", "a Kyrgyz plasterer named Nurlan") or in the next
sentence ("He asked that only his first name, Suman, be used.") is that named person, and the bare "She" after the
introduction is too; an official who would speak only anonymously is an anonymous source; "The Bishkek agency" after
"a recruitment agency in Bishkek", and an agency "that placed" a worker, are firms."""

from __future__ import annotations

from probe_helpers import row_with as _of
from probe_helpers import speaker_rows as _speakers

_HEAD = ("Steppe Review\n\nA headline about workers abroad\nBy Ana Lind\n\n"
         "A cleaner in Muscat said she was locked in the house for months.\n\n")


def test_described_then_named_in_apposition() -> None:
    text = (_HEAD + "Two of the cooks met us at a cafe near the port.\n\n"
            "The older of the two, Bekzod, 51, from Samarkand, has cooked at the camp since 2019. He said the "
            "foreman had taken his passport on the first day. \"I asked for it twice and he laughed,\" he said.\n\n"
            "Bekzod said the men were paid every third month.\n\n"
            "The younger man, Timur, 23, said the gate was locked at night. \"Nobody goes out,\" he said.\n")
    rows = _speakers(text)
    first = _of(rows, "taken his passport")
    assert first[1:3] == ("Bekzod", "named_person")
    assert _of(rows, "paid every third month")[0] == first[0]
    assert _of(rows, "gate was locked")[1:3] == ("Timur", "named_person")
    assert _of(rows, "gate was locked")[0] != first[0]


def test_asked_that_we_call_her() -> None:
    text = (_HEAD + "The first worker, who asked that we call her Dilfuza, is twenty-eight and left the mill last "
            "year.\n\n\"We sewed until two in the morning,\" she said. \"Nobody was paid in cash.\"\n\n"
            "Dilfuza said the supervisor kept the workers' passports in his car.\n")
    rows = _speakers(text)
    a, b = _of(rows, "until two in the morning"), _of(rows, "passports in his car")
    assert a[1:3] == ("Dilfuza", "named_person") and a[0] == b[0]


def test_youngest_named_then_she() -> None:
    text = (_HEAD + "The youngest, Aigerim, is nineteen. She came to Almaty through a cousin.\n\n"
            "\"They took my phone and I could not call home,\" she said.\n\n"
            "Aigerim said her wages had not been paid for five months.\n")
    rows = _speakers(text)
    a, b = _of(rows, "took my phone"), _of(rows, "not been paid for five months")
    assert a[1:3] == ("Aigerim", "named_person") and a[0] == b[0]


def test_first_name_given_in_the_next_sentence() -> None:
    text = ("Valley Weekly - Conversations\n\nA kitchen in the desert\n\n"
            "A Nepali cook who spent two years at a labour camp near Muscat talks to Rita Shah about his wages. He "
            "asked that only his first name, Suman, be used.\n\n"
            "Q: Were you paid?\nA: Only half. The manager kept my passport and said I owed him for the visa.\n")
    rows = _speakers(text)
    assert _of(rows, "kept my passport")[1:3] == ("Suman", "named_person")


def test_named_in_the_lede_then_he_told() -> None:
    text = (_HEAD + "OSH, Kyrgyzstan - In a courtroom in Osh, a Kyrgyz plasterer named Nurlan described the shed where "
            "he had slept for a year.\n\n\"The boss locked us in at night,\" he told the court.\n\n"
            "Nurlan said he was never paid.\n")
    rows = _speakers(text)
    a, b = _of(rows, "locked us in at night"), _of(rows, "never paid")
    assert a[1:3] == ("Nurlan", "named_person") and a[0] == b[0]


def test_controls_description_without_a_name_stays_anonymous() -> None:
    text = (_HEAD + "The older of the two, a welder from Osh, said his passport was taken on arrival.\n\n"
            "A second worker, who asked not to be named, said wages came three months late.\n")
    rows = _speakers(text)
    assert _of(rows, "passport was taken")[2] == "anonymous_source"
    assert _of(rows, "three months late")[2] == "anonymous_source"
    # a firm "called" something is no person to name a later "he"
    text2 = (_HEAD + "Ana Ruiz, a researcher at Labour Watch, said a firm called Apex held the workers' passports.\n")
    assert _of(_speakers(text2), "held the workers")[1:3] != ("Apex", "named_person")


def test_official_who_would_speak_only_anonymously() -> None:
    text = (_HEAD + "A cleaner in Kuwait said her passport was kept by her employer.\n\n"
            "An official at the Kenyan embassy in Kuwait, who would speak only anonymously, said the embassy had "
            "issued travel papers to women whose passports were held.\n\n"
            "An official at the Kenyan embassy said the embassy had issued travel papers to 40 women.\n")
    rows = _speakers(text)
    assert _of(rows, "whose passports were held")[2] == "anonymous_source"
    assert _of(rows, "to 40 women")[2] == "official"  # control: on the record, the state


def test_town_agency_met_as_a_private_one_is_a_firm() -> None:
    text = (_HEAD + "The plasterers were hired in 2022 by a recruitment agency in Bishkek that sends crews to Moscow.\n\n"
            "Nurbek, 30, said the agency had taken his passport.\n\n"
            "The Bishkek agency said the workers had never been forced to work.\n")
    assert _of(_speakers(text), "never been forced to work")[2] == "organization"


def test_agency_that_placed_a_worker_is_a_firm() -> None:
    text = (_HEAD + "Grace, 27, said her employer in Kuwait took her passport.\n\n"
            "The Kampala agency that placed Grace said it had no record of any complaint about the employer.\n")
    assert _of(_speakers(text), "no record of any complaint")[2] == "organization"


def test_control_state_agency_by_its_town_stays_official() -> None:
    from labourlens.analyse.place_agencies import place_agencies
    from labourlens.model import Source

    text = ("The Astana agency said it had inspected the site. Workers said their wages were late.")
    src = Source("S1", "The Astana agency", "official", spans=[(0, 17)])
    assert place_agencies(text, [src])[0].kind == "official"  # never met as "an agency in Astana"


def test_quoted_they_said_is_the_speakers_report() -> None:
    text = (_HEAD + "According to payroll records seen by the Review, the mill booked 4,000 yuan a month for each "
            "worker.\n\nA worker said the foreman had taken his passport on the first day.\n\nA former spinner who gave her name as Mahire said she was not allowed to leave the mill for a year. She said she "
            "received about 600 yuan a month. \"The rest, they said, was kept for us at home. I never saw it.\"\n")
    rows = _speakers(text)
    mahire = _of(rows, "600 yuan a month")[0]
    assert _of(rows, "kept for us at home")[0] == mahire
    assert _of(rows, "I never saw it")[0] == mahire
    assert _of(rows, "booked 4,000 yuan")[0] != mahire  # control: the records keep their own claim
