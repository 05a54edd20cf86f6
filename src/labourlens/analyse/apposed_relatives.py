"""A person given by name, then an apposition, then a relative clause that reports ("Among those released was
Rosa Mendez, 31, a cleaner from Cusco, who said ..."; "We met Rosa Mendez, who says ..."): the named person
speaks, not the description between the commas. Used by :func:`labourlens.analyse.speaker_cues.relative_mention`;
examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import NAME_WORD, Mention, _cue, classify

__all__ = ["named_before_who"]

# the name (two to four capitalised words), an age, then the comma that opens the apposition or the clause
_NAME_END = re.compile(rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})(?:,[ \t]+\d{{1,3}})?,[ \t]*$")
# a place or a body is given after these ("a cook at Golden Lake Farm, who said"): not the person's name
_PLACE_WORD = re.compile(r"(?i)\b(?:of|at|in|from|for|by|with|near|to|on|into|outside|inside)[ \t]+$")
_DESCRIPTION = re.compile(r"^\s*(?:an?|the|one)\s", re.IGNORECASE)


def named_before_who(text: str, clause_start: int, rel: re.Match[str]) -> Mention | None:
    """The person named right before the apposition that ends at a ", who <verb>" (``rel``), or right before
    the clause itself; ``clause_start`` is where the phrase after the last comma before ``rel`` begins."""
    if not rel.group(0).lstrip(", \t").lower().startswith("who"):
        return None
    described = text[clause_start:rel.start()]
    if _DESCRIPTION.match(described) and "," in text[:clause_start]:
        head_end = clause_start  # "Name, 31, a cleaner from Cusco, who said": the name before the apposition
    else:
        head_end = rel.start() + 1  # "Name, who said"
    m = _NAME_END.search(text, 0, head_end)
    if m is None or _PLACE_WORD.search(text, 0, m.start()) or classify(m.group("name")) != "named_person":
        return None
    from labourlens.analyse.speaker_roles import _is_place  # noqa: PLC0415 - speaker_roles imports the registry chain

    if _is_place(m.group("name")):
        return None
    return Mention(m.group("name"), m.start("name"), m.end("name"), _cue(rel.group("verb")), False)
