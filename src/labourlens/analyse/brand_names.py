"""A firm named by one word written in camel case with a hyphenated suffix of a capital, a digit or a firm word
("StroyMonolit-K", "TransVolga-2", "NovaSklad-Plus"), in the style of Russian and Central Asian company names, is an
organization. Camel case alone ("WhatsApp", "YouTube", "PetroBuild") is left to the other rules: platforms and
products are written so too. People's names do not carry a capital inside the word, except after the particles of
surnames ("McAllister", "MacLeod", "DeLuca", "DiNapoli", "LeBlanc", "VanDyke", "O'Brien"), which are left alone.
Used by :func:`labourlens.analyse.speakers.classify` as its last resort before giving up on a phrase."""

from __future__ import annotations

import re

__all__ = ["brand_name"]

_BRAND = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+-(?:[A-Z]|\d{1,3}|Plus|Group|Service|Servis|Invest|Trade|Stroy)")
_SURNAME_PARTICLE = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|Ben|Abu|El|Al)(?=[A-Z])")


def brand_name(word: str) -> bool:
    """True when ``word`` alone (no spaces) reads as a camel-case firm name."""
    return bool(_BRAND.fullmatch(word)) and not _SURNAME_PARTICLE.match(word)
