"""People a lawyer's or a helpline's page introduces before they speak (used by
:func:`labourlens.analyse.source_refs.subject_introduction`).

A solicitor's blog or a helpline's page opens each case with the person it is about, described in apposition, and
only then reports her ("Our third client, a cook from Accra, was brought to Dublin by her employer. She says ...").
That opening is not yet speech, but it is the antecedent of the "she" that follows, not the client named in the
paragraph before.
Examples here and in the tests are invented."""

from __future__ import annotations

import re

__all__ = ["client_subject"]

_APPOS = r"\s*,\s+(?:an?\s+[^,;:\"()\u201c\u201d]{2,80}?)\s*,\s+(?!(?:said|says|told|tells|added|adds)\b)[a-z]{2,}"
# "Our third client, a cook from Accra, was ...", "My latest client, a nanny, spent ..."
_CLIENT = re.compile(r"^\s*(?P<np>(?:Our|My)\s+(?:(?:first|second|third|fourth|fifth|next|other|last|latest|newest)\s+)?"
                     r"(?:client|caller))" + _APPOS)


def client_subject(text: str) -> re.Match[str] | None:
    """The match (group ``np``) when a sentence opens with a client or a caller described in apposition before they
    speak; None otherwise."""
    return _CLIENT.match(text) if text.lstrip()[:1] in ("O", "M") else None
