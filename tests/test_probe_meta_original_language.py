"""The language of the original from a translation note worded as "translation from X" or
"Original report in X". Every page and person here is invented for the test."""

from __future__ import annotations

import pytest

from labourlens.analyse import meta

BODY = "Loggers near Tynda said their pay had been held back since spring.\n\n"


def original(text: str) -> str | None:
    return meta.detect(text, None, {}).original_language


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Published on the consulate's page. Unofficial English translation from Russian by Larch Monitor.\n\n" + BODY, "ru"),
        (BODY + "\u2014 Compiled by Heron Labour Digest, 3 May 2025. Original report in Russian.", "ru"),
        (BODY + "(English translation from the Korean by the desk.)", "ko"),
        (BODY + "Note: the original article was published in Chinese.", "zh"),
        (BODY + "The original text is in Mongolian; this is a summary.", "mn"),
    ],
)
def test_original_language_from_a_note(text: str, lang: str) -> None:
    assert original(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        BODY + "The original report in Russia was never published.",  # a country, not a language
        BODY + "The workers asked for a translation of their contracts.",  # translation in another sense
        BODY + "The original plan was to send them home in May.",
        BODY,
    ],
)
def test_no_original_language(text: str) -> None:
    assert original(text) is None
