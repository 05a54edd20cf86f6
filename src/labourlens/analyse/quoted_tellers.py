"""A speaker who passes on what someone else told them, in a sentence that opens with the teller and closes
with the speaker (the chain convention: the one cited speaks, the one citing relays):

- '"The foreman told me that the workers could not leave," the deputy said.' -> the foreman, relayed by the
  deputy;
- "The foreman had also told him that the families were in debt, the deputy said." -> the same.

Only when the teller's words are about others: '"The manager told me I would be paid," she said' is the
speaker's own account (what was said to her), as with :mod:`labourlens.analyse.told_by`.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["opening_teller"]

_TELLER = re.compile(
    r"^\s*[\"\u201c]?(?P<sp>(?:[Tt]he|[Aa]n?|[Oo]ne|[Mm]y|[Oo]ur)\s+[^,;:\"\u201c\u201d]{1,60}?"
    r"|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z-]+){0,2}))\s+(?:had\s+|has\s+)?(?:also\s+|once\s+|later\s+|even\s+)?"
    r"(?:told|tells)\s+(?:me|us|him|her|them)\s+(?:that\s+)?(?P<next>[\w'\u2019-]+)")
# the teller's words about the listener: the listener's own experience
_ABOUT_LISTENER = frozenset("i me my we us our you your he him his she her they them their it its if unless".split())
_PEOPLE = ("anonymous_source", "named_person", "official")
_PRONOUNS = frozenset("he she they it we i this that".split())


def opening_teller(m: Mention, text: str) -> Mention | None:
    """The teller who opens ``text`` ("The foreman told me that ...") when the speaker ``m`` closes it, else
    None."""
    if " told " not in text and " tells " not in text:
        return None
    t = _TELLER.match(text)
    if t is None or t.end("sp") > m.start or t.group("next").lower() in _ABOUT_LISTENER:
        return None
    sp = t.group("sp").strip()
    if sp.lower() in _PRONOUNS or sp.lower() == m.wording.lower() or not _plausible(sp) or classify(sp) not in _PEOPLE:
        return None
    return Mention(sp, t.start("sp"), t.end("sp"), "told", m.direct, relay=m.wording)
