"""Districts the gazetteer does not list, named as districts (extractor ``places.v1``).

Reports from South Asia and elsewhere name second-level units by the word that says what they are: "families from
Harda district", "in Ujjain and Ratlam districts of Madhya Pradesh", "the districts of Alpha, Beta and Gamma". The
words before "district" (or after "districts of") are the district's name even when the gazetteer knows no such
place (:func:`named_districts`), and a hyphenated district ("Dhule-Nandurbar") is one place, not the towns inside
its name. The district lies in the country of the region or country named right after it ("... districts of Madhya
Pradesh"), else in the country that most of the report's places are in; only in the countries whose reports name their units
so as a matter of course (``place_contexts.yaml``, ``district_countries``: South and Central Asia), since elsewhere "district"
also translates city wards and rural units that reports name otherwise. Some countries' reports name their units by
a word of their own (``unit_words``: a Mongolian "soum", a Pakistani "tehsil", a Bangladeshi "upazila"), read the same
way in those countries only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.gated import Gated, gated
from labourlens.model import PlaceMention

__all__ = ["named_districts"]

_WORD = r"[A-Z][a-z][\w\u2019'-]*(?<!'s)(?<!\u2019s)"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD})?"
_LIST = rf"{_NAME}(?:,[ \t]+{_NAME})*(?:,?[ \t]+(?:and|or)[ \t]+{_NAME})?"
_PLACE_BEFORE = (r"(?<![\w'\u2019-])(?:(?<=in )|(?<=from )|(?<=to )|(?<=of )|(?<=around )|(?<=near )|(?<=across )|"
                 r"(?<=the )|(?<=The )|(?<='s )|(?<=\u2019s ))")
# "the districts of Alpha, Beta and Gamma"
# (gated, as is _before(): most reports name no unit word, and the scans tried every character of the text)
_AFTER = gated(rf"\b(?P<unit>districts)[ \t]+of[ \t]+(?P<names>{_LIST})(?=[ \t]*[;.,:)\n]|[ \t]*$)")
_ITEM = re.compile(_NAME)
# words that name no district: compass and business words, calendar words, function words
_NOT = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
                  "Lower", "Middle", "Business", "Financial", "Commercial", "Industrial", "Historic", "Old", "New",
                  "Red", "Light", "School", "Police", "Each", "Every", "Other", "Another", "Both", "Neighbouring",
                  "Neighboring", "Remote", "Rural", "Urban", "Border", "Hill", "Coastal", "Same", "Whole", "Entire",
                  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
_SHARE = 0.6  # the share of the report's placed mentions that its main country must hold
# a Russian-style ward name ("Kirovsky", "Leninsky", "Sovetskiy"): the district of a Russian city as often as of a
# Central Asian one, so only placed by a region or country named right after it, never by the report's main country
_RUSSIAN_WARD = re.compile(r"\w+(?:sk[iy]y?|sko[yi]e?|skaya)$")


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(str(c) for c in knowledge.load("place_contexts.yaml").get("district_countries") or ())


@lru_cache(maxsize=1)
def _unit_words() -> dict[str, frozenset[str]]:
    """A country's own word for its units (singular, lower case) and the countries that use it."""
    units = knowledge.load("place_contexts.yaml").get("unit_words") or {}
    return {str(w).lower(): frozenset(str(c) for c in cs) for w, cs in units.items()}


@lru_cache(maxsize=1)
def _before() -> Gated:
    """The names before a unit word: "from Harda district", "in Ujjain and Ratlam districts", "the Dhule-Nandurbar
    district administration", "in Alpha soum", "from Alpha and Beta tehsils"."""
    words = sorted({"district", *_unit_words()}, key=lambda w: (-len(w), w))  # (one order whatever the hash seed)
    alternation = "|".join(re.escape(w) for w in words)
    return gated(rf"{_PLACE_BEFORE}(?P<names>{_LIST})[ \t]+(?P<unit>(?:{alternation})s?)\b")


def _unit_countries(unit: str) -> frozenset[str]:
    word = unit.lower()
    if word.startswith("district"):
        return _countries()
    return _unit_words().get(word) or _unit_words().get(word[:-1]) or frozenset()


def _main_country(found: list[PlaceMention]) -> str | None:
    counts = Counter(p.country for p in found if p.country)
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if n >= _SHARE * sum(counts.values()) else None


def _country_after(text: str, end: int, found: list[PlaceMention]) -> str | None:
    """The country of the region or country named right after the districts ("districts of Odisha", "in Nepal's
    Karnali Province")."""
    m = re.compile(r"[ \t]+(?:of|in)[ \t]+").match(text, end)
    if m is None:
        return None
    return next((p.country for p in sorted(found, key=lambda p: p.start)  # "the X neighbourhood of <city>" too
                 if p.country and p.level in ("country", "admin1", "city") and m.end() <= p.start <= m.end() + 2), None)


def named_districts(text: str, found: list[PlaceMention],
                    firm_word: Callable[[str], bool] | None = None) -> list[PlaceMention]:
    """``found`` with the districts named as districts added, and the towns inside a hyphenated district's name
    dropped."""
    main = _main_country(found)
    add: list[PlaceMention] = []
    drop: set[int] = set()
    for rx in (_before(), _AFTER):
        for m in rx.finditer(text):
            after = _country_after(text, m.end(), found) if rx is not _AFTER else None
            country = after or main
            if country is None or country not in _unit_countries(m.group("unit")):
                continue
            base = m.start("names")
            for k in _ITEM.finditer(m.group("names")):
                name = k.group()
                if name in ("and", "or") or any(w in _NOT for w in name.split()) or (
                        firm_word is not None and any(firm_word(w) for w in name.split())):
                    continue
                if after is None and _RUSSIAN_WARD.match(name):
                    continue
                s, e = base + k.start(), base + k.end()
                inside = [i for i, p in enumerate(found) if p.start < e and s < p.end]
                if any(found[i].start <= s and e <= found[i].end for i in inside):
                    continue  # a place the gazetteer knows by this name
                if inside and "-" not in name:
                    continue  # "Santa Cruz district": the gazetteer's reading stands
                if any(a.start < e and s < a.end for a in add):
                    continue
                drop.update(inside)  # "Dhule-Nandurbar": not the towns of Dhule and Nandurbar
                add.append(PlaceMention(start=s, end=e, text=name, name=name, country=country, admin1=None,
                                        level="other", lat=None, lon=None, gazetteer_id=f"district:{country}-{name}"))
    if not add:
        return found
    return [p for i, p in enumerate(found) if i not in drop] + add
