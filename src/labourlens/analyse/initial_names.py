"""A given name followed by initials ("Shihab P.K.", "Anil K.R."), as Indian papers name people, is a person's
name; a firm's name ends in initials only when they are a legal form ("Hassan S.A.", "Al Noor W.L.L.", the
``knowledge/legal_forms.yaml``)."""

from __future__ import annotations

import re

from labourlens.analyse import legal_forms

__all__ = ["legal_initials"]

# initials closing a capitalised chunk, the last period perhaps cut off with the phrase's edge punctuation
_INITIALS_END = re.compile(r"\s((?:[A-Z]\.){1,3}[A-Z]\.?)$")
_DOTS = re.compile(r"[.\s]")


def legal_initials(chunk: str) -> bool:
    """Does ``chunk`` end in initials that are a firm's legal form ("Hassan S.A", "Al Noor W.L.L.")?"""
    m = _INITIALS_END.search(chunk) if "." in chunk else None
    return m is not None and _DOTS.sub("", m.group(1)).lower() in legal_forms.folded()
