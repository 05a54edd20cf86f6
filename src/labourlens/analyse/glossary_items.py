"""Items of a glossary set out as a list, for :mod:`labourlens.analyse.rules_explainer`.

An explainer lists the terms of the field one to a line: a term on its own ("- Physical and sexual violence."), a
term and its gloss after a colon ("- Deception: lies about the job", the term in quotation marks or not), or a term and its examples
("- Retention of identity documents, such as passports"). Each such item defines a word; it tells of nothing that
happened to anyone, so it is a sentence of a norm like "X means ..." (an item with a word of an account of events in
it is not asked about here: the caller weighs those)."""

from __future__ import annotations

import re

__all__ = ["glossary_item"]

# a list marker, then a term of at most six words that opens with a capital; then the end of the item, a colon and a
# gloss, or a comma and the examples of the term
# (the term may stand in quotation marks: '- "Sign-on bonus": a sum paid ...', '- "Float" or "advance": ...')
_TERM = r"[\"\u201c]?[A-Z][\w'\u2019-]*[\"\u201d]?(?:\s+[\"\u201c]?[\w'\u2019-]+[\"\u201d]?){0,5}?"
_ITEM = re.compile(
    rf"^\s*(?:[-*\u2022\u2013\u2014\u25aa\u25cf]|\d{{1,2}}[.)])\s+{_TERM}"
    r"(?:\s*\.\s*$|\s*:\s+\S|,\s+(?:such\s+as|including|for\s+example|for\s+instance|e\.g\.)\s)")


def glossary_item(sentence: str) -> bool:
    """Is ``sentence`` a list item that names a term, alone or with its gloss or its examples?"""
    return _ITEM.match(sentence) is not None
