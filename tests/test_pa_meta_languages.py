"""Original languages beyond the first list: a page translated from Uzbek, Swahili, Nepali or
Tagalog says so in its credit. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import mastheads, meta


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ozod Tong | Jamiyat\nTranslated from Uzbek by Kamola Yusupova\n\nBuilders stranded in Kazan.", "uz"),
        ("Sauti ya Pwani\nTranslated from Swahili by Amani Kisanga\n\nQuarry workers locked in at night.", "sw"),
        ("Himal Times | Society\nTranslated from Nepali by Sita Gurung\n\nRecruits paid fees twice.", "ne"),
        ("Balita Ngayon\nTranslated from Tagalog by Marites Santos\n\nSeafarers unpaid for months.", "tl"),
        ("Dala Habari\nThis story was originally published in Kazakh.\n\nDrivers kept without papers.", "kk"),
    ],
)
def test_original_language_from_a_translation_credit(text: str, lang: str) -> None:
    assert meta.detect(text, None, None).original_language == lang


def test_the_first_list_still_wins_and_english_is_never_an_original_from_the_extra_list() -> None:
    extra = mastheads.more_languages()
    assert extra["uzbek"] == "uz" and extra["swahili"] == "sw"
    assert meta.LANGUAGE_NAMES["korean"] == "ko" and meta.LANGUAGE_NAMES["english"] == "en"


def test_no_language_without_a_credit() -> None:
    text = "Kazakh drivers in Novosibirsk said their passports were kept by the depot manager."
    assert meta.detect(text, None, None).original_language is None
