"""A page that says what it is: the blog's, podcast's or newsletter's title line ("The Migration Desk - a
podcast about people who move for work", "NOTES FROM THE PIER" over "a blog about the fishing ports, by ...",
"Notes of a Migration Lawyer - Zarina Kholmatova's blog"), an organisation's "about" footer ("Sea Lanes Worker
Justice is an independent network of labour researchers. Contact: ..."), and a masthead in capitals over a line
of sections and dates or a sentence-case description ("QATAR PITCHSIDE" over "Football | Community | 18
November 2023", "SANCTIONS WATCH | Weekly designations digest") or beside what the paper is in lower case ("NARYN
TANY - Naryn region weekly"), a translation's note on the paper it first appeared in, said with what the paper is ("This report first appeared
in the Irbid weekly Sada al-Shamal"), the publisher's line under the title ("Published by the Meridian Rights Monitor", "A report by Haki Kazini"),
a programme's producer on its closing line ("Voices
from the Border is produced by Kestrel Media Collective."). Each is a vote for the page's outlet, for
:mod:`labourlens.analyse.outlet_forms`."""

from __future__ import annotations

import re

from labourlens.analyse import mastheads

__all__ = ["votes"]

_KIND = r"(?:blog|podcast|newsletter|vlog|video[ \t]+channel|column|digest|bulletin|zine|site|website)"
# "X - a podcast about ...", "X — a blog on ...", "X: a newsletter from ...", "X - Zarina Kholmatova's blog"
_TITLE_LINE = re.compile(rf"^[ \t*_#]*(.{{2,70}}?)[ \t]*(?:[-\u2013\u2014:|])[ \t]*(?:(?:an?|the)[ \t]+(?:[\w-]+[ \t]+)?{_KIND}"
                         rf"\b|[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){{0,3}}['\u2019]s[ \t]+{_KIND}\b)")
# (s41) "X - weekly price note for grain traders", "X — daily market notes, 3 May": a title with how often it
# comes out and what kind of item it is, without an article, after a dash (a weaker vote: a digest's line over the source
# it carries; a body's "X | quarterly bulletin" is its own letterhead)
_PERIODIC_LINE = re.compile(rf"^[ \t*_#]*(.{{2,70}}?)[ \t]+(?:-{{1,2}}|\u2013|\u2014)[ \t]+(?:weekly|daily|monthly|fortnightly|quarterly)"
                            rf"[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:{_KIND}|notes?|briefing|update|round-?up|report|review|letter|summary)\b")
_KIND_LINE = re.compile(rf"^[ \t*_#]*(?:an?|the)[ \t]+(?:[\w-]+[ \t]+)?{_KIND}[ \t]+(?:about|on|by|from|of|for)\b", re.I)
# "X is an independent network of ...", "X is a non-profit organisation ..."
_ABOUT = re.compile(r"^[ \t*_#]*(.{2,70}?)[ \t]+is[ \t]+an?[ \t]+(?:independent|non-?profit|not-for-profit|nonprofit|"
                    r"registered)\b")
# a programme's or podcast's producer on its closing line: "X is produced by Y", "X is a production of Y" ((s41) perhaps
# in a host's last turn: "ANA LIND: X is produced by ...")
_PRODUCED = re.compile(r"^[ \t*_#]*(?:[A-Z][A-Z.'\u2019 -]{1,40}(?:[ \t]+\([^()\n]{1,40}\))?:[ \t]+)?"
                       r"([A-Z\[(\"\u201c][^\n.]{1,60}?)[ \t]+is[ \t]+(?:produced[ \t]+by|a[ \t]+production[ \t]+of)[ \t]+"
                       r"(?:the[ \t]+)?([A-Z][\w'\u2019&-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w'\u2019&-]*)){0,5})[ \t]*[.,;]")
# a translation's or a copy's note on where it first appeared, the paper given with what it is: "This report
# first appeared in the Irbid weekly Sada al-Shamal", "The original article appeared in the district newspaper X",
# "This article first appeared in the print edition of X" (without such words the meta stage's source line reads it)
_APPEARED = re.compile(r"\b(?:[Tt]his|[Tt]he[ \t]+original)[ \t]+(?:article|story|report|interview|item|piece)[ \t]+(?:was[ \t]+)?"
                       r"(?:(?:originally|first)[ \t]+)?(?:appeared|published|ran)[ \t]+in[ \t]+the[ \t]+"
                       r"(?:(?:[A-Z][\w'\u2019-]*|[a-z-]+)[ \t]+){0,3}?(?:weekly|daily|newspaper|paper|magazine|monthly|"
                       r"print[ \t]+edition[ \t]+of|edition[ \t]+of)[ \t]+"
                       r"((?:The[ \t]+)?[A-Z][\w'\u2019-]*(?:[ \t]+(?:of|for|and|&|al-|[A-Z][\w'\u2019-]*|[a-z]{2}-[A-Z][\w'\u2019-]*)){0,5})"
                       r"[ \t]*(?=[.,;:)\]\n]|$)")
# a masthead line with what the paper is, in lower case: "NARYN TANY - Naryn region weekly", "Amur Vesti — Zeya
# district newspaper"
_DESCRIBED = re.compile(r"^[ \t*_#]*([^\n]{2,50}?)[ \t]+[-\u2013\u2014][ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}"
                        r"(?:weekly|daily|newspaper|news[ \t]+site|monthly|magazine|radio|broadcaster)[ \t]*$")
# the publisher's line under the title: "Published by the Meridian Rights Monitor (independent)", "A report by Haki
# Kazini (Work Rights), Nairobi"
_PUBLISHED_BY = re.compile(r"^[ \t*_#]*(?:(?:Published|Issued|Produced|Compiled)[ \t]+by|An?[ \t]+(?:report|briefing|bulletin|"
                           r"briefing[ \t]+paper|research[ \t]+report)[ \t]+(?:by|of|from))[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019-]*-based[ \t]+)?"
                           r"([A-Z][\w'\u2019&-]*(?:[ \t]+(?:of|for|and|&|wa|de|du|[A-Z][\w'\u2019&-]*)){0,6})[ \t]*(?=[(,.;\u2014\u2013-]|$)")
# a paper's masthead on a line of its own, over its publisher's line: a name ending in a newspaper's word
_PAPER_LINE = re.compile(r"^[ \t*_#]*(?:The[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+){1,4}(?:Bulletin|News|Times|Post|Daily|Weekly|"
                         r"Journal|Herald|Gazette|Digest|Tribune|Chronicle|Observer|Courier|Star|Ledger|Newsletter)[ \t*_#]*$")
# a radio station's name with its frequency opening the first line: "Coastline FM 98.3 — Morning Call"
_STATION_LINE = re.compile(r"^[ \t*_#]*((?:[A-Z][\w'\u2019-]*[ \t]+){1,4}(?:FM|AM|Radio))[ \t]+\d{2,3}(?:\.\d{1,2})?"
                           r"(?:[ \t]*(?:FM|MHz))?[ \t]*(?:[\u2014\u2013|,]|[ \t]-[ \t]|$)")
# an excerpt's masthead line, after the bracketed kind of copy: "[Excerpt] Island Ledger, Colombo — page 6"
_EXCERPT_LINE = re.compile(r"^[ \t*_#]*\[(?:Excerpt|Extract|Abridged|Reprint|Reprinted|Repost|Clipping)\][ \t]*"
                           r"((?:The[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+){1,4}(?:Bulletin|News|Times|Post|Daily|Weekly|Journal|"
                           r"Herald|Gazette|Digest|Tribune|Chronicle|Observer|Courier|Star|Ledger|Review|Mirror|Express))"
                           r"[ \t]*(?:,|[\u2014\u2013|]|[ \t]-[ \t]|$)")
_MADE_BY = re.compile(r"^[ \t*_#]*(?:Prepared|Compiled|Issued|Published|Produced)[ \t]+by\b")
_SOURCE_LINE = re.compile(r"(?im)^[ \t]*\[?[ \t]*(?:Source|Via|Originally[ \t]+published[ \t]+(?:by|in)|Reposted[ \t]+from)[ \t]*:")
_CAPS = re.compile(r"^[ \t*_#]*([A-Z][A-Z'\u2019&-]+(?:[ \t]+[A-Z][A-Z'\u2019&-]+){1,5})[ \t]*$")
_CAPS_PART = re.compile(r"^([A-Z][A-Z'\u2019&-]+(?:[ \t]+[A-Z][A-Z'\u2019&-]+){1,5})$")
_SENTENCE_CASE = re.compile(r"^[A-Z][a-z]+(?:[ \t]+[a-z][\w-]*){1,4}$")  # "Weekly designations digest"
_BAR = re.compile(r"[ \t]*\|[ \t]*")


_SMALL_WORDS = frozenset(("of", "for", "and", "the", "on", "in", "a", "from", "at", "de", "du", "wa", "la", "le"))


_HYPHENATED_NAME = re.compile(r"[a-z]{2}-[A-Z]")


def _compiler(line: str, name: str) -> bool:
    """Is the line a digest's "Compiled by" a person (its editor), not by a body or a firm?"""
    from labourlens.analyse.speakers import classify  # noqa: PLC0415 - the speaker rules load late

    return line.lstrip(" \t*_#").startswith("Compiled") and not mastheads.outlet_like(name) \
        and classify(name) == "named_person"


def _name(raw: str, text: str) -> str | None:
    s = raw.strip(" \t*_#")
    name = mastheads.worded_as_text(s, text) if s.isupper() else s
    words = name.split()
    if not 1 <= len(words) <= 7 or not all(w[:1].isupper() or w.lower() in _SMALL_WORDS  # "Mwananchi wa Pwani"
                                         or _HYPHENATED_NAME.match(w) for w in words) \
            or mastheads.is_place(name) or mastheads.is_section(name):  # "Sada al-Shamal" is a name
        return None
    return name


# (s41) the people a programme names as its producers: two or more persons ("Ana Lind and Tomas Berg"), or one whom
# the programme itself brought on as its host or reporter ("I'm Ana Lind", "ANA LIND (host):")
_AND = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _people(name: str, text: str, end: int) -> bool:
    from labourlens.analyse.speakers import classify

    parts = [p for p in _AND.split(name) if p]
    if not parts or any(classify(p) != "named_person" for p in parts):
        return False
    before = text[:max(end, 0)]
    return len(parts) >= 2 or any(f in before for f in (f"I'm {name}", f"I am {name}", f"{name.upper()} (host", f"{name.upper()}:"))


def _sections_line(line: str) -> bool:
    """"Football | Community | 18 November 2023", "Briefing note No. 14 | Malaysia | July 2023": parts that are
    sections, dates, places or numbered items, at least one a section or a date."""
    parts = [p for p in _BAR.split(line.strip()) if p]
    return len(parts) >= 2 and any(mastheads.is_section(p) or mastheads._DATE_PART.search(p) for p in parts)


def votes(text: str) -> list[tuple[str, float, str]]:
    """(name, weight, cue) votes from the page's words about itself (see the module doc)."""
    out: list[tuple[str, float, str]] = []
    lines = [ln.strip() for ln in text[:1200].splitlines() if ln.strip()][:4]
    for i, ln in enumerate(lines[:3]):
        m = _TITLE_LINE.match(ln)
        name = _name(m.group(1), text) if m else None
        if name is None and i + 1 < len(lines) and _KIND_LINE.match(lines[i + 1]) and len(ln.split()) <= 6:
            name = _name(ln, text)
        if name:
            out.append((name, 3.0, "self description"))
            break
        periodic = _PERIODIC_LINE.match(ln)
        if periodic and (_SOURCE_LINE.search(text[:600]) or any(_MADE_BY.match(other) for other in lines)):
            periodic = None  # a digest's item under a "[Source: ...]" line is that source's story; a note "Prepared by" a firm is its
        name = _name(periodic.group(1), text) if periodic else None
        if name:
            out.append((name, 2.0, "self description"))
            break
    for k, ln in enumerate(lines[1:4], 1):
        if _PAPER_LINE.match(lines[k - 1]):
            break  # "Kathmandu Workers' Bulletin" over "Published by the Federation of ...": the paper, its owner
        m = _PUBLISHED_BY.match(ln)
        name = _name(m.group(1), text) if m else None
        if name and m is not None and _compiler(ln, name):
            continue  # (s352) "Compiled by Lena Ortiz-Vidal · Friday": a roundup's editor, a byline, not its publisher
        if name:
            out.append((name, 3.0, "publisher line"))
            break
    if lines:
        m = _CAPS.match(lines[0])
        parts = _BAR.split(lines[0].strip(" \t*_#"))
        described = _DESCRIBED.match(lines[0])
        if m and len(lines) > 1 and _sections_line(lines[1]):
            name = _name(m.group(1), text)
        elif described:
            name = _name(described.group(1), text)
        elif len(parts) == 2 and _CAPS_PART.match(parts[0]) and _SENTENCE_CASE.match(parts[1]):
            name = _name(parts[0], text)
        else:
            name = None
        if name:
            out.append((name, 2.0, "masthead"))
        station = _STATION_LINE.match(lines[0])  # "Deccan Airwaves FM 102.4 — weekly phone-in": the station
        if station and _name(station.group(1), text):
            out.append((station.group(1), 2.0, "masthead"))
        excerpt = _EXCERPT_LINE.match(lines[0])  # "[Excerpt] Island Ledger, Colombo — Sunday edition, page 6"
        if excerpt and _name(excerpt.group(1), text):
            out.append((excerpt.group(1), 2.0, "masthead"))
    out.extend((m.group(1), 3.0, "original_line") for m in _APPEARED.finditer(text) if _name(m.group(1), text))
    tail = [ln.strip() for ln in text[-1500:].splitlines() if ln.strip()][-3:]
    for ln in tail:  # "Voices from the Border is produced by Kestrel Media Collective."
        m = _PRODUCED.match(ln)
        name = _name(m.group(2), text) if m else None
        if m and name and _people(name, text, text.rfind(ln)):
            name = _name(m.group(1), text)  # (s41) "X is produced by Ana Lind and Tomas Berg": the show is the outlet
        if name:
            out.append((name, 3.0, "producer line"))
    for j, ln in enumerate(tail):
        m = _ABOUT.match(ln)
        contact = "Contact" in ln or "@" in ln or any("Contact" in t or "@" in t for t in tail[j + 1:])
        name = _name(m.group(1), text) if m and contact else None
        if name:
            out.append((name, 3.0, "about line"))
    return out
