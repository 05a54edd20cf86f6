"""A body first named by a headline's label ("Harbin labour bureau: reports of abuse are groundless") and then in
full in the story ("The Harbin Municipal Labour Bureau on Monday rejected ...") is worded by its full name: the
label is the headline's short form, and annotators write the speaker as the story names it. Called from
:func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens.model import Source

__all__ = ["full_names_for_labels"]

_BODY_KINDS = ("official", "organization")
_FULL = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'\u2019.-]*)){2,12}$")


def full_names_for_labels(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with the wording of a body first met as a label ("X: ...") replaced by its first longer
    proper name later in the text."""
    out: list[Source] = []
    for s in sources:
        out.append(s)
        if s.kind not in _BODY_KINDS or not s.wording or not s.wording.endswith(":") or len(s.spans) < 2:
            continue
        label = s.wording.rstrip(": ")
        first = min(s.spans)
        full = next((text[a:b] for a, b in sorted(s.spans) if (a, b) != first and _FULL.match(text[a:b])
                     and len(text[a:b].split()) > len(label.split())), None)
        if full is not None:
            out[-1] = replace(s, wording=full)
    return out
