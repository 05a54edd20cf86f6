"""Translator credits inside a source line or a bracketed note, in lower case ("— translated from Korean
by X", "| Item translated from Korean by X |", "(post of 11 April, translated from Russian by X)"),
and credit lines that an HTML page keeps in page furniture the article extractor drops. Names and
outlets are invented for the tests."""

from __future__ import annotations

import pytest

from labourlens.analyse.meta import _translator
from labourlens.formats.html import extract


@pytest.mark.parametrize("line, name", [
    ("[Source: Amnok Weekly, 21 January 2025 — translated from Korean by Jeon Ha-eun; summarised]", "Jeon Ha-eun"),
    ("Northern Digest | 9 October 2024 | Item translated from Korean by Lee Da-som | Original: Yalu Post",
     "Lee Da-som"),
    ("[Summary of a report by Pukchang Daily, citing sources in Hoeryong; translated by Oh Min-gyu]", "Oh Min-gyu"),
    ("According to the channel (post of 11 April 2025, translated from Russian by Nadia Orlova):", "Nadia Orlova"),
    ("Source: Delovoy Vestnik (Moscow), translated from Russian by Ivan Petrenko", "Ivan Petrenko"),
])
def test_lower_case_translator_credits_are_found(line: str, name: str) -> None:
    assert _translator(f"Headline\n\n{line}\n\nWorkers were locked in.") == name


@pytest.mark.parametrize("line", [
    "The ministry's statements were translated by the embassy.",
    "Interviews, translated by staff, were recorded in the camp.",
])
def test_translation_said_of_other_things_is_no_credit(line: str) -> None:
    assert _translator(line) is None


PAGE = """<html><head><title>Plant workers locked in - North Digest</title></head><body>
<nav><ul><li>Home</li><li>Digest</li></ul></nav>
<article><h1>Plant workers locked in at night, source says</h1>
<p class="meta">North Digest | 9 October 2024 | Item translated from Korean by Lee Da-som</p>
<p>North Korean women at an electronics plant on the edge of Dandong are locked into their dormitory every night, a source in the city said. The gate is chained at ten and the manager keeps the key.</p>
<p>About 120 women work two shifts of twelve hours, the source said, with one day off a month, and their wages are paid to a North Korean company.</p>
<p>The plant's owner denied employing any North Koreans when reached by phone on Tuesday afternoon.</p>
</article></body></html>"""


def test_a_credit_line_the_article_extractor_drops_is_put_back_after_the_headline() -> None:
    doc = extract(PAGE)
    paragraphs = doc.text.split("\n\n")
    assert "Item translated from Korean by Lee Da-som" in doc.text
    credit = next(i for i, p in enumerate(paragraphs) if "translated from Korean" in p)
    assert credit <= 1  # where the page has it: under the headline, before the story
    assert _translator(doc.text) == "Lee Da-som"
