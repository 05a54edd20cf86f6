"""A blog's masthead on the page's first line, for :mod:`labourlens.analyse.meta` (through
:func:`labourlens.analyse.outlet_forms.header_votes`): "Taiga Notes blog \u2014 letters from the timber camps",
"Steppe Lantern blog - stories from the border": the name before the word "blog" and the dash is the outlet. (A
name and a tagline in small letters without the word "blog" was tried too: it took the outlet from pages whose
first line is something else.)

Examples here and in the tests are invented.
"""

from __future__ import annotations

import re

from labourlens.analyse import mastheads

__all__ = ["votes"]

# "Name blog — anything": the name, the word "blog", a dash and the blog's tagline
_BLOG_HEAD = re.compile(r"(?P<name>[A-Z][\w'\u2019.&-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w'\u2019.&-]*){0,4})"
                        r"[ \t]+(?i:blog)[ \t]+[\u2014\u2013-]{1,2}[ \t]+\S.{0,80}")


def votes(text: str) -> list[tuple[str, float, str]]:
    """``(name, weight, cue)`` for a blog's masthead on the first line; none otherwise."""
    first = next((ln.strip() for ln in text[:400].splitlines() if ln.strip()), "")
    if not first or "log" not in first.lower():
        return []
    m = _BLOG_HEAD.fullmatch(first)
    if m is None or mastheads.is_place(m.group("name").title()):
        return []
    return [(m.group("name"), 3.0, "header")]
