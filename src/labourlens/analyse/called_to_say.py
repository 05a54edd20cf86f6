"""A caller who got back in touch to tell something (a shape of :func:`labourlens.analyse.mention_shapes.fallback_mention`).

A case log or a hotline's notes often say who called and why in one clause: "He rang again a week later to say his
wages had been paid", "The worker wrote back in June to report that the fee was refunded". The one who called says
what follows "to say"; a visit to say goodbye or thanks reports nothing. Examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["called_to_say"]

_CALLED_TO_SAY = re.compile(
    r"^\s*(?:(?:Later|Then|Afterwards|Finally),?\s+)?(?P<sp>He|She|They|(?:The|A|An|One|Another)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"[a-z][\w-]*)\s+(?:later\s+|then\s+|also\s+)?"
    r"(?:called|phoned|rang|telephoned|texted|messaged|wrote|e-?mailed|came)(?:\s+(?:back|again|in))?\b"
    r"[^.;:\"\u201c]{0,60}?\s+to\s+(?:say|report|tell\s+(?:us|the\s+[\w-]+|them|staff)|confirm|let\s+(?:us|them|staff)\s+know)"
    r"\s+(?!(?:goodbye|good-bye|thanks|thank|hello|sorry)\b)(?:that\s+)?(?=[a-z\"\u201c])")
_PRONOUNS = frozenset(("he", "she", "they"))


def called_to_say(text: str) -> Mention | None:
    """ "She rang back on Friday to say her wages had come through": the caller speaks."""
    m = _CALLED_TO_SAY.match(text) if " to " in text else None
    if m is None:
        return None
    sp = m.group("sp")
    if sp.lower() not in _PRONOUNS and classify(sp) not in ("anonymous_source", "named_person"):
        return None
    return Mention(sp, m.start("sp"), m.end("sp"), "said", False)
