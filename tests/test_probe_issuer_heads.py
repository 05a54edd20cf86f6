"""The issuer of a compliance document named in its head is the page's outlet: a helpline's own heading, an
extract's heading, a shareholder proposal's filer, the firm of the auditor who typed up the notes. Control: a
story's headline with a dash. Texts written for this probe: fictional bodies and people."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

BODY = "\n\nMigrant workers said the supervisor kept their passports and wages were withheld for two months.\n"


@pytest.mark.parametrize(("head", "outlet"), [
    ("Brightwell Worker Helpline - Quarterly case summary, Q1 2025", "Brightwell Worker Helpline"),
    ("Extract from the Modern Slavery Statement 2025 of Larkfield Apparel Group (year ending 31 March 2025)",
     "Larkfield Apparel Group"),
    ("Item 4 - Shareholder Proposal on Forced Labour in Cocoa Sourcing\nFiled by the Harrow Pension Trust and co-filers",
     "Harrow Pension Trust"),
    ("FIELD NOTES - worker interviews, Day 1 (notes typed up by auditor A. Lind, Norrland Assurance)",
     "Norrland Assurance"),
])
def test_the_issuer_is_the_outlet(head: str, outlet: str) -> None:
    assert analyse(head + BODY, {"language": "en"}).meta.outlet == outlet


def test_a_headline_with_a_dash_names_no_issuer() -> None:
    text = "Cleaners in Doha - unpaid for months, workers say" + BODY
    assert analyse(text, {"language": "en"}).meta.outlet != "Cleaners in Doha"


def test_a_section_label_is_no_issuer() -> None:
    text = "TRAVEL & LEISURE | Summary" + BODY
    assert analyse(text, {"language": "en"}).meta.outlet != "TRAVEL & LEISURE"
