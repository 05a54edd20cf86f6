"""An unnamed role that the text named before in an apposition, for the last pass of the attribution
(:func:`labourlens.analyse.forum_posts.final_sources`).

"The court established that ... the defendant, A. K. Zhunusov, owner of a private brickworks, employed eleven
men ... The defendant denied using force": the defendant was named in an apposition inside someone else's
sentence, so the registry never met the name as a speaker; "the defendant" who speaks later is that person
(``named_person``, worded by the name: a speaker keeps one wording through the document). Only a definite
role of one noun ("the defendant", "the watchman") read as an unnamed person is renamed, and only when the
text gave exactly one name for that role before the source first spoke. (s344) The apposition may describe the
person and give the name as the record gives it: "the applicant, a cleaner from Cebu identified in the ruling as
Rosa Lim, ..." names the applicant too."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens.analyse import name_search
from labourlens.analyse.speakers import classify
from labourlens.model import Source

__all__ = ["named_roles"]

_ROLE = re.compile(r"^the\s+(?P<noun>[a-z][a-z-]{3,})$", re.IGNORECASE)
_NAME = r"(?P<name>(?:[A-Z]\.\s*){0,3}[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
_NAME_AFTER = re.compile(rf",\s+{_NAME},")  # (speed) no pattern compiled for a role no name follows
# the name the record gives, at the end of a describing apposition: ", a cook named in the judgment as X"
_NAMED_AS = (r",\s+(?:[^,.;\n]{0,80}?\s)?(?:named|identified|referred\s+to|listed)\s+(?:in\s+(?:the|its|this|court)\s+"
             rf"(?:[a-z]+\s+){{0,2}}?)?as\s+{_NAME}[,.]")
_NAMED_AS_AFTER = re.compile(_NAMED_AS)


def named_roles(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with an unnamed "the <role>" renamed to the person the text named in "the <role>, <Name>,"
    before the source first spoke."""
    out: list[Source] = []
    for src in sources:
        m = _ROLE.match((src.wording or "").strip()) if src.kind == "anonymous_source" and src.spans else None
        first = min(src.spans)[0] if src.spans else 0
        names = {g.group("name") for g in re.finditer(rf"\b[Tt]he\s+{re.escape(m.group('noun'))},\s+{_NAME},", text[:first])} \
            if m is not None and name_search.followed(text, m.group("noun"), _NAME_AFTER, end=first) else set()
        reach = first + 200  # (the apposition may be the source's first mention: "The applicant, ..., named as X, worked")
        if m is not None and not names and name_search.followed(text, m.group("noun"), _NAMED_AS_AFTER, end=reach):
            names = {g.group("name") for g in re.finditer(rf"\b[Tt]he\s+{re.escape(m.group('noun'))}{_NAMED_AS}", text[:reach])
                     if g.start() <= first}
        name = names.pop() if len(names) == 1 else None
        if name is not None and classify(name) == "named_person":
            out.append(replace(src, wording=name, kind="named_person", canonical=name))
        else:
            out.append(src)
    return out
