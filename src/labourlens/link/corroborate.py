"""Corroboration: claims in different documents that report the same thing.

Claims are grouped when they share an indicator, a place (the country and, when
known, the first-level region of the places their spans overlap, else of the
document's main places) and a compatible time (event times no more than
``corroboration_days`` apart; undated claims join the group). Within a region, claims
that name different employers (or different cities) are different events: a claim about a
seafood plant in Dandong does not corroborate one about a garment factory in Donggang, while
a claim that names no employer or city joins the largest compatible group. A group counts its
*independent origins*: copies of one story, documents derived from one origin, and
the anonymous sources of one outlet count once (the key is the story's origin
outlet, else its copy group). Disagreements are flagged: percentages more than
``percent_tolerance`` points apart, money amounts (USD per month) more than
``money_tolerance`` apart, worker counts more than ``count_factor`` apart, and an
affirmed claim against a denial."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

import sqlalchemy as sa

from labourlens import knowledge
from labourlens.store import schema as t

__all__ = ["ClaimFact", "Group", "contradictions", "group_claims", "update", "worker_counts"]

# A place right after "to" or "from" is where people or money go or come from ("sent back to
# Sinuiju", "send the money to Pyongyang"), not where the reported thing happens.
_MOVEMENT = re.compile(r"\b(?:to|from)\s+(?:the\s+)?$", re.I)
_PER_MONTH = {"month": 1.0, "day": 30.0, "week": 52.0 / 12, "year": 1 / 12.0, "hour": 8 * 26.0}


@dataclass
class ClaimFact:
    claim_id: int
    doc_id: str
    text: str
    keys: list[str]  # indicator:<id> or topic:<name>
    countries: set[str]
    event: date | None
    polarity: str = "affirmed"
    percents: list[float] = field(default_factory=list)
    money: list[float] = field(default_factory=list)  # USD per month
    counts: list[float] = field(default_factory=list)
    origin: str = ""  # independent-origin key
    regions: set[str] = field(default_factory=set)  # "CN/Liaoning": first-level regions the claim is about
    employers: set[str] = field(default_factory=set)  # normalised names of the employers the claim names
    cities: set[str] = field(default_factory=set)  # gazetteer ids of the cities the claim names


@dataclass
class Group:
    id: str
    key: str
    claims: list[ClaimFact]
    independent_origins: int
    origins: list[str]
    contradiction: str | None

    @property
    def documents(self) -> list[str]:
        return sorted({c.doc_id for c in self.claims})

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "key": self.key, "independent_origins": self.independent_origins,
                "origins": self.origins, "documents": self.documents, "contradiction": self.contradiction,
                "claims": [{"id": c.claim_id, "doc_id": c.doc_id, "text": c.text} for c in self.claims]}


@lru_cache(maxsize=1)
def _count_rx() -> tuple[re.Pattern[str], dict[str, int]]:
    data = knowledge.load("linking.yaml") or {}
    nouns = sorted((str(n) for n in data.get("worker_nouns", [])), key=len, reverse=True)
    words = {str(k): int(v) for k, v in (data.get("number_words") or {}).items()}
    num = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(?P<mult>thousand|million))?"
    word = r"(?P<word>" + "|".join(sorted(words, key=len, reverse=True)) + r")" if words else r"(?P<word>(?!))"
    stop = r"(?!(?:the|a|an|in|on|at|by|for|to|and|or|but|from|with|were|was|are|is|had|have|has|said|per|percent|" \
           r"year|years|month|months|day|days)\b)"
    rx = re.compile(
        rf"\b(?:{num}|{word})(?P<gap>(?:\s+{stop}[A-Za-z][\w'-]*){{0,3}}?)"
        rf"\s+(?:{'|'.join(re.escape(n) for n in nouns)})\b",
        re.IGNORECASE,
    )
    return rx, words


def worker_counts(text: str) -> list[float]:
    """Numbers of workers a sentence states ("300 workers", "about 1,000 North Korean
    labourers", "hundreds of workers")."""
    rx, words = _count_rx()
    out = []
    for m in rx.finditer(text):
        if m.group("num"):
            raw = m.group("num")
            if m.group("gap") and re.fullmatch(r"(?:19|20)\d\d", raw):  # "in 2019 the Chinese workers": a year
                continue
            value = float(raw.replace(",", ""))
            mult = (m.group("mult") or "").lower()
            value *= 1000 if mult == "thousand" else 1_000_000 if mult == "million" else 1
        else:
            value = float(words[m.group("word").lower()])
        out.append(value)
    return out


def _spread(values: Sequence[float]) -> tuple[float, float]:
    return min(values), max(values)


def contradictions(claims: Sequence[ClaimFact], settings: Any) -> str | None:
    """What the claims of one group disagree on, or None."""
    notes = []
    pcts = [(v, c.doc_id) for c in claims for v in c.percents]
    if len({d for _, d in pcts}) > 1:
        lo, hi = _spread([v for v, _ in pcts])
        if hi - lo > float(getattr(settings, "percent_tolerance", 10.0)):
            notes.append(f"percent: {lo:g}% vs {hi:g}%")
    money = [(v, c.doc_id) for c in claims for v in c.money if v > 0]
    if len({d for _, d in money}) > 1:
        lo, hi = _spread([v for v, _ in money])
        if (hi - lo) / hi > float(getattr(settings, "money_tolerance", 0.25)):
            notes.append(f"money: USD {lo:,.0f} vs USD {hi:,.0f} a month")
    counts = [(v, c.doc_id) for c in claims for v in c.counts if v > 0]
    if len({d for _, d in counts}) > 1:
        lo, hi = _spread([v for v, _ in counts])
        if hi / lo > float(getattr(settings, "count_factor", 2.0)):
            notes.append(f"workers: {lo:,.0f} vs {hi:,.0f}")
    pols = {c.polarity for c in claims}
    if len(pols) > 1:
        notes.append("affirmed and denied")
    return "; ".join(notes) or None


def _conflict(a: set[str], b: set[str]) -> bool:
    return bool(a) and bool(b) and a.isdisjoint(b)


def split_by_site(run: Sequence[ClaimFact]) -> list[list[ClaimFact]]:
    """``run`` split so that no part holds two claims naming different employers or different
    cities; claims naming neither join the largest part. The most specific claims are placed
    first, each into the first part it is compatible with."""
    parts: list[tuple[list[ClaimFact], set[str], set[str]]] = []
    vague: list[ClaimFact] = []
    for f in sorted(run, key=lambda f: (-(len(f.employers) + len(f.cities)), f.claim_id)):
        if not f.employers and not f.cities:
            vague.append(f)
            continue
        for members, employers, cities in parts:
            if not _conflict(f.employers, employers) and not _conflict(f.cities, cities):
                members.append(f)
                employers |= f.employers
                cities |= f.cities
                break
        else:
            parts.append(([f], set(f.employers), set(f.cities)))
    if not parts:
        return [list(run)]
    out = [members for members, _, _ in parts]
    max(out, key=len).extend(vague)
    return out


def group_claims(facts: Iterable[ClaimFact], settings: Any) -> list[Group]:
    """Groups of claims reporting the same thing in two or more documents."""
    window = float(getattr(settings, "corroboration_days", 366))
    by_key: dict[str, list[ClaimFact]] = defaultdict(list)
    for f in facts:
        for k in f.keys:
            for country in sorted(f.countries) or ["-"]:
                inside = sorted(r for r in f.regions if r.startswith(country + "/"))
                for place in inside or [country]:
                    by_key[f"{k}|{place}"].append(f)
    groups: list[Group] = []
    for key in sorted(by_key):
        items = by_key[key]
        dated = sorted((f for f in items if f.event), key=lambda f: (f.event, f.claim_id))
        undated = [f for f in items if not f.event]
        runs: list[list[ClaimFact]] = []
        for f in dated:
            if runs and f.event and runs[-1][-1].event and (f.event - runs[-1][-1].event).days <= window:
                runs[-1].append(f)
            else:
                runs.append([f])
        if undated:
            if runs:
                max(runs, key=len).extend(undated)
            else:
                runs.append(undated)
        for run in (part for r in runs for part in split_by_site(r)):
            if len({f.doc_id for f in run}) < 2:
                continue
            run.sort(key=lambda f: f.claim_id)
            origins = sorted({f.origin for f in run})
            gid = f"{key}|{run[0].claim_id}"
            groups.append(Group(gid, key, run, len(origins), origins, contradictions(run, settings)))
    return groups


# ------------------------------------------------------------ store


def _date(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value))  # 2024, 2024-03 or 2024-03-05
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


_NAME_NOISE = re.compile(r"^(?:the)\s+|[\s,.]+(?:co|ltd|inc|llc|corp|company|group|jsc|ooo)\b\.?", re.I)


def _site_name(name: str) -> str:
    """An employer's name compared across reports: case, "the" and legal suffixes ignored."""
    return re.sub(r"\s+", " ", _NAME_NOISE.sub("", name or "")).strip(" ,.").casefold()


def _load_facts(conn: sa.Connection, doc_ids: set[str] | None) -> list[ClaimFact]:
    from labourlens.link.linker import origins_map

    c, ci, pl, am, dc = t.claims, t.claim_indicators, t.places, t.amounts, t.doc_clusters
    keys_wanted: set[str] | None = None
    if doc_ids is not None:
        ids = sorted(doc_ids)
        keys_wanted = set()
        for i in range(0, len(ids), 900):
            keys_wanted.update(conn.execute(sa.select(ci.c.indicator).where(ci.c.doc_id.in_(ids[i : i + 900]))
                                            .distinct()).scalars())
        if not keys_wanted:
            return []
    ind: dict[int, list[str]] = defaultdict(list)
    q = sa.select(ci.c.claim_id, ci.c.indicator)
    if keys_wanted is not None:
        q = q.where(ci.c.indicator.in_(sorted(keys_wanted)))
    for cid, indicator in conn.execute(q):
        if f"indicator:{indicator}" not in ind[cid]:
            ind[cid].append(f"indicator:{indicator}")
    if not ind:
        return []
    rows: list[Any] = []
    claim_ids = sorted(ind)
    for i in range(0, len(claim_ids), 900):
        rows.extend(conn.execute(sa.select(c.c.id, c.c.doc_id, c.c.start, c.c.end, c.c.text, c.c.event_time,
                                           c.c.polarity).where(c.c.id.in_(claim_ids[i : i + 900]))).all())
    docs = sorted({r.doc_id for r in rows})
    places: dict[str, list[tuple[int, int, str, str | None, str | None]]] = defaultdict(list)
    employers: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    amounts: dict[str, list[Any]] = defaultdict(list)
    clusters: dict[str, str] = {}
    for i in range(0, len(docs), 900):
        chunk = docs[i : i + 900]
        q = sa.select(pl.c.doc_id, pl.c.start, pl.c.end, pl.c.country, pl.c.admin1, pl.c.level, pl.c.name,
                      pl.c.gazetteer_id)
        for p in conn.execute(q.where(pl.c.doc_id.in_(chunk))):
            if p.country:
                region = p.admin1 or (p.name if p.level == "admin1" else None)
                city = (p.gazetteer_id or f"{p.country}/{p.name}") if p.level == "city" else None
                places[p.doc_id].append((p.start, p.end, p.country, f"{p.country}/{region}" if region else None,
                                         city))
        en = t.entities
        q = sa.select(en.c.doc_id, en.c.start, en.c.end, en.c.name, en.c.type, en.c.role)
        for e in conn.execute(q.where(en.c.doc_id.in_(chunk))):
            if e.role == "employer" or (e.type == "facility" and e.role in (None, "employer")):
                employers[e.doc_id].append((e.start, e.end, _site_name(e.name)))
        for a in conn.execute(sa.select(am.c.doc_id, am.c.start, am.c.end, am.c.kind, am.c.value, am.c.usd, am.c.per)
                              .where(am.c.doc_id.in_(chunk))):
            amounts[a.doc_id].append(a)
        clusters.update(conn.execute(sa.select(dc.c.doc_id, dc.c.cluster_id).where(dc.c.doc_id.in_(chunk))).all())
    origin = origins_map(conn, docs)
    facts = []
    for r in rows:
        doc_places = places[r.doc_id]
        main_cc = Counter(pl_[2] for pl_ in doc_places).most_common(1)[0][0] if doc_places else None
        here = [pl_ for pl_ in doc_places if pl_[0] < r.end and r.start < pl_[1]
                and (pl_[2] == main_cc or not _MOVEMENT.search(r.text[max(0, pl_[0] - r.start - 16):
                                                                      max(0, pl_[0] - r.start)]))]
        if not here and doc_places:  # the document's main country and its main region there, not
            here = [pl_ for pl_ in doc_places if pl_[2] == main_cc]  # every region it names
            top = Counter(pl_[3] for pl_ in here if pl_[3]).most_common(1)
            here = [pl_ for pl_ in here if pl_[3] == top[0][0]] if top else here[:1]
        inside = {pl_[2] for pl_ in here}
        regions = {pl_[3] for pl_ in here if pl_[3]}
        cities = {pl_[4] for pl_ in doc_places if pl_[4] and pl_[0] < r.end and r.start < pl_[1]}
        for cc in inside:  # a claim naming only its country is about the document's main region there
            if not any(rg.startswith(cc + "/") for rg in regions):
                found = Counter(pl_[3] for pl_ in doc_places if pl_[2] == cc and pl_[3]).most_common(1)
                if found:
                    regions.add(found[0][0])
        o = origin.get(r.doc_id, {}).get("outlet")
        key = ("outlet:" + str(o).casefold()) if o else "copies:" + clusters.get(r.doc_id, r.doc_id)
        f = ClaimFact(r.id, r.doc_id, r.text, ind[r.id], inside, _date(r.event_time), r.polarity or "affirmed",
                      origin=key, regions=regions, cities=cities,
                      employers={n for s, e, n in employers[r.doc_id] if s < r.end and r.start < e and n})
        for a in amounts[r.doc_id]:
            if not (a.start < r.end and r.start < a.end):
                continue
            if a.kind == "percent" and a.value is not None:
                f.percents.append(float(a.value))
            elif a.usd:
                factor = _PER_MONTH.get(str(a.per or "month"))
                if factor:
                    f.money.append(float(a.usd) * factor)
        f.counts = worker_counts(r.text)
        facts.append(f)
    return facts


def update(conn: sa.Connection, settings: Any, doc_ids: Iterable[str] | None) -> int:
    """Recompute the claim groups touching ``doc_ids`` (all when None), store them in
    ``claim_groups`` and each claim's ``independent_origins``; returns the number of groups."""
    scope = None if doc_ids is None else set(doc_ids)
    facts = _load_facts(conn, scope)
    groups = group_claims(facts, settings)
    cg, c = t.claim_groups, t.claims
    keys = sorted({f"{k}|" for f in facts for k in f.keys})
    if scope is None:
        conn.execute(cg.delete())
        conn.execute(c.update().values(independent_origins=1))
    else:
        for k in keys:
            conn.execute(cg.delete().where(cg.c.key.startswith(k, autoescape=True)))
        ids = sorted({f.claim_id for f in facts})
        for i in range(0, len(ids), 900):
            conn.execute(c.update().where(c.c.id.in_(ids[i : i + 900])).values(independent_origins=1))
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    rows = [
        {"group_id": g.id, "claim_id": f.claim_id, "doc_id": f.doc_id, "key": g.key,
         "independent_origins": g.independent_origins, "contradiction": g.contradiction, "created_at": now}
        for g in groups
        for f in g.claims
    ]
    if rows:
        conn.execute(cg.insert(), rows)
    best: dict[int, int] = {}
    for g in groups:
        for f in g.claims:
            best[f.claim_id] = max(best.get(f.claim_id, 1), g.independent_origins)
    if best:
        conn.execute(
            c.update().where(c.c.id == sa.bindparam("cid")).values(independent_origins=sa.bindparam("n")),
            [{"cid": k, "n": v} for k, v in best.items()],
        )
    return len(groups)


def load_groups(conn: sa.Connection, min_origins: int = 1) -> list[dict[str, Any]]:
    cg, c = t.claim_groups, t.claims
    q = (sa.select(cg.c.group_id, cg.c.key, cg.c.independent_origins, cg.c.contradiction, cg.c.claim_id,
                   cg.c.doc_id, c.c.text)
         .join(c, c.c.id == cg.c.claim_id)
         .where(cg.c.independent_origins >= min_origins)
         .order_by(cg.c.group_id, cg.c.claim_id))
    out: dict[str, dict[str, Any]] = {}
    for r in conn.execute(q):
        g = out.setdefault(r.group_id, {"id": r.group_id, "key": r.key, "independent_origins": r.independent_origins,
                                        "contradiction": r.contradiction, "documents": [], "claims": []})
        if r.doc_id not in g["documents"]:
            g["documents"].append(r.doc_id)
        g["claims"].append({"id": r.claim_id, "doc_id": r.doc_id, "text": r.text})
    return sorted(out.values(), key=lambda g: (-g["independent_origins"], g["id"]))
