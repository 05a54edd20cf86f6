"""ILO forced-labour indicators and DPRK mechanism tags, matched from the lexicon
in ``knowledge/indicators.yaml``.

Rules are sets of word slots matched within a window of words (not exact strings),
with light stemming for inflection, optional word order, exclusions and negation:
a hit preceded by a negation ("were not beaten") does not count unless the rule
itself is about a negated condition ("cannot leave", "have not been paid"). The
lexicon is compiled once per process.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import indicator_cache
from labourlens.analyse import indicator_negation as negation
from labourlens.analyse.body_name_spans import in_body_name
from labourlens.analyse.contrast_clauses import after_contrast
from labourlens.analyse.hedges import any_of, lowered, plain
from labourlens.analyse.indicator_anchor import anchor_slot, word_weight
from labourlens.analyse.indicator_polarity import free_cue, settle
from labourlens.analyse.indicator_slots import SlotIndex, slot_index
from labourlens.analyse.indicator_syntax import expand as _expand
from labourlens.analyse.indicator_syntax import free_words as _free
from labourlens.analyse.indicator_syntax import split_top as _split_top
from labourlens.analyse.indicator_syntax import with_classes as _with_classes
from labourlens.analyse.indicator_syntax import words as _words
from labourlens.analyse.rejected_tails import blank_rejected_tail
from labourlens.errors import ConfigError
from labourlens.model import INDICATORS, IndicatorHit

__all__ = ["Match", "match", "mechanisms", "counter_cues", "topic_terms", "stem", "tokens", "EXTRACTOR"]

EXTRACTOR = "indicators.v1"

# (s36) a cue that opens on a negated hindrance ("never prevented from calling home"): freedom, not the abuse
_FREED_FROM = re.compile(r"(?:never|not)\s+(?:been\s+)?(?:prevented|stopped|barred|banned|forbidden|hindered)\s+from\b",
                         re.IGNORECASE)
# verbal negations: for a rule with the option unless_unsaid, an exception that one of them precedes is said not to have
# happened ("never gave them back", "did not return them") and does not cancel the hit
_VERB_NEGATORS = frozenset({"never", "not", "didn't", "don't", "doesn't", "wasn't", "weren't", "hasn't", "haven't",
                            "hadn't", "won't", "wouldn't", "couldn't", "cannot", "can't"})

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[%$]|[,;:()]")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000, "dozen": 12, "dozens": 24,
    "several": 3,
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripping stemmer: beaten/beating/beats -> beat-ish, passports -> passport."""
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3:
        return w
    for suf, rep in (
        ("ies", "y"),
        ("ied", "y"),
        ("ying", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("ly", ""),
    ):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            if suf == "es" and not w[:-2].endswith(("s", "x", "z", "ch", "sh")):
                suf, rep = "s", ""
            if suf == "s" and w.endswith(("ss", "us", "is")):
                break
            w = w[: len(w) - len(suf)] + rep
            break
    if len(w) >= 4 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    return w


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    raw: str

    @property
    def stem(self) -> str:
        return stem(self.raw)


def tokens(text: str) -> list[_Tok]:
    low = plain(text).lower()
    return [_Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(low)]


def _number(raw: str) -> float | None:
    if raw.isdigit():
        return float(raw)
    return float(_NUMBER_WORDS[raw]) if raw in _NUMBER_WORDS else None


# ---------------------------------------------------------------- lexicon compilation


# A trie of the alternatives over matcher ids: node = (alternatives ending here, next matcher id -> node).
_Node = tuple[list[int], dict[int, "_Node"]]
# per token form: (matcher ids, single-word alternatives, next token's matcher id -> trie nodes of the
# multi-word alternatives the token may start)
_TokEntry = tuple[frozenset[int], tuple[int, ...], dict[int, tuple[_Node, ...]]]


@dataclass
class _Rule:
    indicator: str
    rule_id: str
    slots: list[list[int]]
    window: int
    any_order: bool
    unless: list[int]
    neg: bool
    unless_window: int = 3
    # per slot but the anchor, its alternatives: a slot is present in a sentence when one of them was found
    # (sets, not bit masks over the alternative ids: with some 16,000 ids a mask is a 2 kB integer)
    other_slots: tuple[frozenset[int], ...] = ()
    slot_sets: tuple[frozenset[int], ...] = ()
    mechanism: bool = False
    # a rule with a negated alternative ("=not returned"): a hit that used none is checked as other rules are
    self_neg: bool = False
    own_next: frozenset[int] = frozenset()  # the words after its negators ("returned" of "=not returned")
    # option unless_unsaid: an exception that a verbal negation precedes did not happen ("never gave them back") and
    # does not cancel the hit
    unless_unsaid: bool = False
    one_clause: bool = False  # option one_clause: the cue's negation and what it denies in one clause (indicator_negation)

    def __post_init__(self) -> None:
        self.slot_sets = tuple(frozenset(slot) for slot in self.slots)
        self.other_slots = self.slot_sets
        self.mechanism = self.indicator.startswith("M_")


@dataclass
class _Compiled:
    exact: dict[str, list[int]] = field(default_factory=dict)
    raw: dict[str, list[int]] = field(default_factory=dict)
    prefixes: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    short_prefixes: list[tuple[str, int]] = field(default_factory=list)
    num_matchers: list[tuple[str, int]] = field(default_factory=list)
    matcher_ids: dict[tuple[str, str], int] = field(default_factory=dict)
    alts: list[tuple[int, ...]] = field(default_factory=list)
    alt_ids: dict[tuple[int, ...], int] = field(default_factory=dict)
    # first matcher id -> trie node (see _Node)
    trie: dict[int, _Node] = field(default_factory=dict)
    rules: list[_Rule] = field(default_factory=list)
    rules_by_alt: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    negators: frozenset[str] = frozenset()
    negator_alts: frozenset[int] = frozenset()
    # memo of matcher ids per token form (bounded; a pure function of the lexicon, safe to share)
    token_cache: dict[str, _TokEntry] = field(default_factory=dict)
    slot_index: SlotIndex | None = None  # built at the first match (see indicator_slots)
    # compile-time only: the key of each matcher id, and the estimated frequency of each alternative
    matcher_keys: list[tuple[str, str]] = field(default_factory=list)
    alt_weights: dict[int, float] = field(default_factory=dict)
    part_seqs: dict[str, tuple[tuple[int, ...], ...]] = field(default_factory=dict)  # memo of alternatives()
    matcher_weights: list[float] = field(default_factory=list)

    def matcher(self, word: str) -> int:
        if word in ("{n}", "{h}"):
            key = ("num", word)
        elif word.startswith("="):
            key = ("raw", word[1:])
        elif word.endswith("*"):
            key = ("prefix", word[:-1])
        else:
            key = ("stem", stem(word))
        if key in self.matcher_ids:
            return self.matcher_ids[key]
        mid = len(self.matcher_ids)
        self.matcher_ids[key] = mid
        self.matcher_keys.append(key)
        kind, value = key
        if kind == "num":
            self.num_matchers.append((value, mid))
        elif kind == "raw":
            self.raw.setdefault(value, []).append(mid)
        elif kind == "prefix":
            if len(value) >= 3:
                self.prefixes.setdefault(value[:3], []).append((value, mid))
            else:
                self.short_prefixes.append((value, mid))
        else:
            self.exact.setdefault(value, []).append(mid)
        return mid

    def alt_weight(self, aid: int) -> float:
        """Estimated share of sentences with alternative ``aid`` (see indicator_anchor)."""
        w = self.alt_weights.get(aid)
        if w is None:
            weights = self.matcher_weights
            while len(weights) < len(self.matcher_keys):  # matchers added since the last call
                weights.append(word_weight(*self.matcher_keys[len(weights)], stem))
            w = self.alt_weights[aid] = min(weights[mid] for mid in self.alts[aid])
        return w

    def alternatives(self, spec: str) -> list[int]:
        ids: list[int] = []
        for part in _split_top(spec, "|"):
            seqs = self.part_seqs.get(part)
            if seqs is None:  # the same alternative text recurs in many rules: expand it once (start-up speed)
                seqs = self.part_seqs[part] = tuple(
                    tuple(self.matcher(w) for w in words) for words in map(_words, _expand(part.strip())) if words
                )
            for seq in seqs:
                if seq not in self.alt_ids:
                    aid = len(self.alts)
                    self.alt_ids[seq] = aid
                    self.alts.append(seq)
                    node = self.trie.setdefault(seq[0], ([], {}))
                    for mid in seq[1:]:
                        node = node[1].setdefault(mid, ([], {}))
                    node[0].append(aid)
                ids.append(self.alt_ids[seq])
        return ids


def _add_rules(c: _Compiled, group: str, prefix: str, rules: dict[str, object], default_window: int,
               classes: dict[str, str] | None = None) -> None:
    for name, spec in rules.items():
        opts: dict[str, object] = spec if isinstance(spec, dict) else {"cue": spec}
        cue = _with_classes(str(opts.get("cue", "")), classes or {})
        slots = [c.alternatives(s) for s in _split_top(cue, "/") if s.strip()]
        slots = [s for s in slots if s]
        if not slots:
            raise ConfigError(
                f"indicator rule {prefix}.{name} has no cue words; fix knowledge/indicators.yaml"
            )
        unless = c.alternatives(_with_classes(str(opts["unless"]), classes or {})) if opts.get("unless") else []
        has_neg = any(c.alts[a][0] in c.negator_alts for s in slots for a in s) or any(
            any(m in c.negator_alts for m in c.alts[a]) for s in slots for a in s
        )
        rule = _Rule(
            group,
            f"{prefix}.{name}",
            slots,
            int(str(opts.get("window", default_window))),
            bool(opts.get("any_order", False)),
            unless,
            bool(opts.get("neg", True)) and not has_neg,
            int(str(opts.get("unless_window", 3))),
        )
        rule.self_neg = bool(opts.get("neg", True)) and has_neg
        rule.unless_unsaid = bool(opts.get("unless_unsaid", False))
        rule.one_clause = bool(opts.get("one_clause", False))
        rule.own_next = frozenset(c.alts[a][1] for s in slots for a in s if len(c.alts[a]) > 1 and c.alts[a][0] in c.negator_alts)
        rid = len(c.rules)
        c.rules.append(rule)
        # Every slot is required, so the rule is indexed by one slot only: the one least likely to
        # occur (see indicator_anchor), so that few rules are tried per sentence.
        k = anchor_slot(slots, c.alt_weight, lambda a: len(c.alts[a]))
        anchor = slots[k]
        # the anchor is present whenever the rule is tried: check the other slots, the rarest first
        others = sorted((j for j in range(len(slots)) if j != k), key=lambda j: sum(map(c.alt_weight, slots[j])))
        rule.other_slots = tuple(rule.slot_sets[j] for j in others)
        for a in anchor:
            if rid not in c.rules_by_alt[a]:
                c.rules_by_alt[a].append(rid)


_Tables = tuple[_Compiled, _Compiled, dict[str, tuple[str, ...]], tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=1)
def _compiled() -> _Tables:
    """The compiled lexicon: read from the on-disk cache when an earlier process stored it."""
    tables: _Tables = indicator_cache.cached(_build, _Compiled, _Rule)
    return tables


def _build() -> _Tables:
    data = knowledge.load("indicators.yaml")
    if not isinstance(data, dict) or "indicators" not in data:
        raise ConfigError("knowledge/indicators.yaml has no 'indicators' table; restore it from the package")
    window = int((data.get("defaults") or {}).get("window", 8))
    ind = _Compiled()
    ind.negators = frozenset(str(n).lower() for n in data.get("negators", []))
    ind.negator_alts = frozenset(ind.matcher(n) for n in ind.negators if "'" not in n or len(n) > 3)
    classes = {str(k): str(v) for k, v in (data.get("word_classes") or {}).items()}
    for indicator, spec in data["indicators"].items():
        if indicator not in INDICATORS:
            raise ConfigError(
                f"unknown indicator '{indicator}' in knowledge/indicators.yaml; use one of {INDICATORS}"
            )
        _add_rules(ind, indicator, str(spec.get("code", indicator)), spec.get("rules", {}), window, classes)
        for rule in ind.rules if spec.get("one_clause") else ():  # the option for every negating rule of the indicator
            rule.one_clause = rule.one_clause or rule.indicator == indicator and rule.self_neg
    for tag, rules in (data.get("mechanisms") or {}).items():
        # mechanism tags share the engine (one pass per sentence); negation does not cancel them
        _add_rules(
            ind,
            tag,
            tag,
            {
                k: {**v, "neg": False} if isinstance(v, dict) else {"cue": v, "neg": False}
                for k, v in rules.items()
            },
            window,
        )
    mech = ind
    counter = {k: tuple(str(v).lower() for v in vs) for k, vs in (data.get("counter") or {}).items()}
    topic = tuple(str(t).lower() for t in data.get("worker_topic", []))
    domain = tuple(str(t).lower() for t in data.get("domain", []))
    return ind, mech, counter, topic, domain


# ---------------------------------------------------------------- matching


@dataclass
class Match:
    """Hits of one sentence: counted hits and hits cancelled by a negation."""

    hits: list[IndicatorHit]
    negated: list[IndicatorHit]
    mechanisms: list[str] = field(default_factory=list)
    #: indicators a rule found but one of its exceptions ruled out ("pay rise", "to their families")
    excepted: set[str] = field(default_factory=set)


def _token_matchers(c: _Compiled, t: _Tok) -> frozenset[int]:
    t_stem = t.stem
    mids: set[int] = set(c.exact.get(t_stem, ()))
    mids.update(c.raw.get(t.raw, ()))
    if t.raw != t_stem:
        mids.update(c.exact.get(t.raw, ()))
    for p, mid in c.prefixes.get(t.raw[:3], ()):
        if t.raw.startswith(p):
            mids.add(mid)
    for p, mid in c.short_prefixes:
        if t.raw.startswith(p):
            mids.add(mid)
    if c.num_matchers:
        n = _number(t.raw)
        if n is not None:
            for kind, mid in c.num_matchers:
                if kind == "{n}" or 10 <= n <= 24:
                    mids.add(mid)
    if not mids and t.raw.endswith(_POSSESSIVE) and t.raw[:-2].isalpha():  # "kept Thomas's passport": "their"
        return _token_matchers(c, _Tok(0, 0, "their"))
    return frozenset(mids)


_POSSESSIVE = ("'s", "\u2019s")  # a name's possessive that the lexicon does not know works as a determiner
_NO_FOLLOW: dict[int, tuple[_Node, ...]] = {}  # shared by the many token forms that start no phrase (never mutated)


def _token_entry(c: _Compiled, raw: str) -> _TokEntry:
    """Matcher ids of one token form, the single-word alternatives it completes and, per matcher id
    of a following token, the trie nodes of the multi-word alternatives it may start (memoised per
    token form)."""
    entry = c.token_cache.get(raw)
    if entry is None:
        mids = _token_matchers(c, _Tok(0, 0, raw))
        nodes = [c.trie[mid] for mid in sorted(mids) if mid in c.trie]
        singles = tuple(aid for node in nodes for aid in node[0])
        follow: dict[int, list[_Node]] = {}
        for node in nodes:
            for mid2, child in node[1].items():
                follow.setdefault(mid2, []).append(child)
        entry = (mids, singles, {k: tuple(v) for k, v in follow.items()} if follow else _NO_FOLLOW)
        if len(c.token_cache) < 200_000:
            c.token_cache[raw] = entry
    return entry


def _occurrences(c: _Compiled, raws: list[str]) -> dict[int, list[tuple[int, int]]]:
    """Token spans (i, j) of every alternative found in the sentence (given as its token
    strings), keyed by alternative id."""
    cached = c.token_cache.get
    entries = [cached(raw) or _token_entry(c, raw) for raw in raws]
    occ: dict[int, list[tuple[int, int]]] = {}
    found = occ.get
    last = len(entries) - 1

    def longer(children: dict[int, _Node], i: int, j: int) -> None:
        """Alternatives of three words or more: follow the trie from token ``j`` on."""
        for mid in entries[j][0]:
            child = children.get(mid)
            if child is None:
                continue
            for aid in child[0]:
                lst = found(aid)
                if lst is None:
                    occ[aid] = [(i, j + 1)]
                else:
                    lst.append((i, j + 1))
            if child[1] and j < last:
                longer(child[1], i, j + 1)

    for i, (_, singles, follow) in enumerate(entries):
        for aid in singles:
            lst = found(aid)
            if lst is None:
                occ[aid] = [(i, i + 1)]
            else:
                lst.append((i, i + 1))
        if not follow or i >= last:
            continue
        for mid2 in entries[i + 1][0]:
            nodes = follow.get(mid2)
            if not nodes:
                continue
            for node in nodes:
                for aid in node[0]:
                    lst = found(aid)
                    if lst is None:
                        occ[aid] = [(i, i + 2)]
                    else:
                        lst.append((i, i + 2))
                if node[1] and i + 1 < last:
                    longer(node[1], i, i + 2)
    return occ


def _merged(slot: frozenset[int], occ: dict[int, list[tuple[int, int]]],
            present: frozenset[int] | None = None) -> list[tuple[int, int]]:
    """Token spans of a slot's alternatives in the sentence, in order (``present``: the keys of ``occ``
    as a set, which intersects faster)."""
    found = (occ.keys() if present is None else present) & slot  # the sentence's few alternatives, not the slot's many
    if len(found) == 1:
        return occ[next(iter(found))]
    return sorted(o for a in found for o in occ[a])


def _find(rule: _Rule, occ: dict[int, list[tuple[int, int]]],
          present: frozenset[int] | None = None) -> tuple[int, int] | None:
    slot_occ = [_merged(slot, occ, present) for slot in rule.slot_sets]
    if any(not s for s in slot_occ):
        return None
    if len(slot_occ) == 1:
        return slot_occ[0][0]
    if not rule.any_order:
        for first in slot_occ[0]:
            pos, end, ok = first[1], first[1], True
            extra = _free(first)  # a long cue does not use up the window
            for s in slot_occ[1:]:
                nxt = next((o for o in s if o[0] >= pos), None)
                if nxt is None or nxt[0] - first[0] - extra > rule.window:
                    ok = False
                    break
                pos, end = nxt[1], nxt[1]
                extra += _free(nxt)
            if ok:
                return first[0], end
        return None
    for anchor in slot_occ[0]:
        lo, hi, ok = anchor[0], anchor[1], True
        for s in slot_occ[1:]:
            near = min((o for o in s if o != anchor), key=lambda o: abs(o[0] - anchor[0]), default=None)
            if near is None or abs(near[0] - anchor[0]) - _free(min(anchor, near)) > rule.window:
                ok = False
                break
            lo, hi = min(lo, near[0]), max(hi, near[1])
        if ok:
            return lo, hi
    return None


def _spans(low: str, raws: list[str], spans: list[tuple[int, int]], upto: int) -> None:
    """Extend ``spans`` to the character spans of the tokens ``raws[:upto]`` in ``low`` (tokens are
    consecutive matches and the characters between them cannot start a token, so each is the next
    occurrence of its string); only as far as a hit needs."""
    pos = spans[-1][1] if spans else 0
    find = low.find
    for raw in raws[len(spans):upto]:
        start = find(raw, pos)
        pos = start + len(raw)
        spans.append((start, pos))


def _run(c: _Compiled, text: str, offset: int) -> Match:
    low = lowered(text)
    raws: list[str] = _TOKEN.findall(low)  # token strings only; character spans are found for hits alone
    occ = _occurrences(c, raws)
    hits: list[IndicatorHit] = []
    negated: list[IndicatorHit] = []
    tentative: list[IndicatorHit] = []
    tags: set[str] = set()
    excepted: set[str] = set()
    if not occ:
        return Match(hits, negated)
    candidates: set[int] = set()
    present = frozenset(occ)  # (a set's isdisjoint and & are several times faster than the dict view's)
    index = c.slot_index
    if index is None or index.rules != len(c.rules):
        index = c.slot_index = slot_index(c.rules, c.rules_by_alt)
    info_of = index.alt_info.get
    have = 0  # the slots present: bits of indicator_slots
    for aid in occ:
        info = info_of(aid)
        if info is not None:
            candidates.update(info[0])
            have |= info[1]
    rules = c.rules
    need, missing = index.need, index.every ^ have
    spans: list[tuple[int, int]] = []
    # every slot needs one of its alternatives: a candidate whose other slots are not all present cannot match
    for rid in sorted([rid for rid in candidates if not need[rid] & missing]):
        rule = rules[rid]
        span = _find(rule, occ, present)
        if span is None:
            continue
        lo, hi = span
        if rule.unless and any(
            o[0] <= hi + rule.unless_window and o[1] >= lo - rule.unless_window
            and not (rule.unless_unsaid and o[0] > 0 and raws[o[0] - 1] in _VERB_NEGATORS)
            for a in rule.unless
            for o in occ.get(a, ())
        ):
            excepted.add(rule.indicator)
            continue
        if rule.one_clause and negation.other_clause(c.negators, raws, lo, hi, negation.cue_tokens(rule.slot_sets, occ)):
            continue  # "got no rest until the crop was paid for": the negation is another clause's
        if len(spans) < hi:
            _spans(low, raws, spans, hi)
        start, end = spans[lo][0], spans[hi - 1][1]
        if text[start:start + 1].isupper() and in_body_name(text, start, end):
            continue  # (s339) "licensed by the Labour Abuse Authority": a body's name, no cue
        hit = IndicatorHit(rule.indicator, rule.rule_id, offset + start, offset + end, text[start:end])
        if rule.self_neg and not rule.mechanism and c.negators.isdisjoint(raws[lo:hi]) and negation.foreign(
                c.negators, rule.own_next, raws, lo, lambda raw: _token_entry(c, raw)[0]):
            tentative.append(hit)  # "does not retain any travel documents": not the rule's own "not returned"
        elif rule.neg and (negation.before(c.negators, raws, lo, low, spans)
                           or negation.inside(c.negators, rule.slot_sets, raws, occ, lo, hi)):
            if not rule.mechanism:
                negated.append(hit)
        elif _FREED_FROM.match(text, start) and not rule.mechanism:
            negated.append(hit)  # (s36) "were never prevented from calling home": the rule's "never", negated twice
        elif rule.mechanism:
            tags.add(rule.indicator)
        else:
            hits.append(hit)
    if tentative:  # another rule's cue for the same indicator holds the negation ("not walked outside alone")
        found = {h.indicator for h in hits}
        for h in tentative:
            (hits if h.indicator in found else negated).append(h)
    if hits or negated:  # (speed: the corrections only move or drop hits)
        hits, negated = settle(hits, negated, low, offset)  # denials' fragments and justified practices count as negated
    return Match(hits, negated, sorted(tags), excepted)


def match(text: str, offset: int = 0) -> Match:
    """Indicator hits in one sentence; spans are ``offset`` + positions in ``text``.
    ``Match.mechanisms`` holds the DPRK mechanism tags found in the same pass; (s381) a denial that turns to abuse after
    "but" counts what the second clause affirms (:func:`labourlens.analyse.contrast_clauses.after_contrast`); (s39) a
    rejection in apposition after an attributed account negates none of it (:mod:`labourlens.analyse.rejected_tails`)."""
    compiled = _compiled()[0]
    text = blank_rejected_tail(text)
    return after_contrast(text, offset, _run(compiled, text, offset), lambda t, o: _run(compiled, t, o))


def mechanisms(text: str) -> list[str]:
    """DPRK mechanism tags (M_STATE_DISPATCH, M_QUOTA, ...) in one sentence."""
    return match(text).mechanisms


@lru_cache(maxsize=1)
def _counter_scan() -> re.Pattern[str] | None:
    return any_of([cue for cues in _compiled()[2].values() for cue in cues])


def counter_cues(text: str) -> list[str]:
    """Indicators whose exculpatory counter-cue ("free to leave") appears in the text."""
    low = lowered(text)
    scan = _counter_scan()
    if scan is None or not scan.search(low):
        return []  # one scan for all cues; most sentences have none
    return [ind for ind, cues in _compiled()[2].items() if any(cue in low and free_cue(low, cue) for cue in cues)]


def topic_terms() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(worker-topic terms, domain terms) from the lexicon."""
    _, _, _, topic, domain = _compiled()
    return topic, domain
