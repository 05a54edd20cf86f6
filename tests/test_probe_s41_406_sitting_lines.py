"""Probes (session 41, from heldout406's committee minutes and testimony): a sitting's own business ("Let us move on to
item 4 of the order paper.", "We shall now have a short recess.", "Senator Lind, please.") and a line that only gives
the name a teller chose are no claims. Near misses: a member's question that asserts abuse, and a naming line that goes
on to tell of abuse, stay claims. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.claim_filters import is_programme_line
from labourlens.analyse.pipeline import analyse

MINUTES = """Standing Committee on Employment
Minutes of the 3rd sitting, 4 March 2026

Chair Ana Ruiz: We turn now to the next item, on migrant pickers in the valley. Senator Lind, please.

Sen. Tomas Lind: Thank you, Chair. A picker told my office that the agency kept her passport and paid her nothing for
three months.

Chair Ana Ruiz: Thank you. We shall now have a short recess."""


def test_a_sittings_business_is_no_claim() -> None:
    texts = [c.text for c in analyse(MINUTES, {"language": "en"}).claims]
    assert not any("short recess" in t or "Senator Lind, please" in t or "We turn now" in t for t in texts)
    assert any("kept her passport" in t for t in texts)


def test_procedural_lines() -> None:
    assert is_programme_line("We shall take a fifteen-minute pause.")
    assert is_programme_line("Representative Okafor, please.")
    assert not is_programme_line("We turn now to the farms, where pickers were beaten.")
    assert not is_programme_line("Senator Lind, please explain why the passports were kept.")


def test_a_naming_line_is_no_claim() -> None:
    from labourlens.analyse.claims import _is_meta

    assert _is_meta("He asked to be known as Arben Kolsi.")
    assert _is_meta("The man, 40, asked to be named only as Mr. K.")
    assert not _is_meta("He asked to be known as Arben because the agency beat him.")
