"""Who tells an interview answer that reports what someone else said, used by
:mod:`labourlens.analyse.attribution`.

An answer in the interviewee's own first person that passes on another person's words is the interviewee's
account, not the third person's claim. In an answer labelled "A:", first person anywhere after the reported speaker
is the sign ("A: The boss said we would earn 400"). In a plain answer paragraph after a "Q:" line the sign must be
the answerer's own story around the speaker, before the speaking verb ("A recruiter visited our village and said
the pay was good", "a broker who knew my father told ..."): the unnamed person is a figure in the answerer's
account. A line that only passes on what someone said ("The foreman, he buys bread here, told me they earn 300"),
a named person or a body ("Ana said we could go"), and a line that a label opens ("Min: ...") keep their speaker.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["own_account"]

_OWN_ACCOUNT = re.compile(r"\b(?:I|we|me|us|my|our)\b")


def own_account(text: str, mention: Mention, labelled: bool = False) -> bool:
    """True when sentence ``text`` of an interview answer reports ``mention``'s words within the answerer's own
    first-person account (``labelled``: the answer opens with "A:"); see the module's description."""
    if labelled:
        return _OWN_ACCOUNT.search(text, mention.end) is not None
    if text[mention.end:mention.end + 3].lstrip()[:1] == ":" or classify(mention.wording) != "anonymous_source":
        return False  # "Min: ...": a label names its own speaker; "Ana said": a named person speaks
    cue = re.compile(rf"\b{re.escape(mention.cue)}\b").search(text, mention.end) if mention.cue else None
    return cue is not None and _OWN_ACCOUNT.search(text, mention.end, cue.start()) is not None
