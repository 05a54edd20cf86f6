"""A firm's bare noun after the firm was named (used by :class:`labourlens.analyse.registry.Registry`): "The mill
is owned by Kestrel Wire Systems, a cable maker. Asked about the claims by email, the company rejected them." The
company is the firm the sentence before named, when that sentence names one firm and no other: the source is worded
by the firm's name, as if the firm had been named again. Examples are invented."""

from __future__ import annotations

import re

__all__ = ["company_named_before"]

_FIRM_HEADS = frozenset(("company", "firm", "manufacturer", "maker", "employer", "contractor", "supplier", "operator"))
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+|\n\s*\n")
# a run of capitalised words, the name of a firm ("Kestrel Wire Systems", "Orvane Textiles & Co")
_THE = re.compile(r"^The\s+")
# (s38) with the particles of Romance and Dutch names inside ("Agropecuaria Monte Alto del Río", "Viveiros da Serra Ltda")
_RUN = re.compile(r"(?<![\w'\u2019-])[A-Z\u00c0-\u00de][\w&'\u2019-]*(?:\s+(?:(?:de|del|da|do|dos|das|de\s+la|la|las|los|du|van|"
                  r"von|der|den|di)\s+)?(?:&\s+)?[A-Z\u00c0-\u00de][\w&'\u2019-]*){1,4}"
                  # the firm itself, not a name used as a modifier ("the Kestrel Timber yard")
                  r"(?=\s*(?:[,.;:)]|$)|\s+(?:which|that|who|is|was|has|had|and)\b)")


def company_named_before(context: str, head: str) -> str | None:
    """The one firm named in the last sentence of ``context`` when ``head`` is a firm's noun ("company"), else
    None (no firm, or more than one)."""
    if head not in _FIRM_HEADS:
        return None
    from labourlens.analyse.speakers import classify  # noqa: PLC0415 - speakers imports the registry chain

    tail = context[-400:].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(tail, 0, max(0, len(tail) - 1))]
    last = tail[ends[-1] if ends else 0:]
    names = {name for m in _RUN.finditer(last)
             if (name := _THE.sub("", m.group(0))) and " " in name and classify(name) == "organization"}
    return names.pop() if len(names) == 1 else None
