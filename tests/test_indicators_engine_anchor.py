"""The slot each indicator rule is indexed by (indicator_anchor): frequent words never win over
rare ones, and the index still offers every rule on every sentence where all its slots occur."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.indicator_anchor import anchor_slot, word_weight


def test_function_words_numbers_and_short_prefixes_are_frequent() -> None:
    stem = indicators.stem
    rare = word_weight("stem", stem("confiscated"), stem)
    for kind, value in (("stem", stem("in")), ("stem", stem("were")), ("raw", "not"), ("num", "{n}"),
                        ("prefix", "wor")):
        assert word_weight(kind, value, stem) > rare, (kind, value)


def test_labour_words_sit_between_function_words_and_rare_words() -> None:
    stem = indicators.stem
    common = word_weight("stem", stem("the"), stem)
    labour = word_weight("stem", stem("workers"), stem)
    rare = word_weight("stem", stem("beaten"), stem)
    assert common > labour > rare
    assert word_weight("prefix", "wage", stem) == labour
    assert word_weight("prefix", "passp", stem) == rare


def test_anchor_is_the_slot_with_the_lowest_summed_weight() -> None:
    weights = {0: 1.0, 1: 0.02, 2: 0.02, 3: 0.3, 4: 0.02}
    words = {0: 1, 1: 1, 2: 2, 3: 1, 4: 1}
    # slot 0: a function word; slot 1: two rare words; slot 2: a labour word
    assert anchor_slot([[0], [1, 4], [3]], weights.__getitem__, words.__getitem__) == 1
    # a tie on weight: the slot whose shortest alternative is a phrase
    assert anchor_slot([[1], [2]], weights.__getitem__, words.__getitem__) == 1
    # a tie on weight and length: the first slot
    assert anchor_slot([[4], [1]], weights.__getitem__, words.__getitem__) == 0


def test_every_rule_is_offered_through_all_alternatives_of_one_of_its_slots() -> None:
    c = indicators._compiled()[0]
    offered: dict[int, set[int]] = {}
    for aid, rids in c.rules_by_alt.items():
        for rid in rids:
            offered.setdefault(rid, set()).add(aid)
    assert set(offered) == set(range(len(c.rules)))
    for rid, rule in enumerate(c.rules):
        assert any(offered[rid] == set(slot) for slot in rule.slots), rule.rule_id


def test_each_rule_is_indexed_by_its_least_frequent_slot() -> None:
    c = indicators._compiled()[0]
    offered: dict[int, set[int]] = {}
    for aid, rids in c.rules_by_alt.items():
        for rid in rids:
            offered.setdefault(rid, set()).add(aid)
    for rid, rule in enumerate(c.rules):
        weight = {frozenset(slot): sum(c.alt_weight(a) for a in slot) for slot in rule.slots}
        assert weight[frozenset(offered[rid])] == min(weight.values()), rule.rule_id


def test_hits_do_not_depend_on_the_anchor() -> None:
    sentences = [
        "The guards confiscated their passports on arrival and kept them in a safe.",
        "Workers said they were beaten when they failed to meet the daily quota.",
        "They have not been paid for four months, the source said.",
        "The women are not allowed to leave the dormitory without a minder.",
        "Nobody took their passports; they were free to leave at any time.",
    ]
    for text in sentences:
        m = indicators.match(text)
        assert isinstance(m.hits, list)
    assert {h.indicator for h in indicators.match(sentences[0]).hits} >= {"retention_of_identity_documents"}
    assert {h.indicator for h in indicators.match(sentences[1]).hits} >= {"physical_and_sexual_violence"}
