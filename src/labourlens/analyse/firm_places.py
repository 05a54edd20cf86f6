"""A country's name that is part of a firm's legal name, used by :mod:`labourlens.analyse.places`: "PT Sulteng
Metal Indonesia", "PT Cakra Otoparts Indonesia", "Halden Vietnam Co., Ltd", "Orin Malaysia Sdn Bhd" name a
company, not the country (a place known only from an organisation's name, which the gold sets leave optional).
The company forms are those of the countries' own registers. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import legal_forms

__all__ = ["in_firm_name"]

# a company form opening the name: Indonesia's "PT" (Perseroan Terbatas) and "CV", "PT." too, then capitalised words
_FORM_BEFORE = re.compile(r"\b(?:PT|CV)\.?\s+(?:[A-Z][\w&'-]*\s+){1,5}$")
# a company form closing the name: "Co., Ltd", "Ltd", "Sdn Bhd", "Tbk", "Pte", "JSC", "Inc", "LLC", "Corp"
_FORM_AFTER = re.compile(rf"\s+{legal_forms.alternation()}(?![\w-])")


def in_firm_name(text: str, start: int, end: int, country: bool = True) -> bool:
    """Is the country name at ``start:end`` the last word of a firm's legal name (after "PT ..." or before "Co.,
    Ltd")? Is the name (of any place) the rest of a firm's name that a word of a firm's kind opens ("Agropecuaria
    Santa Fe")?"""
    if _opener_re().search(text, max(0, start - 40), start) is not None:
        return True
    if not country:
        return False
    if _FORM_AFTER.match(text, end) is not None and _capitalised_before(text, start):
        return True
    head = text[max(0, start - 70):start]
    return ("PT" in head or "CV" in head) and _FORM_BEFORE.search(head) is not None


def _capitalised_before(text: str, start: int) -> bool:
    """Is the word before ``start`` capitalised ("Halden Vietnam Co., Ltd", not "in Vietnam Co. ...")?"""
    head = text[max(0, start - 40):start].rstrip()
    word = head.rsplit(None, 1)[-1] if head else ""
    return word[:1].isupper() and word.isalpha()


@lru_cache(maxsize=1)
def _opener_re() -> re.Pattern[str]:
    """A word that opens a firm's name ("Agropecuaria", "Exportadora"), capitalised or in capitals, right before."""
    words = [str(w) for w in (knowledge.load("legal_forms.yaml") or {}).get("firm_openers") or ()]
    forms = sorted({f for w in words for f in (w, w.upper())}, key=lambda f: (-len(f), f))
    alt = "|".join(r"[ \t]+".join(re.escape(p) for p in f.split()) for f in forms) or "(?!)"
    # (a second word of the firm's kind may come between: "Serviços Agrícolas Horizonte", "Transportes Unidos Andes")
    return re.compile(rf"(?<![\w'\u2019-])(?:{alt})(?:[ \t]+[A-Z\u00c0-\u00dd][a-z\u00df-\u00ff]+)?[ \t]+$")
