"""Two reporting tags stacked at the end of one sentence: the inner one speaks, the outer one relays.

A wire lede often hangs a second tag after the first: "About 15,000 workers have gone to Russia, South Korea's
spy agency told a closed session on Tuesday, a member of the intelligence committee said." The
claim is the agency's, and the lawmaker who passed it on relays it (README, "In a chain, the source cited
speaks and the one citing it relays"). The outer tag is found first (it ends the sentence); this module looks
again in what comes before it and, when that part ends in a reporting tag of its own, returns the inner speaker
with the outer one as the relay. A sentence that opens with its inner speaker ("The agency said ..., Yoon said")
is left to the outer one: writers split on it. Only a state body or an outlet is read as the inner speaker (a
document is what a person recounts: "The contract said we would earn $500, he said"), and "told" only of a forum
(a session, lawmakers, reporters): "The recruiter told them they would be paid, a worker said" is the worker's
account of an event.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse.speakers import Mention, classify

__all__ = ["stacked_tag"]

# what may follow the outer speaker phrase: its verb and an audience, and the full stop
_OUTER_TAIL = re.compile(r"\s*(?:also\s+)?(?:said|says|added|adds|told\s+(?:reporters|journalists|[A-Z][\w-]*|the\s+\w+(?:\s+\w+)?))"
                         r"(?:\s+on\s+[A-Z]\w+)?\s*[.!]?\s*$")
_INNER_CUES = frozenset({"said", "told", "report", "reported", "states", "according to", "estimate", "briefed"})
# "the agency told a closed parliamentary session": told a forum, a report; "the recruiter told them they would earn
# $500, the worker said" is an event the worker recounts, and the worker speaks
_TOLD_FORUM = re.compile(r"\s*(?:also\s+)?told\s+(?:an?\s+|the\s+)?(?:(?:closed(?:-door)?|parliamentary|special|regular|"
                         r"national|[Ss]enate|[Hh]ouse)\s+){0,3}(?:session|hearing|committee|parliament|lawmakers|legislators|"
                         r"MPs|senators|reporters|journalists|briefing|news\s+conference|press\s+conference|the\s+assembly)\b")
_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it", "you"})


def stacked_tag(m: Mention | None, text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """The inner speaker of a sentence with two reporting tags, the outer one as its relay (see the module)."""
    if m is None or m.direct or m.relay is not None or text[:m.start].rstrip()[-1:] != ",":
        return m
    if _OUTER_TAIL.match(text, m.end) is None:
        return m
    inner = find(text[:m.start].rstrip(" ,") + ".")
    if inner is None or inner.direct or text[:inner.start].rstrip()[-1:] != "," or inner.cue not in _INNER_CUES \
            or inner.wording.lower() in _PRONOUNS \
            or inner.wording == m.wording or classify(inner.wording) not in ("official", "outlet") \
            or inner.cue == "told" and _TOLD_FORUM.match(text, inner.end) is None:
        return m
    return Mention(inner.wording, inner.start, inner.end, inner.cue, False, relay=m.wording)

