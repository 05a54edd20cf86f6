"""Results releases and investor updates, for the document-level gate (:mod:`labourlens.analyse.context`).

A firm that employs migrant workers reports its quarter or its year: revenue and margins, the dividend, the outlook,
its headcount ("3,910 foreign workers from Nepal and Myanmar"), the social audit it passed and the recruitment policy
its board adopted ("the company pays every recruitment cost"). The page names workers, fees, dormitories and
overtime, and its lines read like cues (a headcount, "net debt", an injury rate per million hours), but it tells of
nothing done to anyone. It is told apart by the words of financial reporting, four kinds of them or more, and no word
of an account of abuse anywhere (a results note that answers allegations, a detention order or a raid, stays a
report). The words are the knowledge file ``indicators.yaml`` (``results_notes``; the words of an account are
``member_notices``' ``accounts``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens.analyse.rule_notices import tells_of_abuse

__all__ = ["EXTRACTOR", "results_release"]

EXTRACTOR = "results_notes.v1"

_KINDS = 4  # distinct words of financial reporting, at the least


@lru_cache(maxsize=1)
def _figures() -> re.Pattern[str]:
    from labourlens.analyse.speaker_lexicon import section_alternations  # noqa: PLC0415 - loaded with the speaker stage

    return re.compile(rf"\b(?:{section_alternations('results_notes')('figures')})\b", re.IGNORECASE)


def results_release(text: str, body: list[str]) -> bool:
    """Is the page a firm's results release or investor update (four kinds of financial-reporting words or more) that
    tells of no abuse?"""
    if not body:
        return False
    kinds = {m.group(0).lower() for m in _figures().finditer(text)}
    return len(kinds) >= _KINDS and not tells_of_abuse(body)
