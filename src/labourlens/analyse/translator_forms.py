"""Translator credits that the patterns of :mod:`labourlens.analyse.meta` leave out, for its
``translator`` field:

- a translation from a named language by someone, after any word or bracket: "Interview
  translated from Korean by Min Ji-ho.", "[Partner content] Translated from Japanese by Aoki
  Ren.", "Unofficial English translation from Russian by Taiga Monitor.";
- a "translator:" label inside a bracket or after a semicolon: "(translated from Chinese;
  translator: Zhou Lan)".

The name runs over capitalised words (and hyphenated Korean or Chinese given names) and stops
at the end of the sentence."""

from __future__ import annotations

import re

from labourlens.analyse import mastheads

__all__ = ["find"]

_LANGS = "|".join(sorted({"Korean", "Chinese", "Mandarin", "Japanese", "Russian", "Arabic", "French", "German", "Spanish",
                          "Vietnamese", "Mongolian", "Polish", "Ukrainian", "Thai", "Indonesian", "Portuguese", "Italian",
                          "Uzbek", "Kazakh", "Kyrgyz", "Turkish", "Persian", "Nepali", "Bengali", "Hindi", "Urdu", "Malay",
                          "Khmer", "Lao", "Burmese", "Swahili", "Amharic", "Czech", "Romanian", "Bulgarian", "Maltese"},
                         key=len, reverse=True))
_NAME = r"([A-Z][\w'\u2019.-]*(?:[ \t]+(?:[A-Z][\w'\u2019.-]*|de|van|von|bin)){0,3})"
_FROM_BY = re.compile(rf"\b[Tt]ranslat(?:ed|ion)(?:[ \t]+and[ \t]+(?:edited|adapted|abridged|condensed))?[ \t]+from[ \t]+"
                      rf"(?:the[ \t]+)?(?:{_LANGS})(?:[ \t]+into[ \t]+English)?[ \t]+by[ \t]+{_NAME}")
_LABEL_INSIDE = re.compile(rf"[(\[;,|][ \t]*[Tt]ranslat(?:or|ion)[ \t]*:[ \t]*{_NAME}")


def find(text: str) -> str | None:
    """The translator that ``text`` credits in one of the shapes above, or None."""
    if "ranslat" not in text:
        return None
    m = _FROM_BY.search(text) or _LABEL_INSIDE.search(text)
    if m is None:
        return None
    name = re.sub(r"(?<=\w\w)\.(?:\s.*)?$", "", m.group(1).strip()).rstrip(".,;)")
    if not name or mastheads.STAFF_AFTER.match(text, m.end()):
        return None
    return name
