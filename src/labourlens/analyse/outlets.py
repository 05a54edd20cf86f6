"""News outlets and publishers: resolve a name as written to a canonical outlet, and
find outlet names in a text. The list is the knowledge file ``outlets.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from labourlens import knowledge
from labourlens.errors import ConfigError

__all__ = ["Outlet", "all_outlets", "canonical", "find_mentions", "resolve"]

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-"})
_CUE_AFTER = re.compile(
    r"\s*(?:'s\b|\u2019s\b|\)|,?\s+(?:reported|reports|said|says|quoted|cited|citing|learned|found|revealed|"
    r"wrote|writes|has\s+(?:reported|learned)|news\s+agency|correspondent|report))",
)
_CUE_BEFORE = re.compile(
    r"(?:\btold|\baccording\s+to|\bto|\bby|\bwith|\bin|\bfrom|\bSource:|\(|\bvia)\s*(?:the\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...] = field(default_factory=tuple)
    country: str | None = None
    type: str | None = None  # wire, broadcaster, newspaper, online, ngo, government, research


_SCHEME = re.compile(r"^https?://")
_WWW = re.compile(r"^www\.")
_THE_START = re.compile(r"^the\s+")
_POSSESSIVE_END = re.compile(r"'s$")
_KEY_SEPARATOR = re.compile(r"[^\w.+]+")


def _key(name: str) -> str:
    """Comparison key: case, a leading "the", a possessive, a URL scheme and ``www.``,
    and punctuation do not matter."""
    s = name.translate(_QUOTES).strip().casefold()
    s = _SCHEME.sub("", s)
    s = _WWW.sub("", s)
    s = s.split("/", 1)[0] if "." in s.split("/", 1)[0] and " " not in s else s
    s = _THE_START.sub("", s)
    s = _POSSESSIVE_END.sub("", s)
    s = _KEY_SEPARATOR.sub(" ", s)
    return " ".join(s.split())


@dataclass
class _Table:
    outlets: list[Outlet]
    by_key: dict[str, Outlet]
    short: frozenset[str]
    by_alias: dict[str, Outlet]
    by_first: dict[str, list[str]]  # first word ("The" and the next) -> aliases, longest first


@lru_cache(maxsize=1)
def _table() -> _Table:
    data = knowledge.load("outlets.yaml") or {}
    if not isinstance(data, dict) or not isinstance(data.get("outlets"), list):
        raise ConfigError("knowledge file outlets.yaml must have a list 'outlets'; check its format")
    outlets: list[Outlet] = []
    by_key: dict[str, Outlet] = {}
    by_alias: dict[str, Outlet] = {}
    for row in data["outlets"]:
        o = Outlet(str(row["name"]), tuple(str(a) for a in row.get("aliases") or ()),
                   row.get("country"), row.get("type"))
        outlets.append(o)
        for n in (o.name, *o.aliases):
            by_key.setdefault(_key(n), o)
            if not n.islower() and "." not in n:  # domains are for resolve(), not for prose
                by_alias.setdefault(n, o)
    by_first: dict[str, list[str]] = {}
    for n in sorted(by_alias, key=len, reverse=True):
        by_first.setdefault(_first_word(n), []).append(n)
    short = frozenset(str(s) for s in data.get("short_aliases") or ())
    return _Table(outlets, by_key, short, by_alias, by_first)


def all_outlets() -> list[Outlet]:
    return list(_table().outlets)


def canonical(name: str) -> str | None:
    """The canonical name of the outlet ``name`` is written as in full ("AFP" -> "Agence France-Presse",
    "ASIAPRESS" -> "Asia Press"), or None; unlike :func:`resolve`, no trailing words are dropped."""
    hit = _table().by_key.get(_key(name)) if name and name.strip() else None
    return hit.name if hit is not None else None


def resolve(name: str) -> Outlet | None:
    """The outlet a name refers to ("the Guardian's", "RFA", "www.dailynk.com"), or None."""
    if not name or not name.strip():
        return None
    t = _table()
    key = _key(name)
    hit = t.by_key.get(key)
    if hit is not None:
        return hit
    # "Daily NK English", "Yonhap News Agency (Seoul)": drop trailing words one by one
    words = key.split()
    for n in range(len(words) - 1, 0, -1):
        hit = t.by_key.get(" ".join(words[:n]))
        if hit is not None and n >= 1 and len(" ".join(words[:n])) >= 3:
            # a one-word name followed by a publication's own word is another name ("National Daily" is not
            # The National); an edition's or a service's words may follow it ("Yonhap News Agency"), but not
            # the rest of a longer name ("Al-Rai Al-Kuwaiti" is not Al Rai, "Gulf Times Weekly" is another)
            if (n > 1 or not any(w in _NAME_WORDS for w in words[n:]) and not _other_medium(hit, words[n:])) \
                    and _edition_words(words[n:]):
                return hit
            return None
    return None


# words an edition, a language service or a section adds after an outlet's name ("Daily NK English", "Radio
# Free Asia Korean Service", "Yonhap News Agency (Seoul)"); a place name may follow too
_EDITION_WORDS = frozenset(
    "english korean chinese russian japanese arabic french spanish portuguese german mongolian vietnamese "
    "uzbek kazakh polish turkish persian hindi urdu bengali swahili edition editions service services "
    "online web website site app international global world asia europe africa americas english-language "
    "news agency newswire wire desk bureau newsroom plus pro premium tv television radio digital com org "
    "net co kr ru cn jp au uk in on of the section business politics opinion economy investigations "
    "investigation live explainer explainers explained interview interviews analysis feature features "
    "commentary podcast podcasts video videos blog briefing special report reports qa q a longread extra "
    "archive archives".split())


def _edition_words(words: list[str]) -> bool:
    """Are ``words`` (after a known outlet's name) an edition's, a service's or a place's, not more of a
    name?"""
    from labourlens.analyse import places  # noqa: PLC0415 - the gazetteer is loaded only when needed

    return all(w in _EDITION_WORDS or w.isdigit() or places.find(w.title()) for w in words)


_NAME_WORDS = frozenset({
    "daily", "times", "post", "herald", "tribune", "journal", "gazette", "review", "monitor", "ledger", "courier",
    "observer", "weekly", "chronicle", "express", "standard", "mail", "star", "sun", "mirror", "inquirer", "examiner",
    "sentinel", "record", "bulletin", "digest", "magazine", "notes", "voice", "voices", "insider", "today", "telegraph",
    "dispatch", "beacon", "echo", "messenger", "leader", "advertiser", "quarterly", "letter", "newsletter", "brief",
})


# words that name a wire, agency or broadcaster: after a one-word newspaper or site they make another outlet
# ("Peninsula Wire" is not The Peninsula, "Onet Radio" is not Onet); a wire or broadcaster may carry them
# ("Yonhap News Agency", "Kyodo Wire")
_MEDIUM_WORDS = frozenset({"wire", "newswire", "press", "agency", "radio", "tv", "television", "broadcasting",
                           "broadcaster", "channel", "fm", "network"})


def _other_medium(hit: Outlet, rest: list[str]) -> bool:
    """Do the words ``rest`` after a one-word outlet name make another outlet of another medium?"""
    return hit.type not in ("wire", "broadcaster", "government") and any(w in _MEDIUM_WORDS for w in rest)


_DASH = re.compile(r"\s*[-\u2013\u2014]")


def _short_ok(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40):start]
    if _CUE_BEFORE.search(before):
        return True
    if _CUE_AFTER.match(text, end):
        return True
    # a dateline: "SEOUL (AP) —" is caught by the bracket; "AP —" at a line start
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip() == "" and _DASH.match(text[end:end + 3]) is not None


def find_mentions(text: str) -> list[tuple[int, int, Outlet]]:
    """Spans of outlet names in ``text`` with their outlet, longest names first and
    without overlaps. Short or common aliases (AP, FT, Guardian) count only where the
    words around them make them an outlet."""
    if not text:
        return []
    return list(_find_mentions(text))


_NEXT_NAME = re.compile(r"\s+([A-Z][a-z]+)")


@lru_cache(maxsize=8)
def _find_mentions(text: str) -> tuple[tuple[int, int, Outlet], ...]:
    t = _table()
    found: list[tuple[int, int, Outlet]] = []
    last = 0
    for m in _START.finditer(text):
        pos = m.start()
        if pos < last:
            continue
        word = m.group()
        if word == "The":
            nxt = _NEXT_WORD.match(text, m.end())
            word = "The " + nxt.group(1) if nxt else word
        bucket = t.by_first.get(word)
        if not bucket:
            continue
        alias = next((n for n in bucket if text.startswith(n, pos) and not _wordchar(text, pos + len(n))), None)
        if alias is None:
            continue
        end = pos + len(alias)
        if alias in t.short:
            after = _NEXT_NAME.match(text[end:end + 30])
            if after or not _short_ok(text, pos, end):
                continue
        found.append((pos, end, t.by_alias[alias]))
        last = end
    return tuple(found)


def _first_word(alias: str) -> str:
    words = _WORD_RE.findall(alias)
    if not words:
        return alias
    if words[0] == "The" and len(words) > 1:
        return "The " + words[1]
    return words[0]


_WORD_RE = re.compile(r"[^\W_]+")
_NEXT_WORD = re.compile(r"[ \t]+([^\W_]+)")
# "(?<![\w.].)" after the first character, not "(?<![\w.])" before it: the same matches, but the
# regex engine can then skip quickly to the characters that may start one (about twice as fast)
_START = re.compile(r"[A-Z0-9\u0400-\u042F\uac00-\ud7af\u4e00-\u9fff](?<![\w.].)[^\W_]*")


def _wordchar(text: str, i: int) -> bool:
    return i < len(text) and (text[i].isalnum() or text[i] == "_")
