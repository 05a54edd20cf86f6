"""Every rule of knowledge/indicators.yaml can match: a rule's window runs from the start of its first slot to
the start of its last, so a window smaller than the words of its own alternatives silently drops them (a rule
with a four-word first slot and a window of 2 never matched)."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def test_windows_hold_the_longest_alternatives() -> None:
    compiled = indicators._build()[0]
    too_small = []
    for rule in compiled.rules:
        if len(rule.slots) < 2 or rule.any_order:
            continue
        longest = sum(max(len(compiled.alts[a]) for a in slot) for slot in rule.slots[:-1])
        if longest > rule.window:
            too_small.append((rule.rule_id, longest, rule.window))
    assert not too_small, f"raise the window of these rules in knowledge/indicators.yaml: {too_small}"


@pytest.mark.parametrize(("text", "indicator"), [
    ("For her, leaving for Irkutsk was the only way to feed her children.", "abuse_of_vulnerability"),
    ("The loggers spoke not a word of Russian.", "abuse_of_vulnerability"),
])
def test_long_first_slots_match(text: str, indicator: str) -> None:
    assert indicator in {h.indicator for h in indicators.match(text).hits}
