"""A fronted "As X reported, ..." clause (used by :func:`labourlens.analyse.relay_chains.late_speaker`): "As the
Harare Daily reported in 2022, welders at a stadium project were fed one meal a day." The sentence's claim is
X's report, which the writer takes up: X speaks (an outlet, a body, a document or a person), as in "X reported
that ...". The writer's own "As I wrote", "As we reported" and "As expected" name no one else."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["as_reported"]

_AS_REPORTED = re.compile(
    r"^\s*As\s+(?P<sp>(?:the\s+|a\s+|an\s+)?[A-Z][^,;:\"\u201c\u201d]{1,60}?|(?:a|an|the)\s+[a-z][^,;:\"\u201c\u201d]{2,60}?)\s+"
    r"(?:has\s+|have\s+|had\s+|first\s+)?(?:reported|noted|documented|revealed|disclosed|wrote|found|showed|described)"
    r"(?:\s+(?:in|on|last|earlier|this|back\s+in)\s+[\w ]{1,20}?)?\s*,\s+\S")
_OWN = frozenset("i we you he she they it this that".split())


def as_reported(text: str) -> Mention | None:
    """The one whose report a fronted "As X reported, ..." takes up, or None."""
    if not text.lstrip().startswith("As "):
        return None
    m = _AS_REPORTED.match(text)
    if m is None:
        return None
    sp = m.group("sp").strip()
    if sp.split()[0].lower() in _OWN or classify(sp) is None:
        return None
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "report", False)
