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

__all__ = ["floating_quantifier"]

_VERBS = (r"told|tell|said|say|says|stated|state|informed|inform|reported|report|insisted|insist|denied|deny|"
          r"confirmed|confirm|rejected|reject|claimed|claim|maintained|maintain|wrote|write|argued|argue")
_FLOAT = re.compile(rf"^(?P<head>[^,;:\"\u201c\u201d]{{2,80}}?\s+(?:(?:have|has|had)\s+)?)(?P<q>both|all|each)\s+"
                    rf"(?:(?:also|since|previously|repeatedly|publicly)\s+)?(?=(?:{_VERBS})\b)")


def floating_quantifier(sentence_text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """The speaker of a sentence whose reporting verb follows "both", "all" or "each" ("The UAE and Kuwait have
    both told ..."), found by ``find`` in the sentence without the quantifier; None when there is none."""
    m = _FLOAT.match(sentence_text)
    if m is None:
        return None
    cut = sentence_text[:m.start("q")] + sentence_text[m.end("q"):].lstrip()
    found = find(cut)
    return found if found is not None and found.end <= m.start("q") else None
