"""What a bare "It" refers back to when no source was registered before it: the nearer of the last
document and the last organisation named in the text before (used by :mod:`labourlens.analyse.registry`)."""

from __future__ import annotations

import re

from labourlens.analyse import entities
from labourlens.model import Source

__all__ = ["it_antecedent", "it_source"]


_DOC_NP = re.compile(
    r"\b(?:[Tt]his|[Tt]he|[Oo]ur|[Aa]n?|[Ii]ts)\s+(?:(?:\d{4}|new|latest|recent|annual|final|handwritten|leaked|"
    r"internal|signed|typed|written|confidential)\s+)?"
    r"(?:report|briefing(?:\s+paper)?|paper|study|survey|investigation|analysis|assessment|review|dossier|"
    r"submission|audit|ledger|contract|agreement|memo|letter|payroll|spreadsheet|notebook|logbook|affidavit|"
    r"complaint|indictment|filing|list)"
    # who kept, wrote or obtained it ("a ledger kept by the site manager")
    r"(?:(?:\s+(?:kept|written|signed|drawn\s+up|seen|obtained)\s+by\s+(?:an?\s+|the\s+)?"
    r"[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2})"
    # whose it is or between whom ("the contract between Zeya Timber and ...")
    r"|\s+(?:by|of|from|between)\s+(?:the\s+)?"
    r"[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'\u2019-]*){0,5})?")


def it_antecedent(context: str) -> str | None:
    """The nearer of the last document and the last organisation named before ``context`` ends ("We asked
    the Ministry of Labour about the men. In a statement, it said ...": the ministry, not a ledger before)."""
    tail = context[-400:]
    docs = list(_DOC_NP.finditer(tail))
    org = _last_organisation(context)
    if org is None or not docs:
        return docs[-1].group(0) if docs else org
    if " between " in docs[-1].group(0) and org in docs[-1].group(0):
        # "The contract between Zeya Timber and the unit ... It states ...": the contract
        return docs[-1].group(0)
    return org if tail.rfind(org) > docs[-1].start() else docs[-1].group(0)


def _last_organisation(context: str) -> str | None:
    """The last organisation named in the sentence before ``context`` ends ("Amur Stroy hired
    ... It said ...")."""
    tail = context[-300:]
    cut = max(tail.rfind(". ", 0, max(0, len(tail) - 2)), tail.rfind("\n", 0, max(0, len(tail) - 2)))
    found = [e.name for e in entities.find(tail[cut + 1:]) if e.type in ("organization", "state_body")]
    return found[-1] if found else None


def it_source(src: Source) -> Source:
    """(s357) The source an "it" went back to through :func:`it_antecedent`: a firm or a document, never a person ("We
    wrote to Ardent Loom, a Turkish spinner. It replied ...": a firm's two-word name read as a person's is the firm's)."""
    if src.kind == "named_person":
        src.kind = "organization"
    return src
