"""``labourlens eval GOLD.jsonl``: score the extraction against annotated reports.

The gold format and the matching rules are the contract in ``eval/FORMAT.md``: one JSON
object per line with ``id``, ``text_path`` (relative to the gold file), ``meta``,
``claims``, ``optional_claims``, ``not_claims``, ``places``, ``optional_places``,
``amounts``, ``durations``, ``unverified`` and ``indicators``. :func:`evaluate` reads each
document the way ingest does, runs the same analysis and returns an :class:`EvalReport`
with every metric and a detail line for every miss and false positive.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labourlens.errors import GoldError
from labourlens.gold import GoldDoc, extractor_inputs, gold_error, load_gold, read_document, read_text
from labourlens.model import Amount, Analysis, Claim

__all__ = ["evaluate", "load_gold", "read_text", "GoldDoc", "normalise", "EvalReport", "PRF", "Accuracy", "Detail",
           "render_tables", "render_details", "METRICS"]

AnalyseFn = Callable[[str, dict[str, Any]], Analysis]
METRICS: tuple[str, ...] = ("claims", "speaker", "same_source", "hedged", "negated", "indicators_claim",
                            "indicators_doc", "places", "amounts", "durations", "meta", "unverified", "quiet")
_INPUT_META = ("published", "language")
_ARTICLE = re.compile(r"^the\s+")  # a leading "The" of an outlet's name (see _same_outlet)
_DETERMINERS = re.compile(r"^(?:a|an|the|one|another|some|two|three|several|other)\s+")
# "Liaoning Province" = "Liaoning". Only suffixes that never tell two places apart are dropped:
# "Khabarovsk Krai" and the city of Khabarovsk, or Jilin City and Jilin, stay distinct.
_LEVEL_WORD = re.compile(r"\s+(?:region|oblast|krai|kray|governorate|prefecture|province|viloyati|velayat|oblysy|state)$")
_PLACE_SUFFIX = re.compile(r"\s+(?:province|autonomous region|special administrative region|autonomous prefecture)$")
_TRANS = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"',
                        "‟": '"', "″": '"', "–": "-", "—": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
                        "‒": "-"})


def normalise(text: str | None) -> str:
    """NFKC, curly quotes and dashes made plain, white space collapsed, case folded."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_TRANS).split()).casefold()


# ---------------------------------------------------------------- numbers


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def acc(self) -> float | None:
        """None when nothing was scored."""
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def to_json(self) -> dict[str, Any]:
        acc = self.acc
        return {"acc": None if acc is None else round(acc, 4), "correct": self.correct, "total": self.total}


@dataclass
class Detail:
    metric: str
    doc: str
    kind: str  # miss, false_positive, wrong
    text: str
    note: str = ""


@dataclass
class EvalReport:
    documents: int = 0
    claims: PRF = field(default_factory=PRF)
    speaker: Accuracy = field(default_factory=Accuracy)
    same_source: PRF = field(default_factory=PRF)
    hedged: Accuracy = field(default_factory=Accuracy)
    hedged_class: PRF = field(default_factory=PRF)
    negated: Accuracy = field(default_factory=Accuracy)
    indicators_claim: PRF = field(default_factory=PRF)
    indicators_doc: PRF = field(default_factory=PRF)
    places: PRF = field(default_factory=PRF)
    amounts: PRF = field(default_factory=PRF)
    durations: PRF = field(default_factory=PRF)
    meta: Accuracy = field(default_factory=Accuracy)
    unverified: PRF = field(default_factory=PRF)
    quiet: Accuracy = field(default_factory=Accuracy)  # reports with nothing to find left without claims
    details: list[Detail] = field(default_factory=list)

    def note(self, metric: str, doc: str, kind: str, text: str, note: str = "") -> None:
        self.details.append(Detail(metric, doc, kind, text, note))

    def to_json(self, details: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in METRICS:
            value = getattr(self, name)
            out[name] = value.to_json()
        out["hedged"].update({k: v for k, v in self.hedged_class.to_json().items()})
        if details:
            out["details"] = [d.__dict__ for d in self.details]
        return out


# ---------------------------------------------------------------- gold file: labourlens.gold


# ---------------------------------------------------------------- scoring


def _claim_context(text: str, analysis: Analysis, claim: Claim) -> str:
    sent = next((s for s in analysis.sentences if s.index == claim.sentence), None)
    start, end = claim.start, claim.end
    if sent is not None:
        start, end = min(start, sent.start), max(end, sent.end)
    return normalise(text[start:end] if 0 <= start < end <= len(text) else claim.text)


def _assign(candidates: list[list[int]], n_right: int) -> dict[int, int]:
    """Maximum bipartite matching (left index -> right index), Kuhn's algorithm."""
    match_right: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in candidates[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in match_right or augment(match_right[right], seen):
                match_right[right] = left
                return True
        return False

    for left in range(len(candidates)):
        augment(left, set())
    return {left: right for right, left in match_right.items()}


def _head(speaker: str) -> str:
    return _DETERMINERS.sub("", normalise(speaker))


def _speaker_ok(pred_wording: str | None, pred_kind: str | None, gold: str | None, gold_kind: str | None,
                check_kind: bool = True) -> bool:
    if gold is None:
        return pred_kind in (None, "outlet")
    if check_kind and gold_kind is not None and pred_kind != gold_kind:
        return False
    if not pred_wording:
        return False
    pw, head = normalise(pred_wording), _head(gold)
    return bool(head) and (head in pw or _head(pred_wording) in normalise(gold))


def _score_claims(report: EvalReport, doc: GoldDoc, text: str, analysis: Analysis) -> None:
    gold = doc.list("claims")
    preds = list(analysis.claims)
    contexts = [_claim_context(text, analysis, c) for c in preds]
    gold_norm = [normalise(g["text"]) for g in gold]
    candidates = [[j for j, g in enumerate(gold_norm) if g and g in ctx] for ctx in contexts]
    matched = _assign(candidates, len(gold))
    optional = [normalise(s) for s in doc.list("optional_claims")]
    not_claims = [normalise(s) for s in doc.list("not_claims")]
    found: list[tuple[Claim, dict[str, Any]]] = []
    for i, c in enumerate(preds):
        pred_inds = {h.indicator for h in c.indicators}
        if i in matched:
            found.append((c, gold[matched[i]]))
            continue
        if any(o and o in contexts[i] for o in optional):
            continue
        report.claims.fp += 1
        why = "a not_claims entry" if any(n and n in contexts[i] for n in not_claims) else "no gold claim"
        report.note("claims", doc.id, "false_positive", c.text, f"matches {why}")
        for ind in sorted(pred_inds):
            report.indicators_claim.fp += 1
            report.note("indicators_claim", doc.id, "false_positive", c.text, f"{ind} on an unmatched claim")
    hit = set(matched.values())
    for j, g in enumerate(gold):
        if j in hit:
            report.claims.tp += 1
        else:
            report.claims.fn += 1
            report.note("claims", doc.id, "miss", g["text"])
            for ind in g.get("indicators") or []:
                report.indicators_claim.fn += 1
                report.note("indicators_claim", doc.id, "miss", g["text"], f"{ind} (claim not found)")
    _score_found(report, doc, analysis, found)


def _score_found(report: EvalReport, doc: GoldDoc, analysis: Analysis,
                 found: list[tuple[Claim, dict[str, Any]]]) -> None:
    for c, g in found:
        src = analysis.source(c.source)
        wording, kind = (src.wording or src.canonical, src.kind) if src else (None, None)
        if "speaker" in g or "speaker_kind" in g:
            ok = _speaker_ok(wording, kind, g.get("speaker"), g.get("speaker_kind"))
            if not ok and g.get("speaker_alt"):
                ok = any(_speaker_ok(wording, kind, alt, None, check_kind=False) for alt in g["speaker_alt"])
            report.speaker.add(ok)
            if not ok:
                report.note("speaker", doc.id, "wrong", g["text"],
                            f"predicted {wording!r} ({kind}), gold {g.get('speaker')!r} ({g.get('speaker_kind')})")
        if "hedged" in g:
            gh, ph = bool(g["hedged"]), bool(c.hedged)
            report.hedged.add(gh == ph)
            report.hedged_class.tp += int(gh and ph)
            report.hedged_class.fp += int(ph and not gh)
            report.hedged_class.fn += int(gh and not ph)
            if gh != ph:
                report.note("hedged", doc.id, "wrong", g["text"], f"predicted hedged={ph}, gold {gh}")
        if g.get("negated") is not None:
            pn = c.polarity == "negated"
            report.negated.add(pn == bool(g["negated"]))
            if pn != bool(g["negated"]):
                report.note("negated", doc.id, "wrong", g["text"], f"predicted negated={pn}, gold {g['negated']}")
        gi, pi = set(g.get("indicators") or []), {h.indicator for h in c.indicators}
        report.indicators_claim.tp += len(gi & pi)
        for ind in sorted(pi - gi):
            report.indicators_claim.fp += 1
            report.note("indicators_claim", doc.id, "false_positive", g["text"], ind)
        for ind in sorted(gi - pi):
            report.indicators_claim.fn += 1
            report.note("indicators_claim", doc.id, "miss", g["text"], ind)
    for a in range(len(found)):
        for b in range(a + 1, len(found)):
            gs = found[a][1].get("source_id") is not None and found[a][1].get("source_id") == found[b][1].get(
                "source_id")
            ps = found[a][0].source == found[b][0].source
            report.same_source.tp += int(gs and ps)
            report.same_source.fp += int(ps and not gs)
            report.same_source.fn += int(gs and not ps)
            if gs != ps:
                report.note("same_source", doc.id, "false_positive" if ps else "miss",
                            f"{found[a][1]['text']} | {found[b][1]['text']}",
                            "predicted same source" if ps else "gold says same source")


def _set_score(report: EvalReport, metric: str, doc: str, gold: Iterable[Any], pred: Iterable[Any]) -> None:
    g, p = set(gold), set(pred)
    prf: PRF = getattr(report, metric)
    prf.tp += len(g & p)
    for item in sorted(p - g, key=str):
        prf.fp += 1
        report.note(metric, doc, "false_positive", str(item))
    for item in sorted(g - p, key=str):
        prf.fn += 1
        report.note(metric, doc, "miss", str(item))


_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i", "ħ": "h"})


def _place_name(name: str) -> str:
    """A place name as compared: normalised, without "the", a level word ("Province") or diacritics
    ("Gdańsk" = "Gdansk", "Łódź" = "Lodz": annotators write both)."""
    n = normalise(name)
    n = re.sub(r"^the\s+", "", n)
    n = "".join(ch for ch in unicodedata.normalize("NFKD", n) if not unicodedata.combining(ch)).translate(_UNDECOMPOSED)
    return _PLACE_SUFFIX.sub("", n)


def _gold_place_name(name: str, country: str) -> str:
    """A gold place name as compared: the gazetteer's canonical name when the whole name is an alias of
    one place in ``country`` ("DPRK" = "North Korea", "Russian Federation" = "Russia"), as the extractor
    reports canonical names and annotators write either."""
    from labourlens.analyse import places  # the gazetteer loads only when a gold file has places

    found = [p for p in places.find(name) if p.start == 0 and p.end == len(name) and (p.country or "").upper() == country]
    if not found:  # a small town, or a city by another spelling, is found in its country: "Khobar" = "Al Khobar",
        # "Turkestan" = "Turkistan" (places.find reads them so in a text about the country)
        home = places.country_name(country)
        probe = f"in {name}, {home}" if home else f"in {name}"
        found = [p for p in places.find(probe) if p.start == 3 and p.end == len(name) + 3 and (p.country or "").upper() == country]
    return _place_name(found[0].name if len({p.name for p in found}) == 1 else name)


def _optional_place_names(name: str) -> set[str]:
    """An optional place name as compared: itself and, when the whole name is an alias of one gazetteer
    place ("DPRK"), that place's canonical name ("North Korea"), as for gold places."""
    from labourlens.analyse import places

    found = {p.name for p in places.find(name) if p.start == 0 and p.end == len(name)}
    return {_place_name(name)} | ({_place_name(found.pop())} if len(found) == 1 else set())


def _score_places(report: EvalReport, doc: GoldDoc, analysis: Analysis) -> None:
    optional = {n for o in doc.list("optional_places") for n in _optional_place_names(o)}
    places = doc.list("places")
    keys = [((g.get("country") or "").upper(), _gold_place_name(g["name"], (g.get("country") or "").upper())) for g in places]
    gold = set(keys)
    pred = {((p.country or "").upper(), _place_name(p.name)) for p in analysis.places}
    # a first-level region named with or without its level word, both sides at that level: gold "Mary" (admin1) is the
    # "Mary Region" predicted (a gold city of that name is not)
    regions = {(c, _LEVEL_WORD.sub("", n)): (c, n) for c, n in
               {((p.country or "").upper(), _place_name(p.name)) for p in analysis.places if p.level == "admin1"}}
    for g, key in zip(places, keys, strict=True):
        found = regions.get((key[0], _LEVEL_WORD.sub("", _place_name(g["name"])))) if g.get("level") == "admin1" else None
        if found is not None and found not in gold:  # (the region, not a city of its name the text also gave)
            pred = (pred - {found}) | {key}
    pred = {p for p in pred if p in gold or p[1] not in optional}
    _set_score(report, "places", doc.id, gold, pred)


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    out, start = [], text.find(needle)
    while start >= 0 and needle:
        out.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return out


def _in(value: float | None, rng: list[float] | None, tolerance: float = 0.0) -> bool:
    if rng is None:
        return True
    if value is None:
        return False
    return rng[0] * (1 - tolerance) - 1e-9 <= value <= rng[1] * (1 + tolerance) + 1e-9


def _amount_problem(g: Mapping[str, Any], a: Amount) -> str | None:
    if g.get("value") is not None:
        v = a.value if a.value is not None else (a.low if a.low is not None and a.low == a.high else None)
        if v is None or abs(v - float(g["value"])) > 0.01 * abs(float(g["value"])) + 1e-9:
            return f"value {v} != {g['value']}"
    for key in ("low", "high"):  # a point amount is its own bounds: "about 2,500 dirhams" gives 2,500 for both
        bound = getattr(a, key) if getattr(a, key) is not None else a.value
        if g.get(key) is not None and not _in(bound, g[key]):
            return f"{key} {bound} not in {g[key]}"
    if g.get("usd") is not None and not _in(a.usd, g["usd"]):
        return f"usd {a.usd} not in {g['usd']} ({a.fx_note or a.fx_source})"
    return None


def _score_spans(report: EvalReport, metric: str, doc: GoldDoc, text: str, gold: list[dict[str, Any]],
                 preds: list[Any], same: Callable[[dict[str, Any], Any], bool],
                 problem: Callable[[dict[str, Any], Any], str | None]) -> None:
    prf: PRF = getattr(report, metric)
    used: set[int] = set()
    named: list[tuple[dict[str, Any], list[tuple[int, int]]]] = []  # gold items matched, with every place of their text
    for g in gold:
        spans = _spans(text, g["text"])
        if not spans:
            prf.fn += 1
            report.note(metric, doc.id, "miss", g["text"], "gold text not found in the document text")
            continue
        cands = [i for i, p in enumerate(preds) if i not in used and same(g, p)
                 and any(p.start < e and s < p.end for s, e in spans)]
        if not cands:
            prf.fn += 1
            report.note(metric, doc.id, "miss", g["text"])
            continue
        best = next((i for i in cands if problem(g, preds[i]) is None), cands[0])
        used.add(best)
        named.append((g, spans))
        why = problem(g, preds[best])
        if why is None:
            prf.tp += 1
        else:
            prf.fn += 1
            prf.fp += 1
            report.note(metric, doc.id, "wrong", g["text"], why)
    for i, p in enumerate(preds):
        # a gold item names its text wherever it stands: the same amount read again where the text recurs (a headline
        # and the body) is that item, not a false positive
        if i not in used and not any(same(g, p) and any(p.start < e and s < p.end for s, e in spans) for g, spans in named):
            prf.fp += 1
            report.note(metric, doc.id, "false_positive", p.text)


def _duration_problem(g: Mapping[str, Any], t: Any) -> str | None:
    lo, hi = t.days_low, t.days_high
    if not (_in(lo, g["days"]) and _in(hi if hi is not None else lo, g["days"])):
        return f"days {lo}-{hi} not in {g['days']}"
    return None


def _same_outlet(gold: str, pred: str) -> bool:
    """Two names of one known outlet ("AFP" and "Agence France-Presse"), as annotators write either,
    or one name with and without a leading "The" ("The Mekong Ledger" = "Mekong Ledger"): the article
    does not change which outlet is meant, and a page writes it or leaves it out by turns."""
    from labourlens.analyse import outlets

    if _ARTICLE.sub("", normalise(gold)) == _ARTICLE.sub("", normalise(pred)):
        return True
    known = outlets.canonical(gold)
    return known is not None and known == outlets.canonical(pred)


def _score_meta(report: EvalReport, doc: GoldDoc, analysis: Analysis) -> None:
    for key, gold in (doc.data.get("meta") or {}).items():
        if key in _INPUT_META or not hasattr(analysis.meta, key):
            continue
        pred = getattr(analysis.meta, key)
        ok = normalise(str(gold) if gold is not None else None) == normalise(str(pred) if pred is not None else None)
        if not ok and key == "outlet" and gold is not None and pred is not None:
            ok = _same_outlet(str(gold), str(pred))
        report.meta.add(ok)
        if not ok:
            report.note("meta", doc.id, "wrong", key, f"predicted {pred!r}, gold {gold!r}")


def _score_unverified(report: EvalReport, doc: GoldDoc, text: str, analysis: Analysis) -> None:
    flagged = [normalise(s.text or text[s.start:s.end]) for s in analysis.sentences if s.unconfirmed]
    gold = [normalise(u) for u in doc.list("unverified")]
    for u, raw in zip(gold, doc.list("unverified"), strict=True):
        if any(u in f for f in flagged):
            report.unverified.tp += 1
        else:
            report.unverified.fn += 1
            report.note("unverified", doc.id, "miss", raw)
    for f in flagged:
        if not any(u in f for u in gold):
            report.unverified.fp += 1
            report.note("unverified", doc.id, "false_positive", f)


def score_document(report: EvalReport, doc: GoldDoc, text: str, analysis: Analysis) -> None:
    """Add one document's scores to ``report``."""
    report.documents += 1
    false_claims = report.claims.fp
    _score_claims(report, doc, text, analysis)
    if not doc.list("claims") and not doc.list("indicators"):
        _score_quiet(report, doc, analysis, report.claims.fp - false_claims)
    _set_score(report, "indicators_doc", doc.id, doc.list("indicators"), analysis.indicators())
    _score_places(report, doc, analysis)
    money = [a for a in analysis.amounts if a.kind == "money"]
    _score_spans(report, "amounts", doc, text, doc.list("amounts"), money,
                 lambda g, a: (g.get("currency") or None) == (a.currency or None), _amount_problem)
    durations = [t for t in analysis.times if t.kind == "duration"]
    _score_spans(report, "durations", doc, text, doc.list("durations"), durations, lambda g, t: True,
                 _duration_problem)
    _score_meta(report, doc, analysis)
    _score_unverified(report, doc, text, analysis)


def _score_quiet(report: EvalReport, doc: GoldDoc, analysis: Analysis, false_claims: int) -> None:
    """A report that describes no forced labour must get no claims (beyond optional ones) and no indicators."""
    indicators = analysis.indicators()
    report.quiet.add(not false_claims and not indicators)
    if false_claims or indicators:
        found = ", ".join(sorted(indicators)) or "no indicators"
        report.note("quiet", doc.id, "false_positive", doc.data["text_path"],
                    f"{false_claims} claim(s), {found}, on a report with nothing to find")


def evaluate(gold_path: Path, analyse_fn: AnalyseFn | None = None) -> EvalReport:
    """Score the extraction (``analyse_fn``, by default the ingest pipeline) on a gold file."""
    docs = load_gold(Path(gold_path))
    if analyse_fn is None:
        from labourlens.analyse.pipeline import analyse as pipeline_analyse

        analyse_fn = pipeline_analyse
    report = EvalReport()
    for doc in docs:
        try:
            captured = read_document(doc.path)
        except GoldError as exc:
            raise gold_error(doc.line, Path(gold_path), exc.message) from exc
        text = captured.text
        inputs = extractor_inputs(doc.data.get("meta") or {}, captured)
        try:
            analysis = analyse_fn(text, inputs)
        except Exception as exc:  # noqa: BLE001 - one broken document must not stop the evaluation
            from labourlens.model import DocMeta

            report.note("claims", doc.id, "error", doc.data["text_path"],
                        f"analysis failed ({type(exc).__name__}: {exc})")
            analysis = Analysis(meta=DocMeta())
        score_document(report, doc, text, analysis)
    return report


# ---------------------------------------------------------------- rendering


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def render_tables(report: EvalReport) -> list[Any]:
    """One rich table per metric (precision, recall, F1 or accuracy, with counts)."""
    from rich.table import Table

    tables: list[Any] = []
    for name in METRICS:
        value = getattr(report, name)
        table = Table(title=name.replace("_", " "), title_justify="left")
        if isinstance(value, PRF):
            for col in ("P", "R", "F1", "TP", "FP", "FN"):
                table.add_column(col, justify="right")
            table.add_row(_fmt(value.p), _fmt(value.r), _fmt(value.f1), str(value.tp), str(value.fp),
                          str(value.fn))
        else:
            cols = ["Acc", "correct", "total"]
            row = [_fmt(value.acc), str(value.correct), str(value.total)]
            if name == "hedged":
                h = report.hedged_class
                cols += ["P (hedged)", "R (hedged)", "F1 (hedged)"]
                row += [_fmt(h.p), _fmt(h.r), _fmt(h.f1)]
            for col in cols:
                table.add_column(col, justify="right")
            table.add_row(*row)
        tables.append(table)
    return tables


def render_details(report: EvalReport) -> str:
    """Every miss, wrong value and false positive, grouped by metric."""
    lines: list[str] = []
    for name in METRICS:
        items = [d for d in report.details if d.metric == name]
        if not items:
            continue
        lines.append(f"== {name} ({len(items)})")
        for d in items:
            note = f"  [{d.note}]" if d.note else ""
            lines.append(f"  {d.kind:<15} {d.doc}: {d.text}{note}")
    return "\n".join(lines) if lines else "no misses or false positives"
