"""Investigators of a criminal case (used by :mod:`labourlens.analyse.forum_posts`, the last pass of the attribution).

Bare "investigators" are anyone who looks into something: a rights group's field team, a journalist's, a private
firm's. In a report of a criminal case, though ("the indictment in a criminal case", "charged under Article 127.2
of the Criminal Code", "the prosecutor's office said"), or of a labour law enforced ("civil money penalties", "the
labour inspectorate"), "According to investigators" and "Investigators believe" are the state's: the police, the
investigative committee or the labour inspectors that built the case (main README, Quality: people
speaking for a state body, police and prosecutors are ``official``). A team the text gives an owner ("the
group's investigators", "investigators from Harbour Watch") is left to the other rules.

In such a report "the investigation" that "established" or "found" something, or "according to" which something
happened, is the same state investigators speaking through their case, not a document: it is ``official``, and
the bare "investigators" and "the investigation" of one report are one source, worded as the investigators where they
speak (:func:`case_investigation_merge`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["case_investigators", "case_investigation_merge"]

_BARE = re.compile(r"^(?:the\s+)?(?:police\s+|criminal\s+|state\s+|federal\s+|regional\s+)?investigators?$", re.IGNORECASE)
_INVESTIGATION = re.compile(r"^the\s+(?:(?:criminal|pre-trial|police|official)\s+)?investigation$", re.IGNORECASE)
_KINDS = frozenset({"anonymous_source", "official", "document"})
# the text is about a criminal case the state brought
_CASE = re.compile(r"\b(?:criminal\s+(?:case|investigation|proceedings|charges?)|indictment|indicted|Criminal\s+Code|"
                   r"prosecutor(?:'s|s)?\s+office|public\s+prosecutor|charged\s+(?:with|under)|pre-trial\s+detention|"
                   r"investigative\s+committee)\b", re.IGNORECASE)
# a detention or a pre-trial investigation opened by the police also makes a criminal case
_CASE_MORE = re.compile(r"\b(?:pre-trial\s+investigation|detained\s+on\s+suspicion|on\s+suspicion\s+of|"
                        r"temporary\s+detention|placed\s+in\s+custody|charged\s+(?:\w+\s+){1,3}with|"
                        # an arrest of suspects ("police arrested a foreman and his
                        # brother, suspected of ...", "arrested a farmer on charges of ...")
                        r"arrested\s+(?:\w+\s+){1,4}?(?:suspected\s+of|on\s+charges\s+of|accused\s+of))\b", re.IGNORECASE)
# so does a labour law's enforcement: back wages and penalties a labour department or inspectorate ordered
_ENFORCEMENT = re.compile(r"\b(?:civil\s+(?:money\s+)?penalt(?:y|ies)|back\s+wages\s+(?:and|plus)\s+\S+\s+(?:in\s+)?"
                          r"(?:\w+\s+)?penalt|labou?r\s+inspectorate|wage\s+and\s+hour\s+division|employment\s+standards\s+"
                          r"(?:branch|office|division))\b", re.IGNORECASE)


def _criminal_case(text: str) -> bool:
    return _CASE.search(text) is not None or _CASE_MORE.search(text) is not None or _ENFORCEMENT.search(text) is not None


def case_investigators(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with bare "investigators" read as the state's when the text reports a criminal case."""
    if not any(s.kind == "anonymous_source" and _BARE.match((s.wording or "").strip()) for s in sources) \
            or not _criminal_case(text):
        return list(sources)
    return [replace(s, kind="official") if s.kind == "anonymous_source" and _BARE.match((s.wording or "").strip()) else s
            for s in sources]


def _case_voice(s: Source) -> bool:
    wording = (s.wording or "").strip()
    return s.kind in _KINDS and (_BARE.match(wording) is not None or _INVESTIGATION.match(wording) is not None)


def case_investigation_merge(text: str, result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with "the investigation" of a criminal case read as ``official``, and the case's bare
    "investigators" and "the investigation" folded into the first of them (``result`` rewritten in place)."""
    voices = [s for s in sources if _case_voice(s)]
    if not voices or not any(_INVESTIGATION.match((s.wording or "").strip()) for s in voices) \
            or not _criminal_case(text):
        return list(sources)
    # the people ("investigators") name the source, else the first "investigation"
    first = min(voices, key=lambda s: (_BARE.match((s.wording or "").strip()) is None,
                                       min(s.spans)[0] if s.spans else len(text)))
    out = [replace(s, kind="official") if s.key == first.key else s for s in sources]
    target = next(s for s in out if s.key == first.key)
    return merge_into(out, result, {s.key: target for s in voices if s.key != first.key})
