"""A "she said" or "he said" after a lede that names two people: the pronoun goes to the person whom the text tells
of with that pronoun ("Amina Yusuf has not heard her brother's voice ... Idris, 30, left ... He ..."), not to the
name introduced last; a nationality opening a lede ("Sri Lankan cleaners say") is no person's name. Every text is
written for this test; people and companies are fictional."""

from __future__ import annotations

from probe_helpers import LEAD, speaker

MOTHER = ("POKHARA \u2014 Amina Yusuf has not heard her brother's voice for a month. Idris, 30, left for Jeddah "
          "in May to work as a cook for a catering firm. He ended up guarding sheep on a farm outside the city.\n\n"
          "\"The agent promised a kitchen job with 1,400 riyals a month. They took his phone,\" she said.")


def test_she_goes_to_the_woman_told_of_as_her() -> None:
    wording, kind, _ = speaker(MOTHER, "The agent promised a kitchen job")
    assert wording == "Amina Yusuf" and kind == "named_person"


def test_he_goes_to_the_man_told_of_as_he() -> None:
    text = MOTHER.replace("Amina Yusuf has not heard her brother's", "Amina Yusuf has not heard her son's").replace(
        "she said", "he said")
    wording, _, _ = speaker(text, "The agent promised a kitchen job")
    assert wording == "Idris"


def test_father_told_of_as_his_is_the_he() -> None:
    text = ("LAGOS \u2014 Tunde Bakare has not seen his daughter since March. Ngozi, 22, left for Riyadh last year "
            "to work as a housemaid. She stopped calling in May.\n\n"
            "\"The employer kept her passport and she has not been paid since March,\" he said.")
    wording, _, _ = speaker(text, "The employer kept her passport")
    assert wording == "Tunde Bakare"


def test_an_object_her_does_not_make_a_man_a_woman() -> None:
    # "her" after "that" belongs to the worker, not to the sponsor who speaks: he stays the "he"
    text = (LEAD + "Two Filipino women who fled their employers in Kuwait say they were not paid for months.\n\n"
            "Reached by phone, the sponsor, who gave only his first name, Khalid, said the worker had left without "
            "notice and that her wages were with the office. He denied that her passport was being held.")
    wording, _, _ = speaker(text, "He denied that her passport")
    assert wording == "Khalid"


def test_a_nationality_is_no_antecedent() -> None:
    text = ("COLOMBO \u2014 Sri Lankan cleaners working for a catering firm in Qatar say they are paid less than "
            "their contracts promise.\n\n"
            "A payslip seen by this paper shows deductions for housing. The woman whose payslip it is, from Galle, said she never "
            "took an advance.\n\n"
            "\"When I asked the supervisor, he said, 'Then pay your ticket first,'\" she told the paper.")
    wording, kind, _ = speaker(text, "pay your ticket first")
    assert wording is not None and "woman whose payslip" in wording and kind == "anonymous_source"


def test_single_name_with_no_pronoun_keeps_the_last_name() -> None:
    # control: nothing tells the later name's gender, so the "she" stays with the name introduced last
    text = ("Workers at a Doha laundry described unpaid wages and confiscated passports.\n\n"
            "Mariam, 31, said the manager kept every passport in a safe.\n\n"
            "\"We were paid twice in six months,\" she said.")
    wording, _, _ = speaker(text, "We were paid twice")
    assert wording is not None and "Mariam" in wording


def test_fronted_nationality_is_no_name() -> None:
    from labourlens.analyse.pronoun_names import fronted_name

    assert fronted_name("MUSCAT \u2014 Indian drivers working for a courier firm say they were not paid. ") is None
    assert fronted_name("MUSCAT \u2014 Ravi Menon said he was not paid. ") == "Ravi Menon"
