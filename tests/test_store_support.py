"""Builders shared by the store, ingest and CLI tests: captured documents and
hand-made analyses (so store tests do not depend on the analysis stages)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from labourlens.model import (
    Amount,
    Analysis,
    CapturedDoc,
    Claim,
    DocMeta,
    IndicatorHit,
    PlaceMention,
    Sentence,
    Source,
    TimeMention,
)

TEXT_A = (
    "Workers from a fictional garment firm, Hanbit Apparel, are confined to a dormitory in Dandong. "
    "Their passports were taken by the managers, a Dandong-based source told the newsletter. "
    "Each worker is reportedly paid RMB 900 a month. "
    "The company denies that any worker is held against their will."
)


def doc(text: str = TEXT_A, origin: str = "a.txt", **kw: object) -> CapturedDoc:
    data = kw.pop("original", text.encode("utf-8"))
    assert isinstance(data, bytes)
    values: dict[str, object] = {
        "id": hashlib.sha256(data).hexdigest(),
        "origin": origin,
        "captured_at": datetime.now(UTC).isoformat(),
        "reader": "text.v1",
        "reader_version": "1",
        "media_type": "text/plain",
        "original": data,
        "text": text,
        "title": "Garment workers in Dandong",
    }
    values.update(kw)
    return CapturedDoc(**values)  # type: ignore[arg-type]


def failed(origin: str, reason: str = "corrupt PDF: no trailer") -> CapturedDoc:
    return CapturedDoc(
        id=hashlib.sha256(("failed:" + origin).encode()).hexdigest(),
        origin=origin,
        captured_at=datetime.now(UTC).isoformat(),
        reader="pdf.v1",
        reader_version="1",
        media_type="application/pdf",
        original=None,
        status="failed",
        reason=reason,
    )


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def analysis(text: str = TEXT_A, published: str | None = "2024-03-05", outlet: str | None = "Border Weekly") -> Analysis:
    """A plausible analysis of ``TEXT_A``-like text: one sentence per line of prose."""
    sents = []
    pos = 0
    for i, part in enumerate(p for p in text.split(". ") if p):
        start = text.index(part, pos)
        end = min(len(text), start + len(part) + 1)
        sents.append(Sentence(index=i, start=start, end=end, text=text[start:end]))
        pos = end
    src = Source("S1", "a Dandong-based source", "anonymous_source", location="CN", spans=[_span(text, "a Dandong-based source")])
    outlet_src = Source("OUTLET", None, "outlet")
    org = Source("S2", "The company", "organization", canonical="Hanbit Apparel")
    claims = []
    for s in sents:
        if "confined" in s.text:
            c = Claim(0, s.index, s.start, s.end, s.text, "OUTLET")
            a, b = _span(text, "confined")
            c.indicators.append(IndicatorHit("restriction_of_movement", "FL03.confined", a, b, "confined"))
            claims.append(c)
        elif "passports" in s.text:
            c = Claim(1, s.index, s.start, s.end, s.text, "S1", cue="told")
            a, b = _span(text, "passports were taken")
            c.indicators.append(IndicatorHit("retention_of_identity_documents", "FL07.passport", a, b, "passports were taken"))
            claims.append(c)
        elif "paid" in s.text:
            claims.append(Claim(2, s.index, s.start, s.end, s.text, "OUTLET", hedges=["reportedly"], hedged=True,
                                event_time="2024-02-01", event_precision="month"))
        elif "denies" in s.text:
            c = Claim(3, s.index, s.start, s.end, s.text, "S2", cue="denies", polarity="negated")
            c.indicators.append(IndicatorHit("restriction_of_movement", "FL03.held", *_span(text, "held against"), "held against"))
            claims.append(c)
    places = []
    for m in ("Dandong", "Hunchun"):
        start = text.find(m)
        while start >= 0:
            places.append(PlaceMention(start, start + len(m), m, m, "CN", None, "city", 40.1, 124.4, "gn:" + m))
            start = text.find(m, start + 1)
    places.sort(key=lambda p: p.start)
    amounts = []
    if "RMB 900" in text:
        a, b = _span(text, "RMB 900")
        amounts.append(Amount(a, b, "RMB 900", "CNY", value=900, per="month", usd=125.0, fx_rate=7.2,
                              fx_date="2024-03-05", fx_source="ECB"))
    times = [TimeMention(0, 0, "", "date", date="2024-03-05", precision="day")]
    meta = DocMeta(outlet=outlet, language="en", published=published, published_precision="day", notes=["checked"])
    return Analysis(meta=meta, sentences=sents, sources=[outlet_src, src, org], claims=claims, places=places,
                    amounts=amounts, times=times, paragraph_languages=[(0, "en")])


# ------------------------------------------------------------ a fake pipeline for ingest tests

CITIES = {"Dandong": "CN", "Hunchun": "CN", "Vladivostok": "RU", "Doha": "QA"}
HOOK_CALLS: list[list[str]] = []


def fake_analyse(text: str, meta: dict | None = None) -> Analysis:
    """A deterministic stand-in for the analysis pipeline: sentences at full stops,
    a claim for each sentence about workers, an indicator for passports, cities."""
    import re

    meta = dict(meta or {})
    sents: list[Sentence] = []
    for m in re.finditer(r"[^.!?\n]+[.!?]?", text):
        if m.group().strip():
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            sents.append(Sentence(len(sents), start, m.end(), text[start : m.end()]))
    claims = []
    for s in sents:
        low = s.text.lower()
        if "worker" in low or "passport" in low:
            c = Claim(len(claims), s.index, s.start, s.end, s.text, "OUTLET", hedged="reportedly" in low)
            if "passport" in low:
                i = s.start + low.index("passport")
                c.indicators.append(IndicatorHit("retention_of_identity_documents", "fake.passport", i, i + 8,
                                                 "passport"))
            claims.append(c)
    places = [
        PlaceMention(m.start(), m.end(), m.group(), m.group(), CITIES[m.group()], None, "city", None, None,
                     "fake:" + m.group())
        for m in re.finditer("|".join(CITIES), text)
    ]
    dm = DocMeta(outlet=meta.get("outlet"), language=meta.get("language") or "en", published=meta.get("published"),
                 title=meta.get("title"))
    return Analysis(meta=dm, sentences=sents, sources=[Source("OUTLET", None, "outlet")], claims=claims,
                    places=places)


def record_hook(store: object, new_ids: list[str]) -> None:
    HOOK_CALLS.append(list(new_ids))


def broken_hook(store: object, new_ids: list[str]) -> None:
    raise RuntimeError("linker exploded")


def real_pipeline_available() -> bool:
    try:
        from labourlens.analyse.pipeline import analyse  # noqa: F401
    except Exception:  # noqa: BLE001 - any import problem means: use the fake
        return False
    return True


def write_reports(folder, n: int, start: int = 0) -> list:
    """``n`` small distinct plain-text reports in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    cities = list(CITIES)
    for i in range(start, start + n):
        city = cities[i % len(cities)]
        p = folder / f"report-{i:04d}.txt"
        p.write_text(
            f"Report {i}. Workers at the fictional Plant {i} in {city} said their passports were kept. "
            f"The workers reportedly work twelve hours a day. The weather in {city} was mild on day {i}.\n",
            encoding="utf-8",
        )
        paths.append(p)
    return paths
