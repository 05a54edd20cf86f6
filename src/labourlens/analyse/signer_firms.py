"""The firm that signs a reproduced letter, met earlier under its short name (used by
:mod:`labourlens.analyse.reproduced_letters`).

A reply letter names its writer in its own first sentence ("Harbin Boreal Foods categorically rejects ...") and signs
with the legal name ("Harbin Boreal Foods Co., Ltd."). Both are one firm: the signature's name without its legal form
is the short name, so the letter's sentences go to the source the short name already made. Examples are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.analyse import legal_forms
from labourlens.model import Source

__all__ = ["short_firm_name", "same_firm_source"]

# a legal form closing a firm's name: "Co., Ltd.", "Company Limited", "LLC", "W.L.L.", "GmbH", "Inc.", "PLC"
_LEGAL_TAIL = re.compile(rf"(?:[\s,]+(?:{legal_forms.alternation()}|Company|Private|Public|Group))+[\s,.]*$")


def short_firm_name(name: str) -> str | None:
    """``name`` without the legal form that closes it ("Harbin Boreal Foods Co., Ltd." -> "Harbin Boreal Foods"),
    or None when it has none or nothing of two words is left."""
    m = _LEGAL_TAIL.search(name)
    if m is None or m.start() == 0:
        return None
    short = name[:m.start()].strip(" ,")
    return short if len(short.split()) >= 2 else None


def same_firm_source(wording: str, sources: Sequence[Source]) -> Source | None:
    """The organisation source among ``sources`` worded by the short name of ``wording`` (the signature's firm), or
    by the whole of it, or None."""
    short = short_firm_name(wording)
    if short is None:
        return None
    names = {short.casefold(), wording.strip().casefold()}
    return next((s for s in sources if s.kind == "organization" and s.wording
                 and s.wording.strip().casefold() in names), None)
