"""The person a transcript's role label names in its bracket, used by :mod:`labourlens.analyse.mentions`: a name in
quotation marks ('Caller ("Raju", 34):', 'WORKER (named only as "Tam"):'), a person's full name before the
details ("FARMHAND (Ilse Varga, by telephone):"), or the one whose voice is heard ("GUARD (voice of Tomas, 30):",
"DRIVER (voice of an older driver from Kalna, who gave no name):"). The role says what the speaker is; the bracket
says who.
A bracket of details only ("WORKER (34, from Kalna):", "DRIVER (translated):") names nobody, and a role of the
programme itself ("GUEST", "CALLER", "HOST") is left to the rules that carry its name to its later bare labels
(:func:`labourlens.analyse.source_names.role_label_name`). Examples are invented."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.speakers import Mention, classify

__all__ = ["bracket_name"]

# the name in quotation marks a role label gives its speaker: 'Caller ("Raju", 34):', 'WORKER (named only as "Tam"):'
_LABEL_ALIAS = re.compile(r"\(\s*(?:(?:identified|named|known|referred\s+to|introduced|given)(?:\s+on[\s-]screen)?\s+"
                          r"(?:only\s+)?as\s+)?[\"\u201c](?P<n>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})[\"\u201d]")
# "(voice of Tomas, 30)", "(voice of an older driver from Kalna, ...)": the one heard
_VOICE_OF = re.compile(r"\(\s*(?:the\s+)?voice\s+of\s+(?P<n>(?:an?|one)\s+[a-z][^,()\n]{2,50}?|"
                       r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\s*[,)]")
# "(Ilse Varga, by telephone)", "(Ilse Varga)": a full name first in the bracket
_FULL_NAME = re.compile(r"\(\s*(?P<n>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})\s*[,)]")


@lru_cache(maxsize=1)
def _programme_roles() -> frozenset[str]:
    listed = knowledge.load("reporting_verbs.yaml").get("transcript_role_labels") or []
    return frozenset(str(w).lower() for w in listed) | {"host", "interviewer", "moderator", "anchor", "presenter",
                                                         "reporter", "correspondent", "chair"}


def _programme_role(label: str) -> bool:
    """Is ``label`` a role of the programme itself ("GUEST", "CALLER"), whose name the later bare labels carry?"""
    return label.strip().lower() in _programme_roles()


def bracket_name(text: str, start: int, end: int, label: str = "") -> Mention | None:
    """The speaker a role label's bracket names, between ``start`` and ``end`` of ``text``, or None."""
    if (m := _LABEL_ALIAS.search(text, start, end)) is not None:
        return Mention(m.group("n"), m.start("n"), m.end("n"), "said", True)
    if _programme_role(label):
        return None
    if (m := _VOICE_OF.search(text, start, end)) is not None:
        return Mention(m.group("n"), m.start("n"), m.end("n"), "said", True)
    if (m := _FULL_NAME.search(text, start, end)) is not None and classify(m.group("n")) == "named_person":
        return Mention(m.group("n"), m.start("n"), m.end("n"), "said", True)
    return None
