"""Workers named by the place they come from, working in another country, for the context gate
(:mod:`labourlens.analyse.context`).

"Nepali workers" names migrants by a demonym; "two workers from Sindhupalchok who died in Malaysia" names them by a home
district and the country they went to, with no word of migration at all. A sentence that names workers "from" a place
and, in the same sentence, a place "in", "to" or "at" of another country tells of workers abroad: with a cue of abuse, a
report about migrant labour, as the demonym would make it, when the cue is told in that sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from labourlens.model import IndicatorHit, Sentence

__all__ = ["workers_from_abroad"]

# workers, then "from" and a capitalised name: "labourers from Rautahat", "two men from Kerala"
_FROM_PLACE = re.compile(
    r"\b(?:workers|labou?rers|builders|welders|maids|housemaids|nannies|drivers|riders|cleaners|guards|seafarers|"
    r"fishermen|migrants|(?:wo)?men)\s+from\s+(?:the\s+)?(?P<home>[A-Z][\w'\u2019-]+)")
# the place they went to: "in Qatar", "to Oman", "at a site in Dubai"
_ABROAD_PREP = re.compile(r"\b(?:in|to|at|inside)\s+(?:the\s+)?[A-Z]")


def workers_from_abroad(body: Sequence[Sentence], hits: Iterable[Iterable[IndicatorHit]]) -> bool:
    """Does a body sentence with a cue of abuse (``hits``: cues with their offsets in the document) name workers from
    a place of one country and a place of another country?"""
    starts = [h.start for sentence_hits in hits for h in sentence_hits]
    for s in body:
        if not any(s.start <= at < s.end for at in starts):
            continue
        m = _FROM_PLACE.search(s.text)
        if m is None or _ABROAD_PREP.search(s.text) is None:
            continue
        from labourlens.analyse import places  # noqa: PLC0415 - the gazetteer is loaded only for such sentences

        found = places.find(s.text)
        home = {p.country for p in found if p.country and p.start == m.start("home")}
        if not home:
            continue
        elsewhere = {p.country for p in found if p.country and p.start >= m.end()
                     and _ABROAD_PREP.search(s.text, max(0, p.start - 12), p.start + 1)}
        if elsewhere - home:
            return True
    return False
