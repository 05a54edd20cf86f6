"""Second readings of an indicator cue, read from the whole sentence (extractor ``cue_readings.v1``).

The word-slot rules of ``knowledge/indicators.yaml`` see a cue and a few words around it. Some cues change
indicator with a wider frame: money "owed" to the worker ("her employer owed her $3,600", "the amount owed at
departure") is pay kept back, not a debt that binds; documents kept "in a locked cabinet" lock no one in; an
instruction not to talk with no sanction, books kept and firms blacklisted threaten no worker. The frames are
knowledge (``knowledge/cue_readings.yaml``): a hit whose cue matches an entry's ``cue`` is moved to another
indicator (``move``) when the sentence matches one of the entry's ``when`` patterns (only when the sentence has no
hit of the target indicator yet, else it goes), or dropped (``drop``) when its words overlap a match of one of them.
Hits after a frame that says the abuse was not shown ("had no evidence the workers were held against their will",
``no_evidence``) count as negated up to the end of the frame's clause: the sentence is a finding that denies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.none_where import none_where
from labourlens.errors import ConfigError
from labourlens.model import INDICATORS, IndicatorHit

__all__ = ["EXTRACTOR", "reread", "unproven", "unproven_frame"]

EXTRACTOR = "cue_readings.v1"


@dataclass(frozen=True)
class _Reading:
    name: str
    source: str
    target: str | None  # None: drop
    cue: re.Pattern[str]
    when: tuple[re.Pattern[str], ...]


def _compile(pattern: object, where: str) -> re.Pattern[str]:
    try:
        return re.compile(str(pattern), re.IGNORECASE)
    except re.error as e:
        raise ConfigError(f"bad pattern under '{where}' in knowledge/cue_readings.yaml ({e})") from e


def _indicator(name: object, where: str) -> str:
    if str(name) not in INDICATORS:
        raise ConfigError(f"unknown indicator '{name}' under '{where}' in knowledge/cue_readings.yaml")
    return str(name)


@lru_cache(maxsize=1)
def _readings() -> tuple[_Reading, ...]:
    data = knowledge.load("cue_readings.yaml") or {}
    out: list[_Reading] = []
    for kind in ("move", "drop"):
        for entry in data.get(kind) or []:
            where = f"{kind}.{entry.get('name', '?')}"
            source = _indicator(entry.get("from") if kind == "move" else entry.get("indicator"), where)
            target = _indicator(entry.get("to"), where) if kind == "move" else None
            out.append(_Reading(str(entry.get("name", "")), source, target, _compile(entry.get("cue", ""), where),
                                tuple(_compile(p, where) for p in entry.get("when") or [])))
    return tuple(out)


_CLAUSE_END = re.compile(r";|\b(?:but|however|yet|although|though|whereas)\b")


@lru_cache(maxsize=1)
def _no_evidence() -> re.Pattern[str] | None:
    data = knowledge.load("cue_readings.yaml") or {}
    cues = [str(c) for c in data.get("no_evidence") or []]
    return _compile("|".join(f"(?:{c})" for c in cues), "no_evidence") if cues else None


def unproven_frame(text: str) -> bool:
    """Whether ``text`` says that an abuse was not shown ("gave no indication that ...")."""
    pattern = _no_evidence()
    return pattern is not None and pattern.search(text) is not None


def unproven(text: str, hits: list[IndicatorHit], negated: list[IndicatorHit],
             offset: int = 0) -> tuple[list[IndicatorHit], list[IndicatorHit]]:
    """(kept hits, negated hits): the hits (at ``offset`` + positions in ``text``) in the clause after a frame that
    says the abuse was not shown move to the negated ones (the sentence denies it, as a finding)."""
    hits, negated = none_where(text, hits, negated, offset)  # "not a single kiln where workers were kept ..."
    pattern = _no_evidence()
    if not hits or pattern is None:
        return hits, negated
    low = text.lower()
    if not any(w in low for w in ("evidence", "proof", "account", "report", "testimony", "indication", "sign", "complaint",
                                  "allegation")):
        return hits, negated
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        stop = _CLAUSE_END.search(text, m.end())
        spans.append((m.start(), stop.start() if stop else len(text)))
    if not spans:
        return hits, negated
    inside = [h for h in hits if any(s <= h.start - offset < e for s, e in spans)]
    if not inside:
        return hits, negated
    return [h for h in hits if h not in inside], negated + inside


def reread(text: str, hits: list[IndicatorHit], offset: int = 0) -> list[IndicatorHit]:
    """``hits`` (at ``offset`` + positions in ``text``) of the sentence ``text`` with the cues the sentence reads
    otherwise moved or dropped."""
    if not hits:
        return hits
    present = {h.indicator for h in hits}  # (speed: most readings are of an indicator the sentence lacks)
    for r in _readings():
        if r.source not in present:
            continue
        if not any(h.indicator == r.source and r.cue.search(h.cue) for h in hits):
            continue
        if not any(p.search(text) for p in r.when):
            continue
        spans = [m.span() for p in r.when for m in p.finditer(text)] if r.target is None else []
        have = {h.indicator for h in hits}
        kept: list[IndicatorHit] = []
        for h in hits:
            if r.target is None and not any(s < h.end - offset and h.start - offset < e for s, e in spans):
                kept.append(h)
                continue
            if h.indicator == r.source and r.cue.search(h.cue):
                if r.target is not None and r.target not in have:
                    kept.append(IndicatorHit(r.target, f"{h.rule}>{r.name}", h.start, h.end, h.cue))
                    have.add(r.target)
                continue
            kept.append(h)
        hits = kept
        present = {h.indicator for h in hits}
    return hits
