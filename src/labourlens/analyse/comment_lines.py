"""Readers' comments under a story: below a heading of the comment section ("Comments (12)", "READER COMMENTS", "7
comments"), each line that opens with a commenter's name and a colon ("dock_rat: they work nights there", "Olga
1985: nobody checks") is that commenter's post, as is (s35) a line of the commenter's name and the time of the
comment ("kettle_83 | 21:20") over the comment; so is (s326) a person's name alone on its line with the comment in
the paragraph below it ("Top comments", then "Ruth N. Mensah" and "I worked there too."). The line is a paragraph of
its own (a handle-shaped label never continues the line above it), a sentence of the body (not a headline for want
of a full stop), and a post of the commenter for :mod:`labourlens.analyse.forum_posts`. Examples here and in the
tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.model import Sentence

__all__ = ["handle_label", "comment_bodies", "comment_heads", "page_tag"]

# a label of a handle's shape opening a line: a word with "_" or a word that ends in figures ("kettle_83:", "nadia2:"),
# or a name and a number ("Olga 1985:")
_HANDLE_LABEL = re.compile(r"^@?(?:[A-Za-z][A-Za-z0-9]*(?:(?:_[A-Za-z0-9]*)+|[A-Za-z]\d+)(?:[.][A-Za-z0-9]+)?|"
                           r"[A-Z][a-z]+\s\d{2,4}):\s+\S")
# the heading of a comment section, alone on its line
_HEADING = re.compile(r"^\s*(?:\d+\s+)?(?:(?:reader|readers|readers'|user|visitor|top|all|newest|latest|"
                      r"most\s+relevant)\s+)?comments?\s*(?:\(\s*\d+\s*\))?\s*:?"
                      # (s41) the order the page shows them in after a dash or dot: "Comments (9) - showing the most
                      # relevant", "Comments (4) \u00b7 Newest first"
                      r"(?:\s*[\-\u2013\u2014\u00b7|]\s*(?:showing|sorted|sort|most|newest|oldest|top|all|latest)\b[^\n]{0,40})?\s*$",
                      re.IGNORECASE)
# (s382) a social network's counts line over the comments, alone on its line: "84 reactions \u00b7 37 comments", "1.2K likes
# \u00b7 310 comments \u00b7 45 shares" (the comments' count among the post's other counts)
_COUNT = r"\d[\d,.]*[KkMm]?\s+"
_COUNTS = re.compile(rf"^\s*(?:{_COUNT}(?:reactions?|likes?|shares?|views?|reposts?)\s*[\u00b7\u2022|]\s*)*{_COUNT}comments?"
                     rf"(?:\s*[\u00b7\u2022|]\s*{_COUNT}(?:shares?|views?|reposts?|reactions?|likes?))*\s*$", re.IGNORECASE)
# a commenter's name in the section: one word of a name or handle, or a name and a year or number ("Olga 1985")
# (s40) the commenter's town in brackets after the name: "tide_runner (Mokpo): ...", and a commenter's full name ("Ana
# Ruiz: ...", "Rhea T.: ...")
_LABEL = re.compile(r"^\s*@?(?P<u>[A-Za-z][\w.\-]{1,30}[A-Za-z0-9_](?:\s\d{2,4})?|[A-Z][a-z'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'\u2019-]+)){1,2})"
                    r"(?:\s*\([A-Z][\w'\u2019 .-]{1,30}\))?\s*:\s+(?=\S)")
# words that label a line of a page, not a commenter
_NOT_NAME = frozenset("""reply quote update edit reminder note notice thread topic re posted source photo image tags tag
    related share editor moderator admin advertisement ad sponsored read also see anonymous guest comment comments
    q a question answer translation update correction""".split())


def handle_label(line: str) -> bool:
    """Does ``line`` open with a handle-shaped label and a colon ("kettle_83: ...")? Such a line starts a
    paragraph."""
    return _HANDLE_LABEL.match(line) is not None


# (s326) a commenter's full name alone on its line, initials allowed: "Ruth N. Mensah", "Kofi Asante-Boateng"
# (s34) or a page's or a group's name that ends in its country's or its own capitals ("Wage Watch UG", "Fair Hire NP")
# (s395) initials run together ("Ravi K.P.") and a group standing in brackets after the name ("Asha Rai (Admin)")
_NAME_LINE = re.compile(r"^\s*(?P<u>[A-Z][a-z'\u2019-]+(?:(?<=-)[A-Z][a-z'\u2019-]+)?(?:\s+(?:(?:[A-Z]\.){1,3}|[A-Z][a-z'\u2019-]+"
                        r"(?:(?<=-)[A-Z][a-z'\u2019-]+)?)){1,4}(?:\s+[A-Z]{2,4})?)"
                        r"(?:\s*\((?:[Aa]dmin|[Aa]dministrator|[Mm]oderator|[Mm]od|[Aa]uthor|[Oo]rgani[sz]er|"
                        # (s41) the commenter's town ("Ravi Das (Pune)") or a page's standing ("Acme Jobs (official page)")
                        r"[A-Z][a-z'\u2019-]+(?:\s[A-Z][a-z'\u2019-]+)?|(?:[Oo]fficial\s+|[Vv]erified\s+)?[Pp]age)\))?\s*$")
# (s41) a handle alone on its line (a "_", a "." or figures in it: "tok_river", "Mina.K", "ravi88") over the comment
_HANDLE_LINE = re.compile(r"^\s*@?(?P<u>(?=[A-Za-z0-9.]*[_.\d])[A-Za-z][\w.]{1,30}[A-Za-z0-9])\s*$")
# (s34) a name whose last word is an initial ends in a full stop ("Daudi M.", "Grace W."): the splitter reads the line as
# a sentence of the body, not as a heading, but it is still the commenter's name alone on its line (so is one with its
# standing in brackets)
_INITIAL_END = re.compile(r"\s(?:[A-Z]\.){1,3}\s*$|\)\s*$")
# (s35) a commenter's handle or name, a bracketed standing ("(admin)", "(author)"), a bar or dot and the time of the
# comment alone on the line: "kettle_83 | 21:20", "Mira Holt (admin) \u00b7 09:05", "tok_7 | 3 May, 21:20"
_TIMED_LINE = re.compile(r"^\s*@?(?P<u>[A-Za-z][\w.\-]{1,30}[A-Za-z0-9_]|[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,2})"
                         r"(?:\s*\([A-Za-z][\w\s]{1,20}\))?\s*[|\u00b7\u2022]\s*"
                         r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?,?\s+|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)?"
                         r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*$")
# (s36) a commenter's handle or name and a colon alone on the line, the comment in the paragraph below it
# ("kettle_83:", then "I worked there too."), as a messenger channel's export prints its comments (and the channel's
# own replies under its name)
_COLON_LINE = re.compile(r"^\s*@?(?P<u>[A-Za-z][\w.\-]{1,30}[A-Za-z0-9_]|[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,3})\s*:\s*$")


# (s41) a body's page standing in brackets after the name on a comment's line: "Kestrel Jobs (official page)"
# (s42) or a board's post header whose bracket names the body behind a verified account, then the time of posting:
# "Nodira_Aid (verified account: Home Safe Tajikistan) \u00b7 4 Feb 2026, 09:15"
_PAGE_TAG = re.compile(r"^\s*[^()\n]{2,60}?\s*\((?P<tag>(?:[Oo]fficial\s+|[Vv]erified\s+)?[Pp]age)\)\s*:?\s*$"
                       r"|^\s*[\w.\-]{2,40}\s*\([Vv]erified\s+(?P<tag2>(?:organi[sz]ation|NGO|charity)\s+)?account"
                       r"(?:\s*:\s*[A-Z][^()\n]{2,60})?\)\s*[|\u00b7\u2022\u2014\u2013]\s*\d")


def page_tag(line: str) -> re.Match[str] | None:
    """The match of a name line whose bracket marks a body's own page (group ``tag``), or None."""
    return _PAGE_TAG.match(line.split("\n", 1)[0])


def _section_start(sentences: Sequence[Sentence]) -> int | None:
    """The index of the first sentence after the heading of a comment section (None without one)."""
    for i, s in enumerate(sentences):
        if _HEADING.match(s.text) or _COUNTS.match(s.text):
            return i + 1
    return None


def _label(text: str) -> re.Match[str] | None:
    m = _LABEL.match(text)
    if m is None or m.group("u").split()[0].lower() in _NOT_NAME:
        return None
    return m


def comment_bodies(sentences: Sequence[Sentence]) -> None:
    """Comment lines read as headlines for want of a full stop are body sentences (in place)."""
    start = _section_start(sentences)
    if start is None:
        return
    for s in sentences[start:]:
        if s.kind == "headline" and _label(s.text) is not None:
            s.kind = "body"


def comment_heads(sentences: Sequence[Sentence]) -> list[tuple[str, int] | None]:
    """For each sentence, the commenter and the end of the label when it opens a comment line below the
    heading of a comment section."""
    out: list[tuple[str, int] | None] = [None] * len(sentences)
    start = _section_start(sentences)
    if start is None:
        return out
    for i in range(start, len(sentences)):
        m = _label(sentences[i].text)
        if m is not None and sentences[i].kind == "body":
            out[i] = (m.group("u"), m.end())
        elif (n := _TIMED_LINE.match(sentences[i].text)) is not None and sentences[i].kind != "body" \
                and i + 1 < len(sentences) and sentences[i + 1].kind == "body" \
                and sentences[i + 1].paragraph != sentences[i].paragraph \
                and n.group("u").split()[0].lower() not in _NOT_NAME:
            out[i] = (n.group("u"), n.end())
        elif (n := _COLON_LINE.match(sentences[i].text)) is not None \
                and i + 1 < len(sentences) and sentences[i + 1].kind == "body" \
                and sentences[i + 1].paragraph != sentences[i].paragraph \
                and n.group("u").lower() not in _NOT_NAME:
            out[i] = (n.group("u"), n.end())
        elif (n := _HANDLE_LINE.match(sentences[i].text) or _NAME_LINE.match(sentences[i].text)) is not None \
                and (sentences[i].kind != "body" or _INITIAL_END.search(sentences[i].text) is not None) \
                and i + 1 < len(sentences) and sentences[i + 1].kind == "body" \
                and sentences[i + 1].paragraph != sentences[i].paragraph \
                and n.group("u").split()[0].lower() not in _NOT_NAME:
            out[i] = (n.group("u"), n.end())
    return out
