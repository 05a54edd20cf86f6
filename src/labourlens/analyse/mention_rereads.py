"""Sentences the mention finder is asked to read again in another light: a given name "Said" read as a name
(:mod:`labourlens.analyse.said_names`), a document read past a long aside on its history
(:mod:`labourlens.analyse.document_asides`), a court order's speaker read without the register's dress
(:mod:`labourlens.analyse.court_register`), an account read without a rejection in apposition after it
(:mod:`labourlens.analyse.rejected_tails`). Used by :func:`labourlens.analyse.attribution.attribute`."""

from __future__ import annotations

from collections.abc import Callable

from labourlens.analyse.court_register import blank_court_forms
from labourlens.analyse.document_asides import aside_document
from labourlens.analyse.rejected_tails import blank_rejected_tail
from labourlens.analyse.said_names import said_as_name
from labourlens.analyse.speakers import Mention
from labourlens.analyse.verb_readings import paper_only_cues

__all__ = ["reread"]


def reread(find: Callable[[str, frozenset[str]], Mention | None], text: str,
           house: frozenset[str] = frozenset()) -> Mention | None:
    """``find`` on ``text``, with the readings above."""
    text = blank_rejected_tail(blank_court_forms(text))  # (s39) "..., a claim the firm denies": the account's speaker
    m = said_as_name(find, text, house)
    if m is not None and "," in m.wording and m.cue in paper_only_cues():  # "instructs" took the paper's aside along
        aside = aside_document(find, text, house)
        return aside if aside is not None and aside.start == m.start else m
    return m or aside_document(find, text, house)
