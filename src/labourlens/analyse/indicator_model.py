"""A word model behind the indicator lexicon: indicators worded in ways no cue of ``indicators.yaml`` foresaw.

The lexicon finds "passports were confiscated" and "not allowed to leave the compound"; reports also write "they owe
him for the ticket". ``knowledge/indicator_model.tsv`` holds one logistic regression per indicator over the words and
word pairs of a claim (tf-idf features, trained by ``scripts/train_indicator_model.py`` on the annotated claims of the
gold sets that rule writers have read; the clean sets are never part of it). :func:`hits` gives an indicator the
lexicon did not already give, at probability :data:`THRESHOLD` where the lexicon found evidence in the claim and
:data:`THRESHOLD_ALONE` where it found none; :func:`vetoed` lists the indicators a wording rules out for the model
(``model_vetoes`` and ``model_anchors`` in ``indicators.yaml``, and working hours stated). The claim stage
(:func:`labourlens.analyse.claims.extract`) asks only for affirmed claims that are neither denials nor hypothetical,
in reports where the lexicon found evidence, with the speaker phrase blanked and the indicators the lexicon found
negated or excepted left out. Each hit has the rule id ``model.<indicator>`` and, as its cue, the word or word pair
that weighed most for it, so a reader sees why.

The features are those of scikit-learn's ``TfidfVectorizer(token_pattern=TOKEN_PATTERN, ngram_range=(1, 2),
sublinear_tf=True, stop_words=...)``: lower-cased words of two or more letters but the function words named in the
file, and pairs of neighbouring words once those are gone, ``1 + ln(count)`` times the idf, scaled to unit length;
scikit-learn is needed only to train, not here.

The model file is tab-separated: ``#`` lines carry the training facts (``# indicators:`` names the weight columns,
``# trained_on:`` the gold sets read, ``# stop_words:`` the function words), a ``<bias>`` row the intercepts, then one
row per term: the term, its idf and one weight per indicator (empty where the weight was too small to keep)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from labourlens import knowledge
from labourlens.analyse import cache_files
from labourlens.model import IndicatorHit

__all__ = ["MIN_COUNT", "THRESHOLD", "THRESHOLD_ALONE", "TOKEN_PATTERN", "Model", "features", "hits", "load_model", "vetoed", "write_model"]

MODEL_FILE = "indicator_model.tsv"
TOKEN_PATTERN = r"(?u)\b\w\w+\b"
TOKEN_RE = re.compile(TOKEN_PATTERN)
#: a term must occur in this many training claims to be a feature
MIN_COUNT = 2
#: probability from which the model adds an indicator to a claim the lexicon already found evidence in (a little
#: above the decision boundary of a logistic regression: the model retrained on 292 sets in the forty-second session
#: reads more claims confidently, and at 0.6 it put three indicators on the worked example that its gold does not have)
THRESHOLD = 0.65
#: probability from which the model makes a claim evidence on its own, where the lexicon found none: a word model is
#: easily pulled by one word ("passport", "60 hours"), so only a confident reading counts
THRESHOLD_ALONE = 0.85
BIAS_ROW = "<bias>"
RULE_PREFIX = "model."
# a number of working hours ("45-hour weeks", "ten hours a day", "60 hours")
_STATED_HOURS = re.compile(r"\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"thirteen|fourteen|fifteen|sixteen|eighteen|twenty|forty|fifty|sixty|seventy|eighty)[- ]hours?\b")


@dataclass(frozen=True)
class Model:
    indicators: tuple[str, ...]
    bias: tuple[float, ...]
    idf: dict[str, float]
    #: term -> ((indicator column, weight), ...) for the weights kept
    weights: dict[str, tuple[tuple[int, float], ...]]
    header: dict[str, str]
    #: function words left out before words are paired (``# stop_words:`` of the file)
    stop_words: frozenset[str] = frozenset()

    def trained_on(self) -> tuple[str, ...]:
        return tuple(n for n in self.header.get("trained_on", "").split(",") if n)


def write_model(path: Path, *, idf: dict[str, float], weights: dict[str, dict[str, float]], bias: dict[str, float],
                header: dict[str, str]) -> None:
    """Write a model in the layout :func:`load_model` reads (the training script's output)."""
    indicators = sorted(bias)
    lines = [f"# {key}: {value}" for key, value in {"indicators": ",".join(indicators), **header}.items()]
    lines.append("\t".join([BIAS_ROW, ""] + [f"{bias[i]:.5f}" for i in indicators]))
    for term in sorted(idf):
        row = weights.get(term, {})
        lines.append("\t".join([term, f"{idf[term]:.5f}"] + [f"{row[i]:.5f}" if i in row else "" for i in indicators]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def parse_model(text: str) -> Model:
    header: dict[str, str] = {}
    idf: dict[str, float] = {}
    weights: dict[str, tuple[tuple[int, float], ...]] = {}
    bias: tuple[float, ...] = ()
    for line in text.splitlines():
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            header[key.strip()] = value.strip()
            continue
        if not line:
            continue
        term, value, *cells = line.split("\t")
        if term == BIAS_ROW:
            bias = tuple(float(c) for c in cells)
            continue
        idf[term] = float(value)
        kept = tuple((k, float(c)) for k, c in enumerate(cells) if c)
        if kept:
            weights[term] = kept
    indicators = tuple(n for n in header.get("indicators", "").split(",") if n)
    if len(bias) != len(indicators):
        raise ValueError(f"{MODEL_FILE}: the <bias> row has {len(bias)} values for {len(indicators)} indicators")
    stop_words = frozenset(w for w in header.get("stop_words", "").split(",") if w)
    return Model(indicators, bias, idf, weights, header, stop_words)


@cache
def load_model() -> Model:
    """The model of ``knowledge/indicator_model.tsv`` (its parse kept in the cache folder: a tenth of a second of
    every start-up)."""
    fields = cache_files.parsed_once("indicator-model", knowledge.load_text(MODEL_FILE), _model_fields)
    indicators, bias, idf, weights, header, stop_words = fields
    return Model(indicators, bias, idf, weights, header, stop_words)


def _model_fields(text: str) -> tuple[object, ...]:
    m = parse_model(text)
    return m.indicators, m.bias, m.idf, m.weights, m.header, m.stop_words


@cache
def _vetoes() -> dict[str, re.Pattern[str]]:
    """indicator -> the wordings that overrule the model for it (``model_vetoes`` in knowledge/indicators.yaml)."""
    data = knowledge.load("indicators.yaml").get("model_vetoes") or {}
    return {str(indicator): re.compile(r"\b(?:" + "|".join(re.escape(str(p).lower()) for p in phrases) + r")\b")
            for indicator, phrases in data.items() if phrases}


@cache
def _anchors() -> dict[str, frozenset[str]]:
    """indicator -> words one of which must be in a claim for the model to give it (``model_anchors``)."""
    data = knowledge.load("indicators.yaml").get("model_anchors") or {}
    return {str(indicator): frozenset(str(w).lower() for w in words) for indicator, words in data.items()}


def vetoed(text: str) -> set[str]:
    """Indicators ``text`` rules out for the model: a wording that says the opposite ("their passports were
    returned", "pay rose"), no word the indicator needs (no papers named), or working hours stated that the
    lexicon's arithmetic did not find long ("they worked 45-hour weeks": the numbers decide, not the words)."""
    low = text.lower()
    out = {indicator for indicator, pattern in _vetoes().items() if pattern.search(low)}
    words = {m.group().lower() for m in TOKEN_RE.finditer(text)}
    out.update(indicator for indicator, anchors in _anchors().items() if not words & anchors)
    if "hour" in low and _STATED_HOURS.search(low):
        out.add("excessive_overtime")  # (in the model's path the lexicon gave no excessive_overtime)
    return out


def _ruled_out(indicator: str, text: str, low: str) -> bool:
    """Is ``indicator`` in :func:`vetoed` of ``text`` (``low``: its lower case)? Only its own veto and anchors are
    read (speed: one indicator or two pass where :func:`vetoed` would search for every indicator's vetoes)."""
    pattern = _vetoes().get(indicator)
    if pattern is not None and pattern.search(low):
        return True
    anchors = _anchors().get(indicator)
    if anchors is not None and not {m.group().lower() for m in TOKEN_RE.finditer(text)} & anchors:
        return True
    return indicator == "excessive_overtime" and "hour" in low and _STATED_HOURS.search(low) is not None


_PAIR_FIRSTS: dict[int, tuple[Model, frozenset[str]]] = {}


def pair_firsts(model: Model) -> frozenset[str]:
    """The first words of the model's word pairs (a pair of words whose first is none of these is no term of it)."""
    kept = _PAIR_FIRSTS.get(id(model))
    if kept is None or kept[0] is not model:
        kept = (model, frozenset(term.split(" ", 1)[0] for term in model.idf if " " in term))
        _PAIR_FIRSTS[id(model)] = kept
    return kept[1]


def features(text: str, model: Model) -> dict[str, tuple[float, int, int]]:
    """term -> (feature value, start, end of its first occurrence in ``text``), for the terms the model knows."""
    stop = model.stop_words
    tokens = [(w, m.start(), m.end()) for m in TOKEN_RE.finditer(text) if (w := m.group().lower()) not in stop]
    counts: dict[str, tuple[int, int, int]] = {}
    # (speed: the pairs the model cannot know, by their first word, are not spelled out; a token holds no space)
    firsts = pair_firsts(model)
    grams = tokens + [(f"{a[0]} {b[0]}", a[1], b[2]) for a, b in zip(tokens, tokens[1:], strict=False) if a[0] in firsts]
    for term, start, end in grams:
        if term not in model.idf:
            continue
        seen = counts.get(term)
        counts[term] = (seen[0] + 1, seen[1], seen[2]) if seen else (1, start, end)
    values = {term: ((1.0 + math.log(n)) * model.idf[term], s, e) for term, (n, s, e) in counts.items()}
    norm = math.sqrt(sum(v * v for v, _, _ in values.values()))
    return {term: (v / norm, s, e) for term, (v, s, e) in values.items()} if norm else {}


# a condition, then what would follow ("Should the workers receive treatment, they would ...", "If they left, they
# would lose their deposit"): the model reads no fact in it (the lexicon's rules read their own conditions)
_CONDITIONAL = re.compile(r"^\W{0,3}(?:If|Should|Were|Had|Unless|In\s+case|Were\s+they)\b[^.;]{0,160}?,[^.;]{0,120}?\bwould\b")


def hits(text: str, offset: int = 0, have: frozenset[str] | set[str] = frozenset(),
         evidence: bool = False) -> list[IndicatorHit]:
    """The indicators the model gives ``text`` (a claim sentence starting at ``offset``) beyond ``have``: from
    :data:`THRESHOLD` when the lexicon found ``evidence`` in it, else from :data:`THRESHOLD_ALONE`."""
    # (speed: a probability is a logit; compare logits, and read the vetoes only when an indicator passes)
    if "would" in text and _CONDITIONAL.match(text):
        return []  # "Should the workers fall ill, they would have to pay for it": what would happen, no fact
    cut = math.log(THRESHOLD / (1.0 - THRESHOLD)) if evidence else math.log(THRESHOLD_ALONE / (1.0 - THRESHOLD_ALONE))
    model = load_model()
    found = features(text, model)
    if not found:
        return []
    scores = list(model.bias)
    weights = model.weights
    for term, (value, _, _) in found.items():  # (speed: the scores alone first; most claims pass for no indicator)
        for k, w in weights.get(term, ()):
            scores[k] += w * value
    if not any(score >= cut for score in scores):
        return []
    best: list[tuple[float, str]] = [(0.0, "")] * len(scores)  # the term that weighs most for each indicator
    for term, (value, _, _) in found.items():
        for k, w in weights.get(term, ()):
            part = w * value
            if part > best[k][0]:
                best[k] = (part, term)
    passed = [k for k, score in enumerate(scores) if score >= cut and best[k][1] and model.indicators[k] not in have]
    if not passed:
        return []
    low = text.lower()
    out: list[IndicatorHit] = []
    for k in passed:
        indicator = model.indicators[k]
        if _ruled_out(indicator, text, low):
            continue
        _, start, end = found[best[k][1]]
        out.append(IndicatorHit(indicator, RULE_PREFIX + indicator, offset + start, offset + end, text[start:end]))
    return out
