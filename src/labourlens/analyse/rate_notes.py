"""Exchange-rate notes, for the document-level gate (:mod:`labourlens.analyse.context`).

A money service's or a newspaper's note of the week's rates for workers who send their pay home ("Weekly rate note",
"Remittance rates this week") converts a typical wage from one currency into another ("a wage of 300 dinars came to
about 40,000 pesos", "each riyal bought 34 shillings", "the rupee traded near 300 to the dollar"). It names wages,
fees and the workers who earn them, but every line is a conversion: it tells of nothing done to anyone and describes
no forced labour. It is told apart by a frame at its top that names rates, currencies or remittances, several body
sentences that each convert a sum or state a rate, these the most of its sentences with a figure, and no word of an
account of abuse anywhere. The words are the knowledge file ``indicators.yaml`` (``rate_notes``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens.analyse.rule_notices import tells_of_abuse

__all__ = ["EXTRACTOR", "rate_note"]

EXTRACTOR = "rate_notes.v1"

_HEAD = 300  # the note's frame stands in its heading or first lines
_CONVERSIONS = 4  # body sentences that convert a sum or state a rate, at the least
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A rate note's frame and a sentence's conversion of a sum ("was worth about", "came to", "to the dollar")."""
    from labourlens.analyse.speaker_lexicon import section_alternations  # noqa: PLC0415 - loaded with the speaker stage

    alt = section_alternations("rate_notes")

    frame = re.compile(rf"\b(?:{alt('frames')})\b", re.IGNORECASE)
    # (the conversion's words, then a figure within a few words: "came to about 9,400 rupees", "bought 3.1 lari";
    # or a rate against a currency: "near 41 to the dollar", "pegged to the euro")
    conversion = re.compile(rf"\b(?:(?:{alt('conversions')})\W+(?:\w+\W+){{0,2}}?\$?\d"
                            rf"|\d[\d,.]*\s+(?:{alt('per_unit')})|(?:{alt('rate_words')}))", re.IGNORECASE)
    return frame, conversion


def rate_note(text: str, body: list[str]) -> bool:
    """Is the page a note of exchange rates (a frame at its top, most of its sentences with a figure converting a sum or
    stating a rate, and no account of abuse)?"""
    frame, conversion = _patterns()
    if len(body) < _CONVERSIONS or frame.search(text[:_HEAD]) is None:
        return False
    figures = [s for s in body if _DIGIT.search(s)]
    converting = sum(1 for s in figures if conversion.search(s))
    return converting >= _CONVERSIONS and converting * 2 >= len(figures) and not tells_of_abuse(body)
