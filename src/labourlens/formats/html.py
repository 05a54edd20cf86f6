"""HTML pages: main text without menus, ads and comments, plus title, date, author and
site name, with trafilatura (one extraction call per page). A small page where
trafilatura finds nothing falls back to the page's block text without chrome."""

from __future__ import annotations

import html
import re
from typing import Any

from labourlens.errors import Failed, Skipped
from labourlens.formats.base import (
    ReadResult,
    decode_text,
    guarded,
    head_text,
    looks_binary,
    normalise_newlines,
)
from labourlens.model import ReadDoc, ReadOptions

NAME = "html"
VERSION = "1"
LIBRARY = "trafilatura"
MEDIA_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml")
EXTENSIONS: tuple[str, ...] = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
BINARY_ALLOWED = False

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_H1 = re.compile(r"<h1\b", re.I)
_PAGE_TITLE = re.compile(r"<title\b[^>]*>([^<]{1,400})</title>", re.I)
_HTML_LANG = re.compile(r"""<html\b[^>]{0,300}?\blang\s*=\s*["']?([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)?""", re.I)
_STRONG = ("<!doctype html", "<html")
_TAGS = ("<head", "<body", "<title", "<meta ", "<article", "<div", "<p>", "<p ")

BLOCK_TAGS = frozenset(
    "p div section article header footer main aside nav h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote "
    "pre table tr td th figure figcaption address hr form fieldset details summary".split()
)
CHROME_TAGS = frozenset("script style noscript template nav footer header aside form button iframe svg".split())
FRAGMENT_DROP = frozenset("script style noscript template iframe svg".split())
# class/id words of page chrome that the fallback drops along with CHROME_TAGS
_CHROME_ATTR = re.compile(r"(?:^|[\s_-])(?:ad|ads|advert\w*|banner|comments?|cookie\w*|menu|navbar|newsletter|"
                          r"promo\w*|related|share|sharing|sidebar|social|sponsor\w*|subscribe)(?:$|[\s_-])", re.I)


def sniff(data: bytes) -> int:
    if looks_binary(data):
        return 0
    head = head_text(data, 4096)
    if head.startswith(_STRONG) or (head.startswith("<?xml") and "<html" in head):
        return 90
    if "<html" in head or "<body" in head:
        return 80
    if head.startswith("<") and any(tag in head for tag in _TAGS):
        return 60
    return 0


def _charset(content_type: str | None) -> str | None:
    if content_type and "charset=" in content_type.lower():
        return content_type.lower().split("charset=", 1)[1].split(";")[0].strip().strip("\"'") or None
    return None


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """BOM, then the server's charset, then the page's ``<meta charset>``, then UTF-8,
    then charset-normalizer."""
    declared = _charset(content_type)
    if declared is None:
        match = _META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii", "ignore") if match else None
    text, _ = decode_text(data, declared)
    return text


def _paragraphs(text: str) -> str:
    parts = (" ".join(part.split()) for part in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in parts if p)


def _is_chrome(el: Any) -> bool:
    marks = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
    return bool(marks) and _CHROME_ATTR.search(marks) is not None


def _block_text(tree: Any, drop: frozenset[str], chrome_attrs: bool = False) -> str:
    """Text of an lxml.html tree with a blank line between blocks and chrome removed
    (elements with these tags, and with ``chrome_attrs`` elements whose class or id
    names an advert, comment section, sidebar...)."""
    from lxml import etree

    for el in list(tree.iter(etree.Comment, etree.ProcessingInstruction)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(tree.iter()):
        tag = el.tag if isinstance(el.tag, str) else ""
        if el.getparent() is not None and (tag in drop or (chrome_attrs and _is_chrome(el))):
            el.drop_tree()
        elif tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif tag in BLOCK_TAGS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    raw = "".join(tree.itertext())
    lines = "\n".join(" ".join(line.split()) for line in raw.split("\n"))
    return _paragraphs(lines)


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), paragraphs kept."""
    if "<" not in fragment:
        return _paragraphs(normalise_newlines(fragment).replace("&nbsp;", " "))
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml's parser errors on odd fragments
        return _paragraphs(re.sub(r"<[^>]+>", " ", fragment))
    return _block_text(root, FRAGMENT_DROP)


def _fallback(page: str) -> str:
    return _page_blocks(page)[0]


def _page_blocks(page: str, captions: bool = False) -> tuple[str, frozenset[str]]:
    """The page's block text without chrome, and (when ``captions``) the texts of its image captions
    (``<figcaption>``, or a block whose class names a caption), from one parse of the page."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(page)
    except Exception:  # noqa: BLE001
        return "", frozenset()
    found = frozenset(t for el in root.iter() if captions and isinstance(el.tag, str) and (
        el.tag == "figcaption" or "caption" in (el.get("class") or "").lower() and el.tag in BLOCK_TAGS)
        if (t := " ".join(el.text_content().split())))
    body = root.find("body")
    return _block_text(body if body is not None else root, CHROME_TAGS, chrome_attrs=True), found


_CREDIT_HINT = re.compile(r"[Tt]ranslat|[Tt]ranslator|Read\s+(?:this\s+\w+\s+)?in\s+[A-Z]")
# a credit line: "Item translated from Korean by Lee Da-som", "Translator: ...", "Read in Korean"
_CREDIT = re.compile(r"\b[Tt]ranslat(?:ed|ion|or)\b[^\n]{0,80}?(?:\bby\b|:)|\bRead\s+(?:this\s+\w+\s+)?in\s+[A-Z][a-z]+\b")


_CAPTION_HINT = re.compile(r"<figcaption\b|class\s*=\s*[\"'][^\"']*caption", re.I)


def _with_credits(text: str, blocks: str, captions: frozenset[str] = frozenset()) -> str:
    """``text`` with the translation and language credit lines of the page that the article extractor
    dropped as page furniture ('<p class="meta">Digest | 9 October 2024 | Translated from Korean by
    ...</p>'), and the image captions it dropped with the images (a caption names the places of the
    picture: "The Yalu River at Dandong"), each put back after the paragraph it follows on the page (or
    at the end)."""
    paragraphs = text.split("\n\n")
    lines = [line.strip() for line in blocks.split("\n") if line.strip()]
    for i, line in enumerate(lines):
        if len(line) > 400 or not (_CREDIT.search(line) or line in captions) or line in text:
            continue
        after = next((j for j, para in enumerate(paragraphs) if i and para.strip() == lines[i - 1]), None)
        paragraphs.insert(len(paragraphs) if after is None else after + 1, line)
    return "\n\n".join(paragraphs)


# a list item that opens with text of its own (after any tag but a link): a menu's or a related-stories list's items
# open with links, and a page with none of these needs no second parse
_LIST_ITEM = re.compile(r"<li\b[^>]*>(?:\s*<(?!a\b)[a-z][^>]*>)*\s*[^<\s][^<]{39}", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?$")


def _dropped_items(root: Any, text: str) -> set[str]:
    """The sentence-long items of the page's lists (outside page chrome) that ``text`` lacks: eight words or more,
    ending as a sentence ends, and not mostly link text (a list of related stories is links)."""
    items: set[str] = set()
    for li in root.iter("li"):
        if any(isinstance(a.tag, str) and (a.tag in CHROME_TAGS or _is_chrome(a)) for a in li.iterancestors()):
            continue
        item = " ".join(li.text_content().split())
        links = sum(len(" ".join(a.text_content().split())) for a in li.iter("a"))
        if len(item.split()) >= 8 and _SENTENCE_END.search(item) and links * 2 < len(item) and item not in text:
            items.add(item)
    return items


def _with_list_items(text: str, page: str) -> str:
    """``text`` with the sentence-long list items the article extractor dropped ("Our findings:" and a bulleted
    list of them), each put back after the block it follows on the page."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(page)
    except Exception:  # noqa: BLE001 - the extractor's text stands
        return text
    items = _dropped_items(root, text)
    if not items:
        return text
    body = root.find("body")
    paragraphs = text.split("\n\n")
    last = -1  # the paragraph after which the next dropped item goes
    for block in _block_text(body if body is not None else root, CHROME_TAGS, chrome_attrs=True).split("\n\n"):
        if block in items:
            paragraphs.insert(last + 1, block)
            last += 1
            items.discard(block)
        elif block in paragraphs:
            last = paragraphs.index(block)
    return "\n\n".join(paragraphs)


def extract(page: str, url: str | None = None) -> ReadDoc:
    """Run trafilatura once on a decoded page; fall back to block text when it finds
    nothing. Raises :class:`Skipped` when the page has no text at all."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - trafilatura can fail on broken markup: use the fallback
        result = None
    text = ""
    meta: dict[str, str | None] = {}
    if result is not None and not isinstance(result, dict):
        text = _paragraphs((result.text or "").replace("\n", "\n\n"))
        meta = {k: getattr(result, k, None) for k in ("title", "author", "date", "sitename", "url", "language")}
    if not text:
        text = _fallback(page)
    elif (captioned := _CAPTION_HINT.search(page) is not None) or _CREDIT_HINT.search(page):
        text = _with_credits(text, *_page_blocks(page, captioned))
    if text and _LIST_ITEM.search(page):
        text = _with_list_items(text, page)
    if not text:
        raise Skipped("no extractable text: the page has no readable text")
    headline = " ".join((meta.get("title") or "").split())
    if headline and headline not in " ".join(text[:2000].split()) and _H1.search(page) is not None:
        text = f"{headline}\n\n{text}"  # the page's own headline (its h1), which the extractor keeps apart
    lang = meta.get("language")
    if not lang:
        match = _HTML_LANG.search(page[:4096])
        lang = match.group(1).lower() if match else None
    extra: dict[str, Any] = {}
    raw_title = _PAGE_TITLE.search(page[:20000])
    if raw_title:  # "Headline | Site": the meta stage may read the site's name in it
        page_title = " ".join(html.unescape(raw_title.group(1)).split())
        if page_title and page_title != (meta.get("title") or "").strip():
            extra["page_title"] = page_title
    return ReadDoc(
        text=text,
        media_type="text/html",
        extra=extra,
        title=meta.get("title") or None,
        author=meta.get("author") or None,
        outlet=meta.get("sitename") or None,
        published=meta.get("date") or None,
        language=lang,
        url=meta.get("url") or None,
    )


@guarded("the HTML page")
def read(data: bytes, options: ReadOptions) -> ReadResult:
    if not data.strip():
        raise Skipped("empty file: nothing to read")
    if looks_binary(data):
        label = f"'{options.name}'" if options.name else "the input"
        raise Failed(f"binary data, not HTML: {label} is named or served as HTML but holds binary bytes; "
                     "check the file")
    page = decode_html(data, options.content_type)
    url = options.name if options.name and options.name.startswith(("http://", "https://")) else None
    return [extract(page, url)]
