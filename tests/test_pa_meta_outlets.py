"""The outlet as annotators write it: the Latin part of a masthead in two scripts; an acronym
stays as it is. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import mastheads, meta


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("\u5ef6\u8fb9\u65e5\u62a5 Yanbian Daily", "Yanbian Daily"),
        ("\ud55c\uae38\uc2e0\ubb38 Hangil Sinmun", "Hangil Sinmun"),
        ("Amur Courier \u0410\u043c\u0443\u0440\u0441\u043a\u0438\u0439 \u043a\u0443\u0440\u044c\u0435\u0440",
         "Amur Courier"),
    ],
)
def test_the_latin_part_of_a_masthead_in_two_scripts(name: str, expected: str) -> None:
    assert mastheads.latin_name(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "\u0412\u0435\u0441\u0442\u0438 \u0410\u043c\u0443\u0440\u0430",  # one script only
        "\u5ef6\u8fb9\u65e5\u62a5",
        "Dandong Evening",
        "SLW",
        "\u5ef6\u8fb9 Yanbian \u65e5\u62a5 Daily",  # two Latin parts: no single name to pick
    ],
)
def test_other_names_are_kept(name: str) -> None:
    assert mastheads.latin_name(name) == name


def test_detect_reports_the_latin_name_of_a_bilingual_masthead() -> None:
    text = ("\u5ef6\u8fb9\u65b0\u95fb\u7f51 Yanbian News | \u9996\u9875 > \u672c\u5730\n\n"
            "Yanji labour bureau says seafood plants follow the law\n\n"
            "YANJI, Oct 3 \u2014 The bureau said on Monday that all foreign staff held valid permits.")
    assert meta.detect(text, None, None).outlet == "Yanbian News"


def test_an_acronym_spelt_out_on_the_page_stays_the_acronym() -> None:
    text = ("A report by Steppe Labour Watch (SLW), Almaty, May 2026\n\n"
            "SLW researchers interviewed 30 drivers. SLW found that wages were paid late.")
    assert meta.detect(text, None, None).outlet in ("SLW", None)
