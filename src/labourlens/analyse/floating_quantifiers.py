"""A speaker with a floating quantifier before its reporting verb, for :mod:`labourlens.analyse.attribution`.

"The UAE and Kuwait have both told the committee that ...", "Qatar and Oman both said ...", "The three
agencies have all denied ...": "both", "all" or "each" between the speaker (or its auxiliary) and the verb
belongs to the speaker phrase; the speaker finders read the sentence as if it were not there. Examples here
and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse.speakers import Mention

__all__ = ["IRREGULAR_PLURALS", "floating_quantifier", "without_floating_tail"]

_VERBS = (r"told|tell|said|say|says|stated|state|informed|inform|reported|report|insisted|insist|denied|deny|"
          r"confirmed|confirm|rejected|reject|claimed|claim|maintained|maintain|wrote|write|argued|argue")
_FLOAT = re.compile(rf"^(?P<head>[^,;:\"\u201c\u201d]{{2,80}}?\s+(?:(?:have|has|had)\s+)?)(?P<q>both|all|each)\s+"
                    rf"(?:(?:also|since|previously|repeatedly|publicly)\s+)?(?=(?:{_VERBS})\b)")


# "The loaders all [say]", "The two brothers both [told]": a quantifier after a plural head, not "a spokesman for both"
_FLOAT_TAIL = re.compile(r"(?:^|\s)(?P<head>[a-z]+)\s+(?:all|both)$", re.IGNORECASE)
_OBJECT_BEFORE = re.compile(r"\b(?:of|for|from|to|by|with|between|among)\s+\S+\s*$", re.IGNORECASE)
# plural heads without a final "s" (also read by :mod:`labourlens.analyse.mention_shapes`: "The men report ...")
IRREGULAR_PLURALS = frozenset(("men", "women", "people", "children", "police", "staff"))


def without_floating_tail(wording: str) -> str:
    """A speaker phrase without a floating "all" or "both" after its plural head ("The builders all" -> "The
    builders"); other phrases ("a spokesman for both", "Representatives of all") unchanged."""
    if not wording.endswith(("all", "both")):
        return wording
    m = _FLOAT_TAIL.search(wording)
    if m is None:
        return wording
    head = m.group("head").lower()
    plural = head in IRREGULAR_PLURALS or head.endswith("s") and not head.endswith("ss") and len(head) > 3
    kept = wording[:m.end("head")]
    return kept if plural and not _OBJECT_BEFORE.search(kept) else wording


def floating_quantifier(sentence_text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """The speaker of a sentence whose reporting verb follows "both", "all" or "each" ("The UAE and Kuwait have
    both told ..."), found by ``find`` in the sentence without the quantifier; None when there is none."""
    m = _FLOAT.match(sentence_text)
    if m is None:
        return None
    cut = sentence_text[:m.start("q")] + sentence_text[m.end("q"):].lstrip()
    found = find(cut)
    return found if found is not None and found.end <= m.start("q") else None
