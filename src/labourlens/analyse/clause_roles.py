"""A role or age a relative clause gives its person with "as" ("Another source, a farm hand who came to the town
as a teenager, said ..."; "One worker, a driver who joined as an apprentice, said ..."): the noun phrase after
"as" belongs to the clause and is not the one speaking, for :func:`labourlens.analyse.mentions._trim_speaker`
(which otherwise reads ", as the ministry [said]" as the speaker). Examples are invented."""

from __future__ import annotations

import re

__all__ = ["as_inside_clause"]

# "who came to X as", "who started there as": a "who" clause of the same comma part before the "as"
_WHO_BEFORE = re.compile(r"\b(?:who|whom)\b[^,;:]*$", re.IGNORECASE)
# "who identified himself only as", "who gave his name as", "known as": the "as" gives the speaker's own name or post
_NAMING_BEFORE = re.compile(r"\b(?:identif\w*|introduc\w*|describ\w*|present\w*|known|named|called|gave\s+(?:his|her|their)"
                            r"\s+names?|referred\s+to)(?:\s+(?:himself|herself|themselves))?(?:\s+only)?$", re.IGNORECASE)


def as_inside_clause(wording: str, rel: re.Match[str]) -> bool:
    """True when the relative-speaker match ``rel`` in ``wording`` is an "as" that ends a "who" clause of the
    same comma part, hung on a noun of that part (not one that names: "who identified himself only as Chen"):
    the phrase after it describes the person of the clause."""
    head = wording[: rel.start()]
    if not rel.group(0).lstrip(", \t").lower().startswith("as"):
        return False
    part = head[head.rfind(",") + 1:]
    if part.lstrip().lower().startswith(("who ", "whom ")):
        return False  # "Rosa Grech, who worked there as a cleaner": the clause set off by commas has its own repair
    return _WHO_BEFORE.search(part) is not None and _NAMING_BEFORE.search(part.rstrip()) is None
