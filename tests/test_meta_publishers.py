"""Publishers of studies and language services of translated pages (mastheads.py, meta.py)."""

from __future__ import annotations

import pytest

from labourlens.analyse.meta import detect


@pytest.mark.parametrize(("text", "outlet"), [
    ("Locked Sites: Migrant Builders in Astana\nA report by the Steppe Labour Watch | Chapter 3 of 5\n\n"
     "3. Findings\n\nWorkers said their pay was late.", "Steppe Labour Watch"),
    ("Chains at Sea\nA briefing from Harbourline Rights Centre | Part 2\n\nCrews said they were not paid.",
     "Harbourline Rights Centre"),
    ("Journal of Border Economies, Vol. 4, No. 1 (2024), pp. 12-40\n\n2. Dispatch\n\nWorkers said.",
     "Journal of Border Economies"),
    ("Pacific Migration Review, Volume 11 (2023) - excerpt\n\nWorkers said.", "Pacific Migration Review"),
])
def test_the_publisher_of_a_study_is_its_outlet(text: str, outlet: str) -> None:
    assert detect(text, None, {}).outlet == outlet


def test_a_sentence_with_a_volume_is_no_journal() -> None:
    assert detect("Studies show that Vol. 2 of the series is late.\n\nWorkers said.", None, {}).outlet is None


@pytest.mark.parametrize(("text", "language"), [
    ("Kim Ha-na for RFA Korean. Translated by Lee Min.\n\nWorkers in Dandong said they were unpaid.", "ko"),
    ("Korean Service > North Korea\n\nTranslated by Ann Park.\n\nWorkers said.", "ko"),
    ("Reported for VOA Russian. Translated by Oleg Ivanov.\n\nWorkers said.", "ru"),
])
def test_a_translated_page_takes_the_language_of_its_service(text: str, language: str) -> None:
    meta = detect(text, None, {})
    assert meta.translator is not None
    assert meta.original_language == language
    assert any("language service" in n for n in meta.notes)


def test_a_service_named_on_an_untranslated_page_says_nothing() -> None:
    assert detect("Kim Ha-na for RFA Korean.\n\nWorkers in Dandong said they were unpaid.", None, {}).original_language \
        is None
