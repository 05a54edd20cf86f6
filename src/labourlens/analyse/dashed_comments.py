"""Comments and replies under a dashed label, for :mod:`labourlens.analyse.forum_posts`: a group's thread sets each
comment or reply under a line of its own that names the kind, a dash and the commenter ("Comment \u2014 kiln_rat:",
"Reply \u2013 Ana Ruiz (Harbour Aid):", "Comment - Tomas K.:"), the whole line ending in a colon; the comment starts
below it. The name is a handle, a person's name or a page's name; a bracket after it names the body the commenter
speaks for, or marks the body's own page ("Comment \u2014 Harbour Aid (page):"), whose comment is the body's. The label
line leads in to the comment and is no claim (:func:`labourlens.analyse.claim_filters.is_lead_in`). Examples here and
in the tests are invented."""

from __future__ import annotations

import re

__all__ = ["DASHED_LABEL", "REPLY_KIND", "page_label"]

# (s46) the reply's kind and a dash before a dated post header's handle, as a board prints its replies: "Reply - kite_9 -
# 3 May 2026", "Reply - mod_ray (moderator) - 3 May" (the date after the handle: ``forum_posts._DATED``)
REPLY_KIND = r"(?:(?:Reply|Comment|Answer|Response)[ \t]*[\u2014\u2013-][ \t]*)?"

DASHED_LABEL = re.compile(r"^\s*(?:Comment|Reply|Response|Answer)\s*[\u2014\u2013-]\s*@?(?P<u>[A-Za-z0-9][\w.\-]{1,38}[A-Za-z0-9_]|"
                          r"[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|[A-Z]\.)){1,3})(?:\s*\((?P<tag>[^()\n]{1,60})\))?\s*:\s*$")
# the bracket that marks a body's own page ("(page)", "(official page)")
_PAGE_TAG = re.compile(r"^(?:official\s+)?page$", re.IGNORECASE)


def page_label(line: str) -> re.Match[str] | None:
    """The match of a dashed label whose bracket marks a body's own page (its group ``tag`` reads "page" or "... page"),
    or None."""
    m = DASHED_LABEL.match(line.split("\n", 1)[0])
    return m if m is not None and m.group("tag") and _PAGE_TAG.match(m.group("tag").strip()) else None
