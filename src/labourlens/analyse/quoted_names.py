"""Pseudonyms set in quotation marks where a speaker's name stands, for :mod:`labourlens.analyse.attribution`.

NGO reports and features often mark a pseudonym with quotation marks: 'said "Ri Song-gun", 38, who spent four
seasons near Chegdomyn', '"Kang Hye-ran", the wife of a former logger, said her husband ...'. The marks are
the writer's note that the name is not the person's own, not a quotation of anyone's words; read as quotation
marks they hide the speaker. The marks are blanked (the text keeps its length, so every offset stays right)
when the quoted words are a short capitalised name right after a reporting verb with an apposition after them
(", 38,", ", a former welder", " (not her real name)"), or open the sentence with such an apposition or a
reporting verb after them: '"Never", he said' and 'said "Enough".' keep their marks."""

from __future__ import annotations

import re

__all__ = ["unquote_pseudonyms"]

_NAME = r"(?-i:[A-Z])[\w'\u2019]+(?:-[\w'\u2019]+)?(?: (?-i:[A-Z])[\w'\u2019]+(?:-[\w'\u2019]+)?){0,2}"
# 'said "Ri Song-gun", 38', 'according to "Mina"'
_AFTER_VERB = re.compile(rf"\b(?:said|says|told|tells|recalled|recalls|explained|added|according\s+to)\s+"
                         rf"(?P<q1>[\"\u201c])(?P<name>{_NAME})(?P<q2>[\"\u201d])(?=,\s+(?:\d+|the|a|an|who|whose)\b|\s+\()", re.IGNORECASE)
# '"Kang Hye-ran", the wife of ..., said', '"Mina" said ...'
_OPENING = re.compile(rf"^\s*(?P<q1>[\"\u201c])(?P<name>{_NAME})(?P<q2>[\"\u201d])(?=,\s+(?:\d+|the|a|an|who|whose)\b|\s+(?:said|says|told|tells|"
                      rf"recalled|recalls|explained|described|added)\b|\s+\()")


def unquote_pseudonyms(text: str) -> str:
    """``text`` with the quotation marks around a pseudonymous speaker's name blanked out."""
    if '"' not in text and "\u201c" not in text:
        return text
    spans = [m for m in (_OPENING.match(text), *_AFTER_VERB.finditer(text)) if m is not None]
    if not spans:
        return text
    chars = list(text)
    for m in spans:
        chars[m.start("q1")] = " "
        chars[m.start("q2")] = " "
    return "".join(chars)
