"""One person named inside a group that spoke, then quoted alone (a pass of :mod:`labourlens.analyse.forum_posts`).

"Lawyers we consulted, including Dr. Anya Petrov of the Baltic Migrant Law Clinic, said such contracts are void.
'No worker can read them,' she said." The group speaks the first sentence; the "she" of the next is the one woman the
group's phrase names, not the lawyers: a named person, worded by her name. Only a singular pronoun tag ("she said",
"he added") moves, and only when the group's phrase names exactly one person after "including". Examples are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.model import Sentence, Source

__all__ = ["included_speakers"]

_NAME = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}"
# "Labour rights experts we consulted, including Professor Dilnoza Karimova of the Central Asia Labour Law Centre"
_INCLUDING = re.compile(
    rf"^(?P<group>[^,]*?\b[A-Za-z]+s\b[^,]*),\s+including\s+(?P<name>(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?{_NAME})"
    r"(?:\s*,?\s+(?:of|at|from|with)\s+[^,]+)?$")
# '"...," she said.', "She added that ...", "..., he said."
_SINGULAR_TAG = re.compile(r"(?:[,\"\u201d]\s*|^)(?:she|he|She|He)\s+(?:said|says|added|adds|told|explained|noted)\b")


def included_speakers(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with the named member of a group added where a sentence's "she said" went to the group (``result``
    rewritten in place)."""
    out = list(sources)
    by_key = {s.key: s for s in out}
    made: dict[str, Source] = {}
    for i, s in enumerate(sentences):
        src = by_key.get(result[i].source)
        if src is None or not src.wording or "including" not in src.wording or not _SINGULAR_TAG.search(s.text):
            continue
        m = _INCLUDING.match(src.wording)
        if m is None or src.wording in s.text:
            continue  # the group's own sentence keeps the group
        name = m.group("name")
        person = made.get(name) or next((o for o in out if o.wording == name), None)
        if person is None:
            n = 1 + max((int(o.key[1:]) for o in out if o.key[1:].isdigit()), default=0)
            person = Source(key=f"S{n}", wording=name, kind="named_person", canonical=name)
            out.append(person)
            by_key[person.key] = person
        made[name] = person
        result[i] = replace(result[i], source=person.key)
    return out
