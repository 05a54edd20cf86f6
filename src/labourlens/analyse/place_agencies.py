"""An agency named again by its town ("The Bishkek agency said ...") after the text met it as "a recruitment agency in
Bishkek" (an agency with an indefinite article, somewhere), or one "that placed" or "recruited" a worker, is the
private firm that sent the workers, an ``organization``, not a state agency. Used by
:func:`labourlens.analyse.forum_posts.final_sources` after :mod:`labourlens.analyse.agency_backrefs` (which reads a
bare "the agency"); examples are invented."""

from __future__ import annotations

import re
from dataclasses import replace

from labourlens.model import Source

__all__ = ["place_agencies"]

# "The Bishkek agency", "the Addis Ababa agency that placed her"
_SPEAKER = re.compile(r"^(?i:the)\s+(?P<place>(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2})\s+agency"
                      r"(?P<rel>\s+(?:that|which)\s+(?:had\s+)?(?:placed|recruited|sent|hired|supplied|deployed|brought)\b"
                      r"[^,;]{0,60})?$")
# the same agency met first as one among others: "a labour agency in Bishkek", "an agency based in Bishkek"
_MET = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}agency\s+(?:in|based\s+in|from)\s+"
                  r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})")


def place_agencies(text: str, sources: list[Source]) -> list[Source]:
    """The sources with a town's agency met before as a private one (or one that placed a worker) read as a firm."""
    if "agency" not in text:
        return sources
    out = []
    for s in sources:
        m = _SPEAKER.match((s.wording or "").strip()) if s.kind == "official" and s.spans else None
        if m is not None and (m.group("rel") or any(
                met.group("place") == m.group("place") for met in _MET.finditer(text, 0, min(a for a, _ in s.spans)))):
            out.append(replace(s, kind="organization"))
        else:
            out.append(s)
    return out
