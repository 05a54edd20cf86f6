"""Probes for the classes of same-source miss found in the second study of heldout215 (denials and replies, branch
diag215b). Every text is written for these tests, in our own wording: names, firms, outlets and figures are invented
(places and currencies are real); each class has controls that must not change."""

from __future__ import annotations

from attribution_helpers import source_key as _src
from attribution_helpers import source_wording as _wording
from labourlens.analyse.pipeline import analyse

META = {"published": "2027-02-11", "language": "en"}




# -- a lede's unnamed firm ("A Spanish fruit exporter ...") is the firm the text names by its bare name afterwards

PICKERS = ("Berry pickers went unpaid\n\nHUELVA, Spain — A Spanish fruit exporter has admitted that about 70 pickers at "
           "two farms near Huelva went unpaid for a month this spring.\n\n{middle}{second} said the caravans were never "
           "locked at night and that nobody was forced to stay on the farms.\n\nTwo pickers from Morocco told this newspaper "
           "that a foreman had taken their passports and threatened to call the police if they left.\n")


def test_the_firm_named_after_the_lede_is_the_lede_firm() -> None:
    a = analyse(PICKERS.format(middle="", second="Costa Verde Produce"), META)
    assert _src(a, "unpaid for a month") == _src(a, "caravans were never")
    assert _wording(a, "unpaid for a month") == "Costa Verde Produce"


def test_control_a_rights_group_named_after_the_lede_firm_stays_apart() -> None:
    a = analyse(PICKERS.format(middle="", second="Seasonal Workers Rights Network"), META)
    assert _src(a, "unpaid for a month") != _src(a, "caravans were never")


def test_control_a_firm_named_after_another_body_spoke_stays_apart() -> None:
    union = "The Andalusian farm workers' union said pickers slept twelve to a caravan.\n\n"
    a = analyse(PICKERS.format(middle=union, second="Costa Verde Produce"), META)
    assert _src(a, "unpaid for a month") != _src(a, "caravans were never")


def test_control_a_lede_person_is_no_firm() -> None:
    text = PICKERS.format(middle="", second="Costa Verde Produce").replace("A Spanish fruit exporter has admitted",
                                                                       "A Moroccan picker has told reporters")
    a = analyse(text, META)
    assert _src(a, "unpaid for a month") != _src(a, "caravans were never")


# -- "The woman, who asked to be called X," names again the unnamed worker met before whose description says "her"

NURSE = ("Care worker says her papers were held\n\nMANCHESTER — A care assistant from Zimbabwe who quit her job in "
         "Bolton says her shifts ran to 70 hours a week and she was paid less than the minimum wage.\n\n{who}, who asked to be "
         "called Ruvimbo, said the home's owner locked her in a room at night. \"They told me I owed them "
         "for the flight,\" she said.\n")


def test_the_woman_named_now_is_the_care_assistant_met_before() -> None:
    a = analyse(NURSE.format(who="The woman"), META)
    assert _src(a, "70 hours a week") == _src(a, "room at night") == _src(a, "owed them")
    assert _wording(a, "70 hours a week") == "Ruvimbo"


def test_control_the_man_is_not_the_woman_met_before() -> None:
    a = analyse(NURSE.format(who="The man").replace("locked her", "locked him"), META)
    assert _src(a, "70 hours a week") != _src(a, "room at night")


def test_control_a_person_met_in_between_keeps_the_name_apart() -> None:
    text = NURSE.format(who="The woman").replace(
        "minimum wage.\n\n", "minimum wage.\n\nHer cousin, Tendai Moyo, said he was promised a job at the same home "
        "but was never paid for his first month.\n\n")
    a = analyse(text, META)
    assert _src(a, "70 hours a week") != _src(a, "room at night")
