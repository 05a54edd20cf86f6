"""Document metadata from the ingest metadata and the text itself: the outlet that
publishes the report, its translator, the language of the original, the publication
date and the title.

Only values the text states are emitted: the outlet is taken from cues in the page's
own voice ("told Daily NK", "Daily NK sources said", "(AP) —", "Daily NK was unable to
confirm"), never from an outlet the report merely cites ("Yonhap reported, citing...")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from labourlens.analyse import outlets
from labourlens.model import DocMeta, Sentence

__all__ = ["LANGUAGE_NAMES", "detect"]

LANGUAGE_NAMES = {
    "korean": "ko", "chinese": "zh", "mandarin": "zh", "japanese": "ja", "russian": "ru", "english": "en",
    "arabic": "ar", "french": "fr", "german": "de", "spanish": "es", "vietnamese": "vi", "mongolian": "mn",
    "polish": "pl", "ukrainian": "uk", "thai": "th", "indonesian": "id", "portuguese": "pt", "italian": "it",
}
_LANG = "(" + "|".join(n.capitalize() for n in LANGUAGE_NAMES) + ")"
_NAME = r"([A-Z][\w'\u2019.-]*(?:[ \t]+(?:[A-Z][\w'\u2019.-]*|de|van|von|bin|al-?[A-Z]\w*)){0,3})"

_TRANSLATOR = re.compile(
    r"(?:^|\n|[*_(\[]|\.\s)[ \t*_]*(?:Translated|Translation)(?:[ \t]+and[ \t]+(?:edited|adapted|compiled))?"
    rf"(?:[ \t]+from[ \t]+{_LANG}(?:[ \t]+into[ \t]+\w+)?)?[ \t]+by[ \t]+{_NAME}",
)
_TRANSLATOR_LABEL = re.compile(rf"(?:^|\n)[ \t*_]*(?:Translator|Translation)[ \t]*:[ \t]*{_NAME}")
_ORIGINAL = [
    re.compile(rf"\b[Tt]ranslated(?:[ \t]+and[ \t]+\w+)?[ \t]+from[ \t]+(?:the[ \t]+)?{_LANG}"),
    re.compile(rf"(?:^|\n|[|>\]])[ \t*_]*Read[ \t]+(?:this[ \t]+(?:article|story|report)[ \t]+)?in[ \t]+{_LANG}\b"),
    re.compile(rf"\b(?:[Tt]his|[Tt]he)[ \t]+(?:article|story|report)[ \t]+(?:was[ \t]+)?(?:originally|first)[ \t]+"
               rf"(?:published|written|appeared)[ \t]+in[ \t]+{_LANG}\b"),
    re.compile(rf"\b[Oo]riginal(?:ly)?[ \t]+(?:in[ \t]+)?{_LANG}\b"),
    re.compile(rf"\b{_LANG}[ \t]+original\b"),
]
_URL_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?([^/\s:]+)")
_EMAIL_DOMAIN = re.compile(r"\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_CHROME_LINE = re.compile(
    r"^(?:skip to|menu|home|search|share|subscribe|sign in|log in|advertisement|close|print|email)\b", re.I)


def _outlet_cues(text: str) -> list[tuple[str, str]]:
    """(outlet alias as written, cue) for mentions in the page's own voice."""
    out: list[tuple[str, str]] = []
    for start, end, outlet in outlets.find_mentions(text):
        before = text[max(0, start - 60):start]
        after = text[end:end + 60]
        cue = None
        if re.search(r"\b(?:told|tells|telling|informed|contacted|spoke\s+to|speaking\s+to|"
                     r"in\s+an?\s+(?:interview|phone\s+call|conversation)\s+with|"
                     r"said\s+to)\s+(?:the\s+)?$", before, re.I):
            cue = "told"
        elif re.match(r"(?:'s|\u2019s)?\s+(?:sources?|correspondents?|reporters?|contacts?|informants?)\b", after):
            cue = "sources"
        elif re.match(r"\)\s*[-\u2013\u2014]", after) and before.endswith("("):
            cue = "dateline"
        elif re.match(r"\s+(?:was|is|has\s+been|were)\s+(?:unable|not\s+able)\s+to\s+(?:confirm|verify|independently)|"
                      r"\s+(?:could\s+not|cannot|couldn't|can't)\s+(?:independently\s+)?(?:confirm|verify)|"
                      r"\s+has\s+(?:learned|obtained|confirmed|reviewed|seen)\b", after):
            cue = "own_voice"
        elif re.search(r"(?:\[|^|\n)\s*(?:Source|Originally\s+published\s+(?:by|in|on)|First\s+published\s+(?:by|in|on)|"
                       r"This\s+(?:article|story)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\s+(?:by|in|on))"
                       r"\s*:?\s*(?:the\s+)?$", before, re.I):
            cue = "source_line"
        elif start < 300 and re.search(r"(?:^|\n)\s*According\s+to\s+(?:the\s+)?$", before, re.I) and \
                after.lstrip().startswith(":"):
            cue = "source_line"
        if cue:
            out.append((outlet.name, cue))
    return out


def _outlet_from_text(text: str) -> tuple[str | None, str | None]:
    cues = _outlet_cues(text)
    if not cues:
        return None, None
    counts = Counter(name for name, _ in cues)
    name, n = counts.most_common(1)[0]
    kinds = [c for o, c in cues if o == name]
    # one "told X" may be a citation of another outlet's reporting; twice is the page's voice
    if n < 2 and not set(kinds) & {"dateline", "source_line", "own_voice"}:
        return None, None
    strong = [c for c in kinds if c in ("dateline", "source_line", "own_voice")]
    return name, (strong or kinds)[0]


def _outlet_from_emails(text: str) -> str | None:
    """"Please direct any comments ... to dailynkenglish@uni-media.net": an outlet name
    inside the contact address's local part or domain."""
    tail = text[-1500:]
    for m in re.finditer(r"\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)", tail):
        for part in (m.group(2), m.group(1)):
            o = outlets.resolve(part)
            if o is not None:
                return o.name
            squeezed = re.sub(r"(english|korean|news|editor|info|contact|desk)$", "", part.split(".")[0])
            for cand in outlets.all_outlets():
                key = re.sub(r"\W", "", cand.name.lower())
                if len(key) >= 5 and squeezed == key:
                    return cand.name
    return None


def _translator(text: str) -> str | None:
    m = _TRANSLATOR.search(text) or _TRANSLATOR_LABEL.search(text)
    if not m:
        return None
    name = m.group(m.lastindex or 1).strip().rstrip(".,;")
    return name or None


def _original_language(text: str) -> str | None:
    for pat in _ORIGINAL:
        m = pat.search(text)
        if m:
            return LANGUAGE_NAMES.get(m.group(1).lower())
    return None


def _precision(value: str) -> str:
    v = value.strip()
    if re.fullmatch(r"\d{4}", v):
        return "year"
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return "month"
    return "day"


def _title(text: str) -> str | None:
    for line in text.splitlines()[:8]:
        s = line.strip()
        if not s or _CHROME_LINE.match(s):
            continue
        words = s.split()
        if 3 <= len(words) <= 25 and not s.endswith((".", "\u201d", '"', ":")) and len(s) <= 200:
            return s
        return None
    return None


def detect(text: str, sentences: list[Sentence] | None, meta: Mapping[str, Any] | None) -> DocMeta:
    """Metadata of one document. ``meta`` holds what ingest already knows (``outlet``,
    ``published``, ``language``, ``title``, ``url``); values from it win over the text."""
    meta = dict(meta or {})
    dm = DocMeta()

    given = str(meta.get("outlet") or "").strip()
    if given:
        o = outlets.resolve(given)
        dm.outlet = o.name if o else given
    else:
        name, cue = _outlet_from_text(text)
        if name is None and meta.get("url"):
            m = _URL_DOMAIN.match(str(meta["url"]))
            o = outlets.resolve(m.group(1)) if m else None
            name, cue = (o.name, "url") if o else (None, None)
        if name is None:
            name = _outlet_from_emails(text)
            cue = "contact address" if name else None
        if name:
            dm.outlet = name
            dm.notes.append(f"outlet from the text ({cue})")

    dm.translator = _translator(text)
    dm.original_language = _original_language(text)

    published = meta.get("published")
    if published:
        dm.published = str(published)[:10]
        dm.published_precision = _precision(dm.published)
    else:
        found = _publication_date(text)
        if found:
            dm.published, dm.published_precision = found
            dm.notes.append("publication date from the text")

    lang = meta.get("language")
    dm.language = str(lang) if lang else None
    title = meta.get("title")
    dm.title = str(title).strip() if title else _title(text)
    return dm


def _publication_date(text: str) -> tuple[str, str] | None:
    try:
        from labourlens.analyse import dates
    except ImportError:  # pragma: no cover - the dates stage ships with labourlens
        return None
    fn = getattr(dates, "publication_date", None)
    if fn is None:
        return None
    found = fn(text)
    if not found or not found[0]:
        return None
    return str(found[0]), str(found[1])
