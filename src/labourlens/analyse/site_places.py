"""Places that the gazetteer cannot list by name but the wording of the text makes plain (extractor ``places.v1``).

* a site named after a place, with a word of its kind: "the Jebel Ali Free Zone", "the Kumasi Light Industrial
  Area" (:func:`sites`): the site is the place the text names, in the country of the place it is named after;
  the town inside the site's name is not named on its own (a country or a region is: "the Qatar Free Zone"
  names Qatar too);
* a town the gazetteer does not know, right before the first-level region or country it lies in: a
  dateline "OKPARA, Delta State \u2014" or "near Kibwezi, in Makueni County" (:func:`region_towns`): the
  town is a place of that region's country;
* a town the gazetteer does not know in a list of towns of one country after a preposition of place, "farms
  around Makhado, Alldays and Musina" (:func:`listed_towns`): a town of that country.

The words of the sites' kinds are in ``place_contexts.yaml`` (``site_kinds``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import farm_sites, gazetteer
from labourlens.analyse.gazetteer import Gazetteer, Place
from labourlens.analyse.penal_sites import penal_sites
from labourlens.analyse.place_rules import add_site
from labourlens.model import PlaceMention

__all__ = ["listed_towns", "region_towns", "sites"]

_NAME = r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}?"
_LEVEL = {"park": "facility", "estate": "facility"}
_WORD = re.compile(r"\S+")
# capitalised words that may open the words before a site's place name ("In Kumasi Industrial Area")
_OPENERS = frozenset({"The", "A", "An", "At", "In", "Inside", "Near", "Outside", "From", "To", "Into", "Through", "Via",
                      "Around", "Across", "Beyond", "Behind", "By", "On", "Of", "And", "Or", "But"})


@lru_cache(maxsize=1)
def _site_re() -> re.Pattern[str]:
    data = knowledge.load("place_contexts.yaml")
    kinds = sorted((str(k) for k in data.get("site_kinds") or ()), key=len, reverse=True)
    alt = "|".join(r"[ \t]+".join(re.escape(w) for w in k.split()) for k in kinds) or "(?!)"
    return re.compile(rf"(?<![\w'\u2019-])({_NAME})[ \t]+({alt})(?![\w-])")


def _best(g: Gazetteer, words: list[str], countries: Counter[str]) -> tuple[int, Place] | None:
    """The gazetteer place that the last of the capitalised words name (the longest such name: "Kumasi" in
    "In Kumasi") and where its words start, in a country the document names ("Golden Triangle" is also a town
    of the United States: not in a report on Laos)."""
    for k in range(len(words)):
        keys = tuple(gazetteer.norm(w) for w in words[k:])
        cands = [g.places[a.place] for a in g.index.get(keys) or ()]
        cands = [p for p in cands if p.country and p.level in ("country", "admin1", "city", "other")]
        cands = [p for p in cands if countries[p.country or ""] > 0]  # not a namesake in a country never named
        if cands:
            return k, max(cands, key=lambda p: (p.level != "city", p.population))
    return None


def sites(g: Gazetteer, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """``found`` with the sites named after a place ("the Kumasi Light Industrial Area") added; a town or an
    area mention inside a site's name is taken out; so are the farms named by their kind word ("Fazenda Boa Vista").
    Numbered colonies and named prisons are read first (penal_sites)."""
    found = penal_sites(g, text, found)  # "penal colony No. 12", "Daxing Prison"
    found = farm_sites.farms(text, found)
    found = _street_towns(text, found)
    if "Zone" not in text and "Area" not in text and "Park" not in text and "Estate" not in text:
        return found
    countries = Counter(m.country for m in found if m.country)
    out = list(found)
    for m in _site_re().finditer(text):
        words = m.group(1).split()
        best = _best(g, words, countries)
        if best is None:
            continue
        k, place = best
        if any(w not in _OPENERS for w in words[:k]):
            continue  # "the Lagos Lekki Free Zone": the site's name is more than the place's
        head = " ".join(words[k:])
        start = m.start(1) + [w.start() for w in _WORD.finditer(m.group(1))][k]
        kind = " ".join(m.group(2).split())
        name = f"{place.name if head.isupper() else head} {kind}"  # (a site the gazetteer knows, "Hawassa Industrial
        # Park", stays the gazetteer's)
        out = add_site(out, PlaceMention(start=start, end=m.end(), text=text[start:m.end()], name=name,
                                         country=place.country, admin1=place.admin1,
                                         level=_LEVEL.get(kind.split()[-1].lower(), "other"), lat=place.lat, lon=place.lon,
                                         gazetteer_id=f"site:{place.gid}:{kind.lower()}"))
    out.sort(key=lambda p: (p.start, -p.end))
    return out


@lru_cache(maxsize=1)
def _street_re() -> re.Pattern[str]:
    kinds = knowledge.load("place_contexts.yaml").get("street_kinds") or ()
    alt = "|".join(re.escape(str(k)) for k in kinds) or "(?!)"
    return re.compile(rf"[ \t]+(?:{alt})(?![\w-])")


def _street_towns(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """``found`` without the towns that only name a street ("a workshop on Kettering Road"): the road is named
    after the town it leads to. Regions and countries stay ("Qatar Street" is read as it was)."""
    return [p for p in found if p.level != "city" or _street_re().match(text, p.end) is None]


# the town's name after the start of a line (a dateline, in capitals) or a preposition of place, then a comma
_TOWN_BEFORE = re.compile(rf"(?:(?:^|\n)[ \t]*(?P<line>{_NAME})|(?<![\w-])(?:in|near|outside)[ \t]+(?P<prep>{_NAME}))"
                          r",[ \t]+(?:in[ \t]+)?$")
# without the comma: "a pit at Obogu in the Ashanti Region" (the region then with its level word)
_TOWN_IN = re.compile(rf"(?<![\w-])(?:in|near|outside|at)[ \t]+(?P<prep>{_NAME})[ \t]+in[ \t]+(?:the[ \t]+)?$")
_LEVEL_WORD = re.compile(r"(?:[ \t]+|.*[ \t])(?:State|Province|Region|County|District)$|[ \t]+(?:State|Province|Region|County|District)\b")
_DATE_AFTER = re.compile(r",[ \t]*(?:\d{1,2}[ \t]+(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)|(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)[ \t]+\d{1,2},?)[ \t]+\d{4}[ \t]*$", re.MULTILINE)
_MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                     "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                     "Christmas", "Easter", "Ramadan"})
_DASH_AFTER = re.compile(r"[ \t]*(?:State|Province|Region|County|District)?[ \t]*(?:--|[\u2014\u2013]|-(?=\s)|:)")
# after the region: the end of the clause or a function word, not a noun it qualifies ("Lagos State chairman")
_LEVEL_AFTER = re.compile(r"(?:[ \t]+(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Cc]ounty|[Dd]istrict))?(?:[ \t]*(?:[.,;:)\n]|$)|[ \t]+"
                          r"(?:and|or|where|which|that|on|in|at|to|from|for|since|last|this|when|after|before|during|"
                          r"was|is|were|are|has|had|have)\b)")
# capitalised words that open no town's name ("in Court, Lagos State", "near Camp, ...")
_NOT_TOWNS = frozenset({"The", "A", "An", "In", "At", "Near", "From", "On", "And", "But", "Police", "Court", "Camp", "Mine",
                        "Farm", "Factory", "Plant", "Road", "Street", "Avenue", "Station", "Hospital", "School", "Market",
                        "Dam", "River", "Lake", "Hill", "Hills", "Port", "Estate", "Park", "Company", "Ltd", "Limited",
                        "Inc", "Group", "Ministry", "Office", "House", "Hotel", "Prison", "Centre", "Center", "University"})


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    data = knowledge.load("given_names.yaml")
    return frozenset(str(n).lower() for key in ("female", "male") for n in data.get(key) or ())


def _firm_word(word: str) -> bool:
    from labourlens.analyse import places  # imported here: places calls this module

    return places.firm_word(word)


def region_towns(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Towns the gazetteer does not know, read from the region or country named right after them: "OKPARA,
    Delta State \u2014" (a dateline), "a camp near Kibwezi, in Makueni County"."""
    out: list[PlaceMention] = []
    for r in found:
        if r.level not in ("admin1", "country") or not r.country:
            continue
        b = _TOWN_BEFORE.search(text, max(0, r.start - 60), r.start)
        if b is None and r.level == "admin1" and (_LEVEL_WORD.match(r.text) or _LEVEL_WORD.match(text, r.end)):
            b = _TOWN_IN.search(text, max(0, r.start - 60), r.start)
            if b is not None and any(w in _MONTHS for w in b.group("prep").split()):
                b = None  # "in March in Delta State"
        if b is None:
            continue
        line = b.groupdict().get("line")
        name = line or b.group("prep") or ""
        start = b.start("line") if line else b.start("prep")
        if line is not None and (r.level != "admin1" or (_DASH_AFTER.match(text, r.end) is None or not line.isupper())
                                 and _DATE_AFTER.match(text, r.end) is None):
            continue  # a dateline: the town in capitals, its region, a dash; or "Town, Region, 3 May 2025" on a line
        if line is None and _LEVEL_AFTER.match(text, r.end) is None:
            continue
        words = name.split()
        if any(w.strip("'\u2019") in _NOT_TOWNS or w.isupper() and line is None or _firm_word(w) for w in words) \
                or words[0].lower() in _given_names():
            continue  # "from Acme Holdings, Lagos State", "from Grace Otieno, Nairobi County": a firm, a person
        end = start + len(name)
        if any(p.start < end and start < p.end for p in (*found, *out)):
            continue  # a place the gazetteer knows
        if len(words) > 1 and words[-1].lower() in ("county", "district", "municipality", "township"):
            continue  # "in Harlan County, Kentucky": a county, not a town
        title = " ".join(w.capitalize() if w.isupper() else w for w in words)
        out.append(PlaceMention(start=start, end=end, text=text[start:end], name=title, country=r.country, admin1=None,
                                level="city", lat=None, lon=None, gazetteer_id=f"town:{r.country}-{title}"))
    return out


_ITEM = r"[A-Z][\w'\u2019-]+"
_TOWN_LIST = re.compile(rf"(?<![\w-])(?:in|around|near|outside|between)[ \t]+(?P<names>{_ITEM}(?:,[ \t]+{_ITEM})+,?[ \t]+"
                        rf"(?:and|or)[ \t]+{_ITEM})(?:[ \t]*(?:[.,;:)\n]|$)|[ \t]+(?:in|on|at|to|from|for|since|where|which|"
                        r"that|when|during|after|before|were|are|was|is|have|has|had|say|said|says|districts?|areas?|"
                        r"towns?|villages?)\b)")


def listed_towns(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Towns the gazetteer does not know, named in a list of three or more after a preposition of place whose
    other names are all towns or districts of one country ("around Makhado, Alldays and Musina")."""
    out: list[PlaceMention] = []
    for m in _TOWN_LIST.finditer(text):
        items = [(k.start() + m.start("names"), k.end() + m.start("names"), k.group())
                 for k in re.finditer(_ITEM, m.group("names")) if k.group() not in ("and", "or")]
        known = [next((p for p in found if p.start == s and p.end == e), None) for s, e, _ in items]
        unknown = [(s, e, w) for (s, e, w), p in zip(items, known, strict=True) if p is None]
        countries = {p.country for p in known if p is not None and p.level in ("city", "other")}
        if len(unknown) != 1 or len(countries) != 1 or sum(p is not None for p in known) < 2 \
                or any(p is not None and p.level not in ("city", "other") for p in known):
            continue
        s, e, word = unknown[0]
        if word in _NOT_TOWNS or word in _MONTHS or word.isupper() or _firm_word(word) or word.lower() in _given_names() \
                or any(p.start < e and s < p.end for p in found):
            continue
        country = countries.pop()
        out.append(PlaceMention(start=s, end=e, text=word, name=word, country=country, admin1=None, level="city",
                                lat=None, lon=None, gazetteer_id=f"town:{country}-{word}"))
    return out
