"""The headline of a page from its first lines, when ingest hands no title: the first line that
reads as a headline, skipping chrome, navigation and the site's name."""

from __future__ import annotations

import re

__all__ = ["title"]

_CHROME_LINE = re.compile(
    r"^(?:skip to|menu|home|search|share|subscribe|sign in|log in|advertisement|close|print|email)\b", re.I)
_NAV_LINE = re.compile(r"\||[>\u203a\u00bb].*[>\u203a\u00bb]|^(?i:home|start|main)\s*[>\u203a\u00bb/]")


def _not_headline(s: str) -> bool:
    """A sentence, a quotation or a label rather than a headline. A headline may end with a
    quoted phrase (... wages diverted to "loyalty fund"), but not be a quotation itself."""
    if s.endswith((".", ":")):
        return True
    if s.endswith(("\u201d", '"')):
        opener = "\u201c" if s.endswith("\u201d") else '"'
        inner = s[:-1].rstrip()
        return s.startswith(opener) or inner.endswith((".", ",", "!", "?")) or (
            opener == '"' and s.count('"') % 2 == 1) or (opener != '"' and opener not in s)
    return False


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def title(text: str, site_name: re.Pattern[str]) -> str | None:
    """The first line that reads as a headline; ``site_name`` matches a line that ends like a site's name."""
    for line in text.splitlines()[:8]:
        s = _MARKDOWN_HEADING.sub("", line.strip())  # a Markdown heading
        if not s or _CHROME_LINE.match(s):
            continue
        words = s.split()
        if _NAV_LINE.search(s) or s.isupper() or (len(words) <= 4 and site_name.search(s)):
            continue  # navigation, a section path, the site's name
        if 3 <= len(words) <= 25 and len(s) <= 200 and not _not_headline(s):
            return s
        return None
    return None
