"""A document whose verb comes after a long aside on where it came from ("The memo, dated 4 May and sent to all
branch managers, tells staff that ..."; "A second page of the letter, also seen by the Herald, instructs ..."): the
aside is read past, so the document speaks, as it does without the aside. Only an aside that opens with a
participle of a paper's history (dated, signed, sent, seen, obtained, ...) and a subject the classifier reads as a
document count. Used by :mod:`labourlens.analyse.mention_rereads`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse.speakers import Mention, classify

__all__ = ["aside_document"]

_ASIDE = re.compile(
    r"^(?P<lead>\W{0,4})(?P<np>(?i:the|a|an|this|that|its|their|one|another)\s[^,\"]{1,60}?),\s+"
    r"(?:also\s+|first\s+|later\s+)?(?:dated|signed|sent|seen|obtained|circulated|issued|written|drafted|addressed|"
    r"leaked|published|shared|posted|distributed|copied|stamped)\b[^\"]{0,200}?,\s+(?=[a-z])")


def aside_document(find: Callable[[str, frozenset[str]], Mention | None], text: str,
                   house: frozenset[str] = frozenset()) -> Mention | None:
    """The document speaking past a long aside in ``text``, or None."""
    if "," not in text:
        return None
    m = _ASIDE.match(text)
    if m is None or classify(m.group("np")) != "document":
        return None
    np = m.group("np")
    short = np[:1].upper() + np[1:] + " " + text[m.end():]
    found = find(short, house) or find(short.replace('"', ""), house)  # 'tells staff that "..."': the paper's words
    if found is None or found.start != 0 or found.end > len(np):
        return None
    at = m.start("np")
    return Mention(text[at:at + found.end], at, at + found.end, found.cue, found.direct, found.relay)
