"""Organisations and named people (extractor ``entities.v1``).

Rules and lists, no statistical model:

* outlets from ``outlets.yaml`` and known organisations from ``organisations.yaml``
  (state bodies, dispatching companies, UN bodies, NGOs), matched as written;
* organisation names by shape: a capitalised sequence ending in a suffix word ("Dandong
  Hongda Seafood Co., Ltd.", "Sinbong Garment Factory", "Haedoji Restaurant") or starting
  with a prefix ("Ministry of Labour", "Embassy of Russia");
* people: Korean names with hyphenated given names ("Pak Chol-min"), names after a title
  ("Dr. Anna Petrova", "Professor Lankov"), and two- or three-word names that a sentence
  uses as a speaker ("Andrei Lankov, a professor at...", "said Maria Ivanova"); a later
  bare surname ("Pak said") refers back to the full name.

Each organisation gets a role when its sentence gives one (employer, dispatching_company,
buyer) or when the organisation has a usual one (state_body, outlet, ngo).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse import gazetteer, outlets
from labourlens.analyse.gated import gated
from labourlens.errors import ConfigError
from labourlens.model import EntityMention, Sentence

__all__ = ["EXTRACTOR", "company_name", "find"]

EXTRACTOR = "entities.v1"

KOREAN_SURNAMES = frozenset(
    "Kim Lee Yi Ri Rhee Park Pak Choi Choe Chung Jung Jeong Chong Kang Cho Jo Yoon Yun Jang Chang Lim Im Rim Han "
    "Oh O Seo Suh Shin Sin Kwon Hwang Ahn An Song Jeon Jun Chon Hong Yoo Yu Ko Koh Moon Mun Yang Son Bae Pae Baek Paek "
    "Heo Ho Nam Sim Shim Noh No Ha Kwak Kweon Sung Cha Joo Ju Woo U Min Ryu Ryom Ri Jin Hyun Hyon Um Eom Chae Won "
    "Bang Pang Kong Gong Hur Ku Koo Gu Tak Ma Yeo Ji Chu".split()
)
_TITLE = r"(?:Mr|Mrs|Ms|Dr|Prof|Professor|Rev|Sir|Gen|General|Col|Colonel|Capt|Captain|Amb|Ambassador|Minister|" \
         r"President|Chairman|Chairwoman|Director|Senator|Sen|Rep|Judge)"
_CAP = r"[A-Z][a-z\u00e0-\u00ff'\u2019]+"
_KOREAN_NAME = re.compile(  # a surname (checked against KOREAN_SURNAMES) and a given name
    # "(?<!\w.)" after the capital is the word boundary before it, written so that the regex
    # engine can skip quickly to capitals (about three times as fast as a leading "\b")
    r"([A-Z](?<!\w.)[a-z]{0,4})[ \t]+([A-Z][a-z]+-[a-z]+|[A-Z][a-z]{1,5}[ \t]+[A-Z][a-z]{1,5}(?![\w-]))"
)


def _word_alternation(words: list[str]) -> str:
    """``\\b(?:w1|w2|...)`` for words that start with a word character, written with the
    boundary after each first character: the same matches, but the regex engine can then skip
    quickly to the characters that start a word (a leading ``\\b`` makes it try every position)."""
    if not all(w[:1].isalnum() or w[:1] == "_" for w in words):
        return r"\b(?:" + "|".join(words) + ")"
    return "(?:" + "|".join(re.escape(w[0]) + r"(?<!\w.)" + w[1:] for w in words) + ")"


_TITLED = re.compile(_word_alternation(_TITLE[3:-1].split("|")) + rf"\.?[ \t]+((?:{_CAP}[ \t]+){{0,2}}{_CAP}(?:-[a-z]+)?)")
_SPEAKER_NAME = (
    rf"((?:{_CAP}|[A-Z]\.)(?:[ \t]+(?:{_CAP}|[A-Z]\.|van|von|de|al-{_CAP}|bin)){{0,2}}[ \t]+{_CAP}(?:-{_CAP})?)"
)
_NAME_BEFORE = re.compile(
    _SPEAKER_NAME + r"(?:,[ \t]+(?:a|an|the|who|one|former|senior|chief|deputy|head|director|professor|spokes\w+)\b"
    r"|[ \t]+(?:said|says|told|added|explained|wrote|noted|argued|warned|recalled|claimed|stated|confirmed|denied)\b)"
)
_NAME_AFTER = re.compile(
    _word_alternation(["said", "says", "told", r"according[ \t]+to", "added", "wrote", "explained"]) + r"[ \t]+"
    + _SPEAKER_NAME + r"(?=[,.;:)]|[ \t]+(?:a|an|the|who)\b)"
)
_BYLINE = gated(rf"(?:^|\n)[ \t]*By[ \t]+({_CAP}(?:[ \t]+{_CAP}){{1,2}})(?=[ \t]*(?:,|\||and\b|\n|$))")
_ROLE_NOUN_NAME = re.compile(
    r"\b(?:manager|worker|official|researcher|trader|spokes(?:man|woman|person)|director|analyst|expert|professor|"
    r"defector|activist|lawyer|owner|broker|diplomat|economist|scholar|businessman|businesswoman|employee|"
    r"supervisor|journalist|reporter|pastor|founder|chairman|head)[ \t]*,[ \t]+"
    rf"({_CAP}(?:[ \t]+{_CAP}(?:-[a-z]+)?){{1,2}})(?=[ \t]*[,.;)])"
)
_NOT_NAME_WORDS = frozenset(
    "The A An This That These Those North South East West Northern Southern Korean Korea Chinese China Russian Russia "
    "American Japanese Ministry Department Bureau Office University Institute Center Centre Agency Company Group "
    "Service News Daily Radio Free Asia Times Post Herald Journal Reuters Associated Press United Nations Party "
    "Workers Worker In On At For From But And Or If When While After Before According However Meanwhile Some Many "
    "Most Several Two Three Other Another One Sources Source Officials Official Mr Ms Mrs Dr Professor Prof Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September "
    "October November December Translated Read Please Share Federal State National International Supreme Leader".split()
)

_ROLE_BEFORE = [
    ("dispatching_company", re.compile(
        r"\b(?:dispatched|sent|deployed|managed|recruited|supplied|organi[sz]ed|run|controlled)[ \t]+"
        r"(?:\w+[ \t]+){0,3}?by[ \t]+(?:the[ \t]+|a[ \t]+)?$"
        r"|\b(?:dispatching|sending|state[ \t]+trading|North[ \t]+Korean)[ \t]+(?:company|agency|firm|enterprise|"
        r"organi[sz]ation)[ \t]*,?[ \t]*(?:the[ \t]+)?$|\bunder[ \t]+(?:the[ \t]+)?$", re.I)),
    ("employer", re.compile(
        r"\b(?:work(?:ed|ing|s)?|employed|hired|labou?r(?:ed|ing)?|job[s]?|sew(?:s|ed|ing)?|make|makes|made|making|"
        r"produc(?:e|es|ed|ing)|process(?:es|ed|ing)?|assembl(?:e|es|ed|ing)|buil(?:d|ds|t|ding))[ \t]+"
        r"(?:[\w-]+[ \t]+){0,3}?(?:at|for|by|with)"
        r"[ \t]+(?:the[ \t]+|a[ \t]+)?$|\b(?:workers|employees|labou?rers|staff)[ \t]+(?:at|of|from)[ \t]+(?:the[ \t]+)?$",
        re.I)),
    ("buyer", re.compile(
        r"\b(?:sold|supplied|shipped|exported|delivered|sells|supplies|ships|exports)[ \t]+(?:\w+[ \t]+){0,4}?to"
        r"[ \t]+(?:the[ \t]+)?$|\b(?:buyers?|customers?|clients?)[ \t]+(?:such[ \t]+as|including|like)?[ \t]*$"
        r"|\bsuppl(?:ier|iers|ying)[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?$", re.I)),
]
_ROLE_AFTER = [
    ("dispatching_company", re.compile(
        r"^[ \t]*(?:,[ \t]*(?:which|that)[ \t]+)?(?:dispatched|dispatches|sent|sends|deployed|deploys|manages|managed"
        r"|recruited|recruits)\b", re.I)),
    ("employer", re.compile(
        r"^[ \t]*(?:,[ \t]*(?:which|that)[ \t]+)?(?:employs|employed|hired|hires|pays|paid|withheld|withholds|"
        r"confiscated|housed|houses)\b", re.I)),
    ("buyer", re.compile(
        r"^[ \t]*(?:,[ \t]*(?:which|that)[ \t]+)?(?:bought|buys|purchased|purchases|imported|imports|sourced|"
        r"sources)\b", re.I)),
]


@dataclass(frozen=True)
class _Known:
    name: str
    type: str
    role: str | None


@dataclass
class _Lexicon:
    known: dict[str, _Known]  # alias as written -> organisation
    by_prefix: dict[str, list[str]]
    suffix_type: dict[str, str]
    prefix_re: re.Pattern[str]
    suffix_re: re.Pattern[str]
    company_words: frozenset[str]
    company_part: re.Pattern[str]
    company_noun_before: re.Pattern[str]
    company_noun_after: re.Pattern[str]


_ALNUM = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data: Any = knowledge.load("organisations.yaml") or {}
    if not isinstance(data, dict) or not isinstance(data.get("organisations"), list):
        raise ConfigError("knowledge file organisations.yaml must have a list 'organisations'; check its format")
    known: dict[str, _Known] = {}
    for row in data["organisations"]:
        k = _Known(str(row["name"]), str(row.get("type") or "organization"), row.get("role"))
        for alias in (k.name, *(row.get("aliases") or ())):
            known.setdefault(str(alias), k)
    by_prefix: dict[str, list[str]] = {}  # first word -> aliases, longest first
    for alias in sorted(known, key=len, reverse=True):
        first = _ALNUM.match(alias)
        by_prefix.setdefault(first.group() if first else alias, []).append(alias)
    suffix_type: dict[str, str] = {}
    for typ, words in (data.get("suffixes") or {}).items():
        for w in words:
            suffix_type.setdefault(str(w).rstrip("."), str(typ))
    prefixes: list[tuple[str, str]] = [(str(p), str(t)) for t, ps in (data.get("prefixes") or {}).items() for p in ps]
    heads = [re.escape(p) for p, _ in sorted(prefixes, key=lambda x: -len(x[0]))]
    prefix_re = re.compile(
        r"(?P<head>" + _word_alternation(heads) + r")[ \t]+"
        r"(?P<tail>(?:the[ \t]+)?[A-Z][\w'\u2019-]*(?:[ \t]+(?:(?:and|of|for|on|the|&)[ \t]+)?[A-Z][\w'\u2019-]*){0,5})"
    )
    words = "|".join(re.escape(w) for w in sorted(suffix_type, key=len, reverse=True))
    suffix_re = re.compile(
        # = (?<![\w-])(?P<name>(?:[A-Z0-9]...){1,5}...), with the look-behind after the first
        # character so that the regex engine can skip quickly to capitals and digits
        r"(?P<name>[A-Z0-9](?<![\w-].)[\w'\u2019&-]*[ \t]+(?:(?:of|and|for|&|de)[ \t]+)?"
        r"(?:[A-Z0-9][\w'\u2019&-]*[ \t]+(?:(?:of|and|for|&|de)[ \t]+)?){0,4}"
        rf"(?:{words})\b\.?(?:,?[ \t]+(?:Co|Ltd|Inc|LLC|Corp)\b\.?)*)"
    )
    cw: Any = data.get("company_words") or {}
    ends = "|".join(re.escape(str(w)) for w in sorted(cw.get("endings") or [], key=len, reverse=True)) or "(?!)"
    starts = "|".join(re.escape(str(w)) for w in sorted(cw.get("starts") or [], key=len, reverse=True)) or "(?!)"
    company_part = re.compile(rf"(?i:[a-z]{{2,}}(?:{ends})|(?:{starts})[a-z]{{2,}})")
    nouns = "|".join(re.escape(str(w)) for w in sorted(data.get("company_nouns") or [], key=len, reverse=True))
    nouns = nouns or "(?!)"
    noun_before = re.compile(rf"(?i:\b(?:{nouns})(?:[ \t]+(?:called|named))?)[ \t,]+$")
    filler = r"(?:(?!(?:at|of|for|in|on|with|by|who|which|that|and|or|to|from)\b)[\w-]+[ \t]+){0,3}?"
    noun_after = re.compile(
        rf"(?:,[ \t]*|[ \t]+(?:is|was)[ \t]+)(?:a|an|the|one)[ \t]+{filler}(?i:(?:{nouns}))\b"
        r"(?![ \t-]+(?i:spokes\w+|officials?|executives?|managers?|directors?|workers?|employees?|owners?|founders?"
        r"|representatives?|boss|head|chief|lawyers?|engineers?|drivers?|staff|sources?|insiders?|guards?)\b)")
    return _Lexicon(known, by_prefix, suffix_type, prefix_re, suffix_re,
                    frozenset(str(w) for w in cw.get("words") or []), company_part, noun_before, noun_after)


# (an acronym may stand inside the name, before a capitalised word: "Golden Sands EPZ Holdings")
_CAP_SEQ = re.compile(r"[A-Z](?<![\w'\u2019-].)[a-z]+(?:-[A-Za-z]+)?(?:[ \t]+(?:[A-Z]{2,5}[ \t]+)?[A-Z][a-z]+(?:-[A-Za-z]+)?){1,2}"
                      r"(?![\w'\u2019-])")


def _company_name(name: str, lex: _Lexicon) -> bool:
    """"Amur Stroy", "Vostok Morprodukt", "Primtorg Holding": a name with a company word in it."""
    words = name.split()
    if _is_place(words):
        return False
    return any(w in lex.company_words or lex.company_part.fullmatch(w) is not None for w in words)


def _called_company(text: str, s: int, e: int, lex: _Lexicon) -> bool:
    """"the firm X Y", "X Y, a fishing company", "X Y is a contractor": the text calls it a company."""
    return lex.company_noun_before.search(text, max(0, s - 30), s) is not None or \
        lex.company_noun_after.match(text, e) is not None


def company_name(name: str) -> bool:
    """Is ``name`` a company name by its words ("Amur Stroy", "Vostok Morprodukt")?"""
    words = name.split()
    return 2 <= len(words) <= 4 and _company_name(name, _lexicon())


def _companies(text: str, lex: _Lexicon, add: Any) -> None:
    for m in _CAP_SEQ.finditer(text):
        s, e = m.span()
        s, e = _trim_org(text, s, e)
        name = text[s:e]
        words = name.split()
        if len(words) < 2 or any(w in _NOT_NAME_WORDS for w in words):
            continue
        if _company_name(name, lex) or (_called_company(text, s, e, lex) and not _is_place(words)):
            add(s, e, "organization", name, None)


def _known_mentions(text: str, lex: _Lexicon) -> list[tuple[int, int, _Known]]:
    out: list[tuple[int, int, _Known]] = []
    last = 0
    for m in _WORD_START.finditer(text):
        pos = m.start()
        if pos < last:
            continue
        for alias in lex.by_prefix.get(m.group(), ()):
            end = pos + len(alias)
            if text.startswith(alias, pos) and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
                out.append((pos, end, lex.known[alias]))
                last = end
                break
    return out


_WORD_START = re.compile(r"[A-Z0-9](?<![\w.].)[^\W_]*")  # = (?<![\w.])[A-Z0-9]..., but faster


def _sentence_window(text: str, start: int, end: int, sentences: list[Sentence] | None) -> tuple[int, int]:
    if sentences:
        for s in sentences:
            if s.start <= start < s.end:
                return s.start, max(s.end, end)
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    b_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return a, (min(b_candidates) if b_candidates else len(text))


def _role(text: str, start: int, end: int, sentences: list[Sentence] | None) -> str | None:
    a, b = _sentence_window(text, start, end, sentences)
    before = text[max(a, start - 80):start]
    after = text[end:min(b, end + 80)]
    for role, pat in _ROLE_BEFORE:
        if pat.search(before):
            return role
    for role, pat in _ROLE_AFTER:
        if pat.search(after):
            return role
    return None


def _is_place(words: list[str]) -> bool:
    g = gazetteer.get()
    key = tuple(gazetteer.norm(w) for w in " ".join(words).replace("-", " - ").split())
    return key in g.index


def _good_person(name: str) -> bool:
    words = name.replace("-", " ").split()
    if len(words) < 2 and "-" not in name:
        return False
    if any(w.rstrip(".") in _NOT_NAME_WORDS for w in name.split()):
        return False
    if _is_place(name.split()) or _big_place(name.split()[0]):
        return False
    return True


def _big_place(word: str) -> bool:
    """A country, province, region or city of more than 300,000 people ("Dandong Hongda")."""
    g = gazetteer.get()
    return any(g.places[a.place].level != "city" or g.places[a.place].population > 300_000
               for a in g.index.get((gazetteer.norm(word),), ()))


_SPACES = re.compile(r"\s+")
_COMMA_OR_DOT = re.compile(r"[,.]")


def find(text: str, sentences: list[Sentence] | None = None) -> list[EntityMention]:
    """Organisation and person mentions in ``text``, in text order, without overlaps."""
    if not text:
        return []
    lex = _lexicon()
    found: list[EntityMention] = []

    def add(start: int, end: int, typ: str, name: str, role: str | None) -> None:
        found.append(EntityMention(start=start, end=end, text=text[start:end], type=typ, name=name, role=role,
                                   extractor=EXTRACTOR))

    for s, e, o in outlets.find_mentions(text):
        add(s, e, "outlet", o.name, "outlet")
    for s, e, k in _known_mentions(text, lex):
        role = _role(text, s, e, sentences) or k.role or ("state_body" if k.type == "state_body" else None)
        add(s, e, k.type, k.name, role)
    for m in lex.prefix_re.finditer(text):
        s, e = _extend_back(text, m.start()), m.end()
        typ = lex.suffix_type.get(m.group("head").split()[0], "organization")
        name = _SPACES.sub(" ", text[s:e])
        role = _role(text, s, e, sentences) or ("state_body" if typ == "state_body" else None)
        add(s, e, typ, name, role)
    for m in lex.suffix_re.finditer(text):
        s, e = _trim_org(text, m.start("name"), m.end("name"))
        if e - s < 4 or len(text[s:e].split()) < 2:
            continue
        head_word = _COMMA_OR_DOT.sub("", text[s:e]).split()
        typ = next((lex.suffix_type[w] for w in reversed(head_word) if w in lex.suffix_type), "organization")
        role = _role(text, s, e, sentences)
        if role is None and typ == "state_body":
            role = "state_body"
        add(s, e, typ, _SPACES.sub(" ", text[s:e]).rstrip(","), role)

    def add_company(start: int, end: int, typ: str, name: str, role: str | None) -> None:
        add(start, end, typ, name, role or _role(text, start, end, sentences))

    _companies(text, lex, add_company)
    _people(text, add)
    return _dedupe(found)


_LEADING_JUNK = re.compile(r"(?:(?:The|A|An|In|At|For|From|By|With|And|But|Both|Its|Their|His|Her|Our|This|That|"
                           r"When|While|After|Before|Since|Under|Of)[ \t]+)+")


_PREV_CAP = re.compile(r"(?<![\w'\u2019])([A-Z][\w&-]*)[ \t]+$")


def _extend_back(text: str, s: int) -> int:
    """"Seoul Centre for ...": include capitalised words right before a prefix match."""
    for _ in range(4):
        m = _PREV_CAP.search(text, max(0, s - 40), s)
        if not m or _LEADING_JUNK.fullmatch(m.group(1) + " ") or _sentence_start(text, m.start(1)):
            break
        s = m.start(1)
    return s


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\"'\u201c(":
        j -= 1
    return j < 0 or text[j] in ".!?\n"


def _trim_org(text: str, s: int, e: int) -> tuple[int, int]:
    m = _LEADING_JUNK.match(text, s, e)
    if m:
        s = m.end()
    return s, e


_BOUNDARY = re.compile(r"\b")
_BARE_AFTER = re.compile(r"\b(?=[ \t]*(?:,|said|says|told|added|explained|who|\u2019s|'s))")


def _bare_names(text: str, keys: tuple[str, ...]) -> Iterator[tuple[int, int, str]]:
    """Later bare mentions of the names ``keys`` (longest first): "Pak said", "said Lankov". The matches
    of ``\b(k1|k2|...)\b(?=[ \t]*(?:,|said|...))`` (keys escaped), as ``finditer`` gives them, found with
    string searches for the keys instead of a pattern compiled for every document."""
    at: dict[int, list[str]] = {}
    for k in keys:  # every occurrence of every key, in alternation order per position
        if not k:
            continue
        p = text.find(k)
        while p >= 0:
            at.setdefault(p, []).append(k)
            p = text.find(k, p + 1)
    last = 0
    for p in sorted(at):
        if p < last or _BOUNDARY.match(text, p) is None:
            continue
        for k in at[p]:
            if _BARE_AFTER.match(text, p + len(k)) is not None:
                yield p, p + len(k), k
                last = p + len(k)
                break


def _people(text: str, add: Any) -> None:
    people: dict[str, str] = {}  # surname or given name -> full name
    spans: list[tuple[int, int]] = []
    for m in _KOREAN_NAME.finditer(text):
        name = m.group(0)
        if m.group(1) not in KOREAN_SURNAMES or any(w in _NOT_NAME_WORDS for w in m.group(2).split()):
            continue
        add(m.start(), m.end(), "person", name, None)
        spans.append((m.start(), m.end()))
        people.setdefault(m.group(1), name)
    for pat in (_BYLINE, _TITLED, _ROLE_NOUN_NAME, _NAME_BEFORE, _NAME_AFTER):
        for m in pat.finditer(text):
            s, e = m.start(1), m.end(1)
            if any(a <= s < b or a < e <= b for a, b in spans):
                continue
            name = m.group(1)
            if pat is not _TITLED and not _good_person(name):
                continue
            if pat is _TITLED and any(w in _NOT_NAME_WORDS for w in name.split()):
                continue
            add(s, e, "person", name, None)
            spans.append((s, e))
            last = name.split()[-1]
            people.setdefault(last, name)
    if not people:
        return
    # later bare surnames: "Pak said", "said Lankov", "Mr. Lankov"
    for s, e, key in _bare_names(text, tuple(sorted(people, key=len, reverse=True))):
        if any(a <= s < b for a, b in spans):
            continue
        add(s, e, "person", people[key], None)
        spans.append((s, e))


def _dedupe(found: list[EntityMention]) -> list[EntityMention]:
    """Keep the first-found of overlapping mentions (outlets, then known organisations,
    then name patterns, then people), in text order."""
    kept: list[EntityMention] = []
    for m in found:
        if any(m.start < k.end and k.start < m.end for k in kept):
            continue
        kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept
