"""Posts on a social network, for :mod:`labourlens.analyse.forum_posts`: the author's name on a line of its own, right
above the post's time ("Bishnu Thapa Magar" then "3 d · 🌐", "Asha Rai" then "Yesterday at 21:04 ·", "2h"), heads a
post in the author's own voice, as "Posted by X" heads a forum post; so does the name with the time after the network's
dot on one line ("Asha Rai · 3 d", "Asha Rai · 2 h · Doha"), and the name above a comment whose footer below it gives
the network's actions and the time ("Like · Reply · 2d"). Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.model import Sentence

__all__ = ["POSTED_AT", "social_headers"]

# a person's name alone: two to four capitalised words (no digits, no punctuation but hyphens and apostrophes; a last
# name may be initials with their dots, "Ravi K.P."), not a byline's "By ..." or a credit
# (s359) a reply's name may stand after the network's arrow that indents it under the comment it answers ("\u21b3 Ana Reyes")
_NAME = re.compile(r"^\s*(?:[\u21b3\u21aa\u2937]\s*)?(?!(?:By|From|Photo|Photos|Reporting|Editing|Edited|Updated|Posted|Written|Story|Words)\b)"
                   r"(?P<u>[A-Z][a-z'\u2019-]+(?:(?<=-)[A-Z][a-z'\u2019-]+)?(?:\s+(?:[A-Z][a-z'\u2019-]+|(?:[A-Z]\.){1,3})){1,3}"
                   # (s355) a group's role with its holder's name in brackets ("Admin (Ana Reyes)"), or a firm's page
                   # under its legal form ("PT Sinar Laut Official", "CV Maju Jaya")
                   r"|(?:Admin|Administrator|Moderator|Mod|Host|Organi[sz]er)\s+\([A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,3}\)"
                   r"|(?:PT|CV|JSC|LLC|Co\.)\s+[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){0,3})"
                   r"(?:\s*[\u25b8\u25b6\u25ba>\u203a]\s*[^\n]{2,60}?)?\s*$")  # "Asha Rai \u25b8 Guards in Doha": the group posted to
# (s382) a network's "Post by" and the author's name alone on the line, over the post's time ("Post by Asha Rai", then
# "3 May 2026 \u00b7 Doha"): the name is the author's ("Posted by" over a date is a blog's byline)
_POST_BY_NAME = (r"^\s*(?:Post|Status|Update)\s+by:?\s+(?P<u>[A-Z][a-z'\u2019-]+(?:\s+(?:[A-Z][a-z'\u2019-]+|"
                 r"(?:[A-Z]\.){1,3})){1,3})")
_POST_BY = re.compile(_POST_BY_NAME + r"\s*$")
# the time a network prints under the name: "3 d", "2h", "5 hrs", "14 min", "1 w", "Yesterday at 21:04", "Just now",
# "12 March at 09:14", or a date with the network's dot after it ("12 March \u00b7 \U0001f310"); a plain date is a byline's
_REL = r"(?:\d{1,2}\s*(?:s|m|min|mins|h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?|y|yr)\b|Yesterday|Just now)"
_DATE = r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?"
_AT = r"\s+at\s+\d{1,2}[:.]\d\d(?:\s*[AP]M)?"
_DOT = r"\s*[\u00b7\u2022|]\s*\S{0,12}\s*"
# (s326) a place of more than one word after the date's dot: "2 May 2026 \u00b7 Port Said, Egypt" (capitalised words only:
# "12 May \u00b7 5 min read" is an article's)
_PLACE_DOT = r"\s*[\u00b7\u2022|]\s*[A-Z][\w'\u2019-]*(?:,?\s+[A-Z][\w'\u2019-]*){1,3}\s*"
# (s325) the place and the audience may follow, each after a dot: "2 May 2026 at 20:15 \u00b7 Pokhara \u00b7 Public"
_TIME = re.compile(rf"^\s*(?:{_REL}(?:{_AT})?(?:{_DOT}){{0,3}}|{_DATE}(?:{_AT}(?:{_DOT}){{0,3}}|(?:{_DOT}){{1,3}}|"
                   rf"(?:{_DOT}){{0,2}}{_PLACE_DOT}(?:{_DOT})?))$")
# (diag279) the name and the time on one line, joined by the network's dot, perhaps with the place after another dot:
# "Asha Rai · 3 d", "Asha Rai · 2 h · Doha" (a dot is needed: "Asha Rai 3 d" is no network's line)
_NAME_TIME = re.compile(rf"^\s*(?P<u>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,3}})\s*[·•]\s*{_REL}(?:{_AT})?"
                        r"(?:\s*[·•]\s*[^\n·•]{1,40})?\s*$")
# (s355) a group's post under its admin, with the date and the post's audience after the network's dots ("Admin (Ana
# Reyes) · 3 May 2026 · Public"): the audience marks a network's post, where a plain date is a byline's
_ROLE_DATED = re.compile(rf"^\s*(?P<u>(?:Admin|Administrator|Moderator|Mod|Host|Organi[sz]er)\s+\([A-Z][a-z'’-]+"
                         rf"(?:\s+[A-Z][a-z'’-]+){{1,3}}\)|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,3}})\s*[·•]\s*"
                         rf"(?:{_DATE}|{_REL})(?:{_AT})?\s*[·•]\s*(?:Public|Friends|Members|Group\s+members)\s*$")

# (s359) under a page's comments heading ("COMMENTS (6)", "12 comments"), a commenter's name and the comment's date after
# the network's dot: "Ana Reyes · 5 Apr", "Tomas K. · 12 March" (outside it, a name and a date is a byline's)
_COMMENTS = re.compile(r"^\W*(?:\d+\s+)?(?:comments?|reader\s+comments|replies)(?:\s*\(\d+\))?\W*$", re.IGNORECASE)
_NAME_DATE = re.compile(rf"^\s*(?P<u>[A-Z][a-z'\u2019-]+(?:\s+(?:[A-Z][a-z'\u2019-]+|[A-Z]\.)){{1,3}})\s*[\u00b7\u2022]\s*"
                        rf"{_DATE}(?:{_AT})?\s*$")

# (s389) a network's "Post by" with the post's time after the network's dot on the same line, perhaps the place after another
# ("Post by Asha Rai · 3 May at 21:04 · Doha, Qatar")
# (s395) or after a dash with the clock time ("Post by Asha Rai - 3 May at 21:04"; a dash and a plain date is a byline's)
_POST_BY_DATED = re.compile(rf"{_POST_BY_NAME}\s*(?:[\u00b7\u2022]\s*(?:{_DATE}|{_REL})(?:{_AT})?|[-\u2013\u2014]\s*(?:{_DATE}|{_REL}){_AT})"
                            r"(?:\s*[\u00b7\u2022]\s*[^\n\u00b7\u2022]{1,40}){0,2}\s*$")

# (s389) a board's dot and the post's date after a poster's line: " · 4 May 2026, 21:02", " | 2026-05-04"
POSTED_AT = (r"\s*[|\u00b7\u2022\u2014\u2013]\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{4}-\d\d-\d\d)"
             r"[^\n|\u00b7\u2022]{0,24}")

# (study-291) a comment's footer below it: the network's actions and the comment's age ("Like · Reply · 2d")
_FOOTER = re.compile(rf"^\s*(?:Like|Love|Reply)(?:\s*[·•|]\s*(?:Like|Love|Reply|Share|Edited|Hide|Report))*\s*[·•|]\s*"
                     rf"(?:{_REL}|{_DATE})\s*$")  # (s389) or the comment's date: "Reply · 9 Mar"
_FOOTER_REACH = 8  # sentences a comment may run to before its footer


def _footed(sentences: Sequence[Sentence], i: int) -> bool:
    """Is the name line ``i`` followed, within a few sentences and before another name line, by a comment's footer?"""
    for j in range(i + 1, min(len(sentences), i + 1 + _FOOTER_REACH)):
        if _FOOTER.match(sentences[j].text.rsplit("\n", 1)[-1]):
            return j > i + 1  # (a footer right below the name: no comment between)
        if _NAME.match(sentences[j].text):
            return False
    return False


def social_headers(sentences: Sequence[Sentence], headers: list[tuple[str, int] | None]) -> list[tuple[str, int] | None]:
    """``headers`` with the name line above a post's time read as a header (the author, the end of the name)."""
    out = list(headers)
    comments = next((i for i, s in enumerate(sentences) if _COMMENTS.match(s.text)), len(sentences))
    for i in range(len(sentences)):
        if out[i] is not None:
            continue
        if i > comments and (m := _NAME_DATE.match(sentences[i].text)) is not None:
            out[i] = (m.group("u"), m.end())  # "COMMENTS (4)" ... "Ana Reyes · 5 Apr" + her comment
            continue
        if i + 1 < len(sentences) and (m := _NAME.match(sentences[i].text) or _POST_BY.match(sentences[i].text)) \
                is not None and _TIME.match(sentences[i + 1].text):
            out[i] = (m.group("u"), m.end())
        elif (m := _NAME_TIME.match(sentences[i].text) or _ROLE_DATED.match(sentences[i].text)
              or _POST_BY_DATED.match(sentences[i].text)) is not None:
            out[i] = (m.group("u"), m.end())
        elif (m := _NAME.match(sentences[i].text)) is not None and _footed(sentences, i):
            out[i] = (m.group("u"), m.end())  # "Ana Reyes" + her comment + "Like · Reply · 3d"
    return out
