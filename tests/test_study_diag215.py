"""Probes for the classes of same-source miss found when heldout215 (denials and replies) was opened for study
(branch diag215). Every text is written for these tests, in our own wording: names, places, outlets and figures are
invented (places and currencies are real); each class has controls that must not change."""

from __future__ import annotations

from attribution_helpers import source_key as _src
from attribution_helpers import source_wording as _wording
from labourlens.analyse.office_heads import without_general
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-10-20", "language": "en"}




# -- a body given the title "General" after its office: "the consulate" names it again

def test_the_consulate_is_the_consulate_general_heard_before() -> None:
    a = analyse("Envoy rejects claims about builders\n\nUzbek builders in Kazan were locked in a dormitory for weeks "
                "and their passports were taken by the foreman, a local trade union said on Monday.\n\nThe Uzbek "
                "Consulate General in Kazan said in a statement that the union's account was \"false\". \"No citizen "
                "of Uzbekistan is forced to work at any site in Tatarstan,\" the consulate said.\n", META)
    assert _wording(a, "forced to work at any site") == "The Uzbek Consulate General in Kazan"


def test_a_general_keeps_its_own_head() -> None:
    assert without_general(["consulate", "general"]) == ["consulate"]
    assert without_general(["inspector", "general"]) == ["inspector"]
    assert without_general(["retired", "general"]) == ["retired", "general"]  # control: a soldier
    assert without_general(["general"]) == ["general"]


# -- "The <noun>, <Name>" names the body an indefinite "a ... <noun>" introduced

TEXTILE = ("Textile hands in Dhaka say they were kept on the floor\n\nDHAKA — Sewing machinists at two export "
           "factories near Gazipur were forced to work past midnight and were fined for every missed target, a "
           "workers' advocacy network said on Friday.\n\n{second} said the women had their wages docked for "
           "talking during shifts.\n")


def test_the_network_named_in_apposition_is_the_network_heard_before() -> None:
    a = analyse(TEXTILE.format(second="The network, Shromik Adhikar Forum,"), META)
    assert _src(a, "past midnight") == _src(a, "wages docked")
    assert _wording(a, "past midnight") == "a workers' advocacy network, Shromik Adhikar Forum"


def test_control_a_body_of_another_noun_stays_apart() -> None:
    a = analyse(TEXTILE.format(second="The union, Garment Sramik Federation,"), META)
    assert _src(a, "past midnight") != _src(a, "wages docked")


def test_control_the_firm_after_a_firms_spokesperson_stays_a_firm_of_its_own() -> None:
    a = analyse("Crews paid late\n\nA spokesperson for a Busan trawler firm said the deckhands were paid in full. "
                "A port inspector said the deckhands were owed wages for three months. The firm, Haedong Audit "
                "Partners, said the payroll showed deductions of 40 percent.\n", META)
    assert _src(a, "paid in full") != _src(a, "40 percent")


# -- "the <trade>s" names the group introduced "as <trade>s"

COOKS = ("Sri Lankan cooks in Muscat say pay was cut\n\nCOLOMBO — Eleven Sri Lankan women who were hired as cooks for "
         "a hotel chain in Oman say their employer kept their passports for the whole of last year.\n\nAfter six "
         "months, they were told that their pay would be halved, {who} told reporters in Colombo.\n")


def test_the_trade_names_the_group_hired_as_that_trade() -> None:
    a = analyse(COOKS.format(who="the cooks"), META)
    assert _src(a, "kept their passports") == _src(a, "pay would be halved")


def test_control_another_trade_is_another_group() -> None:
    a = analyse(COOKS.format(who="the cleaners"), META)
    assert _src(a, "kept their passports") != _src(a, "pay would be halved")
