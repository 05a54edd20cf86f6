"""RSS and Atom feeds with feedparser. Each entry is one document with its link as
URL, its date as publication date and its HTML content converted to text. An entry's
``raw`` bytes are the JSON of its fields, so each entry has its own sha256."""

from __future__ import annotations

import calendar
import json
import re
import time
from datetime import UTC, datetime
from typing import Any

from labourlens.errors import Failed, Skipped
from labourlens.formats.base import ReadResult, guarded, head_text, looks_binary
from labourlens.formats.html import fragment_text
from labourlens.model import ReadDoc, ReadOptions

NAME = "feed"
VERSION = "1"
LIBRARY = "feedparser"
MEDIA_TYPES: tuple[str, ...] = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
EXTENSIONS: tuple[str, ...] = (".rss", ".atom", ".xml", ".rdf")
BINARY_ALLOWED = False

_ROOT = re.compile(r"<(rss|feed|rdf:rdf)[\s>]")
_PROLOG = re.compile(r"^(\s*(<\?[^>]*\?>|<!--.*?-->|<!doctype[^>]*>))*\s*", re.S)


def sniff(data: bytes) -> int:
    if looks_binary(data):
        return 0
    head = head_text(data, 2048)
    body = _PROLOG.sub("", head, count=1)
    if _ROOT.match(body):
        return 95
    if head.startswith("<?xml") and _ROOT.search(head):
        return 85
    return 0


# "Souq Ledger - Hotel & Services Markets", "Harbour Post | World": a channel title is often the outlet's name
# and then a section or strapline after a spaced dash or bar; the outlet is the name
_STRAPLINE = re.compile(r"\s+(?:-|\u2013|\u2014|\|)\s+\S.*$", re.S)


def _channel_name(title: str) -> str:
    head = _STRAPLINE.sub("", title.strip())
    return head if len(head) >= 3 else title.strip()


def _iso(parsed: Any, fallback: Any) -> str | None:
    if isinstance(parsed, time.struct_time):
        try:
            moment = datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
        except (OverflowError, ValueError, OSError):
            return str(fallback) if fallback else None
        return moment.isoformat().replace("+00:00", "Z")
    return str(fallback) if fallback else None


def _content(entry: Any) -> str:
    for item in entry.get("content") or []:
        value = item.get("value") if isinstance(item, dict) else None
        if value:
            return str(value)
    return str(entry.get("summary") or entry.get("description") or "")


def _entry_doc(entry: Any, index: int, outlet: str | None, language: str | None) -> ReadDoc:
    html = _content(entry)
    link = entry.get("link") or None
    published = _iso(entry.get("published_parsed"), entry.get("published")) or _iso(
        entry.get("updated_parsed"), entry.get("updated")
    )
    fields = {
        "id": entry.get("id"),
        "title": entry.get("title"),
        "link": link,
        "published": entry.get("published") or entry.get("updated"),
        "author": entry.get("author"),
        "content": html,
    }
    raw = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
    text = fragment_text(html)
    doc = ReadDoc(
        text=text,
        media_type="text/html" if "<" in html else "text/plain",
        title=entry.get("title") or None,
        author=entry.get("author") or None,
        outlet=outlet,
        published=published,
        language=language,
        url=link,
        raw=raw,
        locator=link or f"entry-{index}",
    )
    if not text:
        doc.extra.update(status="skipped", reason="no extractable text: the feed entry has no content or summary")
    return doc


@guarded("the feed")
def read(data: bytes, options: ReadOptions) -> ReadResult:
    import feedparser

    if not data.strip():
        raise Skipped("empty file: nothing to read")
    head = head_text(data, 512)
    if looks_binary(data) or not head.startswith("<"):
        raise Failed("feed is not XML: expected an RSS or Atom document; check the feed address or file")
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    entries = list(parsed.get("entries") or [])
    if not parsed.get("version") and not entries:
        if parsed.get("bozo"):
            detail = " ".join(str(parsed.get("bozo_exception", "")).split())[:100]
            raise Failed(f"feed is not well-formed XML ({detail}); check the feed address or file")
        raise Failed("not an RSS or Atom feed: no channel or entries found; check the feed address or file")
    if not entries:
        raise Skipped("feed has no entries: nothing to read")
    info = parsed.get("feed") or {}
    outlet = _channel_name(info.get("title") or "") or None
    language = (info.get("language") or "").split("-")[0].lower() or None
    return [_entry_doc(entry, i, outlet, language) for i, entry in enumerate(entries, start=1)]
