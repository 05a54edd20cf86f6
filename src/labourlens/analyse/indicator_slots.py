"""Which indicator rules a sentence can complete: one bit mask per sentence (speed).

A rule of :mod:`labourlens.analyse.indicators` needs one alternative of each of its slots in the sentence.
It is indexed by its rarest slot (the anchor), so some 30 rules are candidates in a sentence, of which two
or three have all their other slots present. Testing each candidate's slots one by one (a set test per slot)
was the costliest line of the matcher. Here every distinct slot has a bit: an alternative found in the
sentence sets the bits of the slots it belongs to, so the slots present in a sentence are one integer, and a
candidate is complete when its other slots' bits are all set (one integer operation per candidate).
Built from the compiled rules at the first match (not stored in the on-disk cache: it takes a few
milliseconds), and again when rules were added since (tests compile rules of their own).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

__all__ = ["SlotIndex", "slot_index"]


class _RuleSlots(Protocol):
    @property
    def other_slots(self) -> tuple[frozenset[int], ...]: ...


@dataclass(frozen=True)
class SlotIndex:
    """``alt_bits``: per alternative id, the bits of the slots it belongs to (alternatives of no slot are left
    out); ``need``: per rule id, the bits of its slots but the anchor; ``rules``: how many rules it indexes;
    ``every``: all the slots' bits (``every ^ present`` are the slots missing, a positive integer: ``&`` with a
    negative one, ``~present``, costs several times more); ``alt_info``: per alternative id that anchors a rule or
    belongs to a slot, (the rules it anchors, its slot bits), so the matcher reads both with one look-up."""

    alt_bits: dict[int, int]
    need: tuple[int, ...]
    rules: int
    every: int
    alt_info: dict[int, tuple[tuple[int, ...], int]]


def slot_index(rules: Sequence[_RuleSlots], by_alt: Mapping[int, Sequence[int]] | None = None) -> SlotIndex:
    """The index of ``rules`` (see the module's note); ``by_alt``: the rules each alternative anchors."""
    ids: dict[frozenset[int], int] = {}
    need: list[int] = []
    for rule in rules:
        bits = 0
        for slot in rule.other_slots:
            bits |= 1 << ids.setdefault(slot, len(ids))
        need.append(bits)
    members: dict[int, int] = {}
    for slot, sid in ids.items():
        bit = 1 << sid
        for aid in slot:
            members[aid] = members.get(aid, 0) | bit
    anchored = {aid: tuple(rids) for aid, rids in (by_alt or {}).items() if rids}
    info = {aid: (anchored.get(aid, ()), members.get(aid, 0)) for aid in anchored.keys() | members.keys()}
    return SlotIndex(members, tuple(need), len(rules), (1 << len(ids)) - 1, info)
