"""Validate the gold evaluation sets against the contract in ``shared/eval/FORMAT.md``.

Checks both our own set (``tests/gold/gold.jsonl``) and the shared worked example
(``/work/shared/eval/dev/gold.jsonl``, skipped when absent): every line parses, every
text exists, every annotated substring is really in the (visible) text after the
FORMAT.md normalisation, ids and kinds come from the fixed vocabularies, and source
ids are used consistently. The set-level tests keep our gold set varied enough to be
a meaningful regression gate.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from labourlens.model import INDICATORS, SPEAKER_KINDS

GOLD = Path(__file__).parent / "gold" / "gold.jsonl"
from shared_paths import DEV_GOLD  # noqa: E402

PLACE_LEVELS = {"country", "admin1", "city", "border", "facility", "other"}
PERIODS = {"hour", "day", "week", "month", "year", "shift", "trip", "contract"}
META_KEYS = {"outlet", "published", "language", "translator", "original_language", "title", "url"}
TOP_KEYS = {"id", "text_path", "meta", "places", "optional_places", "amounts", "durations", "claims",
            "optional_claims", "not_claims", "unverified", "indicators"}
CLAIM_KEYS = {"text", "speaker", "speaker_kind", "source_id", "hedged", "indicators", "negated", "speaker_alt"}
# Sentence boundary inside a claim text: end punctuation, optional closing quote, space, capital.
SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019]?\s+[\"\u201c]?[A-Z]")

_PLAIN = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ",
})


def normalise(text: str) -> str:
    """FORMAT.md matching normalisation: NFKC, plain quotes and dashes, collapsed spaces, casefold."""
    text = unicodedata.normalize("NFKC", text).translate(_PLAIN)
    return re.sub(r"\s+", " ", text).strip().casefold()


class _VisibleText(HTMLParser):
    """The text a reader sees: no head, scripts or styles; block elements end lines."""

    HIDDEN = {"head", "script", "style", "template", "noscript"}
    BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
              "header", "footer", "nav", "section", "article", "aside", "main", "tr", "td", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in {".html", ".htm"}:
        parser = _VisibleText()
        parser.feed(raw)
        parser.close()
        return "".join(parser.parts)
    return raw


def load(path: Path) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:  # pragma: no cover - the assertion message is the point
            pytest.fail(f"{path}:{number}: not valid JSON: {exc}")
        assert isinstance(record, dict), f"{path}:{number}: a line must hold one JSON object"
        records.append(record)
    return records


def _is_range(value: Any) -> bool:
    return (isinstance(value, list) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value)
            and value[0] <= value[1])


class _Doc:
    """Collects the problems of one gold record."""

    def __init__(self, where: str, text: str) -> None:
        self.where = where
        self.text = text
        self.found: list[str] = []

    def add(self, message: str) -> None:
        self.found.append(f"{self.where}: {message}")

    def need(self, snippet: Any, what: str, *, unique: bool = False) -> None:
        """``snippet`` must be an exact substring of the normalised text (once, when ``unique``)."""
        if not isinstance(snippet, str) or not snippet.strip():
            self.add(f"{what} must be a non-empty string")
            return
        count = self.text.count(normalise(snippet))
        if count == 0:
            self.add(f"{what} not in the text: {snippet!r}")
        elif unique and count > 1:
            self.add(f"{what} is not distinctive ({count} times): {snippet!r}")


def problems(path: Path, *, strict: bool) -> list[str]:
    """Every violation of the gold contract in one file. ``strict`` adds our own house rules."""
    found: list[str] = []
    records = load(path)
    ids = Counter(r.get("id") for r in records)
    found += [f"duplicate id {i!r}" for i, n in ids.items() if n > 1]
    for rec in records:
        found += _record_problems(path, rec, strict=strict)
    return found


def _record_problems(path: Path, rec: dict[str, Any], *, strict: bool) -> list[str]:
    did = rec.get("id")
    where = f"{path.name}:{did}"
    doc_path = path.parent / str(rec.get("text_path", ""))
    if not rec.get("text_path") or not doc_path.is_file():
        return [f"{where}: text_path {rec.get('text_path')!r} does not exist"]
    doc = _Doc(where, normalise(visible_text(doc_path)))
    if not isinstance(did, str) or not did:
        doc.add("id must be a non-empty string")
    if strict:
        for key in sorted(set(rec) - TOP_KEYS):
            doc.add(f"unknown key {key!r}")
    _check_meta(doc, rec.get("meta"), strict=strict)
    _check_places(doc, rec)
    _check_amounts(doc, rec, strict=strict)
    claim_indicators = _check_claims(doc, rec, strict=strict)
    for key in ("optional_claims", "not_claims", "unverified"):
        entries = rec.get(key, [])
        if not isinstance(entries, list):
            doc.add(f"{key} must be a list")
            continue
        for snippet in entries:
            doc.need(snippet, key)
    doc_indicators = rec.get("indicators", [])
    if not isinstance(doc_indicators, list):
        doc.add("indicators must be a list")
        return doc.found
    for ind in doc_indicators:
        if ind not in INDICATORS:
            doc.add(f"unknown document indicator {ind!r}")
    missing = claim_indicators - set(doc_indicators)
    if missing:
        doc.add(f"claim indicators missing from the document indicators: {sorted(missing)}")
    if strict and not rec.get("claims") and doc_indicators:
        doc.add("a document without claims supports no indicator")
    return doc.found


def _check_meta(doc: _Doc, meta: Any, *, strict: bool) -> None:
    if not isinstance(meta, dict):
        doc.add("meta must be an object")
        return
    if strict:
        for key in sorted(set(meta) - META_KEYS):
            doc.add(f"unknown meta key {key!r}")
    published = meta.get("published")
    if published is not None:
        try:
            date.fromisoformat(published)
        except (TypeError, ValueError):
            doc.add(f"meta.published {published!r} is not an ISO date")
    for key in ("language", "original_language"):
        value = meta.get(key)
        if value is not None and not re.fullmatch(r"[a-z]{2}", str(value)):
            doc.add(f"meta.{key} {value!r} is not ISO 639-1")


def _check_places(doc: _Doc, rec: dict[str, Any]) -> None:
    for place in rec.get("places", []):
        if not place.get("name"):
            doc.add("place without a name")
        if place.get("level") not in PLACE_LEVELS:
            doc.add(f"place {place.get('name')!r} has level {place.get('level')!r}")
        if not re.fullmatch(r"[A-Z]{2}", str(place.get("country"))):
            doc.add(f"place {place.get('name')!r} has country {place.get('country')!r}")
    for name in rec.get("optional_places", []):
        if not isinstance(name, str) or not name:
            doc.add("optional_places entries must be names")


def _check_amounts(doc: _Doc, rec: dict[str, Any], *, strict: bool) -> None:
    for amount in rec.get("amounts", []):
        label = repr(amount.get("text"))
        doc.need(amount.get("text"), "amount")
        if not re.fullmatch(r"[A-Z]{3}", str(amount.get("currency"))):
            doc.add(f"amount {label} has currency {amount.get('currency')!r}")
        has_value = isinstance(amount.get("value"), (int, float))
        has_bounds = _is_range(amount.get("low")) and _is_range(amount.get("high"))
        if has_value == has_bounds:
            doc.add(f"amount {label} needs either value or low/high ranges")
        if "usd" in amount and not _is_range(amount["usd"]):
            doc.add(f"amount {label} usd must be [min, max]")
        if "stated_usd" in amount and not isinstance(amount["stated_usd"], (int, float)):
            doc.add(f"amount {label} stated_usd must be a number")
        if strict and "per" in amount and amount["per"] not in PERIODS:
            doc.add(f"amount {label} has period {amount['per']!r}")
    for duration in rec.get("durations", []):
        doc.need(duration.get("text"), "duration")
        if not _is_range(duration.get("days")):
            doc.add(f"duration {duration.get('text')!r} days must be [min, max]")


def _check_claims(doc: _Doc, rec: dict[str, Any], *, strict: bool) -> set[str]:
    """Check every claim; return the indicators the claims support."""
    speaker_of: dict[str, Any] = {}
    source_of: dict[str, str] = {}
    supported: set[str] = set()
    for claim in rec.get("claims", []):
        snippet = claim.get("text")
        label = repr(snippet)
        doc.need(snippet, "claim", unique=strict)
        if strict and isinstance(snippet, str) and SENTENCE_BREAK.search(snippet):
            doc.add(f"claim text runs over a sentence boundary: {label}")
        if strict:
            for key in sorted(set(claim) - CLAIM_KEYS):
                doc.add(f"unknown claim key {key!r}")
        kind, speaker, sid = claim.get("speaker_kind"), claim.get("speaker"), claim.get("source_id")
        if kind not in SPEAKER_KINDS:
            doc.add(f"speaker_kind {kind!r} is not one of {SPEAKER_KINDS}")
        if not isinstance(sid, str) or not sid:
            doc.add(f"claim {label} has no source_id")
            continue
        # OUTLET is the page's own voice: kind outlet, no speaker. Another outlet cited as
        # a source ("Yonhap reported", "told the Khabarovsk paper Amur Star") is kind outlet
        # too, with its name as speaker and a source id of its own.
        if sid == "OUTLET" and (kind != "outlet" or speaker is not None):
            doc.add(f"claim {label}: source_id OUTLET is the page's own voice: kind outlet, speaker null")
        if sid != "OUTLET" and not speaker:
            doc.add(f"claim {label}: a {kind} needs a speaker as worded (null only for source_id OUTLET)")
        if speaker is not None:
            doc.need(speaker, f"speaker of {label}")
            if speaker in source_of and source_of[speaker] != sid:
                doc.add(f"speaker {speaker!r} has two source ids: {source_of[speaker]} and {sid}")
            source_of.setdefault(speaker, sid)
        if sid in speaker_of and speaker_of[sid] != speaker:
            doc.add(f"source_id {sid} has two speakers: {speaker_of[sid]!r} and {speaker!r}")
        speaker_of.setdefault(sid, speaker)
        if not isinstance(claim.get("hedged"), bool):
            doc.add(f"claim {label}: hedged must be true or false")
        if "negated" in claim and not isinstance(claim["negated"], bool):
            doc.add(f"claim {label}: negated must be true or false")
        alts = claim.get("speaker_alt", [])
        if not isinstance(alts, list) or not all(a is None or isinstance(a, str) for a in alts):
            doc.add(f"claim {label}: speaker_alt must be a list of names or null")
        indicators = claim.get("indicators")
        if not isinstance(indicators, list):
            doc.add(f"claim {label}: indicators must be a list")
            continue
        for ind in indicators:
            if ind not in INDICATORS:
                doc.add(f"claim {label}: unknown indicator {ind!r}")
        if claim.get("negated") and indicators:
            doc.add(f"claim {label}: a negated claim is never evidence for an indicator")
        supported.update(indicators)
    return supported


# ---------------------------------------------------------------- tests


def test_normalise_follows_format_md() -> None:
    assert normalise("\u201cThey\u2019re  still\nunder\u00a0quarantine\u201d \u2014 Source") == \
        '"they\'re still under quarantine" - source'
    assert normalise("\uff11\uff12,000 Rubles") == "12,000 rubles"


def test_visible_text_drops_head_and_scripts(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>T</title><script>var x = 'hidden';</script></head>"
                    "<body><p>Workers&rsquo; pay</p><style>p{}</style></body></html>", encoding="utf-8")
    seen = normalise(visible_text(page))
    assert "workers' pay" in seen
    assert "hidden" not in seen and "p{}" not in seen


def test_checker_catches_broken_gold(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("A source said workers were beaten.", encoding="utf-8")
    bad = {
        "id": "a", "text_path": "docs/a.txt", "meta": {"published": "2024-13-01", "language": "en"},
        "claims": [
            {"text": "workers were beaten", "speaker": "a source", "speaker_kind": "anonymous",
             "source_id": "S1", "hedged": False, "indicators": ["violence"]},
            {"text": "workers were paid", "speaker": "A source", "speaker_kind": "anonymous_source",
             "source_id": "S1", "hedged": "no", "indicators": [], "negated": True},
        ],
        "indicators": [],
    }
    (tmp_path / "gold.jsonl").write_text(json.dumps(bad) + "\n", encoding="utf-8")
    found = "\n".join(problems(tmp_path / "gold.jsonl", strict=True))
    for expected in ("not an ISO date", "speaker_kind 'anonymous'", "unknown indicator 'violence'",
                     "claim not in the text", "two speakers", "hedged must be", "missing from the document"):
        assert expected in found


def test_checker_outlet_kinds(tmp_path: Path) -> None:
    """The page's own voice is OUTLET with no speaker; another outlet cited as a source is
    kind outlet with its name and a source id of its own."""
    (tmp_path / "docs").mkdir()
    text = "Workers were beaten. Yonhap reported that pay was withheld. Passports were taken."
    (tmp_path / "docs" / "a.txt").write_text(text, encoding="utf-8")

    def claim(snippet: str, speaker: str | None, sid: str) -> dict[str, object]:
        return {"text": snippet, "speaker": speaker, "speaker_kind": "outlet", "source_id": sid,
                "hedged": False, "indicators": []}

    def found(*claims: dict[str, object]) -> str:
        doc = {"id": "a", "text_path": "docs/a.txt", "meta": {"published": "2024-01-01", "language": "en"},
               "claims": list(claims), "indicators": []}
        (tmp_path / "gold.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
        return "\n".join(problems(tmp_path / "gold.jsonl", strict=True))

    assert "outlet" not in found(claim("Workers were beaten", None, "OUTLET"),
                                 claim("pay was withheld", "Yonhap", "S1"))
    assert "page's own voice" in found(claim("Workers were beaten", "Yonhap", "OUTLET"))
    assert "needs a speaker" in found(claim("pay was withheld", None, "S1"))


def test_our_gold_set_is_valid() -> None:
    assert GOLD.is_file(), "tests/gold/gold.jsonl is missing"
    assert problems(GOLD, strict=True) == []


def test_dev_gold_is_valid() -> None:
    if not DEV_GOLD.is_file():
        pytest.skip("shared dev gold set not available")
    assert problems(DEV_GOLD, strict=False) == []


def test_our_gold_set_is_varied() -> None:
    records = load(GOLD)
    assert len(records) >= 30
    empty = [r for r in records if not r["claims"]]
    assert len(empty) >= 5, "need at least five reports that describe no forced labour"
    kinds = Counter(c["speaker_kind"] for r in records for c in r["claims"])
    assert set(kinds) == set(SPEAKER_KINDS), f"speaker kinds not all covered: {kinds}"
    assert all(n >= 3 for n in kinds.values()), kinds
    indicators = Counter(i for r in records for i in r["indicators"])
    assert set(indicators) == set(INDICATORS), f"indicators not all covered: {indicators}"
    currencies = {a["currency"] for r in records for a in r["amounts"]}
    assert {"CNY", "USD", "RUB", "KRW", "KPW", "EUR", "PLN", "QAR", "KWD", "AED"} <= currencies
    assert any(r["text_path"].endswith(".html") for r in records)
    assert any(r["meta"].get("published") is None for r in records)
    assert sum(1 for r in records for c in r["claims"] if c.get("negated")) >= 8
    assert sum(1 for r in records for c in r["claims"] if c["hedged"]) >= 15
    assert sum(1 for r in records if r["unverified"]) >= 8
    countries = {p["country"] for r in records for p in r["places"]}
    assert {"CN", "RU", "MN", "QA", "KW", "AE", "AO", "GQ", "NG", "TZ", "PL", "MT"} <= countries


def test_documents_without_claims_have_nothing_to_find() -> None:
    for rec in load(GOLD):
        if not rec["claims"]:
            assert rec["indicators"] == [], rec["id"]
            assert rec["unverified"] == [], rec["id"]
