"""A country's name that is part of a firm's legal name, used by :mod:`labourlens.analyse.places`: "PT Sulteng
Metal Indonesia", "PT Cakra Otoparts Indonesia", "Halden Vietnam Co., Ltd", "Orin Malaysia Sdn Bhd" name a
company, not the country (a place known only from an organisation's name, which the gold sets leave optional).
The company forms are those of the countries' own registers. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re

from labourlens.analyse import legal_forms

__all__ = ["in_firm_name"]

# a company form opening the name: Indonesia's "PT" (Perseroan Terbatas) and "CV", "PT." too, then capitalised words
_FORM_BEFORE = re.compile(r"\b(?:PT|CV)\.?\s+(?:[A-Z][\w&'-]*\s+){1,5}$")
# a company form closing the name: "Co., Ltd", "Ltd", "Sdn Bhd", "Tbk", "Pte", "JSC", "Inc", "LLC", "Corp"
_FORM_AFTER = re.compile(rf"\s+{legal_forms.alternation()}(?![\w-])")


def in_firm_name(text: str, start: int, end: int) -> bool:
    """Is the country name at ``start:end`` the last word of a firm's legal name (after "PT ..." or before "Co.,
    Ltd")?"""
    if _FORM_AFTER.match(text, end) is not None and _capitalised_before(text, start):
        return True
    head = text[max(0, start - 70):start]
    return ("PT" in head or "CV" in head) and _FORM_BEFORE.search(head) is not None


def _capitalised_before(text: str, start: int) -> bool:
    """Is the word before ``start`` capitalised ("Halden Vietnam Co., Ltd", not "in Vietnam Co. ...")?"""
    head = text[max(0, start - 40):start].rstrip()
    word = head.rsplit(None, 1)[-1] if head else ""
    return word[:1].isupper() and word.isalpha()
