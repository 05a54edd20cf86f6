"""Probes (s335): a report on prison and detention labour that never writes "forced labour" is still about it. A
penal colony, a correctional colony, a prison workshop, a labour training unit and former prisoners or inmates are
the domain, so a report of their norms, cells and deductions yields claims (a sport word such as "beat", "won" or
"defender" no longer makes it a match report). The near miss stays quiet: a colony's open day with a choir and a
football match, no cue of abuse. Texts written for these tests; the people and institutions are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-06-10", "language": "en"}


def test_a_colony_report_without_forced_labour_words_has_claims() -> None:
    # (no word of workers or wages, and "beat", "won" and "defender" once each: read before as a match report)
    text = ("Volga Courier\n\nInside the sewing hall of correctional colony No. 7\n\n"
            "Three women who served time at correctional colony No. 7 near Saransk told the Volga Courier that the "
            "brigade sat at the machines until two in the morning when an order for army shirts was late.\n\n"
            "Marina Osipova, 41, said a woman who fell short of her output twice was locked in the punishment cell. "
            "\"Nobody beat anyone. The cell was enough,\" she said.\n\n"
            "Another woman said deductions for food and electricity left her with 900 rubles a month.\n\n"
            "A rights defender from Saransk said the colony's shop won a tender for 30,000 shirts this spring.\n")
    a = analyse(text, META)
    assert len(a.claims) >= 3
    kinds = set(a.indicators())
    assert "intimidation_and_threats" in kinds
    assert "withholding_of_wages" in kinds


def test_near_miss_a_colony_open_day_stays_quiet() -> None:
    text = ("Volga Courier\n\nColony opens its gates for a family day\n\n"
            "Correctional colony No. 7 held an open day on Saturday, with a choir, a football match that the staff "
            "team won 3-1 and a display of embroidery.\n\n"
            "Relatives toured the library and the chapel, the colony's press office said.\n")
    a = analyse(text, META)
    assert a.claims == []
    assert a.indicators() == []
