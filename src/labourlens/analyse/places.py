"""Place mentions (extractor ``places.v1``): countries, first-level regions, cities,
borders, rivers and regions, looked up in :mod:`labourlens.analyse.gazetteer` and
disambiguated by the document's other places.

How a name is found: the text is split into word and punctuation tokens; at each token that can start a name, the
longest token sequence that is a gazetteer name wins ("North Pyongan Province" over "Pyongan", "South Korea" over
"Korea"), provided the capitalisation fits (capitalised words must be capitalised, codes like "US" must be upper case).
Names inside outlet names ("Radio Free Asia", "Korea Herald") and words that are part of personal names ("Mr. Young",
"Kim Chol-su", "R. Ivanova", "Liu Yanping"), acronyms ("the NIS") and names in the page's links to other stories
("Related: ...") are not places; see :mod:`labourlens.analyse.place_rules` for these context rules.

How a place is chosen when a name has several: the level (country, then region, province, city), explicit cues ("Jilin city",
"Jilin Province"), the countries the document mentions elsewhere (provinces and cities count more than countries), failing
those its nationality words ("Pakistani workers from Punjab"), and population. A small town is reported only when the
document is about its country (a place or a nationality word: "Chinese owners") or names it after "in", "near", "outside".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse import (
    context_regions,
    gazetteer,
    outlets,
    place_contexts,
    place_rules,
    qualified_stop_cities,
    site_places,
    state_abbreviations,
)
from labourlens.analyse.accent_places import unaccented_common_word
from labourlens.analyse.compass_regions import compass_regions
from labourlens.analyse.coordinated_regions import coordinated_regions
from labourlens.analyse.district_places import districts
from labourlens.analyse.firm_places import in_firm_name
from labourlens.analyse.gazetteer import Alias, Gazetteer, Place
from labourlens.analyse.name_part_places import (
    arabic_name_part,
    level_word_regions,
    named_surname,
    surname_after_given_name,
)
from labourlens.analyse.named_settlements import settlements
from labourlens.analyse.outlet_name_spans import introduced_outlet_spans
from labourlens.analyse.paper_names import paper_spans
from labourlens.analyse.person_name_places import as_person, double_surname, introduced_names
from labourlens.model import PlaceMention, Sentence

__all__ = ["EXTRACTOR", "find"]

EXTRACTOR = "places.v1"

_LEVEL_WEIGHT = {"country": 6.0, "other": 5.0, "border": 5.0, "facility": 5.0, "admin1": 4.0, "city": 3.0}
_ADMIN_CUE = frozenset({"province", "provinces", "prefecture", "prefectures", "oblast", "krai", "region",
                        "regions", "regional", "provincial", "governorate", "emirate", "state"})
_CITY_CUE = frozenset({"city", "town", "county"})
_TITLES = place_rules.TITLES


def _cases_fit(cases: tuple[str, ...], toks: Sequence[str]) -> bool:
    for c, t in zip(cases, toks, strict=False):
        if c == "C":
            if not t[0].isupper():
                return False
        elif c == "U" and not t.isupper():
            return False
    return True


_Match = tuple[int, int, list[Alias]]  # start, end, fitting aliases


def _scan(g: Gazetteer, text: str, lo: int = 0, hi: int | None = None) -> list[_Match]:
    """Longest gazetteer names in text[lo:hi] that start where a name can start."""
    assert g.start_re is not None
    hi = len(text) if hi is None else hi
    out: list[_Match] = []
    first, prefixes = g.first, g.prefixes
    nxt = gazetteer.NEXT_TOKEN_RE.match
    norm = gazetteer.norm
    pos = lo
    for m in g.start_re.finditer(text, lo, hi):
        w = m.group()
        key0 = w.lower() if w.isascii() else norm(w)  # norm() of a plain word, without the cache call
        longest = first.get(key0)
        if longest is None:
            continue
        s = m.start()
        if s < pos:
            continue
        raw = [w]
        ends = [m.end()]
        if longest > 1:
            keys: tuple[str, ...] = (key0,)
            while len(raw) < longest and keys in prefixes:
                t = nxt(text, ends[-1], hi)
                if t is None:
                    break
                tok = t.group(1)
                raw.append(tok)
                ends.append(t.end(1))
                keys += (norm(tok),)
        for length, fit, the in _fitting(g, tuple(raw)):
            if the and _THE_BEFORE.search(text, max(0, s - 5), s) is None:
                fit = [c for c in fit if not c.needs_the]
                if not fit:
                    continue
            out.append((s, ends[length - 1], fit))
            pos = ends[length - 1]
            break
    return out


def _with_towns(g: Gazetteer, text: str) -> list[_Match]:
    """The names of :func:`_scan`, and the names of towns under 15,000 people where no other name stands."""
    found = _scan(g, text)
    if g.towns is None:
        return found
    towns = [m for m in _scan(g.towns, text)  # a longer town's name wins: "Batu Kawan", not the city "Batu"
             if not any(s < m[1] and m[0] < e and not (m[0] <= s and e <= m[1] and e - s < m[1] - m[0])
                        for s, e, _ in found)]
    if not towns:
        return found
    kept = [f for f in found if not any(t[0] <= f[0] and f[1] <= t[1] for t in towns)]
    return sorted(kept + towns, key=lambda m: m[0])


_FIT_CACHE_SIZE = 50_000


def _fitting(g: Gazetteer, raw: tuple[str, ...]) -> list[tuple[int, list[Alias], bool]]:
    """For the tokens ``raw`` read at a name start: (length, aliases whose capitalisation
    fits, whether one of them needs "the" before it) for every length with such aliases,
    longest first. Remembered per gazetteer: the same words ("North Korean", "Dandong")
    recur from one report to the next. The lists are shared: callers must not change them."""
    cache = g.fit_cache
    found = cache.get(raw)
    if found is None:
        if len(cache) >= _FIT_CACHE_SIZE:
            cache.clear()
        keys = tuple(gazetteer.norm(t) for t in raw)
        found = []
        for length in range(len(raw), 0, -1):
            cands = g.index.get(keys[:length])
            if cands:
                fit = [c for c in cands if _cases_fit(c.cases, raw[:length])]
                if fit:
                    found.append((length, fit, any(c.needs_the for c in fit)))
        cache[raw] = found
    return found


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_AFTER_RE = re.compile(r"[ \t]*([^\W_]+|[^\w\s])?[ \t]*([^\W_]+)?[ \t]*([^\W_]+)?")
_BEFORE_RE = re.compile(r"([^\W_]+)?[ \t]*([^\W_]+|[^\w\s])?[ \t]*$")


def _personal_name(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a part of a personal name?"""
    # "Kim Chol-su", "Pak Song-il": a hyphen and a lower-case syllable right after
    if text[end:end + 1] == "-" and text[end + 1:end + 2].islower() and not place_rules.compound(text, end):
        return True
    lo = max(0, start - 30)
    # A cheap test first: the title must be the last token before the name (a capitalised
    # word, or a full stop after a word); most names follow a lower-case word ("in Dandong").
    q = start
    if q > lo and text[q - 1] == "\n":
        q -= 1
    while q > lo and text[q - 1] in " \t":
        q -= 1
    if q == lo:
        return False
    if text[q - 1].isalnum():
        k = q - 1
        while k > lo and text[k - 1].isalnum():
            k -= 1
        if not any(c.isupper() for c in text[k:q]):
            return False
    elif text[q - 1] != ".":
        return False
    b = _BEFORE_RE.search(text, lo, start)
    if b:
        w1, w2 = (b.group(1) or "").lower(), b.group(2) or ""
        if w2 == "." and w1 in _TITLES:
            return True
        if w2[:1].isupper() and w2.lower() in _TITLES:
            return True
    return False


def _score(p: Place, alias: Alias, ctx_country: Counter[str], ctx_sub: Counter[str],
           admin_cue: bool, city_cue: bool) -> float:
    s = _LEVEL_WEIGHT.get(p.level, 3.0)
    if p.level == "city":
        s += gazetteer.population_weight(p)
    else:
        s += 3.5
    if p.country:
        if ctx_country[p.country]:
            s += 2.0
        if ctx_sub[p.country]:
            s += 3.0
    if alias.primary:
        s += 1.0
    if p.prefer_admin1 and p.level == "admin1":
        s += 1.5
    if admin_cue and p.level == "admin1":
        s += 10.0
    if city_cue and p.level == "city" and alias.primary:
        s += 10.0  # "the port city of Rason": Rason, not the town GeoNames also calls so
    return s


def find(text: str, sentences: list[Sentence] | None = None) -> list[PlaceMention]:
    """Every place mention in ``text``, in text order."""
    if not text:
        return []
    g = gazetteer.get()
    blocked = [(s, e) for s, e, _ in outlets.find_mentions(text)] + paper_spans(text)  # "Sauti ya Pwani": a paper
    blocked += introduced_outlet_spans(text)  # "the regional portal Volga Line": an outlet's name
    # links and widgets of the page ("Related: ...", "Most read: ...") name places the report is not about
    blocked += [(s.start, s.end) for s in sentences or () if s.kind == "chrome" and place_rules.link_line(s.text)]
    blocked += [(s.start + k, s.end) for s in sentences or () if s.kind == "headline" and text[s.start:s.end] == s.text
                and (k := place_rules.link_after_bar(s.text)) >= 0]
    kept: list[_Match] = []
    people = introduced_names(text)  # "who gave her name only as Alba", "Professor Lima": that person, wherever named
    for start, end, cands in _with_towns(g, text):
        if blocked and any(bs <= start and end <= be for bs, be in blocked):
            continue
        if _modifier(text, start, end) or place_rules.gulf_of(text, start, end) or place_rules.section_label(text, start, end):
            continue
        levels = {g.places[a.place].level for a in cands}
        if levels == {"city"} and (_personal_name(text, start, end) or place_rules.hyphen_name(g, text, end)
                                   and not place_contexts.area_compound(text, end)  # "the Sochi-Adler coastal strip"
                                   or place_rules.transcript_label(text, start, end) or place_rules.poster_label(g, text, start, end)):
            continue
        if place_contexts.foreign_paper(text, end) or place_contexts.club_name(text, start, end) \
                or place_contexts.assembly(text, start, end):
            continue  # "Baikal Pravda": a paper; "the Tver Falcons beat ...": a club
        if "country" not in levels and (arabic_name_part(text, start, end) or surname_after_given_name(text, start, end)
                                        or levels == {"city"} and all(g.places[a.place].population < 100_000 for a in cands)
                                        and named_surname(text, text[start:end], _after_capitalised)):
            continue  # "Hassan Al-Aradi", "Ana Machava, 41,": parts of a person's name; "Orcutt" after "Danielle Orcutt"
        if "country" not in levels and (as_person(text, start, end, people) or double_surname(text, start, end)):
            continue  # "Alba said" after "gave her name only as Alba"; "Lima said" after "Professor Ana Lima";
            # "Dr. Ana Tarlac-Uy, a sociologist"
        if "country" not in levels and place_rules.after_initial_or_surname(text, start):
            continue  # "R. Ivanova", "Liu Yanping", "Kim Jilin"
        if place_rules.given_name(text, start, end) and not _dateline(text, start, end):
            continue  # "Jordan Mills", "Chad Morris": a given name that is also a country's
        if place_rules.identifier(text, start, end) or place_rules.handle_part(text, start, end):
            continue  # "IMO 8705411": a ship's number, not Imo State; "maria.Lima": a username
        if "country" not in levels and unaccented_common_word(g, text[start:end], cands):
            continue  # "Para mim, ...": a Portuguese word, not Pará
        if levels == {"city"} and place_rules.acronym(text, start, end) and not _dateline(text, start, end) \
                and not any(a.cases == ("U",) for a in cands):
            continue  # "the NIS" is an agency, not Niš
        kept.append((start, end, cands))
    names = place_rules.name_pairs(text, [(s, e) for s, e, _ in kept], _after_capitalised)

    # context: the countries of the distinct names that are not ambiguous across countries
    ctx_country: Counter[str] = Counter()
    ctx_sub: Counter[str] = Counter()
    contrib: dict[str, tuple[str, bool]] = {}
    for start, end, cands in kept:
        if all(g.places[a.place].town for a in cands):
            continue  # a town is reported only in a document about its country: it is no context for one
        countries = {g.places[a.place].country for a in cands}
        c = next(iter(countries)) if len(countries) == 1 else _country_of(g, cands)
        key = text[start:end].casefold()
        if c and key not in contrib and any(a.primary for a in cands):  # not "Ngoma", a GeoNames alternate of Goma
            is_country = any(g.places[a.place].level == "country" for a in cands)
            contrib[key] = (c, is_country)
            (ctx_country if is_country else ctx_sub)[c] += 1

    out: list[PlaceMention] = []
    prev: tuple[int, Place] | None = None  # end and place of the previous resolved name
    resolved: Counter[str] = Counter()  # the countries of the names read so far, once per mention
    for k, (start, end, cands) in enumerate(kept):
        # "Atlanta, Georgia", "Jilin, China", "St. Petersburg, Russia": a name and the larger
        # place right after it (or before it) agree on the country
        pair: set[str] = set()
        if k + 1 < len(kept) and text[end:kept[k + 1][0]] in (", ", ","):
            pair = {c for c in (g.places[a.place].country for a in kept[k + 1][2]) if c}
        if prev is not None and text[prev[0]:start] in (", ", ",") and prev[1].country:
            pair.add(prev[1].country)
        if prev is not None and text[prev[0]:start] in ("'s ", "\u2019s ") and prev[1].level == "country" and prev[1].country:
            pair.add(prev[1].country)  # "Pakistan's Punjab province": the region of that country
        after = _AFTER_RE.match(text, end)
        a1 = (after.group(1) or "").lower() if after else ""
        admin_cue = a1 in _ADMIN_CUE
        city_cue = a1 in _CITY_CUE or text[max(0, start - 8):start].lower().endswith("city of ") or (
            after is not None and a1 == "," and (after.group(2) or "").lower() in ("a", "the")
            and (after.group(3) or "").lower() == "city")
        mine = contrib.get(text[start:end].casefold())
        if mine is not None:  # a name is no context for itself
            (ctx_country if mine[1] else ctx_sub)[mine[0]] -= 1
        if len(cands) == 1:
            best = cands[0]
        else:
            nat = _demonym_countries(g, text, cands, ctx_country, ctx_sub)
            best = max(cands, key=lambda a: _score(g.places[a.place], a, ctx_country, ctx_sub, admin_cue, city_cue)
                       + (6.0 if g.places[a.place].country in pair else 0.0)
                       + (2.5 if g.places[a.place].country in nat else 0.0))
            best = place_rules.dominant_city(g, cands, best, pair, ctx_sub, resolved)  # Amsterdam, not Amsterdam, New York
        p = g.places[best.place]
        known = p.country is not None and bool(ctx_country[p.country] or ctx_sub[p.country] or p.country in pair)
        if not known and p.level == "city" and p.country is not None:
            # "Chinese owners": a Chinese town needs no other introduction
            known = place_rules.uses_demonym(text, p.country)
        if mine is not None:
            (ctx_country if mine[1] else ctx_sub)[mine[0]] += 1
        if not known and p.level == "city" and len(cands) == 1 and best.primary and not p.town:
            # "a source in Hunchun said": one town of that name, after a preposition of place (a town of
            # GeoNames' under 15,000 needs its country in the document)
            # (a lone city later in a list of names needs more: "in Klang and Meru" is no Meru of another country)
            known = place_rules.locative(text, start) and not _NUMBER_AFTER.match(text, end)
        if p.town and not (p.country in pair or city_cue or known and (place_rules.place_locative(text, start)
                                                                        or place_rules.home_town(text, start)
                                                                        or place_rules.district_after(text, end)
                                                                        or _dateline(text, start, end))):
            continue  # a town under 15,000: "Kilkeel, Northern Ireland", "the town of ...", "in ...", "KILKEEL —" on its country
        if not known and p.level == "admin1" and context_regions.needs_context(p.gid):
            continue  # "Victoria", "Berkshire": such a region only in a document about its country
        if p.level == "city" and not city_cue and not known and not _dateline(text, start, end) and (
                p.population < 100_000 or (not best.primary and " " not in text[start:end])
                or (p.population < 1_000_000 and _sentence_initial(text, start))
                or _after_capitalised(text, start)):
            # a lone city of a country the document never mentions: only a big city by its own
            # name, never a capitalised word at the start of a sentence or after another name
            continue
        if p.level == "city" and p.population < 1_000_000 and (_after_capitalised(text, start) or place_rules.speaks(text, start, end)):
            continue  # "Nadezhda Orlova", "Lin Feng": a surname; "..., Kasozi said": a person
        if p.level == "other" and " " not in text[start:end] and _after_capitalised(text, start):
            continue  # "New Focus Korea": the last word of a name
        if p.level != "country" and place_rules.in_name(names, text, start, end):
            continue  # "Amurskaya Zarya" at the start of a line, named again mid-sentence
        if p.level == "city" and _before_capitalised(g, text, end) and not _dateline(text, start, end):
            continue  # "Vladimir Putin", "Sydney Chen": a given name; "Dandong Hongda": a company
        if p.level == "city" and place_rules.firm_possessive(text, start, end):
            continue  # "Jinfeng's site manager" after "Jinfeng Pipeline Engineering": the firm
        if in_firm_name(text, start, end, p.level == "country"):
            continue  # "PT Sulteng Metal Indonesia", "Halden Vietnam Co., Ltd": a firm's legal name
        prev = (end, p)
        if p.country:
            resolved[p.country] += 1
        if p.level == "city" and (river := place_rules.river_after(text, end)):
            out.append(replace(_mention(text, start, river, p), name=f"{p.name} River", level="other",
                               gazetteer_id=f"river:{p.gid}"))  # "the Dayang River estuary": the river, by its town's name
            continue
        if p.emit:
            out.append(_mention(text, start, end, p))
        if p.also:
            q = _country(g, p.also)
            if q is not None:
                out.append(_mention(text, start, end, q))
        if p.level == "border":
            # "the China-North Korea border" also names the two countries
            head = text[start:end].rsplit(None, 1)[0]  # without the word "border"
            for s2, e2, inner in _scan(g, text, start, start + len(head)):
                q = g.places[inner[0].place]
                if q.level == "country" and len(inner) == 1 and (s2, e2) != (start, end):
                    out.append(_mention(text, s2, e2, q))
    stopped = place_rules.stop_listed_cities(g, text, ctx_country + ctx_sub, ctx_sub)
    stopped += qualified_stop_cities.find(g, text, ctx_country)  # "SPLIT, Croatia \u2014", "in Nice, France"
    for start, end, idx in sorted(stopped):
        if not (blocked and any(bs <= start and end <= be for bs, be in blocked)) and not _modifier(text, start, end) \
                and not any(m.start < end and start < m.end for m in out):  # "in Mary region": the region already
            out.append(_mention(text, start, end, g.places[idx]))  # "a firm in Austin", in a text about the US
    out.extend(_cjk(text, g))
    out.extend(_mention(text, s, e, g.places[i]) for s, e, i in state_abbreviations.find(g, text, out))  # "Wenatchee, Wash."
    out = site_places.sites(g, text, out)  # "the Kumasi Light Industrial Area"
    out.extend(site_places.region_towns(text, out))  # "OKPARA, Delta State \u2014": a town the gazetteer does not know
    out.extend(site_places.listed_towns(text, out))  # "around Makhado, Alldays and Musina": so is Alldays
    out = settlements(text, districts(text, out, firm_word, blocked))  # "from Harda district", "in Rolpa"; "Batey Ocho"
    out.sort(key=lambda m: (m.start, -m.end))
    out = coordinated_regions(text, out, lambda name, s, e: _region_named(g, text, name, s, e))  # "the A and B oblasts"
    out = compass_regions(text, out)  # "the Western Region" in a report on Ghana
    return level_word_regions(out)  # "Gaza province ... Gaza": the region


def _region_named(g: Gazetteer, text: str, name: str, start: int, end: int) -> PlaceMention | None:
    """The first-level region the gazetteer knows by exactly ``name`` ("Tomsk Oblast"), as a mention at start:end."""
    hits = [(s, e, c) for s, e, c in _scan(g, name) if s == 0 and e == len(name)]
    regions = [g.places[a.place] for _, _, c in hits for a in c if g.places[a.place].level == "admin1"]
    return _mention(text, start, end, regions[0]) if regions else None


def _country_of(g: Gazetteer, cands: list[Alias]) -> str | None:
    """The country a name names when one of its places is that country ("Tonga", not the town of Tonga)."""
    found = {g.places[a.place].country for a in cands if g.places[a.place].level == "country"}
    return found.pop() if len(found) == 1 else None


def _demonym_countries(g: Gazetteer, text: str, cands: list[Alias], ctx_country: Counter[str],
                       ctx_sub: Counter[str]) -> frozenset[str]:
    """The countries of a name's places ("Punjab": India, Pakistan) that the document speaks of
    only by a nationality word ("Pakistani workers from Punjab") or an institution of theirs ("H-2A visas"): when no
    place of the document names one of them, the nationality word tells them apart."""
    countries = {c for c in (g.places[a.place].country for a in cands) if c}
    if len(countries) < 2 or any(ctx_country[c] or ctx_sub[c] for c in countries):
        return frozenset()
    return frozenset(c for c in countries if place_rules.uses_demonym(text, c) or place_rules.uses_country_cue(text, c))


def country_name(iso: str) -> str | None:
    """The gazetteer's name of the country with ISO code ``iso`` ("KZ" -> "Kazakhstan"), None when unknown."""
    p = _country(gazetteer.get(), iso.upper())
    return p.name if p is not None else None


def _country(g: Gazetteer, iso: str) -> Place | None:
    idx = g.countries.get(iso)
    return g.places[idx] if idx is not None else None


_ORG_WORDS = (
    "News|Ledger|Monitor|Voices?|Times|Post|Herald|Daily|Journal|Gazette|Tribune|Review|Press|Radio|TV|Television|"
    "Broadcasting|Media|Weekly|Observer|Chronicle|Institute|Institution|University|College|Centre|Center|Foundation|"
    "Network|Initiative|Project|Watch|Pulse|Group|Company|Corporation|Co|Ltd|Inc|Bank|Airlines?|Air|Hotel|Restaurant|"
    "Seafood|Foods?|Trading|Garments?|Textiles?|Factory|Party|Council|Committee|Association|Alliance|Society|"
    "Federation|Union|Forum|Agency|Ministry|Bureau|Office|Research|Studies|Justice|Rights|Solidarity|Coalition|"
    "Mountains?|Mount|Lake|Islands?|Peninsula|Strait|Desk|Lab|Labs|Reports?|Insight|Focus|Today|Express|Wire|Investigates|"
    "Newswire|Bulletin|Digest|Magazine|Channel|Briefing|Standard|Dispatch|Despatch|Courier|Messenger|Telegraph|Sentinel|"
    "Inquirer|Inside|Mail|Vesti|Pravda|Gazeta|Developments?|Resources|Minerals|Metals|Copper|Energy|Petroleum|Cement|Bay|Sea|Canal|Works|Industries|Holdings|Enterprises?|"
    "Construction|Constructions|Constru\u00e7\u00f5es|Construcciones|Engineering|Build|Builders|Concrete|Shipyards?|"
    "Fisheries|Logistics|Motors|Steel|Mining|Electronics|Manpower|Contracting|Services|Solutions|Partners|LLC|LLP|"
    "PLC|GmbH|JSC|OOO|Corp|Limited|Recruitment|Placements?|Property|Properties|Developers?|Realty|Airways|Department|Treasury|"
    # formants of firms' names in Russia and Central Asia ("Primorye Stroi-Invest", "Amur Les-Prom")
    "Invest|Stroi|Stroy|Trans|Energo|Prom|Neft|Agro|Servis|Service|Ryba|Les|Holding|Marine|Shipping|Fishery|Timber|"
    # firms' words in Portuguese, Spanish and French ("Kwanza Sul Edificações", "Bata Constructora", "Thiès BTP")
    "Edificações|Edificacoes|Engenharia|Ingeniería|Ingenieria|Construtora|Constructora|Empreendimentos|"
    "Comércio|Comercio|Serviços|Servicios|Lda|Ltda|SARL|Sarl|BTP|Travaux|Entreprise|Société|Compagnie|"
    "Compañía|Indústria|Industrias"
)
_ORG_WORD = re.compile(rf"(?:{_ORG_WORDS})")


def firm_word(word: str) -> bool:
    """Is ``word`` a word of an organisation's or a firm's name ("Holdings", "Ledger", "Union")?"""
    return _ORG_WORD.fullmatch(word) is not None


# a firm's formant glued after a hyphen: "Zeya-StroiMontazh", "Amur-LesProm"
_ORG_HYPHEN = re.compile(r"-(?:Stroi|Stroy|Invest|Trans|Energo|Prom|Neft|Agro|Servis|Ryba|Les|Montazh|Snab|Torg)")
# the firm word may close a hyphenated name ("Stroi-Invest")
_ORG_AFTER = re.compile(rf"(?:[ \t]+[A-Z][\w'\u2019&-]*){{0,3}}?[ \t]+(?:[A-Z][\w'\u2019&]*-)?(?:{_ORG_WORDS})\b")
# the same in an upper-case masthead that opens a line and ends it or a part of it ("RUSSIA DIGEST",
# "THE MOSCOW DISPATCH \u00b7 Economy", "PRIMORYE TODAY | Nakhodka"); not a headline in capitals
_ORG_AFTER_UPPER = re.compile(rf"(?:[ \t]+[A-Z][A-Z'\u2019&-]*){{0,3}}?[ \t]+(?:{_ORG_WORDS.upper()})[ \t]*(?:$|[|\u00b7\u2022:\u2013\u2014-])",
                              re.MULTILINE)
# (a compass or size word may come first: "WESTERN SLOVAKIA WIRE", "THE NORTHERN LUZON COURIER")
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:THE[ \t]+)?(?:(?:NORTH|SOUTH)?(?:EAST|WEST)?(?:ERN)?[ \t]+"
                           r"|(?:NORTH|SOUTH|EAST|WEST|CENTRAL|UPPER|LOWER|GREATER)[ \t]+)?$")
_FUNCTION_CAPS = frozenset({"In", "At", "From", "To", "For", "Near", "Outside", "Inside", "Around", "Across", "Of",
                            "The", "And", "But", "Like", "Via", "Through", "Beyond", "Both", "Into", "Toward",
                            "Towards", "Between", "Along", "Within", "Northern", "Southern", "Eastern", "Western",
                            "Central", "Greater", "Rural", "Downtown", "Coastal", "Photo", "Credit", "Source"})
_PREV_WORD = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z]+(?:[A-Z][a-z]+)*(?:-[A-Z][a-z]+)?)[ \t]+(&[ \t]+)?$")  # "Jean-Pierre Kasongo"


@lru_cache(maxsize=1)
def _currency_res() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Currency nouns ("dollars", "yuan") that may follow a place name inside a money
    expression ("US dollars", "Hong Kong dollars"), and currency codes/symbols before one
    ("USD", "$"), both from currencies.yaml."""
    data: dict[str, Any] = knowledge.load("currencies.yaml")
    nouns: set[str] = set()
    codes: set[str] = set()
    for cur in (data.get("currencies") or {}).values():
        for w in cur.get("words") or []:
            nouns.add(str(w).split()[-1].casefold())
        codes.update(str(c) for c in cur.get("codes") or [])
    weak = frozenset(str(w).split()[-1].casefold() for w in data.get("needs_digits") or [])
    alt = "|".join(re.escape(n) for n in sorted(sorted(nouns), key=len, reverse=True))
    after = re.compile(rf"[ \t]+({alt})\b", re.IGNORECASE)
    calt = "|".join(re.escape(c) for c in sorted(sorted(codes), key=len, reverse=True))
    before = re.compile(rf"(?:\b(?:{calt})|\$)[ \t]*$")
    return after, before, weak


_FIGURE_NEXT = re.compile(r"[ \t]*\d")
_DIGIT_BEFORE = re.compile(r"\d[\d,.]*(?:[ \t]+(?:thousand|million|billion))?[ \t]+$", re.IGNORECASE)


def _in_money(text: str, start: int, end: int) -> bool:
    """Is the name the country part of a money expression: "1,000 US dollars", "paid in
    U.S. dollars", "Hong Kong dollars", "USD/US$"? A currency noun that is also a
    common word ("won") counts only after digits ("500 US won" but not "the US won")."""
    after, before, weak = _currency_res()
    m = after.match(text, end)
    if m is not None and m.group(1).isupper() and _FIGURE_NEXT.match(text, m.end()) is not None:
        return False  # "a broker in Dhaka BDT 400,000": the code opens the amount, the place before it is a place
    if m is not None:
        return m.group(1).casefold() not in weak or _DIGIT_BEFORE.search(text, max(0, start - 30), start) is not None
    return text[start:end].isupper() and before.search(text, max(0, start - 8), start) is not None


def _modifier(text: str, start: int, end: int) -> bool:
    """Is the name a part of something else: an organisation ("Korea Frontier News",
    "The Gulf Ledger"), an adjective that no longer names the place ("Dandong-style"; but
    "China-based" and "U.S.-funded" do, see place_rules.compound), a currency ("US$", "US dollars")?"""
    nxt = text[end:end + 2]
    if nxt[:1] == "$" or (nxt[:1] == "-" and nxt[1:2].islower() and not place_rules.compound(text, end)):
        return True
    if nxt[:1] == "-" and _ORG_HYPHEN.match(text, end):
        return True  # "Zeya-StroiMontazh": a firm
    pair = _HYPHEN_PAIR.match(text, end) if nxt[:1] == "-" else None
    if pair is not None and _ORG_AFTER.match(text, pair.end()):
        return True  # "the Java-Bali Migrant Network": two places joined to name a body
    if _in_money(text, start, end):
        return True
    before = _PAIR_BEFORE.search(text, max(0, start - 30), start)  # "JAVA-BALI MIGRANT NETWORK": the pair's second
    opening = start if before is None else before.start()
    if text[start:end].isupper() and _ORG_AFTER_UPPER.match(text, pair.end() if pair is not None else end) is not None \
            and _LINE_OPENING.search(text, max(0, opening - 26), opening) is not None:
        return True
    if _LEVEL_TAIL.search(text, start, end) is not None and _STATE_BODY_AFTER.match(text, end) is not None:
        return False  # "the Tomsk Oblast Police Department": a state body of the region, the region named
    return _ORG_AFTER.match(text, end) is not None or place_rules.outlet_of(text, start)


_HYPHEN_PAIR, _PAIR_BEFORE = re.compile(r"-[A-Z][\w'\u2019]*"), re.compile(r"(?<![\w-])[A-Z][\w'\u2019]*-$")
_LEVEL_TAIL = re.compile(r"[ \t](?:Region|Oblast|Province|Krai|Governorate|Prefecture)$")
_STATE_BODY_AFTER = re.compile(r"[ \t]+(?:Police|Prosecutor'?s?|Prosecution|Interior|Migration|Labour|Labor|Investigative|"
                               r"Internal\s+Affairs|Public\s+Security|Court|Administration|Government)\b")


_DATELINE_AFTER = re.compile(r"(?:,|[ \t]+\(|[ \t]*[-\u2013\u2014:])")


def _dateline(text: str, start: int, end: int) -> bool:
    """"PYONGYANG, Sept. 25 \u2014", "HUNCHUN, China (AP)": an upper-case name opening a line;
    "Gdańsk, 14 November 2023", "Kuwait City \u2014": a name in title case, a date or a dash after it."""
    name = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    if not name.isupper():
        return place_rules.dated_line(text, end)  # "Gdańsk, 14 November 2023"
    return len(name) >= 3 and _DATELINE_AFTER.match(text, end) is not None


# the next name, also after a particle of a surname ("Ramon dela Cruz", "Luis de Souza", "Anna van Dijk")
_NEXT_CAP = re.compile(r"(?:[ \t]+(?:de|dela|del|della|de[ \t]+la|da|dos|das|do|van|von|der|den|bin|binti|ibn|le|la))?"
                       r"[ \t]+([A-Z][a-z]+)\b")
_NUMBER_AFTER = re.compile(r"[ \t]*\d")  # "in Annex 41", "in Section 3": a part of a document
_SUM_AFTER = re.compile(r"\.?[ \t]*\d")  # after a currency's short abbreviation, a sum: "Kathmandu Rs 180,000"


def _before_capitalised(g: Gazetteer, text: str, end: int) -> bool:
    m = _NEXT_CAP.match(text, end)
    return m is not None and (m.group(0).split()[0][:1].islower() or gazetteer.norm(m.group(1)) not in g.first) \
        and not place_rules.place_part(m.group(1)) \
        and (len(m.group(1)) > 3 or _SUM_AFTER.match(text, m.end()) is None)  # not "in Kathmandu Rs 180,000"


_CAMEL = re.compile(r"[a-z][A-Z]")


def _after_capitalised(text: str, start: int) -> bool:
    """"Nadezhda Orlova": a capitalised word (not a preposition) right before the name; "Pryce & Lowther": a firm's."""
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    if m is not None and m.group(2):  # (not "in Leeds & Hull": two places)
        return not place_rules.locative(text, m.start(1))
    return m is not None and m.group(1) not in _FUNCTION_CAPS and (  # "AfriLink Hub": a name, even first in its line
        not _sentence_initial(text, m.start(1)) or _CAMEL.search(m.group(1)) is not None)


def _sentence_initial(text: str, start: int) -> bool:
    k = start - 1
    while k >= 0 and text[k] in " \t\"'\u201c\u2018([":
        k -= 1
    return k < 0 or text[k] in ".!?\n\r:;\u2014-"


def _mention(text: str, start: int, end: int, p: Place) -> PlaceMention:
    return PlaceMention(start=start, end=end, text=text[start:end], name=p.name, country=p.country,
                        admin1=p.admin1, level=p.level, lat=p.lat, lon=p.lon, gazetteer_id=p.gid,
                        extractor=EXTRACTOR)


def _cjk(text: str, g: Gazetteer) -> list[PlaceMention]:
    """Korean and Chinese names, matched as substrings (Korean attaches particles)."""
    if not g.cjk or not gazetteer.CJK_RE.search(text):
        return []
    out = []
    for start, end, name in g.cjk_names(text):
        idxs = g.cjk[name]
        best = max(idxs, key=lambda k: (_LEVEL_WEIGHT.get(g.places[k].level, 3.0), g.places[k].population))
        out.append(_mention(text, start, end, g.places[best]))
    return out
