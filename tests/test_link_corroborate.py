"""Corroboration: claim groups, independent origins, contradictions."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from labourlens import link
from labourlens.link.corroborate import ClaimFact, contradictions, group_claims, worker_counts
from labourlens.model import (
    Amount,
    Analysis,
    CapturedDoc,
    Claim,
    DocMeta,
    IndicatorHit,
    PlaceMention,
    Source,
)
from labourlens.settings import load
from labourlens.store import open_store
from labourlens.store import schema as t

DATA = Path(__file__).parent / "test_link_data"
SETTINGS = load({})


def fact(cid: int, doc: str, origin: str, **kw: Any) -> ClaimFact:
    base: dict[str, Any] = {"text": "", "keys": ["indicator:withholding_of_wages"], "countries": {"CN"},
                            "event": date(2024, 1, 15)}
    base.update(kw)
    return ClaimFact(cid, doc, origin=origin, **base)


def test_percentages_that_disagree_are_a_contradiction() -> None:
    claims = [fact(1, "a", "x", percents=[70.0]), fact(2, "b", "y", percents=[90.0])]
    assert contradictions(claims, SETTINGS) == "percent: 70% vs 90%"
    close = [fact(1, "a", "x", percents=[70.0]), fact(2, "b", "y", percents=[75.0])]
    assert contradictions(close, SETTINGS) is None


def test_worker_counts_more_than_a_factor_two_apart() -> None:
    assert worker_counts("About 300 North Korean garment workers smashed machines") == [300.0]
    assert worker_counts("More than 1,000 workers took part") == [1000.0]
    assert worker_counts("hundreds of labourers were moved") == [200.0]
    claims = [fact(1, "a", "x", counts=[300.0]), fact(2, "b", "y", counts=[1000.0])]
    assert contradictions(claims, SETTINGS) == "workers: 300 vs 1,000"
    assert contradictions([fact(1, "a", "x", counts=[300.0]), fact(2, "b", "y", counts=[500.0])], SETTINGS) is None


def test_money_compared_per_month_and_denials() -> None:
    same = [fact(1, "a", "x", money=[300.0]), fact(2, "b", "y", money=[10.0 * 30])]
    assert contradictions(same, SETTINGS) is None
    apart = [fact(1, "a", "x", money=[300.0]), fact(2, "b", "y", money=[100.0])]
    assert contradictions(apart, SETTINGS) == "money: USD 100 vs USD 300 a month"
    denied = [fact(1, "a", "x"), fact(2, "b", "y", polarity="negated")]
    assert contradictions(denied, SETTINGS) == "affirmed and denied"


def test_groups_need_same_indicator_place_and_compatible_time() -> None:
    facts = [
        fact(1, "a", "outlet:rfa"),
        fact(2, "b", "outlet:guardian"),
        fact(3, "c", "outlet:rfa"),  # another document of the same origin counts once
        fact(4, "d", "outlet:ap", countries={"RU"}),
        fact(5, "e", "outlet:ap", event=date(2019, 5, 1)),
        fact(6, "f", "outlet:bbc", keys=["indicator:isolation"]),
        fact(7, "g", "outlet:nk", event=None),  # undated: joins the group
    ]
    groups = group_claims(facts, SETTINGS)
    assert len(groups) == 1
    g = groups[0]
    assert g.key == "indicator:withholding_of_wages|CN"
    assert [c.claim_id for c in g.claims] == [1, 2, 3, 7]
    assert g.independent_origins == 3 and g.documents == ["a", "b", "c", "g"]


# ------------------------------------------------------------ in a store


def _save(store: Any, name: str, outlet: str, text: str, claim_text: str, pct: float | None, event: str) -> str:
    data = text.encode("utf-8")
    doc_id = hashlib.sha256(data).hexdigest()
    start = text.index(claim_text)
    end = start + len(claim_text)
    amounts = []
    if pct is not None:
        pos = text.index(f"{pct:g} percent", start)
        amounts.append(Amount(pos, pos + len(f"{pct:g} percent"), f"{pct:g} percent", None, value=pct, kind="percent"))
    h = text.index("Hunchun")
    analysis = Analysis(
        meta=DocMeta(outlet=outlet),
        sources=[Source("S1", "a resident", "anonymous_source")],
        claims=[Claim(0, 0, start, end, claim_text, "S1", event_time=event,
                      indicators=[IndicatorHit("withholding_of_wages", "test.wages", start, end, "wages")])],
        places=[PlaceMention(h, h + 7, "Hunchun", "Hunchun", "CN", "Jilin", "city", 42.9, 130.4, "test:hunchun")],
        amounts=amounts,
    )
    store.save(CapturedDoc(id=doc_id, origin=f"/corpus/{name}", captured_at="2024-04-01T00:00:00Z",
                           reader="text.v1", reader_version="1", media_type="text/plain", original=data,
                           text=text, outlet=outlet, published="2024-02-10"), analysis)
    return doc_id


def test_corroboration_counts_independent_origins_and_flags_contradictions(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "c.db"))
    rfa = (DATA / "d1_rfa_riot.txt").read_text(encoding="utf-8")
    guardian = (DATA / "d2_guardian_riot.txt").read_text(encoding="utf-8")
    c1 = "about 70 percent of the women's wages had been taken"
    c2 = "roughly 90 percent of their wages over three years had been taken"
    a = _save(store, "rfa.txt", "Radio Free Asia", rfa, c1, 70, "2024-01")
    b = _save(store, "repost.txt", "Hunchun Talk", "Reposted:\n\n" + rfa + "\n\nShare | Like", c1, 70, "2024-01")
    c = _save(store, "guardian.txt", "The Guardian", guardian, c2, 90, "2024-01")
    report = link.link_documents(store)
    assert report.copies == 1 and report.claim_groups == 1
    groups = link.corroboration(store)
    assert len(groups) == 1
    g = groups[0]
    assert g["independent_origins"] == 2  # the repost is the RFA story again
    assert sorted(g["documents"]) == sorted([a, b, c])
    assert "percent: 70% vs 90%" in g["contradiction"]
    with store.engine.connect() as conn:
        counts = dict(conn.execute(sa.select(t.claims.c.doc_id, t.claims.c.independent_origins)).all())
    assert counts == {a: 2, b: 2, c: 2}
    assert link.corroboration(store, min_origins=3) == []
    store.close()


def test_corroboration_updates_incrementally(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "i.db"))
    rfa = (DATA / "d1_rfa_riot.txt").read_text(encoding="utf-8")
    guardian = (DATA / "d2_guardian_riot.txt").read_text(encoding="utf-8")
    a = _save(store, "rfa.txt", "Radio Free Asia", rfa, "About 300 North Korean garment workers", None, "2024-01")
    link.on_ingest(store, [a])
    assert link.corroboration(store) == []
    c = _save(store, "guardian.txt", "The Guardian", guardian, "More than 1,000 workers took part", None, "2024-01")
    link.on_ingest(store, [c])
    groups = link.corroboration(store)
    assert len(groups) == 1 and groups[0]["independent_origins"] == 2
    assert groups[0]["contradiction"] == "workers: 300 vs 1,000"
    store.close()


def test_regions_of_one_country_are_different_places() -> None:
    facts = [
        fact(1, "a", "outlet:x", regions={"CN/Liaoning"}),
        fact(2, "b", "outlet:y", regions={"CN/Liaoning"}),
        fact(3, "c", "outlet:z", regions={"CN/Jilin"}),
    ]
    groups = group_claims(facts, SETTINGS)
    assert [(g.key, [c.claim_id for c in g.claims]) for g in groups] == [
        ("indicator:withholding_of_wages|CN/Liaoning", [1, 2])
    ]


def test_different_employers_in_one_region_do_not_corroborate_each_other() -> None:
    facts = [
        fact(1, "a", "outlet:x", regions={"CN/Liaoning"}, employers={"yalu pearl seafood"}),
        fact(2, "b", "outlet:y", regions={"CN/Liaoning"}, employers={"yalu pearl seafood"}),
        fact(3, "c", "outlet:z", regions={"CN/Liaoning"}, employers={"donggang garment"}),
        fact(4, "d", "outlet:w", regions={"CN/Liaoning"}),  # names no employer: joins the largest group
    ]
    groups = group_claims(facts, SETTINGS)
    assert [[c.claim_id for c in g.claims] for g in groups] == [[1, 2, 4]]
    assert groups[0].independent_origins == 3


def test_different_cities_split_a_group_but_a_city_and_an_employer_are_compatible() -> None:
    facts = [
        fact(1, "a", "outlet:x", cities={"gn:dandong"}),
        fact(2, "b", "outlet:y", cities={"gn:hunchun"}),
        fact(3, "c", "outlet:z", cities={"gn:hunchun"}, employers={"tumen knitwear"}),
        fact(4, "d", "outlet:w", employers={"tumen knitwear"}),
        fact(5, "e", "outlet:v", cities={"gn:dandong"}, employers={"other plant"}),
    ]
    groups = sorted(group_claims(facts, SETTINGS), key=lambda g: g.claims[0].claim_id)
    assert [[c.claim_id for c in g.claims] for g in groups] == [[1, 5], [2, 3, 4]]


def test_split_by_site_keeps_a_run_without_sites_whole() -> None:
    from labourlens.link.corroborate import split_by_site

    run = [fact(1, "a", "x"), fact(2, "b", "y")]
    assert split_by_site(run) == [run]


def test_employers_and_cities_are_read_from_the_store(tmp_path: Path) -> None:
    from labourlens.link.corroborate import _load_facts
    from labourlens.model import EntityMention

    store = open_store(str(tmp_path / "s.db"))
    ids = []
    for name, company in (("one", "Tumen Knitwear Co., Ltd."), ("two", "the Tumen Knitwear Co."),
                          ("three", "Baishan Timber Group")):
        text = f"Workers at {company} in Hunchun were not paid for {name} months, a source said."
        data = text.encode("utf-8")
        doc_id = hashlib.sha256(data).hexdigest()
        ids.append(doc_id)
        c0, c1 = text.index(company), text.index(company) + len(company)
        h = text.index("Hunchun")
        analysis = Analysis(
            meta=DocMeta(outlet=f"Outlet {name}"),
            sources=[Source("S1", "a source", "anonymous_source")],
            claims=[Claim(0, 0, 0, len(text), text, "S1", event_time="2024-02",
                          indicators=[IndicatorHit("withholding_of_wages", "test.wages", 0, len(text), "not paid")])],
            places=[PlaceMention(h, h + 7, "Hunchun", "Hunchun", "CN", "Jilin", "city", 42.9, 130.4, "gn:hunchun")],
            entities=[EntityMention(c0, c1, company, "organization", company, "employer")],
        )
        store.save(CapturedDoc(id=doc_id, origin=f"/corpus/{name}", captured_at="2024-04-01T00:00:00Z",
                               reader="text.v1", reader_version="1", media_type="text/plain", original=data,
                               text=text, outlet=f"Outlet {name}", published="2024-03-01"), analysis)
    with store.engine.connect() as conn:
        facts = {f.doc_id: f for f in _load_facts(conn, None)}
    assert facts[ids[0]].employers == facts[ids[1]].employers == {"tumen knitwear"}
    assert facts[ids[2]].employers == {"baishan timber"}
    assert all(f.cities == {"gn:hunchun"} for f in facts.values())
    groups = group_claims(facts.values(), SETTINGS)
    assert [sorted(g.documents) for g in groups] == [sorted(ids[:2])]
