"""The step every sentence-shape finder ends with: the speaker phrase a pattern captured in a group,
cleaned, checked to read as a speaker (of the kinds the shape allows) and returned as a
:class:`~labourlens.analyse.speakers.Mention`."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["group_mention"]


def group_mention(m: re.Match[str] | None, cue: str, kinds: Collection[str] | None = None,
                  clean: Callable[[str], str] = str.strip, group: str = "sp") -> Mention | None:
    """The speaker in ``group`` of ``m`` after ``clean``, when it reads as a speaker whose kind is one
    of ``kinds`` (any kind when None); None otherwise. The span starts where the group starts."""
    if m is None:
        return None
    sp = clean(m.group(group))
    if not sp or not _plausible(sp):
        return None
    kind = classify(sp)
    if kind is None or kinds is not None and kind not in kinds:
        return None
    return Mention(sp, m.start(group), m.start(group) + len(sp), cue, False)
