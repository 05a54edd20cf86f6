"""Scoring for the SW attribution batteries, in the manner of ``labourlens eval``: speaker wording by
head phrase (kinds counted apart), same source as pairwise F1 over the expected sentences of a text."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from attribution_helpers import speakers_of
from labourlens.evaluate import _speaker_ok
from labourlens.model import Source

KINDS = {"A": "anonymous_source", "N": "named_person", "O": "organization", "F": "official",
         "U": "outlet", "D": "document"}


@dataclass
class Score:
    speakers: int = 0
    speaker_ok: int = 0
    kind_ok: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def speaker_acc(self) -> float:
        return self.speaker_ok / self.speakers if self.speakers else 1.0

    @property
    def same_source_f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def _find(pairs: list[tuple[str, Source | None]], fragment: str) -> Source | None:
    for sent, src in pairs:
        if fragment in sent:
            return src
    raise AssertionError(f"no sentence contains {fragment!r}")


def score(cases: list[tuple[str | None, str, list[tuple[str, str | None, str, str]]]]) -> Score:
    out = Score()
    for outlet, text, expected in cases:
        pairs = speakers_of(text, outlet)
        got: list[tuple[str, str]] = []
        for fragment, speaker, kind, sid in expected:
            src = _find(pairs, fragment)
            wording, pkind = (src.wording, src.kind) if src is not None else (None, None)
            gold_kind = None if speaker is None else KINDS[kind]
            out.speakers += 1
            if _speaker_ok(wording, pkind, speaker, gold_kind, check_kind=False):
                out.speaker_ok += 1
            else:
                out.misses.append(f"speaker {fragment!r}: want {speaker!r}, got {wording!r}")
            if (speaker is None and pkind in (None, "outlet")) or pkind == gold_kind:
                out.kind_ok += 1
            got.append((sid, src.key if src is not None and src.kind != "outlet" else "OUTLET"))
        for (gs1, ps1), (gs2, ps2) in combinations(got, 2):
            same_gold, same_pred = gs1 == gs2, ps1 == ps2
            if same_gold and same_pred:
                out.tp += 1
            elif same_pred:
                out.fp += 1
                out.misses.append(f"same source wrongly: {text[:60]!r}")
            elif same_gold:
                out.fn += 1
                out.misses.append(f"split source: {text[:60]!r}")
    return out
