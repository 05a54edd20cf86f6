"""The title skips navigation and section bars and takes the first headline-like line."""

from __future__ import annotations

import pytest

from labourlens.analyse import meta


@pytest.mark.parametrize(
    "text, title",
    [
        ("Harbour Courier | Russia | Labour\n\nWelders at Far East yard paid in \"coupons\"\n\nBy A. Writer\n",
         'Welders at Far East yard paid in "coupons"'),
        ("Home > World > Asia\nNorth Korean crews kept at sea for months\nBody text.",
         "North Korean crews kept at sea for months"),
        ("News \u203a Asia \u203a Labour\nFactory guards lock gates at night\n", "Factory guards lock gates at night"),
        ("Home / Reports\nLoggers in Amur region describe 16-hour days\n",
         "Loggers in Amur region describe 16-hour days"),
        ("# Nets and Needles: women in the garment shops of Dandong\nSummary follows.",
         "Nets and Needles: women in the garment shops of Dandong"),
    ],
)
def test_title_after_navigation(text: str, title: str) -> None:
    assert meta._title(text) == title


@pytest.mark.parametrize(
    "text",
    [
        "\"We never saw our wages,\" one woman said.\nMore text.",
        "The workers were paid nothing for three months.\nMore text.",
    ],
)
def test_sentences_and_quotations_are_not_titles(text: str) -> None:
    assert meta._title(text) is None


def test_detect_uses_headline_after_section_bar() -> None:
    text = "Steppe Wire | Mongolia | Work\n\nMiners say bonuses went to \"party fund\"\n\nBody of the report here."
    dm = meta.detect(text, None, {})
    assert dm.title == 'Miners say bonuses went to "party fund"'
