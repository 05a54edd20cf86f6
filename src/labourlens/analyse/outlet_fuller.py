"""The outlet's full printed name, for :mod:`labourlens.analyse.meta`, when the cue that found it
gives a shorter or a longer form than the one the page is published under:

- initials in a dateline or a credit ("DOHA (CPA) -", "told SPW", "General Secretary, GFDU")
  while the page writes out a name whose initials they are ("interviews by Continental Press
  Agency", "(c) Sibir-Pacific Wire", "Observatoire du Travail en Afrique Centrale (OTAC)"): the
  written-out name, as annotators give it;
- the last word of a name in the page's own chrome ("Subscribe to the Digest" under "TRADE COMPLIANCE DIGEST"): the
  printed name;
- the first words of a name ("told Eastline", "(Varzob News) -", "Le Phare was unable to") where
  the masthead, the copyright line or the page's "about" line prints more of it ("Eastline News
  Agency", "Varzob News Service", "Le Phare de Lubumbashi"): the printed name;
- a language edition, a year, a station's frequency or a page-type word after the name ("Huaxia Daily English
  Edition", "(c) Harbour Wire 2024", "Radio Kito 88.4 FM", "HARBOUR NEWS Interview | 2026-10-02"): the name without them;
- a site's address given for its name ("newsflow-asia.example") where the page prints the name
  whose letters the address spells ("NewsFlow Asia"), and a name printed with its domain ending
  as its masthead ("AmurInfo.ru > News") that the page never writes without it: the printed form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens.analyse import mastheads, name_search, outlets
from labourlens.analyse.outlet_first_words import first_word_for

__all__ = ["refine", "display_name", "spelled_out", "initials_of", "short_for", "local_paper"]

_JOINERS = frozenset({"of", "for", "and", "the", "&", "de", "du", "des", "en", "la", "le", "do", "da", "dos", "al", "el"})
_WORD = r"[A-Z\u00c0-\u00de][\w'\u2019\u00c0-\u024f]*(?:-[A-Za-z\u00c0-\u024f][\w'\u2019\u00c0-\u024f]*)*"
# a run of capitalised words, small joining words inside ("Observatoire du Travail en Afrique Centrale")
_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:(?:of|for|and|the|&|de|du|des|en|la|le|do|da|dos|OF|FOR|AND|THE)[ \t]+)*{_WORD})*")
_INITIALS = re.compile(r"[A-Z]{2,6}")
_AGENCY = ("Agency", "Service")  # "GDN" for "Global Desk News Agency": agencies leave the word out of their initials
# a language edition after the name ("English Edition", "English", "Korean Service")
_LANG_EDITION = re.compile(r"[ \t]+[-\u2013\u2014]?[ \t]*(?:English|Korean|Russian|Chinese|Arabic|French|Japanese)"
                           r"(?:[ \t]+(?:[Ee]dition|[Vv]ersion|[Ss]ervice|[Dd]igest))?$")
_YEAR_END = re.compile(r"[ \t]+(?:19|20)\d\d$|[ \t]+\d{2,3}(?:[.,]\d{1,2})?[ \t]*(?:FM|Fm|fm|AM|MHz|kHz)$")  # "Radio X 94.2 FM"
# a page-type word after the name ("OPEN NEWS Interview"): the page's genre, not more of the name
_GENRE_END = re.compile(r"[ \t]+(?:Interview|INTERVIEW|Commentary|Opinion|Analysis|Explainer|Feature|Transcript|Editorial)$")
_SEPARATOR = re.compile(r"[ \t]+(?:\||\u2014|\u2013|-|\u00b7|>|/)[ \t]+|[ \t]*\|[ \t]*|[ \t]{2,}|,[ \t]")  # "Name, Branch"
_COPYRIGHT = re.compile(r"(?:\u00a9|&copy;|\(c\)|Copyright)[ \t]*(?:(?:19|20)\d\d[ \t]+)?([^\n|.,]{2,80})", re.IGNORECASE)
# the page's line about itself: "Open Road Migrant Rights is an independent non-profit organisation"
_ABOUT = re.compile(r"^[ \t*_]*(?:About[ \t]+)?([A-Z][^\n]{1,80}?)[ \t]+(?:is|are)[ \t]+(?:an?|the)[ \t]", re.MULTILINE)
_DATELINE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'/-]+,[^\n(]{0,40}\(([^()\n]{2,60})\)[ \t]*(?:-{1,2}|\u2013|\u2014)")
_DOMAIN = re.compile(r"^(?:www\.)?([a-z0-9][a-z0-9-]*)\.(?:[a-z]{2,8})(?:\.[a-z]{2})?$")
_DOMAIN_END = r"\.(?:ru|com|org|net|info|kz|kr|cn|jp|mn|pl|news|media)"
_DOMAIN_AFTER = re.compile(rf"{_DOMAIN_END}(?![\w.])")  # (speed: the name's domain, see _with_domain)
_FREE_BEFORE = re.compile(r"(?<![\w.-])")


def _initials(words: list[str]) -> str:
    """The capitals that open the words and their hyphenated parts ("Sibir-Pacific Wire" -> "SPW")."""
    return "".join(p[0] for w in words if w.lower() not in _JOINERS or w.isupper() and len(w) > 3
                   for p in w.split("-") if p[:1].isupper())


@lru_cache(maxsize=16)  # (speed: the outlet votes of a long page ask about the same initials again and again)
def _expanded(short: str, text: str) -> str | None:
    """The written-out name in ``text`` whose initials are ``short`` (see the module doc)."""
    for m in _RUN.finditer(text):
        words = m.group().split()
        if len(words) < 2:
            continue
        for i in range(len(words)):
            if words[i].lower() in _JOINERS and not (words[i].isupper() and len(words[i]) > 3):
                continue
            for j in range(len(words), i + 1, -1):
                if words[j - 1].lower() in _JOINERS:
                    continue
                name = " ".join(words[i:j])
                if not initials_of(short, name):
                    continue
                bracketed = j == len(words) and text.startswith(f"({short})", m.end() + 1)  # "... Centrale (OTAC)"
                if mastheads.outlet_like(name) or bracketed:
                    if name.isupper():
                        name = mastheads.worded_as_text(name, text)
                    return name
    return None


def spelled_out(short: str, text: str) -> str | None:
    """The name the page writes out for the initials ``short`` ("GDN" -> "Global Desk News Agency"), which
    beats an outlet the lexicon knows by the same initials; None when the page writes out none."""
    return _expanded(short, text) if _INITIALS.fullmatch(short) else None


def initials_of(short: str, full: str) -> bool:
    """Are ``short``'s capitals the initials of ``full`` ("LROE", "Labour Rights Observatory Europe")? The
    page's own voice under its initials when the outlet was found written out."""
    words = full.split()
    return bool(_INITIALS.fullmatch(short)) and len(words) >= 2 and words[0].lower() not in _JOINERS and (
        _initials(words) == short or (_initials(words[:-1]) == short and words[-1] in _AGENCY))


def _printed_places(text: str) -> list[str]:
    """Names where a page prints its own: the first part of each of its first lines, the name on a
    copyright line, an agency's name in a dateline ("BEIJING, May 8 (Eastline News) -"), the subject of
    its "about" line near the foot."""
    lines = [ln.strip(" \t*_#") for ln in text[:1500].splitlines() if ln.strip(" \t*_#")][:6]
    out = [_SEPARATOR.split(ln)[0].strip() for ln in lines if len(ln.split()) <= 12 and not ln.endswith(".")]
    out += [m.group(1).strip() for m in _COPYRIGHT.finditer(text)]
    out += [m.group(1).strip() for m in _DATELINE.finditer(text, 0, min(len(text), 1500))]
    tail_at = max(0, len(text) - 1500)
    out += [m.group(1).strip() for m in _ABOUT.finditer(text, tail_at)]
    return [p for p in out if 1 <= len(p.split()) <= 8]


_THE_START = re.compile(r"^[Tt]he[ \t]+")


def _fuller(name: str, text: str) -> str | None:
    """A printed name (see ``_printed_places``) whose first words are ``name``'s, the rest being one to
    three words of a name ("Eastline" -> "Eastline News Agency", "Le Phare" -> "Le Phare de Lubumbashi")."""
    core = _THE_START.sub("", name)
    want = core.lower().split()
    for place in _printed_places(text):
        words = _THE_START.sub("", place).split()
        extra = words[len(want):]
        if [w.lower() for w in words[:len(want)]] != want or not 1 <= len(extra) <= 3:
            continue
        if extra[-1].lower() in _JOINERS or not all(w[:1].isupper() or w.lower() in _JOINERS for w in extra):
            continue
        full = " ".join(words)
        if _LANG_EDITION.search(full) or mastheads.is_place(" ".join(extra)) \
                or mastheads.worded_as_text(full, full + " " + core) != full:
            continue  # "Daily NK English", "Amur Wire Blagoveshchensk", "Amur Wire Online": an
            # edition's words (annotators differ on "Online"; the cue's shorter form is kept)
        return mastheads.worded_as_text(full, text) if full.isupper() else full
    return None


def _ending(name: str, text: str) -> str | None:
    """A printed name (see ``_printed_places``) of two to four words that ends in ``name``, a one-word short form
    the page's own chrome uses ("Subscribe to the Digest" under the masthead "TRADE COMPLIANCE DIGEST")."""
    core = _THE_START.sub("", name)
    if " " in core or not core[:1].isupper():
        return None
    for place in _printed_places(text):
        words = _THE_START.sub("", place).split()
        if 2 <= len(words) <= 4 and words[-1].lower() == core.lower() and mastheads.outlet_like(" ".join(words)):
            full = " ".join(words)
            return mastheads.worded_as_text(full, text) if full.isupper() else full
    return None


def _with_domain(name: str, text: str) -> str:
    """"AmurInfo" as "AmurInfo.ru" when the page's first lines print it so and the page never writes the
    name without the ending."""
    if not name_search.followed(text, name, _DOMAIN_AFTER, _FREE_BEFORE, min(len(text), 400)):
        return name  # (speed: the search below, without a pattern compiled for the name)
    m = re.search(rf"(?<![\w.-]){re.escape(name)}({_DOMAIN_END})(?![\w.])", text[:400])
    if m is None:
        return name
    alone = re.compile(rf"(?<![\w.-]){re.escape(name)}(?![\w-]|{_DOMAIN_END}(?![\w.]))")
    return name if alone.search(text) else name + m.group(1)


def refine(name: str, text: str) -> str:
    """``name`` as the page is published under it (see the module doc)."""
    if outlets.resolve(name) is not None:
        return name  # a known outlet: its names are the lexicon's
    if _INITIALS.fullmatch(name):
        return _expanded(name, text) or name
    trimmed = _YEAR_END.sub("", name)
    genre_less = _GENRE_END.sub("", trimmed)
    if genre_less != trimmed and len(genre_less.split()) >= 2 and mastheads.outlet_like(genre_less):
        trimmed = mastheads.worded_as_text(genre_less, text) if genre_less.isupper() else genre_less
    trimmed = _LANG_EDITION.sub("", trimmed) if len(_LANG_EDITION.sub("", trimmed).split()) >= 2 else trimmed
    if trimmed != name:
        return trimmed
    return _fuller(name, text) or _ending(name, text) or _with_domain(name, text)


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def display_name(address: str, text: str, site: str | None) -> str | None:
    """The name a site prints for itself when ingest gave its address ("newsflow-asia.example" ->
    "NewsFlow Asia", from the page title's site name or a name in the page spelled by the same letters)."""
    m = _DOMAIN.match(address.strip().lower())
    if m is None:
        return None
    key = _NOT_ALNUM.sub("", m.group(1))
    for cand in ([site] if site else []) + [r.group() for r in _RUN.finditer(text[:3000])]:
        words = cand.split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                if _NOT_ALNUM.sub("", " ".join(words[i:j]).lower()) == key:
                    return " ".join(words[i:j])
    return None


_THE_NAME = re.compile(r"(?:the|The)\s+([A-Z][a-z]+)")


def short_for(np: str, outlet: str) -> bool:
    """ "the Observatory" for "Tumen River Labour Observatory": the publisher's head noun; "LROE" for "Labour
    Rights Observatory Europe": its initials; "the Embassy" for "Embassy of Sri Lanka": the head before "of";
    (s43) "Harbourlight" for "Harbourlight Migrant Rights": a group's coined first word."""
    m = _THE_NAME.fullmatch(np.strip())
    words, own = outlet.split(), np.split()  # "O Save" for "Semanário O Save": the name without its first word
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]  # "the Embassy": "Embassy of Sri Lanka"
    return m is not None and len(words) >= 2 and m.group(1) in (words[-1], head) or 2 <= len(own) < len(words) and \
        own == words[-len(own):] and own[0][:1].isupper() or initials_of(np.strip(), outlet) or first_word_for(np, outlet)


def local_paper(name: str, text: str) -> str | None:
    """The paper the page names in full ("with the Rift Valley Observer") when a cue gives only a known outlet's
    short alias with the same last word ("The Observer has not been able to verify ..."): a short reference to the
    page's own paper, not the national title the alias belongs to elsewhere. None when the text names no such paper."""
    words = name.split()
    alias = outlets.resolve(name) if words and len(words) <= 2 and (len(words) == 1 or words[0].lower() == "the") else None
    if alias is None:
        return None
    head = words[-1]
    pos = text.find(" " + head)
    while pos != -1:
        end = pos + 1 + len(head)
        if end == len(text) or not (text[end].isalnum() or text[end] in "'\u2019-"):
            caps: list[str] = []
            for w in reversed(text[max(0, pos - 60):pos].split()):
                if w[:1].isupper() and w.isalpha() and w not in ("The", "THE") and len(caps) < 3:
                    caps.insert(0, w)
                else:
                    break
            if caps and pos - len(" ".join(caps)) > 0 and text[pos - len(" ".join(caps)) - 1] in " \t":
                fuller = " ".join([*caps, head])
                known = outlets.resolve(fuller)
                if known is None or known.name != alias.name:
                    return fuller
        pos = text.find(" " + head, pos + 1)
    return None
