"""The outlet's name as its masthead prints it, for :mod:`labourlens.analyse.meta`.

A page names itself in its own voice with a short form ("The Monitor could not verify the
account", "(Work Journal was unable to reach the plant)", "The Herald has learned") while the
masthead, the page title, the byline or the copyright line prints the full name ("Weekly
Sanctions Monitor | Designations", "<title>... - Jiaodong Peninsula Herald</title>", "By Ana
Ruiz, Mekong Ledger", "© 2024 Harbour Light Review"). Annotators give the printed name, so a
name found from an own-voice cue takes the fuller printed form whose last words it is, when one
stands where mastheads stand: at the start of a line, after a separator ("|", "—", "-", ","),
after "<title>" or "©", in the first lines of the page or on a copyright line. A leading "The"
of the own-voice form is dropped when the masthead prints the name without it.
"""

from __future__ import annotations

import re
from functools import cache

from labourlens import knowledge
from labourlens.analyse import (
    interviewer_labels,
    issuer_heads,
    issuer_lines,
    mastheads,
    outlet_lines,
    self_descriptions,
    tagline_heads,
    translated_mastheads,
)
from labourlens.analyse.gated import gated

__all__ = ["masthead_form", "staff_role"]

_HEAD = 900  # the first characters of a page: masthead, title, byline
_COPYRIGHT = re.compile(r"(?:©|&copy;|\(c\)|Copyright)[^\n]{0,120}", re.IGNORECASE)
# what may stand right before a printed masthead name
_BEFORE = re.compile(r"(?:^|[|\u2014\u2013,>:]|\s-|©|&copy;|\d{4})[ \t]*\Z", re.MULTILINE)  # (\Z: right before the name, not before a line break)
_WORD = r"[A-Z][\w'\u2019&.-]*"
_JOIN = r"(?:of|for|and|at|on|in|&|de|du|la|the)"
# words of a credit line before the name: "Copyright Baltic Wire", "By Lee Jun, ...", "Source: ..."
_LEAD_WORDS = re.compile(r"^(?:(?:Copyright|By|Source|Via|Photo|Credit|Published|Posted)[ \t]+)+", re.IGNORECASE)
# cues whose name is already the printed one
_PRINTED_CUES = frozenset({"header", "byline", "title", "credit line"})


_THE_START = re.compile(r"^[Tt]he\s+")


def _core(name: str) -> str:
    return _THE_START.sub("", name.strip())


@cache
def _section_tails() -> frozenset[str]:
    return frozenset(str(w).lower() for w in (knowledge.load("mastheads.yaml") or {}).get("masthead_section_tails") or ())


def without_section_tail(name: str) -> str:
    """``name`` without a section printed after the masthead ("Doha Star Sports" -> "Doha Star"), when what is left
    is two words or more and reads as an outlet's name."""
    words = name.split()
    if len(words) >= 3 and words[-1].lower() in _section_tails() and mastheads.outlet_like(" ".join(words[:-1])):
        return " ".join(words[:-1])
    return name


def masthead_form(name: str, text: str, cue: str | None = None) -> str:
    """``name`` as the masthead, title, byline or copyright line of ``text`` prints it (see the
    module doc), or ``name`` itself when none prints a fuller or article-less form."""
    name = without_section_tail(name) if name else name
    if cue in _PRINTED_CUES or not name:
        return name
    core = _core(name)
    if not core or not core[0].isupper():
        return name
    regions = [(0, min(len(text), _HEAD))] + [m.span() for m in _COPYRIGHT.finditer(text)]
    if all(text.find(core, lo, hi) < 0 for lo, hi in regions):
        return name  # (speed: every match holds the name as written; no pattern to compile for a name not printed)
    pattern = re.compile(rf"(?<![\w'\u2019&.-])((?:{_WORD}[ \t]+(?:{_JOIN}[ \t]+)?){{0,4}}){re.escape(core)}"
                         rf"(?![\w'\u2019&-])")
    best: str | None = None
    for lo, hi in regions:
        for m in pattern.finditer(text, lo, hi):
            if not _BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            found = _LEAD_WORDS.sub("", (m.group(1) + core).strip())
            if not found or found.split()[0].lower() in ("and", "of", "for", "at", "on", "from"):
                continue
            if best is None or len(found) > len(best):
                best = found
    if best is None or best == name:
        return name
    return best


# Mastheads that the header rules of ``meta`` and ``mastheads`` leave out:
# - a broadcast transcript's first line: 'TRANSCRIPT — "Asia Tonight", Harbour Radio, broadcast 3 May' or
#   'Programme: "Evening Line", Radio Kestrel (Omsk), call-in segment': the outlet follows the programme;
# - an all-capitals name leading the first lines, then a dash, a bracket, a slash or a bar and what the page is
#   that names a genre ("LANTERN HOUR — Podcast transcript, episode 9", "NORTHERN TRADE BRIEF — Q&A", "RIVER
#   NEWS NETWORK (English excerpt) / Port"): a podcast's, a programme's or a newsletter's masthead ("HARBOUR
#   BRIEF — Tanker traffic, week 12" names no genre: a section's heading).
_TRANSCRIPT = re.compile(r"^[ \t*_#]*(?:TRANSCRIPT|Transcript)\b[^\n]*")
_PROGRAMME_OUTLET = re.compile(
    r"[\"\u201c][^\"\u201d\n]{2,60}[\"\u201d][ \t]*,[ \t]*((?:[A-Z0-9][\w'\u2019&.-]*[ \t]+){0,5}[A-Z0-9][\w'\u2019&.-]*)"
    r"[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:,[ \t]*(?:\d{1,2}[:.]\d\d[ \t]+)?(?:broadcast|aired|call-in|segment|programme|edition)"
    r"|[ \t]*(?=\n))",  # or the name ends the transcript's line: 'TRANSCRIPT — "World Tonight", Harbour Radio'
)
# (s352: capitals with accents too, as in Portuguese, Spanish and French mastheads: "VOZ DA SERRA", "ÉCHO DU NORD")
_CAPS_NAME = re.compile(r"^[ \t*_#]*((?:THE[ \t]+)?[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de0-9&'\u2019.-]+"
                        r"(?:[ \t]+(?:[A-Z\u00c0-\u00de0-9&][A-Z\u00c0-\u00de0-9&'\u2019.-]*|OF|ON|FOR|AND|AT)){1,5})"
                        r"[ \t]*(?:[\u2014\u2013/(]|-[ \t])(?P<what>[^\n]*)", re.MULTILINE)
# what the line says the page is, after the name: a podcast's or a programme's transcript, an interview
# (s44: or a fact-checker's or a jobs board's: "VERIFICA SUL - fact-checking for the south", "CAMPO VAGAS - rural jobs
# board")
_GENRE = re.compile(r"\b(?:podcast|transcript|Q&A|interview|episode|edition|programme|program|radio|excerpt|"
                    r"newsletter|magazine|bulletin|broadcast|digest|round-?up|issue|fact-?check(?:ing|er|ers)?|"
                    r"jobs?[ \t]+board)\b", re.IGNORECASE)
# all-capitals words that label a page or a speaker, not a masthead
_LABELS = frozenset({"TRANSCRIPT", "PRESS", "RELEASE", "BREAKING", "EXCLUSIVE", "UPDATE", "UPDATED", "OPINION",
                     "ANALYSIS", "INTERVIEW", "STATEMENT", "EDITORIAL", "FEATURE", "LIVE",
                     "ANCHOR", "HOST", "PRESENTER", "REPORTER", "CORRESPONDENT", "Q&A", "FULL", "TEXT", "SUMMARY",
                     "REPORT", "FINDINGS", "NOTICE", "ADVERTISEMENT", "SPONSORED", "CORRECTION", "READ", "MORE"})


# A credit line of its own, at the top or the foot of a page, that names an organisation or a publication
# with a date or a year, an office or a genre: "Gulf Labour Collective, 2023", "Tern Policy Group — Working
# Paper 4 (excerpt)", "Helping Hands Network, Muscat office, May 2025", "The Amur Courier, 14 October 2025.",
# "Steppe Labour Review 12(2), 2024 — excerpt from ...". The name must end in an organisation's or a
# publication's word, so that a dateline ("Kuwait City, 3 May 2025") or a byline is no credit.
_ORG_END = (r"Network|Collective|Group|Institute|Centre|Center|Foundation|Watch|Coalition|Alliance|Project|Initiative|"
            r"Review|Journal|Courier|Herald|Times|News|Monitor|Ledger|Digest|Post|Gazette|Tribune|Observer|Daily|Weekly|"
            r"Bulletin|Magazine|Wire|Radio|Service|Society|Association|Council|Forum|Trust|Desk|Lab|Quarterly|Notes")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = rf"(?:\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}|{_MONTH}(?:[ \t]+\d{{1,2}},)?[ \t]+\d{{4}}|\d{{4}})"
_CREDIT_LINE = re.compile(
    rf"^[ \t*_]*((?:The[ \t]+)?(?:{_WORD}[ \t]+(?:{_JOIN}[ \t]+)?){{0,5}}(?:{_ORG_END}))"
    rf"(?:[ \t]+\d+\(\d+\))?"  # a journal's volume and issue: "12(2)"
    rf"(?:[ \t]*,[ \t]*(?:[A-Z][\w'\u2019.-]*[ \t]+){{0,3}}(?:office|bureau|desk)?[ \t]*(?=,))?"  # ", Muscat office"
    rf"(?:[ \t]*,[ \t]*{_DATE}[ \t]*(?:[.\u2014\u2013][^\n]*)?$"
    rf"|[ \t]+[\u2014\u2013-][ \t]+(?:Working[ \t]+Paper|Policy[ \t]+Brief|Briefing|Report|Research[ \t]+Note|Occasional"
    rf"[ \t]+Paper)\b[^\n]*$)",
    re.MULTILINE,
)
_CREDIT_LINES = 6  # the first and the last lines of a page
_ORG_END_RE = re.compile(rf"\b(?:{_ORG_END})\b")
_DIGIT_OR_DASH = re.compile(r"\d|[\u2014\u2013-]")


def credit_votes(text: str) -> list[tuple[str, float, str]]:
    """Names from a credit line with a date, a year or a genre at the top or foot of a page (see above)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    out: list[tuple[str, float, str]] = []
    for ln in lines[:_CREDIT_LINES] + lines[_CREDIT_LINES:][-_CREDIT_LINES:]:
        if len(ln) > 240 or not _DIGIT_OR_DASH.search(ln) or not _ORG_END_RE.search(ln):
            continue  # speed: a credit line is short and has the organisation's word
        m = _CREDIT_LINE.match(ln)
        if m is not None and len(m.group(1).split()) >= 2 and not mastheads.is_place(m.group(1)):
            out.append((m.group(1), 2.0, "credit line"))
    return out


# "[Source: Atlantic Newswire, via Africa Labour Brief]", "(Reuters, via Gulf Digest)": the page that reposts
_VIA = gated(rf"[\[(][ \t]*(?:Source:[ \t]*)?[^\]\n)]{{2,80}}?,?[ \t]+via[ \t]+((?:The[ \t]+)?{_WORD}"
             rf"(?:[ \t]+(?:{_JOIN}[ \t]+)?{_WORD}){{0,5}})[ \t]*[\])]")


# the outlet's own note on a statement it prints: "[Editor's note, The Sanctions Desk: ...]", "Harbour Monitor
# adds: ...", "Taiga Wire note: the ministry did not say ..."
_EDITOR_NOTE = gated(rf"[\[(][ \t]*Editor['\u2019]?s[ \t]+[Nn]ote[ \t]*,[ \t]*((?:The[ \t]+)?{_WORD}(?:[ \t]+"
                     rf"(?:{_JOIN}[ \t]+)?{_WORD}){{0,5}})[ \t]*:")
_OWN_NOTE = re.compile(rf"^[ \t*_\[]*((?:The[ \t]+)?(?:{_WORD}[ \t]+(?:{_JOIN}[ \t]+)?){{0,5}}(?:{_ORG_END}|Ledger))"
                       r"[ \t]+(?:adds|notes|note|comments|comment)[ \t]*:", re.MULTILINE)


_STATEMENT_HEAD = re.compile(r"\s*(?:[\[(]?[ \t]*)(?:press[ \t]+release|statement|news[ \t]+release|media[ \t]+release|"
                             r"communiqu[eé]|official[ \t]+statement)\b", re.IGNORECASE)


def note_votes(text: str) -> list[tuple[str, float, str]]:
    """The outlet from its own note on a report it prints (see above). Not on a statement or a press release
    that the page reprints: its text speaks for the issuer, which names no outlet of its own, and reading the
    note's outlet as the page's would give the issuer's words to the outlet."""
    if "ote" not in text and "adds" not in text and "omment" not in text:
        return []
    if _STATEMENT_HEAD.match(text):
        return []
    return [(m.group(1), 3.0, "own note") for pat in (_EDITOR_NOTE, _OWN_NOTE) for m in pat.finditer(text)
            if len(_core(m.group(1)).split()) >= 2]  # "[Digest note: ...]" names no outlet


_PAREN_LABEL = re.compile(r"\(?([^()\n]{2,30})\)")


def header_votes(text: str) -> list[tuple[str, float, str]]:
    """Outlet names from a transcript's first line or an all-capitals masthead (see above), as
    ``(name, weight, cue)`` votes like :func:`labourlens.analyse.mastheads.header_votes`."""
    head = text[:400]
    out: list[tuple[str, float, str]] = []
    t = _TRANSCRIPT.match(head)
    if t is not None:
        m = _PROGRAMME_OUTLET.search(head, t.start(), min(len(head), t.end() + 200))
        if m is not None:
            out.append((m.group(1), 2.0, "header"))
    out.extend(credit_votes(text))
    out.extend(note_votes(text))
    out.extend(self_descriptions.votes(text))
    out.extend(translated_mastheads.votes(text))  # "Al-Noor Weekly (Doha) — Translated from Arabic by ..."
    out.extend(issuer_heads.votes(text))  # "Brightwell Worker Line - Quarterly case summary": the issuer
    out.extend(issuer_lines.votes(text))  # "STATEMENT" / "of the Embassy of X"; "Naryn Times — Naryn, 4 May 2025"
    out.extend(tagline_heads.votes(text))  # "Taiga Notes blog — letters from the camps": the blog
    out.extend(interviewer_labels.votes(text))  # (s41) "Harbour Weekly: Who hired you?" under "Harbour Weekly, Gdansk."
    out.extend(outlet_lines.votes(text))  # "[Source: X (City).", "CITY (X Wire) —", "Brief | X", "X — 4 May 2025"
    out.extend((m.group(1), 4.0, "credit line") for m in _VIA.finditer(text, 0, min(len(text), 1500)))
    lines = [ln for ln in head.splitlines() if ln.strip()][:2]
    for ln in lines:
        m = _CAPS_NAME.match(ln)
        if m is None:
            continue
        city = _PAREN_LABEL.match(m.group("what").strip())  # "NATIONAL DAILY (Beijing) — World"
        if not _GENRE.search(m.group("what")) and not (city and mastheads.is_place(city.group(1))):
            continue
        words = m.group(1).split()
        if words[-1][:1].isdigit():
            continue  # "POLICY BRIEF 24/11 | ...": a numbered paper's heading
        if sum(w not in _LABELS for w in words) >= 2 and not mastheads.is_place(m.group(1).title()):
            out.append((m.group(1), 2.0, "header"))
            break
    return out


@cache
def _staff_roles() -> tuple[re.Pattern[str], ...]:
    data = knowledge.load("chrome.yaml") or {}
    return tuple(re.compile(str(p), re.IGNORECASE) for p in data.get("staff_roles") or [])


def staff_role(name: str) -> bool:
    """Is a byline's second part the writer's post ("By Ana Ruiz | Staff Reporter", "By Lee Jun, Senior
    Correspondent") rather than the outlet ("By Ana Ruiz | Mekong Ledger")?"""
    return any(p.fullmatch(name.strip()) for p in _staff_roles())


def not_outlet(name: str) -> bool:
    """Is a byline's second part the writer's post or the town the report was filed from ("By S. Iyer | Madurai |
    9 July") rather than the outlet?"""
    return staff_role(name) or mastheads.is_place(name)
