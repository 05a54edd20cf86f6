"""The outlet as a page shows it in its header and credits, for the metadata stage
(:mod:`labourlens.analyse.meta`).

A page names its outlet in a masthead ("THE MERIDIAN REVIEW | Features | Labour"), a
breadcrumb ("NK Insight > News > Economy"), a kicker line ("STATEMENT | Harbour Fitters'
Union"), a line of date and outlet ("5 December 2023 \u2014 Primorsky Business Bulletin"), a
bracketed name before the headline ("[Unification Current] Workers ..."), inline labels
("Published: ...  Source: X  Editor: ...") and credits ("Excerpted from: ..., Journal of
X 14, no. 2"). This module reads those, words the name as the text itself writes it,
credits translators in more shapes and guesses a translated page's original language
from its outlet. The words it needs are the knowledge file ``mastheads.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import legal_forms, name_search
from labourlens.analyse import mastheads_patterns as rx
from labourlens.analyse.channel_headers import channel_handle_line
from labourlens.analyse.state_notices import numbered_notice
from labourlens.errors import ConfigError

__all__ = ["header_votes", "inline_votes", "is_dated", "is_section", "media_word", "language_from_outlet", "language_service", "name_like",
           "original_language", "outlet_like", "team_translator", "translator",
           "worded_as_text"]

# words that end names of outlets, publishers, NGOs and firms (a wider list than meta's media words)
_OUTLETISH = re.compile(
    r"\b(?:News|Times|Post|Daily|Monitor|Voices?|Tracker|Ledger|Review|Observer|Dispatch|Wire|Notes|Weekly|Quarterly|"
    r"Journal|Herald|Tribune|Gazette|Press|Presse|Radio|TV|Watch|Reports?|Insider|Today|Digest|Bulletin|Chronicle|"
    r"Magazine|Mail|Express|Standard|Telegraph|Agency|Network|Broadcasting|Online|Media|Focus|Briefing|Record|"
    r"Courier|Inquirer|Examiner|Sentinel|Mirror|Globe|Nation|Service|Pro|Week|Letter|Newsletter|Channel|Star|"
    r"Beacon|Echo|Messenger|Sun|Informer|Correspondent|Leader|Advertiser|Compass|Lens|Files|Currents?|Brief|"
    r"Desk|Live|Forum|Observatory|Project|Institute|Initiative|Foundation|Coalition|Alliance|Centre|Center|Research Group|Assurance|"
    r"Council|Trust|Campaign|Committee|Association|Federation|Union|Rights|LLP|LLC|Ltd|Inc|GmbH|Podcast|Show|"
    r"Hebdo|Tygodnik|Gazeta|Kurier|Vestnik|Pravda|Zeitung|Shimbun|Shimpo|Nippo|Ilbo|Sinmun|Shinmun|Ribao|Wanbao|Shibao|Izvestia|Novosti|Jornal|Segodnya|Zarya|Saptahik|Dainik|Patrika|Samachar|"
    r"(?<!Staff )(?<!Our )(?<!Special )(?<!Senior )(?<!Own )(?<!Court )Reporter|Semanal|Semanario|Nius)\b",  # (not a byline's)
    re.IGNORECASE,
)
_SEP = re.compile(r"[ \t]+(?:\||>|\u00bb|\u203a|\u2014|\u2013|-|\u00b7|\u2022|/)[ \t]+|[ \t]*\|[ \t]*|[ \t]{3,}")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE_PART = re.compile(
    rf"\b(?:\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?|{_MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?|{_MONTH}[ \t]+\d{{4}}|"
    r"\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    r"|^(?:Posted|Published|Updated|Broadcast|Date)\b|^(?:Views|Comments|Reads|Read[ \t]+in[ \t]+[A-Z][a-z]+$)\b|^\d{1,2}:\d{2}\b",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^[A-Z][\w ]{0,25}:")
_CHROME = re.compile(r"^(?:skip|menu|search|log[ \t]*in|sign[ \t]*in|register|subscribe|share|advertisement|close|"
                     r"print|email|by[ \t]|public[ \t]+post\b)", re.IGNORECASE)
_SMALL = frozenset({"of", "for", "and", "the", "&", "on", "de", "do", "da", "du", "dos", "das", "la", "le", "in",
                    "at", "van", "von", "der", "del", "di", "e", "y", "et", "und"})  # "Ministério do Trabalho e Emprego"
_MINISTRY = frozenset({"ministry", "ministério", "ministerio", "ministère", "ministero", "ministerium", "ministerstvo"})
_NAME_WORD = re.compile(r"^(?:[A-Z0-9\u00c0-\u00de][\w'\u2019&.\u00c0-\u024f-]*|&)$")
_DOMAIN = re.compile(r"^([A-Za-z][\w-]*)\.(?:com|ru|org|net|kr|cn|jp|mn|pl|info|news|co\.kr|co\.uk|media)$")
_BRACKET_LEAD = re.compile(r"^\[([^\]\n]{2,60})\][ \t]+\S")
# "An investigation by the Tumen Labour Observatory", "A briefing from X": the publisher of a report
_WORK_BY = re.compile(r"^(?:An?[ \t]+)?(?:new[ \t]+)?(?:investigation|report|briefing|study|survey|analysis|publication|"
                      r"paper|policy[ \t]+brief|research[ \t]+paper)[ \t]+(?:by|from)[ \t]+(?:the[ \t]+)?", re.IGNORECASE)
# a journal's citation line: its name (with a journal word), then volume or issue
_JOURNAL = re.compile(r"^((?:The[ \t]+)?(?:[A-Z][\w&'\u2019-]*[ \t]+(?:(?:of|and|on|for|&)[ \t]+)?){0,6}"
                      r"(?:Journal|Review|Quarterly|Bulletin|Studies|Yearbook)"
                      r"(?:[ \t]+(?:of|on|for|and|&|[A-Z][\w&'\u2019-]*)){0,6}),?[ \t]+(?:Vol\.?|Volume|No\.|Issue)[ \t]*\d")
_LEGAL_END = re.compile(rf"[ \t]{legal_forms.alternation()}$")


@dataclass(frozen=True)
class _Words:
    sections: frozenset[str]
    kickers: frozenset[str]
    name_language: tuple[tuple[str, str], ...]
    country_language: dict[str, str]
    endings: tuple[str, ...]  # editions and legal forms without a final full stop, longest first


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = knowledge.load("mastheads.yaml") or {}
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
        raise ConfigError("knowledge file mastheads.yaml must have a list 'sections'; check its format")
    pairs = [(str(w).lower(), str(lang)) for lang, ws in (data.get("name_words_language") or {}).items()
             for w in ws or ()]
    return _Words(
        frozenset(str(s).lower() for s in data["sections"]),
        frozenset(str(s).lower() for s in data.get("kickers") or ()),
        tuple(pairs),
        {str(k): str(v) for k, v in (data.get("country_language") or {}).items()},
        tuple(sorted({str(s).lower().rstrip(".") for s in (*(data.get("edition_suffixes") or ()),
                                                            *legal_forms.forms())},
                     key=len, reverse=True)),
    )


def more_languages() -> dict[str, str]:
    """Languages by English name (lower case) -> ISO 639-1 code, from mastheads.yaml's 'languages'."""
    data = knowledge.load("mastheads.yaml") or {}
    langs = data.get("languages") or {} if isinstance(data, dict) else {}
    if not isinstance(langs, dict):
        raise ConfigError("knowledge file mastheads.yaml: 'languages' must map language names to ISO codes")
    return {str(k).lower(): str(v) for k, v in langs.items()}


def outlet_like(name: str) -> bool:
    """The name ends in or holds a word of media, NGOs or firms ("Taiga Watch", "Steppe Forum")."""
    return _OUTLETISH.search(name) is not None


def media_word(word: str) -> bool:
    """Is ``word`` alone a media or organisation word that ends a name ("News", "Wire"), not an edition's or a legal
    form's ("Online", "English", "Ltd")?"""
    return " " not in word.strip() and outlet_like(word) and word.strip().lower() not in _words().endings


def is_dated(part: str) -> bool:
    """Does ``part`` name a date, a weekday or a time stamp of a header ("Monday", "3 May", "Posted", "09:40")?"""
    return _DATE_PART.search(part) is not None


def is_section(part: str) -> bool:
    """A section label of a news site ("Report", "News", "World", "Shipping & Ports"), never a masthead alone."""
    low = part.strip(" .:").lower()
    if low in _words().sections or ":" in low and low.split(":")[0].strip() in _words().sections:  # "Sección: Campo"
        return True
    pieces = rx.SECTION_JOINER.split(low)  # "Shipping & Ports", "Society / Law"
    return len(pieces) > 1 and all(p in _words().sections for p in pieces)


def _skippable(part: str) -> bool:
    """A part that is no name: a section label, a date or a time, a view count, a label, a numbered item
    ("Summary No. 2024/118", "episode 212"), a programme's quoted title."""
    return is_section(part) or bool(_DATE_PART.search(part)) or bool(_LABEL.match(part)) or not part.strip() \
        or bool(_ITEM_PART.match(part.strip())) or bool(rx.TRANSLATION_NOTE.match(part.strip()) or rx.TAGLINE.match(part.strip()))


# "Summary No. 2024/118", "episode 212", "Issue 14", '"Far From Home"'; a numbered paper: "POLICY BRIEF 24/11", "Case Note 2024/17"
_ITEM_PART = re.compile(r"^(?:[A-Z][a-z]+[ \t]+){0,2}(?:No\.|Nr\.|#)[ \t]*\d|^(?:[Ee]pisode|[Ii]ssue|[Pp]art|[Ss]eries|[Ss]eason|[Vv]ol\.?|"
                        r"[Vv]olume|[Ee]dition|[Ww]eek)[ \t]+\d|^[\"\u201c][^\"\u201d]{1,60}[\"\u201d]$"
                        r"|^(?i:(?:policy|issue|research)[ \t]+brief|(?:working|briefing|occasional|discussion)[ \t]+paper|"
                        r"(?:briefing|research|field|case)[ \t]+note)[ \t]+(?:No\.?[ \t]*)?\d|^(?i:download[ \t]+pdf|print|share)$")


def name_like(part: str) -> str | None:
    """``part`` as an outlet name when it looks like one: 1 to 7 capitalised words (small words allowed inside), no
    sentence punctuation, no quotation, not a section label. A trailing bracket ("(MSFU)", "(English digest)"), a
    domain ending (".ru") and a lead such as "A report by the" are dropped."""
    s = rx.PAREN_END.sub("", part.strip(" \t*_#")).strip()
    s = _WORK_BY.sub("", s)
    m = _DOMAIN.match(s)
    if m:
        s = m.group(1)
    words = s.split()
    if not 1 <= len(words) <= 7 or s.endswith((".", ":", "?", "!", ",", ";")) or any(c in s for c in "\"\u201c\u201d:?!"):
        return None
    if is_section(s) or words[0].lower() in _SMALL - {"the", "le", "la"} or words[-1].lower() in _SMALL:
        return None
    if len(words) > 4 and not _OUTLETISH.search(s) and not (words[0].lower() in _MINISTRY and words[1].lower() in _SMALL):
        return None  # "North Korean Crews Return To Russia": a headline in title case (not "Ministério do Trabalho e ...")
    if rx.NUMBERED.search(s) or not all(w.lower() in _SMALL or _NAME_WORD.match(w) for w in words):
        return None
    return s


def _split(line: str) -> list[str]:
    """The parts of a header line; a trailing bracket is a part of its own."""
    if line.endswith(")") and not rx.ACRONYM_END.search(line):  # "X UNION (XU)": the name with its acronym
        line = rx.PAREN_NOTE_END.sub(r" | \1", line)
    if not any(c in line for c in _SEP_CHARS) and "   " not in line and " - " not in line and " / " not in line:
        return [line]
    return [p.strip() for p in _SEP.split(line) if p.strip()]


_SEP_CHARS = "|>\u00bb\u203a\u2014\u2013\u00b7\u2022"


def _kicker(line: str) -> bool:
    """A line that opens with a page-type or section label ("STATEMENT REGARDING ...",
    "PRESS RELEASE BY ...", "THE LONG READ")."""
    words = line.lower().split()
    return any(" ".join(words[:n]) in _words().kickers for n in (1, 2, 3))


def _header_names(parts: list[str]) -> list[str]:
    """The names a header line offers, in order. A name comes first or after dates, labels
    and other names ("Posted 3 May \u00b7 Haebit Radio", "A. Writer | Steppe Forum"); after a
    page-type kicker only a name with a media or organisation word ("STATEMENT | Harbour
    Fitters' Union") or a section label ("Culture | Lakeside Evening News", but not "Culture | Exhibitions")."""
    names: list[str] = []
    after_kicker = False
    for p in parts:
        if _kicker(p) and p.strip(" .:").lower() in _words().kickers:
            after_kicker = True
            continue
        if is_section(p):
            after_kicker = True  # after a section label ("Culture | Vientiane Evening News"): a media name only
            continue
        if _DATE_PART.search(p) or _LABEL.match(p):
            continue
        n = name_like(p)
        if n and (not after_kicker or _OUTLETISH.search(n)) and (_OUTLETISH.search(n) or not is_place(n)):
            names.append(n)
    return names


#: a first line's masthead alone is enough (1.5), but a repost line's source ("[Source: ...]", 3.0) or a byline
#: outweighs it: the sets disagree on whether a digest's repost is the digest's or its source's, and a weight of 3.5
#: gained 0.1 of a point of metadata accuracy over 278 sets while losing it on two sets nobody tunes on
MASTHEAD_LINE_WEIGHT = 1.6


def _masthead_line(line: str, parts: list[str]) -> str | None:
    """The outlet of a page's first line whose parts are all names or phrases: a breadcrumb ("Steppe Forum ›
    Kazakhstan › Jobs", "Tern Seafood AG | Responsibility | Statements") gives its first name (its first name
    with a media word when one has it), a name with a media word before a dash ("Amur Courier — Weekend"), and a
    name before a lower-case tagline ("Pine Ledger — independent news about ...") theirs. None from a title-case
    headline with a dash ("Crews Sent Home — Dock Strike Ends") or a bar, a one-word or two-word capitals label
    ("FREIGHT NOTES — week 3": a column), a name before a paper's title ('Harbour Watch — "Title"', "X Committee —
    Oral evidence: ...") or a name with only a bracketed note ("Ministry Press Briefing (excerpt)")."""
    tagged = len(parts) > 1 and _TAGLINE.match(parts[1].strip()) is not None  # "PRIMORYE TODAY — news of ...": (s31)
    names = [n for p in parts if (n := name_like(p)) and not is_section(n) and not is_place(n)
             and len(n.split()) >= (3 if n.isupper() and not tagged else 2)]
    first = name_like(parts[0])
    if any(c in line for c in "›>»|·•"):
        # after "|" only a media name: "Pay Cut | Crews Quit" is a headline
        return next((n for n in names if _OUTLETISH.search(n) or _LEGAL_END.search(n)),
                    first if first in names and "|" not in line else None)
    if first is None or first not in names or not _DASH.search(line) or any(c in parts[1] for c in ':"“') \
            or "(" in parts[0]:
        return None
    return first if _OUTLETISH.search(first) or _TAGLINE.match(parts[1]) else None


_DASH = re.compile(r"[ \t](?:-|–|—)[ \t]")
# a lower-case tagline that says what the outlet is ("independent news about ...", "a blog on ...", "regional press
# digest"; (s46) "testimonies from exile", "vacancy 1102"), not the rest of a headline ("unpaid for months, workers say")
_TAGLINE = re.compile(r"(?:[a-z][\w'’-]*[ \t]+){0,3}?(?:news|blog|digest|notebook|edition|briefs?|bulletin|newsletter|"
                      r"journal|magazine|podcast|channel|forum|items|updates|commentary|analysis|press|reporting|"
                      r"stories|voices?|testimon(?:y|ies)|listings?|vacanc(?:y|ies)|job[ \t]+(?:board|ads?)|"
                      r"(?:documents?|research|data|archive|monitoring)[ \t]+project)\b(?![^,]*,[ \t]+[\w ]{1,30}(?:say|says|said)\b)")


def is_place(name: str) -> bool:
    """A place's name in the gazetteer ("Dandong | China" is a place line, not a masthead)."""
    from labourlens.analyse import gazetteer

    tokens = gazetteer.TOKEN_RE.findall(name)
    if tokens and tokens[0].lower() == "the":
        tokens = tokens[1:]
    return bool(tokens) and tuple(gazetteer.norm(t) for t in tokens) in gazetteer.get().index


def _paper_word_in(name: str) -> bool:
    """Does ``name`` hold a word for a newspaper in its own language ("IL GIORNALE DEL LAGO", "RIBEIRA DIÁRIO", "La Voz
    de la Costa"; the ``name_words_language`` lists)?"""
    from labourlens.analyse.paper_names import paper_words  # noqa: PLC0415 - paper_names is read with the speakers

    words = paper_words()
    return any(w.lower().strip(".,'\u2019") in words for w in name.split())


def header_votes(text: str) -> list[tuple[str, float, str]]:
    """(name, weight, cue) for outlet names in the first lines of a page: a name beside
    section labels, dates or a kicker ("header"), an all-capitals masthead that ends in a
    media or organisation word ("masthead"), a bracketed name before the headline."""
    out: list[tuple[str, float, str]] = []
    lines = [ln.strip(" \t*_#") for ln in text[:1200].splitlines()]
    lines = [ln for ln in lines if ln and not _CHROME.match(ln)][:6]
    for i, ln in enumerate(lines):
        decay = 0.1 * i
        if i == 0 and len(lines) > 1 and channel_handle_line(lines[1]) and (channel := name_like(ln) or name_like(
                _split(ln)[0])):  # (s349) "Harbour Talk | notes from the docks": the name before its tagline
            out.append((channel, 2.0, "channel header"))  # "Harbour Talk" over "@harbour_talk · channel · 9K subscribers"
            continue
        m = _BRACKET_LEAD.match(ln)
        if m and i <= 1:
            name = name_like(m.group(1))
            if name:
                out.append((name, 2.0 - decay, "bracketed name"))
                continue
            ln = ln[m.end(1) + 1:].strip()  # "[Translated from Arabic]  Gulf Ledger | Muscat | 4 May": read on
        credit = _credited_name(ln, text) if i <= 3 else None
        if credit:
            out.append((credit[0], credit[1] - decay, credit[2]))
            continue
        journal = _JOURNAL.match(ln) if i <= 2 else None
        if journal:  # "Journal of Labour Studies, Vol. 9, No. 2 (2025), pp. 141-168"
            out.append((journal.group(1), 2.0 - decay, "journal"))
            continue
        parts = _split(ln)
        if any(numbered_notice(p) for p in parts[1:]):
            continue  # (s349) an office before its notice's number issues it: "Admissions Office \u00b7 Notice No. 12"
        if len(parts) >= 2 and _WORK_BY.match(parts[0]) and i <= 3 and name_like(parts[0]):
            out.append((str(name_like(parts[0])), 2.0 - decay, "publisher of a report"))  # "A report by X | Part 2"
            continue
        if len(parts) >= 2:
            cands = [p for p in parts if not _skippable(p)]
            if not cands or len(cands) > len(parts) - 1 or any(len(p.split()) > 9 for p in parts):
                first = _masthead_line(ln, parts) if i == 0 and cands else None
                if first:  # "Steppe Forum › Kazakhstan › Jobs", "Pine Ledger — independent news about ..."
                    out.append((first, MASTHEAD_LINE_WEIGHT, "masthead line"))
                continue  # every part a name: a headline with a dash, not a header
            names = _header_names(parts)
            if not names:
                continue
            best = next((n for n in names if _OUTLETISH.search(n)), names[0])
            only_dates = all((_DATE_PART.search(p) or _LABEL.match(p)) and not (is_section(p) or _ITEM_PART.match(p))
                             for p in parts if name_like(p) != best)  # "X | Sección: Campo", "X — Case Note 2024/17"
            weight = 2.0 if not only_dates or _OUTLETISH.search(best) else 1.0  # "Seo Min-jun | 2024.07.03"
            out.append((best, weight - decay, "header"))
        elif i <= 2 and ln.isupper() and len(ln.split()) <= 6 and not _kicker(ln):
            name = name_like(ln)
            if name and (_OUTLETISH.search(name) or _paper_word_in(name)):
                out.append((name, 2.0 - decay, "masthead"))
        elif i <= 1 and _SCRIPT.search(ln) and (latin := latin_name(ln)) != ln and len(ln.split()) <= 8:
            name = name_like(latin)  # "Steppe Herald 草原先驱报": a masthead in two scripts
            if name and _OUTLETISH.search(name):
                out.append((name, 2.0 - decay, "masthead in two scripts"))
        elif i == 0 and len(ln.split()) <= 6 and (name := name_like(ln)) is not None and _paper_word_in(name):
            out.append((name, MASTHEAD_LINE_WEIGHT, "masthead line"))  # "La Gazzetta del Lago" alone on the first line
        elif i <= 2 and _LEGAL_END.search(ln) and len(ln.split()) <= 8 and not _kicker(ln):  # (s48) "OPEN LETTER TO X LTD"
            name = name_like(_LEGAL_END.sub("", ln))  # a letterhead: "Nordkap Marine Services Sp. z o.o."
            if name:
                out.append((ln.strip(), 2.0 - decay, "letterhead"))
        elif _WORK_BY.match(ln) and i <= 3:
            name = name_like(_trim_credit(_WORK_BY.sub("", ln)))
            if name:
                out.append((name, 2.0 - decay, "publisher of a report"))
    return out


# "Extract from the annual review of the Adriatic Workers' Network (AWN), published ...": a report's publisher
_EXTRACT_OF = re.compile(r"^(?:Extracts?|Excerpts?|Excerpted|Adapted|Taken)[ \t]+from[ \t]+(?:the|an?|its)[ \t]+"
                         r"(?:[\w-]+[ \t]+){0,4}?(?:review|report|study|survey|briefing|yearbook|paper|brief|update|"
                         r"submission|bulletin)[ \t]+(?:of|by|from)[ \t]+(?:the[ \t]+)?"
                         r"([A-Z][\w'\u2019&-]*(?:[ \t]+(?:[A-Z][\w'\u2019&-]*|of|for|and|on|&)){0,7})")
_BASED = re.compile(r"^(?:the[ \t]+)?[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?-based[ \t]+")


def _trim_credit(s: str) -> str:
    """"the Seoul-based Open Borders Watch, October 2024" -> "Open Borders Watch": a credit line's
    name without its base and its date."""
    s = _BASED.sub("", s.strip())
    m = rx.COMMA_SPACE.search(s)
    if m and _DATE_PART.match(s, m.end()):
        s = s[:m.start()]
    return s.strip()


def _credited_name(line: str, text: str) -> tuple[str, float, str] | None:
    """(name, weight, cue) for a masthead line with its date ("The Amur Courier, 14 October 2025.
    Translated from ...", "Steppe Daily, March 3, 2024") or a report extract's credit ("Extract from
    the annual review of the X Network, published ..."). A name that the text later has speak
    ("X said") is a person's byline, not an outlet."""
    m = _EXTRACT_OF.match(line)
    if m:
        name = name_like(m.group(1))
        return (name, 2.0, "publisher of a report") if name else None
    comma = line.find(", ")
    if comma < 3 or not _DATE_PART.match(line, comma + 2) or _WORK_BY.match(line):
        return None
    name = name_like(_trim_credit(line[:comma]))
    if not name or is_place(name) or re.search(re.escape(name) + r"[ \t]+(?:said|says|told|wrote|added)\b", text):
        return None
    return name, (2.0 if _OUTLETISH.search(name) else 1.75), "dated masthead"


_TOKEN = r"[A-Z0-9][\w'\u2019&-]*(?:\.[\w'\u2019&-]+)*"
_ONAME = rf"((?:The[ \t]+)?{_TOKEN}(?:[ \t]+(?:{_TOKEN}|of|for|and|&|do|da|de)){{0,6}})"
_CITED = r"([A-Z][\w'\u2019&-]*(?:[ \t]+(?:[A-Z][\w'\u2019&-]*|of|for|and|on|in|the|&)){0,7})"
_NUMBER_WORDS = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a[ \t]+dozen|dozens|several|"
                 r"more[ \t]+than[ \t]+\w+|at[ \t]+least[ \t]+\w+|about[ \t]+\w+)")
# (weight, cue, pattern with the name in group 1, any capitalised name accepted, strings one of which every
# match contains: the pattern is tried only on texts that hold one)
_INLINE: tuple[tuple[float, str, re.Pattern[str], bool, tuple[str, ...]], ...] = (
    (3.0, "source_line", re.compile(r"(?:\||[ \t]{2,}|\t)[ \t]*Source[ \t]*:[ \t]*" + _ONAME), True, ("Source:", "Source :")),
    (3.0, "excerpt", re.compile(r"(?:^|\n)[ \t]*(?:Excerpted|Excerpt|Adapted|Reprinted)[ \t]+from[ \t]*:?[^\n]*?"
                                r"[\"\u201d],?[ \t]+" + _CITED + r",?[ \t]+(?:\d|Vol|vol|no\.)"), True,
     ("Excerpt", "Adapted", "Reprinted")),
    # a report's citation line: 'Source: "Title", Publisher, 2025, pp. 11-13'
    (2.5, "report citation", re.compile(r"(?:^|\n)[ \t]*(?:Source|From)[ \t]*:[ \t]*[\"\u201c][^\"\u201d\n]{3,200}"
                                        r"[\"\u201d],?[ \t]+" + _CITED + r",?[ \t]+(?:\(?\d{4}|pp?\.)"), True,
     ("Source:", "From:")),
    (1.5, "told", re.compile(r"\b(?:in[ \t]+(?:comments|remarks|a[ \t]+statement)[ \t]+to|spoke[ \t]+with|"
                             r"wrote[ \t]+to)[ \t]+(?:the[ \t]+)?" + _ONAME + r"(?=[ \t]*[.,;:\n]|[ \t]+(?:on|that|in|"
                             r"last|this|about|via|by|over|earlier)\b)"), False,
     ("comments to", "remarks to", "statement to", "spoke with", "wrote to")),
    (2.0, "own_voice", re.compile(r"\b(?:contacted|approached|reached|asked)[ \t]+by[ \t]+(?:the[ \t]+)?" + _ONAME +
                                  r"(?=[ \t]*[.,;\n])"), False,
     ("contacted by", "approached by", "reached by", "asked by")),
    (2.0, "own_voice", re.compile(r"\bWelcome[ \t]+(?:back[ \t]+)?to[ \t]+" + _ONAME + r"(?=[ \t]*[.,!\n])"), False,
     ("Welcome",)),
    (3.0, "copyright", re.compile(r"(?:^|\n|\|)[ \t]*" + _ONAME + r"[ \t]+(?:\u00a9|\(c\)|Copyright)[ \t]*\d{4}"), True,
     ("\u00a9", "(c)", "Copyright")),
    (3.0, "logo", re.compile(r"(?:^|\n)[ \t]*\[?(?:Logo|Masthead|Site[ \t]+name)[ \t]*:[ \t]*" + _ONAME), True,
     ("Logo", "Masthead", "Site name")),
    (3.0, "logo", re.compile(r"(?:^|\n)[ \t]*\[" + _ONAME + r"[ \t]+(?:logo|masthead)\]"), True, ("logo]", "masthead]")),
    (3.0, "source_line", re.compile(r"\((?:This|The)[ \t]+(?:article|story|report|interview)[ \t]+(?:was[ \t]+)?"
                                    r"(?:originally|first)[ \t]+(?:published|appeared)[ \t]+(?:by|in|on)[ \t]+"
                                    r"(?:the[ \t]+)?" + _ONAME), True, ("(This", "(The")),
    (3.0, "source_line", re.compile(r"\b(?:[Rr]epublished|[Rr]eprinted|[Rr]eposted|[Ss]yndicated)[ \t]+"
                                    r"(?:here[ \t]+)?(?:from|with[ \t]+"
                                    r"(?:the[ \t]+)?permission[ \t]+(?:from|of))[ \t]+(?:the[ \t]+)?" + _ONAME), True,
     ("ublished from", "rinted from", "osted from", "yndicated from", "permission")),
    (2.0, "own_voice", re.compile(r"\b(?:listening|listen)[ \t]+to[ \t]+(?:the[ \t]+)?" + _ONAME + r"(?=[ \t]*[.,!\n])"),
     False, ("listening to", "listen to")),
    (2.0, "subscribe", re.compile(r"\b(?:Subscribe[ \t]+to|Get)[ \t]+(?:the[ \t]+)?" + _ONAME +
                                  r"(?=[ \t]*(?:\n|$|[.!|])|[ \t]+in[ \t]+your[ \t]+inbox|"
                                  r"[ \t]+for[ \t]+(?:weekly|daily|free|more|the[ \t]+latest)\b)"),
     False,
     ("Subscribe", "inbox")),
)
# cues that follow the name (read backwards by the caller): the page's own reporting, its staff;
# (weight, cue, pattern, any capitalised name accepted, strings one of which every match contains)
TAIL_CUES: tuple[tuple[float, str, re.Pattern[str], bool, tuple[str, ...]], ...] = (
    (2.5, "staff", re.compile(r"\b(?:staff[ \t]+(?:reporter|writer|correspondent|photographer)s?|"
                              r"special[ \t]+correspondent)\b"), True, ("staff", "special")),
    (2.0, "own_check", re.compile(r"\b(?:has|have|had)[ \t]+not[ \t]+(?:visited|seen|verified|confirmed|"
                                  r"been[ \t]+able[ \t]+to)\b"), False,
     ("not visited", "not seen", "not verified", "not confirmed", "not been able")),
    (2.0, "own_voice", re.compile(r"\b(?:spoke[ \t]+(?:to|with)|interviewed)[ \t]+" + _NUMBER_WORDS + r"\b"), False,
     ("spoke", "interviewed")),
)


def inline_votes(text: str) -> list[tuple[str, float, str, bool]]:
    """(raw name, weight, cue, any name accepted) for cues the metadata stage's own list
    lacks: a "Source:" label inside a line, an academic excerpt's journal, "in comments
    to X", "contacted by X", "Welcome back to X", "Subscribe to X"."""
    out: list[tuple[str, float, str, bool]] = []
    for weight, cue, pat, any_name, needed in _INLINE:
        if not any(w in text for w in needed):
            continue
        for m in pat.finditer(text):
            raw = rx.WIDE_GAP.split(m.group(1))[0]
            raw = rx.JOINER_END.sub("", raw)
            out.append((raw, weight, cue, any_name))
    return out


def worded_as_text(name: str, text: str) -> str:
    """The outlet's name as the text writes it: an all-capitals masthead takes the mixed-case
    form the text uses elsewhere (or title case), and an edition or legal ending
    ("Online", "Magazine", "Sp. z o.o.") is dropped when the text also writes the name
    without it."""
    if name.isupper() and len(name) > 4:
        found = name_search.written_not_in_capitals(text, name)  # (speed: no pattern when it can tell)
        m = re.search(re.escape(name), text, re.IGNORECASE) if found is None else None
        while m is not None:
            if not m.group().isupper():
                found = m.group()
                break
            m = re.compile(re.escape(name), re.IGNORECASE).search(text, m.end())
        name = found or " ".join(w.capitalize() if i == 0 or w.lower() not in _SMALL else w.lower()
                                 for i, w in enumerate(name.split()))
    low = name.lower().rstrip(".")
    for suffix in _words().endings:
        if low.endswith(suffix) and low[-len(suffix) - 1:-len(suffix)] in (" ", "."):
            short = name[: len(low) - len(suffix) - 1].rstrip(" ,.")
            if len(short) >= 3 and _used_alone(short, name, text) and not is_place(short):  # not "Darkhan"
                return short
    return name


def _used_alone(short: str, full: str, text: str) -> bool:
    """``short`` occurs in ``text`` where it is not the start of ``full``."""
    pat = re.compile(r"(?<![\w.])" + re.escape(short) + r"(?![\w])")
    return any(not text.startswith(full, m.start()) for m in pat.finditer(text))


def language_from_outlet(name: str | None, country: str | None) -> str | None:
    """The language a translated page was most likely written in, from its outlet: the home
    country of a known outlet, else a word of the name ("Tygodnik", "Jornal", "Sinmun")."""
    w = _words()
    if country and country in w.country_language:
        return w.country_language[country]
    if not name:
        return None
    low = " " + name.lower() + " "
    for word, lang in w.name_language:
        if " " + word + " " in low:
            return lang
    return None


_PERSON = r"([A-Z][\w'\u2019.-]*(?:[ \t]+(?:[A-Z][\w'\u2019.-]*|de|van|von|bin)){0,3})"
_LANGS = r"(?:[A-Z][a-z]+)"
_TRANSLATORS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ranslat", re.compile(r"\b(?:was|were|been|is|are)[ \t]+(?:edited[ \t]+and[ \t]+)?translated(?:[ \t]+and[ \t]+\w+)?"
                           rf"(?:[ \t]+from[ \t]+(?:the[ \t]+)?{_LANGS}(?:[ \t]+into[ \t]+\w+)?)?[ \t]+by[ \t]+{_PERSON}")),
    ("ranslat", re.compile(r"(?:^|\n|[*_(\[|;,]|\.[ \t])[ \t*_]*(?:Edited|Compiled|Adapted)[ \t]+and[ \t]+translated"
                           rf"(?:[ \t]+from[ \t]+(?:the[ \t]+)?{_LANGS})?[ \t]+by[ \t]+{_PERSON}")),
    ("ranslat", re.compile(r"(?:^|\n|[*_(\[|;,]|\.[ \t])[ \t*_]*(?:Translated|Translation)(?:[ \t]+and[ \t]+\w+)?"
                           rf"(?:[ \t]+from[ \t]+(?:the[ \t]+)?{_LANGS}(?:[ \t]+into[ \t]+\w+)?)?[ \t]+by[ \t]+{_PERSON}")),
    ("ranslat", re.compile(r"(?:^|\n|[*_(\[|;]|\.[ \t])[ \t*_]*(?:English[ \t]+)?(?:Translation|Translator|"
                           rf"Translated[ \t]+by)[ \t]*:[ \t]*{_PERSON}")),
    ("English", re.compile(r"(?:^|\n|[*_(\[|;]|\.[ \t])[ \t*_]*(?:English|Korean|Russian|Chinese)[ \t]+"
                           rf"(?:translation[ \t]+|version[ \t]+|text[ \t]+)?by[ \t]+{_PERSON}")),
    ("\u041f\u0435\u0440\u0435\u0432", re.compile(
        r"\u041f\u0435\u0440\u0435\u0432(?:\u043e\u0434(?:\u0447\u0438\u043a|\u0447\u0438\u0446\u0430)?|"
        r"\u0435\u043b[\u0430]?|\u0451\u043b)(?:[ \t]+\u0441[ \t]+\w+)?[ \t]*:?[ \t]*"
        r"([\u0410-\u042f\u0401][\u0430-\u044f\u0451-]+(?:[ \t]+[\u0410-\u042f\u0401][\u0430-\u044f\u0451.-]+){0,2})")),
    ("\ubc88\uc5ed", re.compile(r"\ubc88\uc5ed(?:\uc790)?[ \t]*[:\uff1a]?[ \t]*([\uac00-\ud7a3]{2,4})(?![\uac00-\ud7a3])")),
)


STAFF_AFTER = re.compile(r"[ \t]+(?:staff|team|editors|desk|volunteers|newsroom)\b", re.IGNORECASE)
# "Translated from Chinese by Global Daily staff", "translated by the Harbour Notes team": a team credited
_TEAM = re.compile(r"\b[Tt]ranslat(?:ed|ion)(?:[ \t]+and[ \t]+\w+)?(?:[ \t]+from[ \t]+(?:the[ \t]+)?" + _LANGS +
                   r"(?:[ \t]+into[ \t]+\w+)?)?[ \t]+by[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+)?"  # "Unofficial translation ... by"
                   r"((?:[A-Z][\w'\u2019&.-]*[ \t]+){1,5}(?:staff|team|desk|newsroom|editors|volunteers|Desk|Team|Staff|Newsroom))\b")


def team_translator(text: str) -> str | None:
    """The team a page credits with its translation ("Global Daily staff", "the Tumen Notes
    English desk" -> "Tumen Notes English desk"): annotators credit the team as translator."""
    if "ranslat" not in text:
        return None
    m = _TEAM.search(text)
    return m.group(1) if m else None


def translator(text: str) -> str | None:
    """The translator in credits the metadata stage's own patterns miss: "This article was
    translated from Korean by ...", "| Translated from Korean by ...", "Edited and
    translated by ...", "Translation: X for Y", "English by X", Russian "Перевод: ..." and
    Korean "번역: ..." credits."""
    for needed, pat in _TRANSLATORS:
        if needed not in text:
            continue
        m = pat.search(text)
        if m and not STAFF_AFTER.match(text, m.end()):
            name = rx.AFTER_SENTENCE_END.sub("", m.group(1).strip()).rstrip(".,;")
            if name and name.split()[0] not in ("The", "A", "An", "Our", "Staff", "I", "It", "We", "He", "She", "They"):
                return name
    return None


_LANG_WORD = r"(Korean|Russian|Chinese|Mandarin|Japanese|Mongolian|Polish|Portuguese|Spanish|French|German|Arabic|Vietnamese)"
_ORIGINALS = (
    # "Read the story in Russian", "View this article in Korean"
    re.compile(r"\b(?:Read|View|See)[ \t]+(?:the|this)[ \t]+(?:article|story|report|interview|piece)[ \t]+in[ \t]+"
               + _LANG_WORD + r"\b"),
    # a link line: "Korean version", "Russian original: ..."
    re.compile(r"(?:^|\n|\|)[ \t*_]*(?:The[ \t]+)?" + _LANG_WORD + r"[ \t]+(?:version|original|text)"
               r"(?=[ \t]*(?:$|\n|:|\||\)|\]))"),
    # "adapted from a Korean-language article", "translated from the Russian-language original"
    re.compile(r"\b(?:[Tt]ranslated|[Aa]dapted)[ \t]+from[ \t]+(?:an?|the)[ \t]+" + _LANG_WORD + r"-language\b"),
)


def original_language(text: str, names: dict[str, str]) -> str | None:
    """The original language in shapes the metadata stage's own patterns miss; ``names`` maps
    lower-case language names to ISO 639-1 codes."""
    if "version" not in text and "original" not in text and "language" not in text and "Read" not in text \
            and "View" not in text and "See" not in text and "text" not in text:
        return None
    for pat in _ORIGINALS:
        m = pat.search(text)
        if m:
            return names.get(m.group(1).lower())
    return None


# "RFA Korean > North Korea", "Korean Service", "for VOA Korean", "Russian edition": the language service a
# translated page came from
_SERVICE = re.compile(r"\b" + _LANG_WORD + r"[ \t]+(?:[Ss]ervice|[Ee]dition|[Ss]ection|[Dd]esk)\b|"
                      r"\b(?:for|of|by)[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z.]{1,12}(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+"
                      + _LANG_WORD + r"(?=[ \t]*(?:[.,;|>\n]|$))")


def language_service(text: str, names: dict[str, str]) -> str | None:
    """The language of the service a TRANSLATED page names ("Reported by X for RFA Korean", "Korean
    Service"); the caller asks only when the page has a translator. ``names`` maps lower-case language
    names to ISO 639-1 codes."""
    m = _SERVICE.search(text[:3000])
    if m is None:
        return None
    word = m.group(1) or m.group(2)
    return names.get(word.lower()) if word else None



_SCRIPT = re.compile(r"[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\u0600-\u06ff]")
_LATIN_NAME = re.compile(r"[A-Z][\w'\u2019&.-]*(?:[ \t]+(?:[A-Z][\w'\u2019&.-]*|of|the|and|for|on|in|&)){0,6}")


def latin_name(name: str) -> str:
    """The outlet's name as annotators write it: the Latin part of a masthead in two scripts
    ("\u4e39\u4e1c\u65b0\u95fb\u7f51 Dandong News" -> "Dandong News"); other names as they are. (An
    acronym stays as it is even where the page spells it out: the attribution stage knows the page's
    own voice by the outlet's name, and "LROE found ..." must stay that voice.)"""
    if _SCRIPT.search(name):
        latin = [m.group(0).strip() for m in _LATIN_NAME.finditer(name)]
        if len(latin) == 1 and len(latin[0]) >= 4:
            return latin[0]
    return name
