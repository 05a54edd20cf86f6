"""An account a writer sets out as what someone told them (a pass of :mod:`labourlens.analyse.forum_posts`).

A blogger or a channel often closes by setting a claim beside an earlier one: "The user's post matches what a taxi
driver told me in May: that the yard holds about 80 men who never go to town." What follows the colon is the
account of the person who told it, not the writer's: that person speaks the sentence (an ``anonymous_source`` unless
the wording names a kind of its own). A sentence that already names a speaker of its own keeps it.

Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["told_whats"]

# "what a taxi driver told me in May: that ...", "what one of the cooks told us last week: the men ..."
_TOLD_WHAT = re.compile(
    r"\bwhat\s+(?P<sp>(?:an?|one|another|two|three|several|some|my|our)\s+[^,;:\"\u201c()]{2,80}?)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:told|wrote\s+to|said\s+to|described\s+to)\s+(?:me|us)\b[^:;\"\u201c]{0,40}:\s+(?:that\s+)?\S")


def told_whats(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give a sentence that sets out "what X told me: ..." to X (in place; see the module's note)."""
    if "what " not in text or " told " not in text and " to me" not in text and " to us" not in text:
        return
    for i, s in enumerate(sentences):
        if s.kind != "body" or "what " not in s.text:
            continue
        m = _TOLD_WHAT.search(s.text)
        if m is None or result[i].source != OUTLET_KEY and result[i].explicit:
            continue
        kind = classify(m.group("sp")) or "anonymous_source"
        if kind not in ("anonymous_source", "named_person", "organization", "official"):
            continue
        src = reg.resolve(Mention(m.group("sp"), m.start("sp"), m.end("sp"), "said", False), s.start, "")
        src.kind = src.kind or kind
        result[i] = replace(result[i], source=src.key, cue="said", direct=False, explicit=True,
                            span=(m.start("sp"), m.end("sp")))
