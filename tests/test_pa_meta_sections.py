"""Header lines with section labels before the outlet's name, joined labels ("Shipping &
Ports") and labels in other languages. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import meta


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Culture | Lakeside Evening News | 4 May 2025\n\nA dance troupe visits\n\nThe troupe gave two shows.",
         "Lakeside Evening News"),
        ("Shipping & Ports | Harbour Freight Bulletin\nSubscribe | Log in\n\nNew feeder route\n\n"
         "A weekly service will start next month, the operator said.", "Harbour Freight Bulletin"),
        ("Pwani Daima | Habari | Kitaifa\n\nQuarry workers say they are locked in\n\n"
         "Workers at a quarry told Pwani Daima the gate was locked at night.", "Pwani Daima"),
        ("Society / Law | Steppe Morning Post\n\nDrivers kept without papers\n\n"
         "Drivers said the depot kept their passports.", "Steppe Morning Post"),
    ],
)
def test_outlet_after_or_beside_section_labels(text: str, outlet: str) -> None:
    assert meta.detect(text, None, None).outlet == outlet


def test_a_section_label_then_a_plain_name_is_no_outlet() -> None:
    text = "Culture | Exhibitions\n\nPaintings from Pyongyang\n\nThe show opened on Friday in Kazan."
    assert meta.detect(text, None, None).outlet is None
