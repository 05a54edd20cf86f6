"""Where a document's story comes from.

A document may say that its story is another outlet's: a source tag ("[Source: X]"),
a republication note ("This article was originally published by X"), a wire
dateline ("SEOUL (Yonhap) --"), a copyright line, or an attribution in its lead
("according to X", "X reported", "told X", "citing X"). Tag phrases count wherever
they stand; attribution phrases make X the story's origin only in the lead (the
first paragraph) or when the story keeps returning to X; an outlet cited once in the
body for one fact is *cited*, not the origin. An outlet reporting its own sources
("a source told Daily NK" in Daily NK) is its own origin.

Phrases are data (``knowledge/linking.yaml``, ``origin_patterns``); outlet names are
resolved through the outlets list (:func:`labourlens.analyse.outlets.resolve`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from labourlens import knowledge
from labourlens.errors import ConfigError

__all__ = ["SELF", "Origin", "find_origins", "outlet_from_url", "resolve_outlet", "story_origin", "tag_patterns"]

VERSION = "origins.v1"
SELF = ":self"  # method suffix of a document that is its own origin

_NAME_WORD = r"[A-Z0-9][\w&'’-]*(?:\.[\w&'’-]+)*"
_OUTLET = rf"(?P<outlet>(?-i:{_NAME_WORD}(?:[ \t]+(?:of|for|and|on|de|{_NAME_WORD})){{0,6}}))"
_LEAD_CHARS = 700  # the lead: the first paragraph, or this many characters when paragraphs are long
_TAIL_CHARS = 300


@dataclass(frozen=True)
class Origin:
    outlet: str  # canonical outlet name
    cue: str  # the words that say so
    start: int
    end: int
    pattern: str  # pattern id from linking.yaml, or "self"
    role: str  # story (the story comes from it), cited (one fact), self (own reporting)

    @property
    def method(self) -> str:
        return f"{VERSION}:{self.pattern}"


@dataclass(frozen=True)
class _Pattern:
    id: str
    strength: str
    rx: re.Pattern[str]
    trigger: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _patterns() -> tuple[_Pattern, ...]:
    data = knowledge.load("linking.yaml") or {}
    out = []
    for item in data.get("origin_patterns", []):
        try:
            rx = re.compile(item["pattern"].replace("{outlet}", _OUTLET), re.IGNORECASE)
        except (re.error, KeyError) as exc:
            raise ConfigError(f"knowledge/linking.yaml origin pattern {item!r} is invalid: {exc}; fix it") from exc
        trigger = tuple(str(w).casefold() for w in item.get("trigger") or ())
        out.append(_Pattern(str(item["id"]), str(item.get("strength", "lead")), rx, trigger))
    return tuple(out)


def tag_patterns() -> frozenset[str]:
    """Ids of the patterns that say outright where a story comes from (repost tags)."""
    return frozenset(p.id for p in _patterns() if p.strength == "tag")


def _resolver() -> Any:
    try:
        from labourlens.analyse import outlets
    except ImportError:  # pragma: no cover - the outlets list ships with labourlens
        return None
    return outlets.resolve


def _canonical(found: Any) -> str | None:
    if found is None:
        return None
    name = getattr(found, "name", found)
    return str(name) if name else None


@lru_cache(maxsize=4096)
def resolve_outlet(name: str) -> str | None:
    """Canonical name of a known outlet (``RFA`` -> ``Radio Free Asia``), or None."""
    resolve = _resolver()
    if resolve is None or not name.strip():
        return None
    return _canonical(resolve(name.strip()))


def outlet_from_url(url: str | None) -> str | None:
    """The known outlet whose site a URL is on (``https://www.rfa.org/...`` -> Radio Free Asia)."""
    if not url or "://" not in url:
        return None
    host = urlsplit(url).hostname or ""
    parts = host.lower().split(".")
    for i in range(len(parts) - 1):  # en.yna.co.kr -> yna.co.kr -> co.kr
        found = resolve_outlet(".".join(parts[i:]))
        if found:
            return found
    return None


def _candidates(phrase: str) -> list[str]:
    """Sub-phrases to try, longest first: "RFA's Korean Service" -> ... "RFA"."""
    phrase = re.sub(r"['’]s\b.*$", "", phrase.strip()) or phrase
    words = phrase.split()
    subs = [" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1)]
    subs.sort(key=lambda s: -len(s.split()))
    return [s for s in subs if s.strip(".,;:'’-")]


def _name_for(phrase: str, strength: str) -> str | None:
    for cand in _candidates(phrase):
        found = resolve_outlet(cand)
        if found:
            return found
    if strength == "tag":  # "[Source: X]" says X is an outlet even when it is not in the list
        cleaned = re.sub(r"['’]s\b.*$", "", phrase).strip(" .,;:-")
        return cleaned or None
    return None


def _lead_end(text: str) -> int:
    start = len(text) - len(text.lstrip())
    para = re.search(r"\n\s*\n", text[start:])
    end = start + para.start() if para else len(text)
    # a first "paragraph" that is only a title or dateline line: take the next one too
    if para and end - start < 120:
        nxt = re.search(r"\n\s*\n", text[start + para.end() :])
        end = start + para.end() + (nxt.start() if nxt else len(text))
    return min(end, start + _LEAD_CHARS) if end - start > _LEAD_CHARS else end


def find_origins(text: str, own_outlet: str | None = None) -> list[Origin]:
    """Every outlet the text names as a source of its story or of a fact, in text order,
    with its role (``story``, ``cited`` or ``self``)."""
    own = resolve_outlet(own_outlet) or own_outlet if own_outlet else None
    lead_end = _lead_end(text)
    tail_start = max(lead_end, len(text) - _TAIL_CHARS)
    hits: list[Origin] = []
    seen: set[tuple[int, int]] = set()
    folded = text.casefold()
    for pat in _patterns():
        if pat.trigger and not any(w in folded for w in pat.trigger):
            continue
        for m in pat.rx.finditer(text):
            name = _name_for(m.group("outlet"), pat.strength)
            if not name or (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            if own and name.casefold() == own.casefold():
                role = "self"
            elif pat.strength == "tag" or m.start() < lead_end:
                role = "story"
            else:
                role = "cited"
            hits.append(Origin(name, m.group(0).strip(), m.start(), m.end(), pat.id, role))
    hits.sort(key=lambda o: (o.start, o.end))
    # a story that keeps returning to one outlet follows that outlet's reporting
    counts = Counter(o.outlet for o in hits if o.role in ("story", "cited"))
    tail = [o for o in hits if o.role == "cited" and o.start >= tail_start]
    promoted = {name for name, n in counts.items() if n >= 3}
    promoted |= {o.outlet for o in tail if counts[o.outlet] >= 2}
    if promoted and not any(o.role == "story" for o in hits):
        hits = [Origin(o.outlet, o.cue, o.start, o.end, o.pattern, "story") if o.outlet in promoted else o for o in hits]
    return hits


def story_origin(text: str, own_outlet: str | None = None) -> Origin | None:
    """The outlet the story comes from: a tag phrase first, then the first attribution
    in the lead; the document's own outlet when it reports its own sources or names
    no other origin; None when neither is known."""
    hits = find_origins(text, own_outlet)
    story = [o for o in hits if o.role == "story"]
    tags = tag_patterns()
    tagged = [o for o in story if o.pattern in tags]
    if tagged:
        return tagged[0]
    if story:
        return story[0]
    selfs = [o for o in hits if o.role == "self"]
    if selfs:
        return selfs[0]
    if own_outlet:
        name = resolve_outlet(own_outlet) or own_outlet
        return Origin(name, "", 0, 0, "self", "self")
    return None
