"""A record's capitalised turn label shortened after its first use, a pass of :mod:`labourlens.analyse.hearing_turns`.

A committee record names a person in full in the first label of their turns ("DEPUTY MINISTER OF LABOUR JAN VOSS:",
"VICE MINISTER OF TRADE PAK SOO-MIN:") and shortens it later to the rank and the surname ("DEPUTY MINISTER VOSS:",
"VICE MINISTER PAK:"). Every word of the short label is a word of the full one, in the same order, so the two labels
are one person: the turns under the short label go to the source of the full one. Examples here and in the tests are
invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["shortened_labels"]

_CAPS_LABEL = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Z'\u2019.-]+(?:[ \t]+[A-Z][A-Z'\u2019.-]+){1,7})[ \t]*:[ \t]+\S")
_PEOPLE = frozenset(("official", "named_person"))


def _in_order(short: list[str], full: list[str]) -> bool:
    """Are the words of ``short`` words of ``full`` in the same order (and fewer)?"""
    it = iter(full)
    return len(short) < len(full) and all(any(w == f for f in it) for w in short)


def shortened_labels(sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the turns under a shortened capitalised label to the person its full label named before (in place)."""
    labels: dict[str, int] = {}  # a label's words -> the first sentence it opens
    for i, s in enumerate(sentences):
        m = _CAPS_LABEL.match(s.text) if s.text[:2].isupper() and ":" in s.text[:80] else None
        if m is not None:
            labels.setdefault(" ".join(m.group("label").lower().split()), i)
    if len(labels) < 3:
        return  # a record of turns, not a line that happens to open in capitals
    by_key = {x.key: x for x in reg.sources()}
    full_keys: dict[str, str] = {}  # a full label -> the key of the source of its first turn
    for label, i in labels.items():
        src = by_key.get(result[i].source)
        if src is not None and src.kind in _PEOPLE and " ".join((src.wording or "").lower().split()) == label:
            full_keys[label] = src.key
    for label, i in labels.items():
        words = label.split()
        if len(words) < 2:
            continue
        full = [f for f in full_keys if labels[f] < i and _in_order(words, f.split())]
        if len(full) != 1:
            continue  # no full label before it, or two it could shorten
        key = full_keys[full[0]]
        short = result[i].source
        if short == key or by_key.get(short) is None or by_key[short].kind not in _PEOPLE:
            continue
        for j, att in enumerate(result):
            if att.source == short:
                result[j] = replace(att, source=key)
