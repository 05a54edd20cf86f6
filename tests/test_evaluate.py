"""labourlens eval: gold parsing and every metric, scored against hand-made analyses."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from labourlens import evaluate as ev
from labourlens.errors import GoldError
from labourlens.model import (
    Amount,
    Analysis,
    Claim,
    DocMeta,
    IndicatorHit,
    PlaceMention,
    Sentence,
    Source,
    TimeMention,
)
from shared_paths import DEV_GOLD

TEXT = (
    "Workers at the Harbin Birch Timber Company have not been paid for five months, a source in Heilongjiang said. "
    "The workers reportedly cannot leave the camp. "
    "Their manager kept their passports, the source added. "
    "Officials at the Ministry of Forests denied that any workers are held there. "
    "Each worker must send 9,000 rubles ($120) a month. "
    "This could not be independently verified. "
    "Contact us at desk@example.org."
)


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        end = start + len(part) + (1 if start + len(part) < len(text) else 0)
        out.append(Sentence(index=i, start=start, end=end, text=text[start:end]))
        start = end + 1
    return out


def _span(text: str, needle: str) -> tuple[int, int]:
    s = text.index(needle)
    return s, s + len(needle)


def write_gold(tmp_path: Path, docs: list[dict[str, Any]], text: str = TEXT) -> Path:
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docs" / "a.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    return gold


def base_gold(**extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": "a",
        "text_path": "docs/a.txt",
        "meta": {"published": "2024-05-15", "language": "en", "outlet": None},
        "claims": [
            {"text": "have not been paid for five months", "speaker": "a source in Heilongjiang",
             "speaker_kind": "anonymous_source", "source_id": "S1", "hedged": False,
             "indicators": ["withholding_of_wages"], "negated": False},
            {"text": "The workers reportedly cannot leave the camp", "speaker": None, "speaker_kind": "outlet",
             "source_id": "OUTLET", "hedged": True, "indicators": ["restriction_of_movement"]},
            {"text": "Their manager kept their passports", "speaker": "the source",
             "speaker_kind": "anonymous_source", "source_id": "S1", "hedged": False,
             "indicators": ["retention_of_identity_documents"], "speaker_alt": ["a source in Heilongjiang"]},
            {"text": "denied that any workers are held there", "speaker": "Officials at the Ministry of Forests",
             "speaker_kind": "official", "source_id": "S2", "hedged": False, "indicators": [], "negated": True},
        ],
        "optional_claims": ["Each worker must send 9,000 rubles"],
        "not_claims": ["Contact us at"],
        "places": [{"name": "Heilongjiang Province", "country": "CN", "level": "admin1"}],
        "optional_places": ["Harbin"],
        "amounts": [{"text": "9,000 rubles", "currency": "RUB", "value": 9000, "per": "month", "stated_usd": 120,
                     "usd": [110, 130]}],
        "durations": [{"text": "five months", "days": [145, 155]}],
        "unverified": ["This could not be independently verified"],
        "indicators": ["withholding_of_wages", "restriction_of_movement", "retention_of_identity_documents"],
    }
    doc.update(extra)
    return doc


def claim(i: int, text: str, needle: str, source: str, inds: tuple[str, ...] = (), hedged: bool = False,
          polarity: str = "affirmed", sents: list[Sentence] | None = None) -> Claim:
    s, e = _span(text, needle)
    sent = next(x for x in (sents or _sentences(text)) if x.start <= s < x.end)
    hits = [IndicatorHit(indicator=ind, rule="t", start=s, end=e, cue=needle) for ind in inds]
    return Claim(index=i, sentence=sent.index, start=sent.start, end=sent.end, text=sent.text, source=source,
                 hedged=hedged, polarity=polarity, indicators=hits)


def perfect(text: str = TEXT) -> Analysis:
    sents = _sentences(text)
    sents[5].unconfirmed = True
    a = Analysis(meta=DocMeta(outlet=None), sentences=sents)
    a.sources = [Source("S1", "a source in Heilongjiang", "anonymous_source"),
                 Source("S2", "Officials at the Ministry of Forests", "official"),
                 Source("OUTLET", None, "outlet")]
    a.claims = [
        claim(0, text, "have not been paid", "S1", ("withholding_of_wages",)),
        claim(1, text, "cannot leave the camp", "OUTLET", ("restriction_of_movement",), hedged=True),
        claim(2, text, "kept their passports", "S1", ("retention_of_identity_documents",)),
        claim(3, text, "denied that any", "S2", (), polarity="negated"),
    ]
    heil = _span(text, "Heilongjiang")
    a.places = [PlaceMention(heil[0], heil[1], "Heilongjiang", "Heilongjiang", "CN", "Heilongjiang", "admin1",
                             None, None, "g1")]
    s, e = _span(text, "9,000 rubles")
    a.amounts = [Amount(s, e, "9,000 rubles", "RUB", value=9000, per="month", stated_usd=120, usd=120)]
    s, e = _span(text, "five months")
    a.times = [TimeMention(s, e, "five months", "duration", days_low=147.5, days_high=152.5)]
    return a


def run(tmp_path: Path, analysis: Analysis | Callable[[], Analysis], **extra: Any) -> ev.EvalReport:
    gold = write_gold(tmp_path, [base_gold(**extra)])
    seen: dict[str, Any] = {}

    def fn(text: str, meta: dict[str, Any]) -> Analysis:
        seen.update(meta)
        assert text == TEXT
        return analysis() if callable(analysis) else analysis

    report = ev.evaluate(gold, fn)
    # the gold's inputs, and what the reader found beside a plain text (nothing)
    assert seen == {"published": "2024-05-15", "language": "en", "outlet": None, "title": None, "url": None,
                    "page_title": None}
    return report


def test_perfect_prediction_scores_one(tmp_path: Path) -> None:
    r = run(tmp_path, perfect())
    j = r.to_json()
    assert set(j) == set(ev.METRICS)
    for key in ("claims", "same_source", "indicators_claim", "indicators_doc", "places", "amounts",
                "durations", "unverified"):
        assert j[key]["f1"] == 1.0, (key, j[key], ev.render_details(r))
    for key in ("speaker", "hedged", "negated", "meta"):
        assert j[key]["acc"] == 1.0, (key, j[key])
    assert j["hedged"]["f1"] == 1.0 and j["hedged"]["tp"] == 1
    assert j["claims"]["tp"] == 4 and r.details == []
    assert ev.render_details(r) == "no misses or false positives"


def test_claims_missing_and_false_positives(tmp_path: Path) -> None:
    a = perfect()
    extra_fp = claim(4, TEXT, "Contact us at", "OUTLET", ("isolation",))
    optional = claim(5, TEXT, "Each worker must send", "S1", ("withholding_of_wages",))
    a.claims = [a.claims[0], extra_fp, optional]
    r = run(tmp_path, a)
    assert (r.claims.tp, r.claims.fp, r.claims.fn) == (1, 1, 3)
    assert r.claims.p == 0.5 and r.claims.r == 0.25
    kinds = {(d.metric, d.kind) for d in r.details}
    assert ("claims", "miss") in kinds and ("claims", "false_positive") in kinds
    assert any("not_claims" in d.note for d in r.details if d.metric == "claims")
    # the unmatched claim's indicator is a false positive; the optional claim's is not counted
    assert r.indicators_claim.fp == 1
    assert r.indicators_claim.tp == 1 and r.indicators_claim.fn == 2


def test_each_predicted_claim_matches_one_gold_claim(tmp_path: Path) -> None:
    text = TEXT.replace("Their manager kept their passports, the source added. ",
                        "Their manager kept their passports and denied that any workers are held there. ")
    gold = base_gold()
    gold["claims"][3]["text"] = "denied that any workers are held there"
    path = write_gold(tmp_path, [gold], text)
    a = perfect(text)
    a.claims = [claim(0, text, "Their manager kept", "S1")]
    r = ev.evaluate(path, lambda t, m: a)
    assert r.claims.tp == 1  # one prediction cannot find two gold claims


def test_speaker_rules(tmp_path: Path) -> None:
    a = perfect()
    a.sources = [Source("S1", "source in Heilongjiang", "anonymous_source"),  # contained: correct
                 Source("S2", "the Ministry", "organization"),  # wrong kind
                 Source("OUTLET", "Daily Example", "outlet")]
    r = run(tmp_path, a)
    # claim 1 ok (head phrase), claim 2 null gold wants outlet: ok, claim 3 via speaker_alt: ok, claim 4 kind wrong
    assert (r.speaker.correct, r.speaker.total) == (3, 4)
    assert any(d.metric == "speaker" and "organization" in d.note for d in r.details)


def test_speaker_null_gold_rejects_named_source(tmp_path: Path) -> None:
    a = perfect()
    a.claims[1].source = "S2"
    r = run(tmp_path, a)
    assert r.speaker.correct == 3


def test_same_source_pairs(tmp_path: Path) -> None:
    a = perfect()
    a.claims[2].source = "S3"  # gold says S1 for claims 0 and 2
    a.claims[3].source = "S1"  # gold says S2
    r = run(tmp_path, a)
    # predicted same pairs: (0,3) -> fp; gold same pairs: (0,2) -> fn
    assert (r.same_source.tp, r.same_source.fp, r.same_source.fn) == (0, 1, 1)


def test_hedged_and_negated(tmp_path: Path) -> None:
    a = perfect()
    a.claims[1].hedged = False
    a.claims[0].hedged = True
    a.claims[3].polarity = "affirmed"
    r = run(tmp_path, a)
    assert (r.hedged.correct, r.hedged.total) == (2, 4)
    assert (r.hedged_class.tp, r.hedged_class.fp, r.hedged_class.fn) == (0, 1, 1)
    j = r.to_json()["hedged"]
    assert j["acc"] == 0.5 and j["f1"] == 0.0
    # negated is scored only where the gold gives it (claims 0 and 3)
    assert (r.negated.correct, r.negated.total) == (1, 2)


def test_indicators_claim_and_doc(tmp_path: Path) -> None:
    a = perfect()
    a.claims[0].indicators.append(IndicatorHit("debt_bondage", "t", 0, 1, "x"))
    a.claims[2].indicators = []
    r = run(tmp_path, a)
    assert (r.indicators_claim.tp, r.indicators_claim.fp, r.indicators_claim.fn) == (2, 1, 1)
    assert (r.indicators_doc.tp, r.indicators_doc.fp, r.indicators_doc.fn) == (2, 1, 1)


def test_negated_claims_do_not_support_document_indicators(tmp_path: Path) -> None:
    a = perfect()
    a.claims[3].indicators = [IndicatorHit("isolation", "t", 0, 1, "x")]
    r = run(tmp_path, a)
    assert r.indicators_doc.fp == 0  # Analysis.indicators() ignores negated claims
    assert r.indicators_claim.fp == 1


def test_places_normalised_and_optional(tmp_path: Path) -> None:
    a = perfect()
    a.places.append(PlaceMention(0, 1, "Harbin", "Harbin", "CN", None, "city", None, None, "g2"))
    a.places.append(PlaceMention(0, 1, "Jilin", "Jilin", "CN", None, "admin1", None, None, "g3"))
    r = run(tmp_path, a)
    # "Heilongjiang" = gold "Heilongjiang Province"; Harbin optional; Jilin false positive
    assert (r.places.tp, r.places.fp, r.places.fn) == (1, 1, 0)


def test_place_names_compare_without_diacritics() -> None:
    assert ev._place_name("Gdańsk") == ev._place_name("Gdansk")
    assert ev._place_name("Łódź") == ev._place_name("Lodz")
    assert ev._place_name("Thiès") == ev._place_name("Thies")
    assert ev._place_name("Gdańsk") != ev._place_name("Gdynia")


def test_gold_place_aliases_compare_as_the_gazetteer_canonical_name() -> None:
    # annotators write "DPRK" or "Russian Federation"; the extractor reports canonical names
    assert ev._gold_place_name("DPRK", "KP") == ev._place_name("North Korea")
    assert ev._gold_place_name("Russian Federation", "RU") == ev._place_name("Russia")
    assert ev._gold_place_name("Yanbian Korean Autonomous Prefecture", "CN") == ev._place_name("Yanbian")
    # an alias of a place in another country, or an unknown name, stays as written
    assert ev._gold_place_name("DPRK", "KR") == ev._place_name("DPRK")
    assert ev._gold_place_name("Qinglong Harbour district", "CN") == ev._place_name("Qinglong Harbour district")


def test_amount_value_currency_and_conversion_rules(tmp_path: Path) -> None:
    a = perfect()
    s, e = _span(TEXT, "$120")
    a.amounts.append(Amount(s, e, "$120", "USD", value=120, usd=120))  # the conversion on its own: FP
    r = run(tmp_path, a)
    assert (r.amounts.tp, r.amounts.fp, r.amounts.fn) == (1, 1, 0)

    b = perfect()
    b.amounts[0].value = 9500  # more than 1% off
    r = run(tmp_path, b)
    assert (r.amounts.tp, r.amounts.fp, r.amounts.fn) == (0, 1, 1)
    assert any(d.kind == "wrong" and "value" in d.note for d in r.details)

    c = perfect()
    c.amounts[0].currency = "USD"
    r = run(tmp_path, c)
    assert (r.amounts.tp, r.amounts.fn) == (0, 1)

    d = perfect()
    d.amounts[0].usd = 200
    r = run(tmp_path, d)
    assert r.amounts.tp == 0 and any("usd" in x.note for x in r.details)

    e_ = perfect()
    e_.amounts[0].value = 9050  # within 1%
    assert run(tmp_path, e_).amounts.tp == 1


def test_amount_ranges(tmp_path: Path) -> None:
    text = "They borrowed several hundred to several thousand dollars."
    gold = {"id": "r", "text_path": "docs/a.txt", "amounts": [
        {"text": "several hundred to several thousand dollars", "currency": "USD", "low": [100, 999],
         "high": [1000, 9999]}]}
    path = write_gold(tmp_path, [gold], text)
    s, e = _span(text, "several hundred to several thousand dollars")
    good = Analysis(meta=DocMeta(), amounts=[Amount(s, e, text[s:e], "USD", low=200, high=9999)])
    bad = Analysis(meta=DocMeta(), amounts=[Amount(s, e, text[s:e], "USD", low=200, high=99999)])
    assert ev.evaluate(path, lambda t, m: good).amounts.f1 == 1.0
    assert ev.evaluate(path, lambda t, m: bad).amounts.f1 == 0.0


def test_percentages_are_ignored_by_amounts(tmp_path: Path) -> None:
    a = perfect()
    a.amounts.append(Amount(0, 3, "70%", None, value=70, kind="percent", extractor="percent.v1"))
    assert run(tmp_path, a).amounts.fp == 0


def test_durations(tmp_path: Path) -> None:
    a = perfect()
    a.times[0].days_high = 300
    r = run(tmp_path, a)
    assert (r.durations.tp, r.durations.fn, r.durations.fp) == (0, 1, 1)
    b = perfect()
    b.times.append(TimeMention(0, 5, "Work", "duration", days_low=1, days_high=1))
    b.times.append(TimeMention(0, 5, "Work", "relative", date="2024-01-01"))  # not a duration: ignored
    assert run(tmp_path, b).durations.fp == 1


def test_meta_fields(tmp_path: Path) -> None:
    a = perfect()
    a.meta.outlet = "Daily Example"
    r = run(tmp_path, a, meta={"published": "2024-05-15", "language": "en", "outlet": None,
                               "translator": "Ko Min", "original_language": "ko"})
    assert (r.meta.correct, r.meta.total) == (0, 3)
    a.meta = DocMeta(outlet=None, translator="ko  min", original_language="KO")
    r = run(tmp_path, a, meta={"published": "2024-05-15", "language": "en", "outlet": None,
                               "translator": "Ko Min", "original_language": "ko"})
    assert (r.meta.correct, r.meta.total) == (3, 3)


def test_unverified_recall(tmp_path: Path) -> None:
    a = perfect()
    for s in a.sentences:
        s.unconfirmed = False
    r = run(tmp_path, a)
    assert (r.unverified.tp, r.unverified.fn) == (0, 1) and r.unverified.r == 0.0


def test_analysis_failure_is_recorded_not_fatal(tmp_path: Path) -> None:
    def boom() -> Analysis:
        raise RuntimeError("stage broke")

    r = run(tmp_path, boom)
    assert r.claims.fn == 4 and any(d.kind == "error" and "stage broke" in d.note for d in r.details)


def test_normalise() -> None:
    assert ev.normalise("  “Curly”  —  ‘quotes’\nAND\tspace ") == "\"curly\" - 'quotes' and space"
    assert ev.normalise("ﬁne") == "fine"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"text_path": "docs/a.txt"}', "'id'"),
        ('{"id": "x", "text_path": "docs/missing.txt"}', "does not exist"),
        ('{"id": "x", "text_path": "docs/a.txt", "indicators": ["slavery"]}', "unknown indicator"),
        ('{"id": "x", "text_path": "docs/a.txt", "claims": [{"speaker": "a"}]}', "no 'text'"),
        ('{"id": "x", "text_path": "docs/a.txt", "claims": [{"text": "a", "speaker_kind": "ghost"}]}',
         "speaker_kind"),
        ('{"id": "x", "text_path": "docs/a.txt", "durations": [{"text": "a", "days": [5]}]}', "[min, max]"),
        ('{"id": "x", "text_path": "docs/a.txt", "amounts": [{"text": "a", "currency": "USD", "usd": [9, 1]}]}',
         "[min, max]"),
        ('{"id": "x", "text_path": "docs/a.txt", "amounts": [{"text": "a", "value": 5}]}', "currency"),
        ('{"id": "x", "text_path": "docs/a.txt", "places": "China"}', "list"),
    ],
)
def test_malformed_gold_names_the_line(tmp_path: Path, line: str, message: str) -> None:
    good = json.dumps({"id": "ok", "text_path": "docs/a.txt"})
    path = write_gold(tmp_path, [])
    path.write_text(good + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(GoldError) as info:
        ev.load_gold(path)
    assert "line 3" in info.value.message and message in info.value.message


def test_duplicate_ids_and_empty_file(tmp_path: Path) -> None:
    path = write_gold(tmp_path, [{"id": "a", "text_path": "docs/a.txt"}, {"id": "a", "text_path": "docs/a.txt"}])
    with pytest.raises(GoldError, match="line 2: duplicate"):
        ev.load_gold(path)
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(GoldError, match="no documents"):
        ev.load_gold(path)


def test_render_tables_and_details(tmp_path: Path) -> None:
    from rich.console import Console

    a = perfect()
    a.claims = a.claims[:2]
    r = run(tmp_path, a)
    tables = ev.render_tables(r)
    assert len(tables) == len(ev.METRICS)
    console = Console(record=True, width=120)
    for t in tables:
        console.print(t)
    out = console.export_text()
    assert "claims" in out and "0.500" in out and "F1 (hedged)" in out
    details = ev.render_details(r)
    assert "== claims" in details and "Their manager kept their passports" in details


def test_reads_html_documents(tmp_path: Path) -> None:
    html = ("<html><head><title>t</title></head><body><article><p>"
            + "Workers said they were paid $300 a month for long shifts at the plant. " * 3
            + "</p></article></body></html>")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "p.html").write_text(html, encoding="utf-8")
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "p", "text_path": "docs/p.html"}) + "\n", encoding="utf-8")
    seen: list[str] = []
    ev.evaluate(gold, lambda t, m: (seen.append(t), Analysis(meta=DocMeta()))[1])
    assert "paid $300 a month" in seen[0] and "<p>" not in seen[0]


DEV = DEV_GOLD


def test_dev_gold_amounts_and_durations_with_own_extractors() -> None:
    if not DEV.is_file():
        pytest.skip("shared dev gold set not available")
    from labourlens.analyse import dates, money

    def fn(text: str, meta: dict[str, Any]) -> Analysis:
        pub = date.fromisoformat(meta["published"]) if meta.get("published") else None
        return Analysis(meta=DocMeta(), amounts=money.find(text, pub), times=dates.find(text, pub))

    r = ev.evaluate(DEV, fn)
    assert r.amounts.f1 == 1.0, ev.render_details(r)
    assert r.durations.f1 == 1.0, ev.render_details(r)


def test_json_details_on_request(tmp_path: Path) -> None:
    a = perfect()
    a.claims = a.claims[:3]
    r = run(tmp_path, a)
    assert "details" not in r.to_json()
    details = r.to_json(details=True)["details"]
    assert {"metric": "claims", "doc": "a", "kind": "miss", "text": "denied that any workers are held there",
            "note": ""} in details
    json.dumps(r.to_json(details=True))  # serialisable


TEAM_GOLD = Path(__file__).parent / "gold" / "gold.jsonl"


def test_team_gold_amounts_and_durations_floor() -> None:
    """Regression gate for money.v1 and time.v1 on the team's gold set (floors may only go up)."""
    if not TEAM_GOLD.is_file():
        pytest.skip("tests/gold/gold.jsonl not written yet")
    from labourlens.analyse import dates, money

    def fn(text: str, meta: dict[str, Any]) -> Analysis:
        pub = date.fromisoformat(meta["published"]) if meta.get("published") else None
        return Analysis(meta=DocMeta(), amounts=money.find(text, pub), times=dates.find(text, pub))

    r = ev.evaluate(TEAM_GOLD, fn)
    assert r.amounts.f1 >= 0.95, ev.render_details(r)
    assert r.durations.f1 >= 0.90, ev.render_details(r)


def test_place_names_keep_krai_and_city_apart(tmp_path: Path) -> None:
    assert ev._place_name("Liaoning Province") == ev._place_name("liaoning")
    assert ev._place_name("Guangxi Zhuang Autonomous Region") == "guangxi zhuang"
    assert ev._place_name("Khabarovsk Krai") != ev._place_name("Khabarovsk")
    assert ev._place_name("Jilin City") != ev._place_name("Jilin")


def test_dev_gold_with_the_ingest_pipeline() -> None:
    """End to end: the default analyse_fn is the ingest pipeline."""
    if not DEV.is_file():
        pytest.skip("shared dev gold set not available")
    r = ev.evaluate(DEV)
    j = r.to_json()
    assert list(j) == list(ev.METRICS) and r.documents == 2
    assert r.claims.tp > 0
    assert (r.amounts.f1, r.durations.f1) == (1.0, 1.0), ev.render_details(r)


def test_unreadable_document_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "empty.txt").write_bytes(b"")
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "e", "text_path": "docs/empty.txt"}) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match="line 1: cannot read the text of empty.txt"):
        ev.evaluate(gold, lambda t, m: Analysis(meta=DocMeta()))


def test_a_point_amount_is_its_own_bounds_against_vague_gold_bounds() -> None:
    point = Amount(0, 10, "about 2,500 dirhams", "AED", value=2500)
    assert ev._amount_problem({"low": [2300, 2500], "high": [2500, 2700]}, point) is None
    assert ev._amount_problem({"low": [2600, 2800]}, point) == "low 2500 not in [2600, 2800]"
    ranged = Amount(0, 10, "2,000 to 3,000 dirhams", "AED", low=2000, high=3000)
    assert ev._amount_problem({"low": [1900, 2100], "high": [2900, 3100]}, ranged) is None


def test_optional_place_aliases_also_excuse_the_canonical_name() -> None:
    # an optional "DPRK" excuses a predicted "North Korea"; an unknown optional name stays as written
    assert ev._place_name("North Korea") in ev._optional_place_names("DPRK")
    assert ev._place_name("DPRK") in ev._optional_place_names("DPRK")
    assert ev._optional_place_names("Bolshaya Podgornaya Street") == {ev._place_name("Bolshaya Podgornaya Street")}
    assert ev._place_name("South Korea") not in ev._optional_place_names("DPRK")


def test_outlet_meta_compares_known_outlets_by_their_canonical_name() -> None:
    assert ev._same_outlet("AFP", "Agence France-Presse")
    assert ev._same_outlet("ASIAPRESS", "Asia Press")
    assert not ev._same_outlet("Reuters", "Agence France-Presse")
    # unknown outlets, or a known one with words added, must match as written
    assert not ev._same_outlet("Amurskaya Pravda Online", "Amurskaya Pravda")
    assert not ev._same_outlet("Open News", "OPEN NEWS Interview")


def _quiet_gold(**extra: Any) -> dict[str, Any]:
    return base_gold(claims=[], indicators=[], amounts=[], durations=[], unverified=[], **extra)


def test_quiet_reports_are_scored_as_kept_clean_or_not(tmp_path: Path) -> None:
    """A report with nothing to find counts as kept clean only with no claims and no indicators."""
    clean = perfect()
    clean.claims = []
    r = run(tmp_path, clean, **{k: v for k, v in _quiet_gold().items() if k != "id"})
    assert (r.quiet.correct, r.quiet.total) == (1, 1)
    assert not [d for d in r.details if d.metric == "quiet"]

    noisy = perfect()
    noisy.claims = [noisy.claims[1]]  # one claim with an indicator
    r = run(tmp_path, noisy, **{k: v for k, v in _quiet_gold().items() if k != "id"})
    assert (r.quiet.correct, r.quiet.total) == (0, 1) and r.to_json()["quiet"]["acc"] == 0.0
    [detail] = [d for d in r.details if d.metric == "quiet"]
    assert "1 claim(s)" in detail.note and "restriction_of_movement" in detail.note


def test_optional_claims_and_negated_claims_keep_a_quiet_report_clean(tmp_path: Path) -> None:
    a = perfect()
    a.claims = [claim(0, TEXT, "Each worker must send", "S1"), claim(1, TEXT, "denied that any", "S2",
                                                                  ("isolation",), polarity="negated")]
    gold = {k: v for k, v in _quiet_gold(optional_claims=["Each worker must send", "denied that any"]).items()
            if k != "id"}
    r = run(tmp_path, a, **gold)
    # a negated claim is never evidence for an indicator, and optional claims are not penalised
    assert (r.quiet.correct, r.quiet.total) == (1, 1)


def test_reports_with_something_to_find_are_not_scored_as_quiet(tmp_path: Path) -> None:
    r = run(tmp_path, perfect())
    assert r.quiet.total == 0 and r.to_json()["quiet"]["acc"] is None


def test_an_amount_read_again_where_its_text_recurs_is_the_same_gold_amount() -> None:
    # the gold names an amount by its text, which stands for every place it occurs (a headline and the body): the
    # extractor's second reading of it is that amount, not a false positive; another amount still is one
    from types import SimpleNamespace

    text = "Kiln wins 9,000 rubles order\n\nThe kiln won a 9,000 rubles order and paid 500 rubles a week."
    gold = [{"text": "9,000 rubles", "currency": "RUB", "value": 9000}]
    first, second = [i for i in range(len(text)) if text.startswith("9,000 rubles", i)]
    other = text.index("500 rubles")
    preds = [Amount(first, first + 12, "9,000 rubles", "RUB", value=9000),
             Amount(second, second + 12, "9,000 rubles", "RUB", value=9000),
             Amount(other, other + 10, "500 rubles", "RUB", value=500)]
    report = ev.EvalReport()
    ev._score_spans(report, "amounts", SimpleNamespace(id="d1"), text, gold, preds,
                    lambda g, a: g["currency"] == a.currency, ev._amount_problem)
    assert (report.amounts.tp, report.amounts.fp, report.amounts.fn) == (1, 1, 0)
    assert [d.text for d in report.details if d.kind == "false_positive"] == ["500 rubles"]
