"""Context rules of :mod:`labourlens.analyse.places` that read the words around a name,
with their word lists in ``knowledge/places_extra.yaml``:

* a name made into an adjective that still names the place ("a Vladivostok-based firm");
* a name that is part of a personal name: after an initial ("R. Ivanova") or a family
  name ("Liu Yanping", "Kim Jilin");
* an acronym that spells a town ("the NIS" is South Korea's spy agency, not Niš);
* a name that a document shows to be the last word of a longer name ("Amurskaya Zarya",
  found mid-sentence, is also a name at the start of a line);
* a link or widget line of the page ("Related: ...", "Most read: ...");
* a big city whose name is stop-listed as a word ("Austin") after "in" in a text about its country;
* a dateline in title case ("Gdańsk, 14 November 2023");
* nationality words ("Chinese owners", "Qatari banks") as evidence of the countries a
  document is about (they are not places themselves).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse import gazetteer, name_search
from labourlens.analyse.gazetteer import Alias, Gazetteer
from labourlens.model import PlaceMention

__all__ = ["TITLES", "acronym", "after_initial_or_surname", "compound", "dated_line", "demonym_countries", "demonym_word",
           "given_name", "handle_part", "hyphen_name", "in_name", "link_after_bar", "link_line", "locative", "name_pairs",
           "outlet_of", "place_part", "prev_word",
           "section_label", "speaks", "stop_listed_cities", "transcript_label", "uses_demonym"]

# titles and forms of address before a person's name: the name after one is no town ("Mr. Young", "Dona Lurdes",
# "Seu Sebastião")
TITLES = frozenset({"mr", "ms", "mrs", "dr", "prof", "professor", "president", "chairman", "minister", "general",
                    "gen", "sir", "lord", "lady", "saint", "st", "pastor", "rev", "father", "leader", "comrade",
                    "ambassador", "director", "officer", "manager", "surnamed", "named", "sen", "senator", "rep",
                    "dona", "doña", "seu", "senhor", "senhora", "señor", "señora", "sr", "sra"})

_EXTRA = "places_extra.yaml"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATED = re.compile(rf",?[ \t]+(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}}\b|\d{{4}}-\d\d-\d\d|"
                    r"\d{1,2}[./]\d{1,2}[./]\d{2,4})|[ \t]+[\u2013\u2014-][ \t]")
_WORD_CHARS = "'\u2019-"


def prev_word(text: str, start: int) -> str | None:
    """The capitalised word right before ``start`` (spaces or tabs between), if there is one."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == start or k == 0 or not text[k - 1].isalnum():
        return None
    lo = max(0, k - 30)
    j = max(text.rfind(" ", lo, k), text.rfind("\n", lo, k), text.rfind("\t", lo, k)) + 1
    while j < k and not text[j].isalnum():  # an opening quote or bracket
        j += 1
    return text[j:k] if j < k and text[j].isupper() else None


def _after_initial(text: str, start: int) -> bool:
    """"R. Ivanova": one capital letter and a full stop (not "U.S.", nor a compass point:
    "N. Hamgyong", "S. Pyongan") before the name."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k >= 2 and k < start and text[k - 1] == "." and text[k - 2].isupper() and text[k - 2] not in "NSEW" \
        and (k == 2 or not (text[k - 3].isalnum() or text[k - 3] == "."))


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern[str], frozenset[str], dict[str, tuple[str, ...]]]:
    data: dict[str, Any] = knowledge.load(_EXTRA) or {}
    words = sorted((str(w) for w in data.get("compound_suffixes") or ()), key=len, reverse=True)
    compound_re = re.compile(r"-(?:" + "|".join(re.escape(w) for w in words) + r")\b")
    surnames = frozenset(str(s) for s in data.get("surnames") or ())
    by_country = {str(iso): tuple(str(n) for n in names or ()) for iso, names in (data.get("demonyms") or {}).items()}
    return compound_re, surnames, by_country


@lru_cache(maxsize=1)
def _link_re() -> re.Pattern[str]:
    data: dict[str, Any] = knowledge.load(_EXTRA) or {}
    return re.compile(str(data.get("link_lines") or r"(?!)"), re.IGNORECASE)


_LOCATIVE = frozenset({"in", "near", "outside", "around", "inside"})  # not "to", "at": "according to Xinhua"


def locative(text: str, start: int) -> bool:
    """Is the word right before ``start`` a preposition of place ("in", "near", "outside")?"""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == start:
        return False
    j = max(text.rfind(" ", max(0, k - 8), k), text.rfind("\n", max(0, k - 8), k)) + 1
    return text[j:k] in _LOCATIVE


# a person's home town: "a cutter from ...", "a woman from ...", "he comes from ..." (the person's word right before "from")
# (and the widows, couples and children of such reports); a journey home: "went home to ...", "travel back home to ..."
_HOME_FROM = re.compile(r"\b(?:(?:[a-z]+(?:er|ers|or|ors|ee|ees|ist|ists)|[a-z]*(?:man|men|woman|women|hand|hands)|mother|father|son|"
                        r"daughter|wife|husband|girl|girls|boy|boys|family|families|people|comes?|came|hails?|hailed|widows?|"
                        r"couples?|child|children|orphans?)[ \t]+from|(?:go|goes|going|gone|went|travel(?:s|led|ed|ling|ing)?|"
                        r"return(?:s|ed|ing)?|back|sent|send)[ \t]+home[ \t]+to)[ \t]+$")


def home_town(text: str, start: int) -> bool:
    """Is the name right after "from" following a word for a person ("a cutter from X", "she comes from X"), or after a
    journey home ("went home to X")?"""
    return _HOME_FROM.search(text, max(0, start - 30), start) is not None


_AGE_OF = re.compile(r",[ \t]*(?:aged[ \t]+)?\d{1,3},[ \t]*of[ \t]+$")
# the last name of a list before ", " / " and " / " or " ("in Tegal, Pemalang and ...")
_LIST_BEFORE = re.compile(r"(?<![\w'\u2019.-])[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2}"
                          r"(?:,?[ \t]+(?:and|or)|,)[ \t]+$")


def place_locative(text: str, start: int, lists: bool = True, depth: int = 0) -> bool:
    """:func:`locative`, or a home after a person's age ("Ana Lupu, 47, of ..."), or (``lists``) a later name of a
    list of names after a preposition of place ("in Tegal, Pemalang or ...", "in ... and ...")."""
    if locative(text, start):
        return True
    head = text[max(0, start - 24):start]
    if _AGE_OF.search(head):
        return True
    if not lists or depth >= 4:
        return False
    m = _LIST_BEFORE.search(text, max(0, start - 80), start)
    return m is not None and place_locative(text, m.start(), True, depth + 1)


#: Stop-listed city names ("Austin", "Florence", "Reading") count after "in", "near" or
#: "outside" when the city is this big and the document names its country.
STOP_CITY_POPULATION = 200_000
#: ... or when it is this big and the document names a region or another town of its country
#: ("an orchard near Hastings" beside "Hawke's Bay").
STOP_TOWN_POPULATION = 50_000
_STOP_CITY_AFTER = re.compile(r"(?![\w-]|[ \t]+[A-Z])")  # the whole word, not "Victoria Park", not "Austin-based"


_STOP_TABLES: dict[int, dict[str, tuple[tuple[str, int, bool], ...]]] = {}  # per gazetteer id (it is process-wide)


def _stop_cities(g: gazetteer.Gazetteer) -> dict[str, tuple[tuple[str, int, bool], ...]]:
    """Per country, (name, place index, big) of its cities whose names are stop-listed."""
    table = _STOP_TABLES.get(id(g))
    if table is None:
        out: dict[str, list[tuple[str, int, bool]]] = {}
        for idx, p in enumerate(g.places):
            if p.level == "city" and p.population >= STOP_TOWN_POPULATION and p.country:
                key = gazetteer.norm(p.name)
                if key in g.stop:
                    out.setdefault(p.country, []).append((key.capitalize(), idx, p.population >= STOP_CITY_POPULATION))
        table = _STOP_TABLES[id(g)] = {c: tuple(v) for c, v in out.items()}
    return table


stop_city_table = _stop_cities  # (read by qualified_stop_cities too)


def stop_listed_cities(g: gazetteer.Gazetteer, text: str, countries: Mapping[str, int],
                       towns: Mapping[str, int] | None = None) -> list[tuple[int, int, int]]:
    """(start, end, place index) of big cities whose names the gazetteer stop-lists as
    common words or personal names, written after a preposition of place in a document
    that names their country ("a firm in Austin" beside "the United States"); towns of
    STOP_TOWN_POPULATION where it names a region or town of their country (``towns``)."""
    table = _stop_cities(g)
    hits: dict[tuple[int, int], list[int]] = {}
    for country, n in countries.items():
        if n <= 0 or country not in table:
            continue
        for word, idx, big in table[country]:
            if not big and not (towns and towns.get(country, 0) > 0):
                continue
            k = text.find(word)
            while k >= 0:
                e = k + len(word)
                if locative(text, k) and _STOP_CITY_AFTER.match(text, e) is not None:
                    hits.setdefault((k, e), []).append(idx)
                k = text.find(word, e)
    return [(k, e, found[0]) for (k, e), found in sorted(hits.items()) if len(found) == 1]


def link_line(line: str) -> bool:
    """Is a chrome line a link to other stories or a widget ("Related: ...", "Weather: ..."), also
    after other chrome on the same line ("Comments (12) | Read also: ...")?"""
    return _link_re().match(line) is not None or link_after_bar(line) >= 0


_WIDGET = re.compile(r"\W*(?:weather|forecast)\b", re.IGNORECASE)


def link_after_bar(line: str) -> int:
    """Where a link starts that follows other chrome and a bar ("Comments (12) | Read also: ..."),
    or -1. The sentence splitter may take such a line for a headline; the names before the link are
    the page's own, and so is the city of a weather widget there ("Oman | Local news | Weather: Muscat")."""
    link = _link_re()
    k = line.find("|")
    while k >= 0:
        if link.match(line[k + 1:]) and not _WIDGET.match(line, k + 1):
            return k + 1
        k = line.find("|", k + 1)
    return -1


@lru_cache(maxsize=1)
def _place_parts() -> frozenset[str]:
    data: dict[str, Any] = knowledge.load(_EXTRA) or {}
    return frozenset(str(w) for w in data.get("place_part_words") or ())


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    data: dict[str, Any] = knowledge.load(_EXTRA) or {}
    return frozenset(str(w) for w in data.get("given_name_places") or ())


_PLACE_PREP_BEFORE = re.compile(r"\b(?:[Ii]n|[Ff]rom|[Tt]o|[Ii]nto|[Oo]f|[Nn]ear|[Aa]t|[Vv]ia|[Aa]cross|[Tt]hrough|[Oo]utside|"
                                r"[Ii]nside|[Aa]round|[Tt]owards?|[Bb]etween|[Aa]nd|[Oo]r|[Ll]eave|[Ll]eft|[Rr]eturned)[ \t]+$")
_SURNAME_AFTER = re.compile(r"[ \t]+([A-Z\u00c0-\u017d][^\W\d_A-Z]+(?:-[A-Z]?[^\W\d_A-Z]+)?)\b(?![ \t]*,[ \t]*[A-Z][a-z]+[ \t]+(?:and|or)\b)")


def given_name(text: str, start: int, end: int) -> bool:
    """Is the name of a country or region at text[start:end] a person's given name ("Jordan Mills said",
    "Chad Morris, a lawyer")? Such names ("Jordan", "Chad", "Georgia") are common given names; before a
    capitalised word that is no part of a place ("the Jordan Valley") they are."""
    if text[start:end] not in _given_names() or _PLACE_PREP_BEFORE.search(text, max(0, start - 14), start):
        return False  # "workers in India Say ...", "from India Nepal": after a preposition it names the place
    if prev_word(text, start) is not None:
        return False  # "Maids Who Fled Jordan Speak Out": a headline in title case
    m = _SURNAME_AFTER.match(text, end)
    return m is not None and not place_part(m.group(1))


def place_part(word: str) -> bool:
    """Is a capitalised word after a city's name a part of a place in that city ("Hunchun Border Economic
    Cooperation Zone", "Dandong Port", "Khabarovsk Railway Station"), not a firm's or a person's name?"""
    return word in _place_parts()


@lru_cache(maxsize=1)
def _outlet_of_re() -> re.Pattern[str]:
    data: dict[str, Any] = knowledge.load(_EXTRA) or {}
    words = "|".join(re.escape(str(w)) for w in data.get("outlet_of_words") or ())
    return re.compile(rf"(?<![\w'\u2019-])(?:{words or '(?!)'})[ \t]+(?:do|da|dos|das|de|del|du|des|de[ \t]+la|di|della)[ \t]+$")


def outlet_of(text: str, start: int) -> bool:
    """Is the name the end of a newspaper's or broadcaster's name in a Romance language ("Folha do
    Litoral", "Jornal de Angola", "Le Courrier du Sahel")? Such names are outlets, not places."""
    return _outlet_of_re().search(text, max(0, start - 30), start) is not None


def compound(text: str, end: int) -> bool:
    """Does the name ending at ``end`` go on as an adjective that still names the place
    ("Pyongyang-based", "Vladivostok-linked")?"""
    return _data()[0].match(text, end) is not None


_HYPHEN_CAP = re.compile(r"-([A-Z][^\W_]*)")


def hyphen_name(g: gazetteer.Gazetteer, text: str, end: int) -> bool:
    """Does a town's name go on after a hyphen with a capitalised word that is no place ("Ostrov-Fish",
    "Amur-Mebel")? That is a firm's or a brand's name; "Dandong-Sinuiju" and "Seoul-Based" are not."""
    m = _HYPHEN_CAP.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return gazetteer.norm(word) not in g.first and _data()[0].match("-" + word.lower()) is None


_SECTION_BEFORE = re.compile(r"(?:^|\n|[|\[])[ \t]*Inside[ \t]+$")
_SECTION_AFTER = re.compile(r"[ \t]*(?:$|[|\]\n])")


def section_label(text: str, start: int, end: int) -> bool:
    """Is the name a site's section ("Inside North Korea | Economy", "[Inside Russia] ...") between bars,
    brackets or line ends? A section names the site's beat, not a place of the report."""
    return _SECTION_BEFORE.search(text, max(0, start - 12), start) is not None and _SECTION_AFTER.match(text, end) is not None


_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*((?:[A-Z][A-Z'\u2019.-]+[ \t]+){0,2})$")


def transcript_label(text: str, start: int, end: int) -> bool:
    """Is an upper-case name the speaker label of a transcript ("MARICEL SANTOS: ...", then "SANTOS: ...")?
    A label opens a line and ends with a colon; a lone name ("DOHA: ...") counts only when the document
    also writes it after a given name in capitals."""
    name = text[start:end]
    if not name.isupper() or text[end:end + 1] != ":":
        return False
    m = _LABEL_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    if m.group(1):
        return True
    return re.search(rf"(?:^|\n)[ \t]*[A-Z][A-Z'\u2019.-]+[ \t]+{re.escape(name)}:", text) is not None


# a comment's or post's author opening its line: "Thandiwe Mbeki (admin) \u00b7 3 June", "Thandiwe Mbeki: ..."
_POSTER_BEFORE = re.compile(r"(?:^|\n)[ \t]*([A-Z][a-z]+)[ \t]+$")
_POSTER_AFTER = re.compile(r"(?:[ \t]*\([a-z][a-z ]{1,20}\))?(?::[ \t]|[ \t]*[\u00b7\u2022|][ \t]*\d)")


def poster_label(g: Gazetteer, text: str, start: int, end: int) -> bool:
    """Is the name the surname of the author label that opens a comment or post ("Ama Kariba (admin) \u00b7 2 May",
    "Ama Kariba: ...")? The word before it is no place's first word."""
    b = _POSTER_BEFORE.search(text, max(0, start - 30), start)
    return b is not None and _POSTER_AFTER.match(text, end) is not None \
        and gazetteer.norm(b.group(1)) not in g.first


@lru_cache(maxsize=1)
def _speaks_re() -> re.Pattern[str]:
    data: dict[str, Any] = knowledge.load(_EXTRA) or {}
    verbs = "|".join(re.escape(str(w)) for w in data.get("speech_verbs") or ())
    return re.compile(rf"[ \t]+(?:{verbs or '(?!)'})\b")


_SPEAKER_BEFORE = re.compile(r"(?:^|[,\"\u201d\u2019.!?\n])[ \t]*$")


def speaks(text: str, start: int, end: int) -> bool:
    """Is the name the subject of a speech verb right after it, after a quote, a comma or at the start of
    a sentence ('"We work like soldiers," Kasozi said')? A town does not speak; a person whose name is a
    town's does ("a source in Dandong said" is a place: the name follows a preposition)."""
    return _speaks_re().match(text, end) is not None and _SPEAKER_BEFORE.search(text, max(0, start - 3), start) is not None


def after_initial_or_surname(text: str, start: int) -> bool:
    """Is the word at ``start`` the given name or surname of a person: after an initial
    ("R. Ivanova") or right after a Chinese or Korean family name ("Liu Yanping")?"""
    if _after_initial(text, start):
        return True
    w = prev_word(text, start)
    return w is not None and w in _data()[1]


def acronym(text: str, start: int, end: int) -> bool:
    """An upper-case word of two to four letters ("NIS", "KOTRA"): an acronym, not a town."""
    word = text[start:end]
    return 2 <= len(word) <= 4 and word.isupper() and word.isalpha()


# "IMO 8705411", "ISO 9001": a register's name before the number it gives
_IDENTIFIER_AFTER = re.compile(r"\s?(?:No\.?\s?)?\d{4,}\b")


def identifier(text: str, start: int, end: int) -> bool:
    """An upper-case word before a long number ("IMO 8705411" of a ship): an identifier, not Imo State."""
    word = text[start:end]
    return 2 <= len(word) <= 5 and word.isupper() and _IDENTIFIER_AFTER.match(text, end) is not None


# a username's words joined by a dot or an underscore with no space: "rosa.Lima", "Lima_mum"
_HANDLE_BEFORE = re.compile(r"(?<![\w.])[A-Za-z][a-z]{2,}[._]\Z|_\Z")
_HANDLE_AFTER = re.compile(r"_\w|\.[A-Za-z]{2,}")


def handle_part(text: str, start: int, end: int) -> bool:
    """Is the name a part of a forum or social username, joined to another word by a dot or an underscore without a
    space ("nadia.Lima", "Lima_helper")? A dot after a short abbreviation ("N.Korea", "St.Petersburg") is not one."""
    return _HANDLE_BEFORE.search(text, max(0, start - 24), start) is not None or _HANDLE_AFTER.match(text, end) is not None


def dated_line(text: str, end: int) -> bool:
    """After a name that opens a line: a date or a dash ("Gdańsk, 14 November 2023", "Doha —")."""
    return _DATED.match(text, end) is not None


def demonym_countries(text: str) -> set[str]:
    """The countries whose nationality words the text uses ("Chinese", "North Korean")."""
    return {iso for iso in _data()[2] if uses_demonym(text, iso)}


@lru_cache(maxsize=1)
def _demonym_words() -> frozenset[str]:
    return frozenset(w for words in _data()[2].values() for w in words)


def demonym_word(phrase: str) -> bool:
    """Is ``phrase`` a nationality word ("Sri Lankan", "Nepali"), not a person's name?"""
    return phrase in _demonym_words()


@lru_cache(maxsize=1)
def _cue_res() -> dict[str, re.Pattern[str]]:
    data: dict[str, Any] = knowledge.load(_EXTRA) or {}
    return {str(iso): re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
                                 + r")(?![\w-])") for iso, words in (data.get("country_cues") or {}).items() if words}


def uses_country_cue(text: str, iso: str) -> bool:
    """Does the text name an institution, visa or scheme of the country ``iso`` only ("H-2A visas" for US)?"""
    cue = _cue_res().get(iso)
    return cue is not None and cue.search(text) is not None


def uses_demonym(text: str, iso: str) -> bool:
    """Does the text use a nationality word of the country ``iso`` ("Chinese owners" for CN)?"""
    for word in _data()[2].get(iso, ()):
        k = text.find(word)
        while k >= 0:
            e = k + len(word)
            if (k == 0 or not text[k - 1].isalnum()) and (e == len(text) or not text[e].isalnum()):
                return True
            k = text.find(word, e)
    return False


def name_pairs(text: str, spans: Sequence[tuple[int, int]],
               after_capitalised: Callable[[str, int], bool]) -> set[tuple[str, str]]:
    """(previous word, name) for every name that follows a capitalised word mid-sentence:
    in this document, that word and the name make up a longer name ("Amurskaya Zarya")."""
    out: set[tuple[str, str]] = set()
    for start, end in spans:
        w = prev_word(text, start)
        if w is not None and after_capitalised(text, start):
            out.add((w, text[start:end]))
    return out


def in_name(pairs: set[tuple[str, str]], text: str, start: int, end: int) -> bool:
    """Is the name at ``start`` the end of a longer name found elsewhere in the document?"""
    if not pairs:
        return False
    w = prev_word(text, start)
    return w is not None and (w, text[start:end]) in pairs


_OF_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")


def gulf_of(text: str, start: int, end: int) -> bool:
    """"the Gulf of Gdansk", "the Gulf of Finland": a sea the gazetteer does not know, not the Gulf
    states that "the Gulf" alone names."""
    return text[start:end].lower() in ("gulf", "the gulf") and _OF_NAME.match(text, end) is not None


_POSSESSIVE = re.compile(r"['\u2019]s?\s")


def firm_possessive(text: str, start: int, end: int) -> bool:
    """Is the name at ``start`` a possessive ("Jinfeng's site manager") of a firm the document names with it and
    more capitalised words ("Jinfeng Pipeline Engineering")? The short form of the firm's name, not the place."""
    if not _POSSESSIVE.match(text[end:end + 3]):
        return False
    if not name_search.followed(text, text[start:end], _firm_after(), _EDGE):
        return False  # (speed: the search below, without a pattern compiled for the name)
    name = re.escape(text[start:end])
    return re.search(rf"\b{name}(?:\s+[A-Z][\w&-]*){{1,3}}\s+(?:{_firm_words()})\b", text) is not None


_EDGE = re.compile(r"\b")


@lru_cache(maxsize=1)
def _firm_after() -> re.Pattern[str]:
    return re.compile(rf"(?:\s+[A-Z][\w&-]*){{1,3}}\s+(?:{_firm_words()})\b")


@lru_cache(maxsize=1)
def _firm_words() -> str:
    data = knowledge.load("speaker_roles.yaml") or {}
    words = [str(w) for w in data.get("firm_last_words") or []] + ["engineering", "group", "corporation", "company"]
    return "|".join(re.escape(w.capitalize()) for w in sorted(set(words), key=len, reverse=True))


_DOMINANCE = 20  # a city this many times larger than its namesake is the one meant, unless the text places the smaller


_DWELT = 3  # mentions of a country's places before a name: the report is set there


def dominant_city(g: Gazetteer, cands: list[Alias], best: Alias, pair: set[str], ctx_sub: Counter[str],
                  before: Counter[str] | None = None) -> Alias:
    """``best``, or the city of the same name that is at least twenty times larger when nothing in the text but a
    mention of its country speaks for ``best`` (no place of that country beside it, nor two elsewhere in the text, nor
    three mentions of its places ``before`` it): "Amsterdam-based retailer" in a report that also names the U.S. is the
    Dutch capital, not the town in New York; "Rotterdam", not Rotterdam, New York; but "Perth" after a report has named
    Dundee again and again is the Scottish town."""
    p = g.places[best.place]
    if p.level != "city" or p.country in pair or (p.country and (
            ctx_sub[p.country] >= 2 or before is not None and before[p.country] >= _DWELT)):
        return best  # (one other name of that country is no proof: "Hollis" in "Analysts at Hollis Sourcing")
    big = max((a for a in cands if g.places[a.place].level == "city"), key=lambda a: g.places[a.place].population)
    return big if g.places[big.place].population >= _DOMINANCE * max(p.population, 1) else best


_RIVER = re.compile(r"[ \t]+River\b")


def river_after(text: str, end: int) -> int:
    """The end of " River" right after a town's name at ``end`` ("the Dayang River estuary": a river the gazetteer lacks,
    named like its town, in the town's country), else 0."""
    m = _RIVER.match(text, end)
    return m.end() if m is not None else 0


def add_site(found: list[PlaceMention], site: PlaceMention) -> list[PlaceMention]:
    """``found`` with ``site`` (a site the gazetteer cannot list: a farm, a prison, a park named after its town) added,
    unless a place the gazetteer knows spans it already; a town or an area mention inside the site's name is taken
    out. The caller sorts the mentions once it has added them all."""
    if any(p.start <= site.start and site.end <= p.end for p in found):
        return found
    return [p for p in found if not (site.start <= p.start and p.end <= site.end and p.level in ("city", "other"))] + [site]



# a level word right after a town's name, or after a list of names it opens ("X district", "X and Y districts",
# "X, Y and Z districts"): the area around the town, a place of the country the document names
_DISTRICT_AFTER = re.compile(r"(?:(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)[A-Z][\w'\u2019-]*){0,3}[ \t]+(?:district|districts|municipality)\b")


def district_after(text: str, end: int) -> bool:
    """Is the town's name at ``end`` followed by a district level word, alone or after a list of names?"""
    return _DISTRICT_AFTER.match(text, end) is not None
