"""Unit tests of the web app's helpers: highlighting, charts, map data, uploads,
sessions and the login limiter."""

from __future__ import annotations

import json

import pytest

from labourlens.errors import UsageError
from labourlens.model import Amount, Analysis, Claim, DocMeta, IndicatorHit, PlaceMention, Source
from labourlens.web import auth, charts, highlight, jobs, mapdata


def _analysis(text: str) -> Analysis:
    start = text.index("Workers")
    end = text.index(".", start) + 1
    place = text.index("Dandong")
    money = text.index("900 yuan")
    cue = text.index("passports")
    return Analysis(
        meta=DocMeta(),
        sources=[Source("S1", "a guard", "anonymous_source", spans=[(text.index("a guard"),
                                                                      text.index("a guard") + 7)])],
        claims=[Claim(0, 0, start, end, text[start:end], "S1", hedged=True,
                      indicators=[IndicatorHit("retention_of_identity_documents", "r1", cue, cue + 9, "passports")])],
        places=[PlaceMention(place, place + 7, "Dandong", "Dandong", "CN", None, "city", 40.1, 124.4, "g:1")],
        amounts=[Amount(money, money + 8, "900 yuan", "CNY", value=900.0, usd=125.0, fx_rate=7.2,
                        fx_date="2024-01-02")],
    )


def test_segments_cover_the_text_and_nest_kinds() -> None:
    text = "Title\n\nWorkers in Dandong lost passports and 900 yuan, a guard said. Other text."
    analysis = _analysis(text)
    segs = highlight.segments(text, highlight.marks(analysis), selected_claim=0)
    assert "".join(s.text for s in segs) == text  # nothing lost or repeated
    dandong = next(s for s in segs if s.text == "Dandong")
    assert set(dandong.kinds) == {"claim", "place"} and dandong.selected
    assert "place: Dandong, CN [city]" in dandong.title
    money = next(s for s in segs if s.text == "900 yuan")
    assert "USD 125.00" in money.title and "7.2 CNY/USD" in money.title
    assert "hl-amount" in money.css and "hl-selected" in money.css
    assert segs[-1].text == " Other text." and segs[-1].kinds == []
    paras = highlight.paragraphs(segs)
    assert len(paras) == 2 and paras[0][0].text == "Title"


def test_segments_ignore_marks_outside_the_text() -> None:
    marks = [highlight.Mark(3, 500, "claim", "c", 0), highlight.Mark(5, 5, "place", "empty")]
    segs = highlight.segments("0123456789", marks)
    assert "".join(s.text for s in segs) == "0123456789"


def test_bar_chart_stacks_indicators_per_month() -> None:
    series = {"debt_bondage": {"2024-01": 4, "2024-03": 2}, "deception": {"2024-01": 2}}
    chart = charts.bar_chart(series)
    assert not chart["empty"] and chart["bucket"] == "month"
    jan = [b for b in chart["bars"] if b["label"] == "2024-01"]
    assert {b["indicator"]: b["n"] for b in jan} == {"debt_bondage": 4, "deception": 2}
    # the tallest stack reaches the top of the plot; stacked segments touch
    top = min(b["y"] for b in jan)
    assert top == charts.PAD_T
    lower, upper = sorted(jan, key=lambda b: -b["y"])
    assert abs(lower["y"] - (upper["y"] + upper["h"])) < 0.2
    assert [t["label"] for t in chart["xticks"]] == ["2024-01", "2024-02", "2024-03"]
    assert charts.bar_chart({})["empty"] is True


def test_bar_chart_uses_years_for_long_spans() -> None:
    chart = charts.bar_chart({"isolation": {"2001-05": 1, "2024-02": 3}})
    assert chart["bucket"] == "year"
    bar = next(b for b in chart["bars"] if b["n"] == 3)
    assert (bar["label"], bar["date_from"], bar["date_to"]) == ("2024", "2024", "2024")
    quarter = charts.bar_chart({"isolation": {"2020-05": 1, "2024-02": 3}})
    assert quarter["bucket"] == "quarter"
    assert any(b["label"] == "2020 Q2" and b["date_from"] == "2020-04" for b in quarter["bars"])


def test_map_projection_and_country_outlines() -> None:
    assert mapdata.project(-180, mapdata.LAT_MAX) == (0.0, 0.0)
    assert mapdata.project(180, mapdata.LAT_MIN) == (mapdata.WIDTH, mapdata.HEIGHT)
    codes = {name: code for code, name, _ in mapdata.country_paths()}
    assert {"China", "Russia", "Qatar", "Brazil"} <= set(codes) and "Antarctica" not in codes
    assert (codes["China"], codes["Russia"], codes["Qatar"]) == ("CN", "RU", "QA")
    shaded = charts.world_map([], {"CN": 10, "QA": 1})["countries"]
    by_code = {c["code"]: c for c in shaded}
    assert by_code["CN"]["shade"] == charts.SHADES and 1 <= by_code["QA"]["shade"] < charts.SHADES
    assert by_code["BR"]["shade"] == 0
    dots = charts.world_map([{"name": "A", "country": "CN", "lat": 40.0, "lon": 124.0, "claims": 9},
                             {"name": "B", "country": "RU", "lat": 48.0, "lon": 135.0, "claims": 1}])["dots"]
    assert dots[0]["r"] > dots[1]["r"]


def test_topojson_conversion_decodes_delta_arcs() -> None:
    topo = {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": [[[0, 0], [10, 0], [0, 10], [-10, 0], [0, -10]]],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0]], "id": "1", "properties": {"name": "Square"}}]}},
    }
    geo = mapdata.topojson_to_geojson(topo)
    ring = geo["features"][0]["geometry"]["coordinates"][0]
    assert ring == [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]
    assert json.loads(mapdata.GEOJSON.read_text())["type"] == "FeatureCollection"


def test_upload_checks() -> None:
    assert jobs.safe_name("../../etc/passwd") == "passwd"
    assert jobs.safe_name("..\\..\\x.txt") == "x.txt"
    assert "/" not in jobs.safe_name("a/b/c d.html") and jobs.safe_name("a/b/c d.html").endswith(".html")
    assert jobs.check_upload("a.txt", b"Plain words in a report.", 1000) == "text"
    with pytest.raises(UsageError, match="limit"):
        jobs.check_upload("a.txt", b"x" * 2000, 1000)
    with pytest.raises(UsageError, match="empty"):
        jobs.check_upload("a.txt", b"", 1000)
    assert jobs.check_urls("https://example.org/a\nhttp://example.org/b") == ["https://example.org/a",
                                                                             "http://example.org/b"]
    with pytest.raises(UsageError):
        jobs.check_urls("file:///etc/passwd")


def test_roles_and_limiter() -> None:
    assert auth.can("admin", "review") and auth.can("reviewer", "ingest") and auth.can("viewer", "view")
    assert not auth.can("viewer", "review") and not auth.can(None, "view") and not auth.can("reviewer", "admin")
    limiter = auth.LoginLimiter(attempts=2, window=60)
    assert not limiter.blocked("k")
    limiter.failed("k")
    limiter.failed("k")
    assert limiter.blocked("k") and not limiter.blocked("other")
    limiter.succeeded("k")
    assert not limiter.blocked("k")


def test_sessions_expire_and_csrf_is_bound_to_the_session() -> None:
    signer = auth.SessionSigner(b"s" * 32)
    s1, s2 = signer.new(), signer.new("ana", "reviewer")
    assert signer.check_csrf(s1, signer.csrf_token(s1))
    assert not signer.check_csrf(s1, signer.csrf_token(s2))
    assert not signer.check_csrf(s1, None) and not signer.check_csrf(None, signer.csrf_token(s1))
    expired = auth.Session("ana", "reviewer", "n", 1)
    assert signer.loads(signer.dumps(expired)) is None
    assert auth.SessionSigner(b"t" * 32).loads(signer.dumps(s2)) is None  # another key
    assert signer.loads("garbage") is None and signer.loads(None) is None
