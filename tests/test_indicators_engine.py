"""The indicator matcher (anchor index, trie of phrases, slot masks) finds exactly what trying every
rule of the lexicon one by one finds, on invented sentences, word salads of lexicon words and, when
present, the repository's annotated reports."""

from __future__ import annotations

from labourlens import knowledge
from labourlens.analyse import indicator_negation as negation
from labourlens.analyse import indicators
from labourlens.analyse.indicator_polarity import settle
from labourlens.model import IndicatorHit
from test_hedges_prefilter import _corpus_sentences, _lexicon_words, _salad


def _reference_match(text: str) -> tuple[list[tuple[str, str, int, int]], list[tuple[str, str, int, int]], list[str]]:
    """Every rule tried in lexicon order on occurrences found by checking every alternative at every
    token (no index, no trie, no masks)."""
    c = indicators._compiled()[0]
    toks = indicators.tokens(text)
    mids = [indicators._token_matchers(c, t) for t in toks]
    by_first: dict[int, list[int]] = {}
    for aid, seq in enumerate(c.alts):
        by_first.setdefault(seq[0], []).append(aid)
    occ: dict[int, list[tuple[int, int]]] = {}
    for i in range(len(toks)):
        for aid in sorted({a for mid in mids[i] for a in by_first.get(mid, ())}):
            seq = c.alts[aid]
            if i + len(seq) <= len(toks) and all(seq[k] in mids[i + k] for k in range(len(seq))):
                occ.setdefault(aid, []).append((i, i + len(seq)))
    raws = [t.raw for t in toks]
    hits: list[IndicatorHit] = []
    negated: list[IndicatorHit] = []
    tentative: list[IndicatorHit] = []
    tags: set[str] = set()
    for rule in c.rules:
        span = indicators._find(rule, occ)  # the window logic itself; what is checked is everything before it
        if span is None:
            continue
        lo, hi = span
        if rule.unless and any(o[0] <= hi + rule.unless_window and o[1] >= lo - rule.unless_window
                               for a in rule.unless for o in occ.get(a, ())):
            continue
        hit = IndicatorHit(rule.indicator, rule.rule_id, toks[lo].start, toks[hi - 1].end, text[toks[lo].start:toks[hi - 1].end])
        spans = [(t.start, t.end) for t in toks]
        mechanism = rule.indicator.startswith("M_")
        if rule.self_neg and not mechanism and c.negators.isdisjoint(raws[lo:hi]) and negation.foreign(
                c.negators, rule.own_next, raws, lo, lambda raw: indicators._token_matchers(c, indicators._Tok(0, 0, raw))):
            tentative.append(hit)  # a negator before a rule's hit that used none of its own negated words
        elif rule.neg and (negation.before(c.negators, raws, lo, indicators.lowered(text), spans)
                           or negation.inside(c.negators, rule.slot_sets, raws, occ, lo, hi)):
            if not mechanism:
                negated.append(hit)
        elif mechanism:
            tags.add(rule.indicator)
        else:
            hits.append(hit)
    found = {h.indicator for h in hits}
    for h in tentative:  # denied, unless another rule's cue for the indicator holds the negation
        (hits if h.indicator in found else negated).append(h)
    # the polarity corrections after matching (repayments, denials, asides, norms) are the engine's too
    hits, negated = settle(hits, negated, indicators.lowered(text))
    return ([(h.indicator, h.rule, h.start, h.end) for h in hits], [(h.indicator, h.rule, h.start, h.end) for h in negated],
            sorted(tags))


def test_indicator_matcher_equals_rule_by_rule_reference() -> None:
    data = knowledge.load("indicators.yaml")
    cue_text = " ".join(str(v) for spec in data["indicators"].values() for v in (spec.get("rules") or {}).values())
    texts = _corpus_sentences(500) + _salad(_lexicon_words(cue_text), 300, 11)
    with_hits = 0
    for text in texts:
        m = indicators.match(text)
        got = ([(h.indicator, h.rule, h.start, h.end) for h in m.hits],
               [(h.indicator, h.rule, h.start, h.end) for h in m.negated], m.mechanisms)
        assert got == _reference_match(text), text
        with_hits += bool(m.hits)
    assert with_hits > 50  # the comparison is not vacuous
