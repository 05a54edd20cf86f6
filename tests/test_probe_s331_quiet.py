"""Probes (s331): pages with nothing to find stay quiet. A festival report whose only cues are a host's aside of one
phrase read two ways ("without much sleep" as both short rest and long hours), a night market's closing
hour, and a holiday "long weekend"; a factory's job listing that asks the reader to walk in to its gate or ring its
HR office. The near miss keeps its claims: transferred workers kept at the line until midnight, told in several
sentences. Texts written for these tests; the people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-02", "language": "en"}


def test_a_festival_with_a_hosts_aside_and_a_late_market_is_quiet() -> None:
    text = ("YINING, May 2 -- The riverside town welcomed some 40,000 visitors to its three-day Lavender Festival, "
            "the county tourism office said, with guesthouses booked out and a folk band playing on the square.\n\n"
            "Dancers and singers from nearby villages performed each evening on an open-air stage, and the night "
            "market sold skewers, flatbread and honey until midnight.\n\n"
            '"We worked three nights running without much sleep, but the festival was a joy," said Gulbahar, who runs '
            "a small guesthouse with her husband and earned 9,000 yuan during the long weekend.\n\n"
            "Organisers said the concert series and the festival will be back next summer.\n")
    a = analyse(text, META)
    assert a.claims == []
    assert a.indicators() == []


def test_a_long_weekend_is_no_overtime() -> None:
    hits = indicators.match("Sales at the bakery doubled over the long weekend.", 0).hits
    assert not any(h.indicator == "excessive_overtime" for h in hits)


def test_a_job_listing_with_a_walk_in_call_is_quiet() -> None:
    text = ("Pearl Jobs Board -- Job listing #PJ-5531\nPosted 4 March 2026\n\n"
            "Packing staff, 60 places -- Humen town, Dongguan\n\nEmployer: Tinsel Bay Packaging Co., Ltd.\n\n"
            "Pay and hours\n- Basic pay 2,500 yuan a month plus a piece rate.\n"
            "- Overtime is voluntary; weekday overtime is paid at 1.5 times the hourly rate.\n"
            "- A fee of 100 yuan a month for utilities is deducted from pay for those who live in the dormitory.\n"
            "- Dormitory rooms for six with a shared shower.\n\n"
            "Documents\nBring your ID card for copying; staff return it to you on the spot.\n\n"
            "How to join\nWalk in to the east gate, 12 Harbour Road, on any weekday morning, or just call the HR office.\n")
    a = analyse(text, META)
    assert a.claims == []
    assert a.indicators() == []


def test_near_miss_transferred_workers_kept_until_midnight_keep_their_claims() -> None:
    text = ("Frontier Wire\n\nTransferred workers describe long nights at a Jiangxi plant\n\n"
            "Workers sent from Hotan to a toy plant in Nanchang said they were kept at the line until midnight "
            "six days a week.\n\n"
            "One worker said the team leader took their identity cards on the first day and never gave them back.\n\n"
            "Another said anyone who asked to go home was told his family would lose its land.\n")
    a = analyse(text, META)
    assert a.claims
    assert "excessive_overtime" in a.indicators()
