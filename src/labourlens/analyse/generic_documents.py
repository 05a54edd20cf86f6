""""The document says ..." after a named paper (extractor ``generic_documents.v1``).

A writer who has just named a paper by its kind ("In the complaint, a copy of which was provided to the
editors, ...", "a contract seen by this newspaper") often goes on with a general word for it: "The document
says their passports were taken", "The paper lists 64 names". The general word refers back to that paper,
which keeps its own wording ("the complaint"), not a new source called "The document"."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention

__all__ = ["EXTRACTOR", "generic_document"]

EXTRACTOR = "generic_documents.v1"

_GENERIC = frozenset({"the document", "this document", "that document", "the paper"})
# a paper named by its kind in the text just before ("In the complaint", "a leaked contract", "the workers' petition")
_NAMED_PAPER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Tt]his)\s+(?:[a-z][\w'\u2019-]*\s+){0,2}?"
    r"(?P<kind>complaint|petition|appeal|contract|agreement|letter|memo|memorandum|report|ruling|judgment|"
    r"indictment|lawsuit|affidavit|statement|notice|order|decree|roster|list|ledger|payroll)\b(?!\s+(?:says|said|states))")

# a newspaper met with or after the last paper: then "the paper" is that newspaper (diag262)
_NEWSPAPER = re.compile(r"\b(?:newspapers?|tabloids?|gazettes?)\b", re.IGNORECASE)


def generic_document(m: Mention, context: str) -> Mention | None:
    """``m`` reworded as the paper named last in ``context`` (the text before its sentence, most recent last)
    when ``m`` is a general word for a document ("The document"); None otherwise."""
    if m.wording.strip().lower() not in _GENERIC:
        return None
    tail = context[-600:]
    papers = list(_NAMED_PAPER.finditer(tail))
    last = papers[-1] if papers else None
    if last is None or m.wording.strip().lower() == "the paper" and _NEWSPAPER.search(tail, last.start()) is not None:
        return None  # "the paper" after "a newspaper report" or a newspaper named since: the newspaper
    return Mention("the " + last.group("kind"), m.start, m.end, m.cue, m.direct, m.relay)
