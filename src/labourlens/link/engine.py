"""The near-duplicate engine, free of any database: document prints, candidate
generation (exact hash, MinHash LSH bands, containment sketches) and verification.

:func:`batch_pairs` finds every candidate pair of a collection at once with numpy
(sort the (key, document) postings, pair the documents inside each run), which keeps
100,000 documents within seconds and a few hundred MB. The store-backed incremental
path (:mod:`labourlens.link.index`) asks the same three questions of database
tables, so both find the same pairs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from labourlens.link import minhash
from labourlens.link.minhash import Judgement
from labourlens.link.shingles import shingled

__all__ = ["DocPrint", "Pair", "Params", "batch_pairs", "make_print", "verify"]


@dataclass(frozen=True)
class Params:
    shingle_size: int = 5
    num_perm: int = 128
    bands: int = 30
    rows: int = 4
    sketch_mod: int = 8
    sketch_min_shared: int = 2
    sketch_max_df: int = 500
    jaccard_threshold: float = 0.5
    containment_threshold: float = 0.35
    min_shared: int = 40

    @classmethod
    def from_settings(cls, settings: Any) -> Params:
        bands, rows = minhash.lsh_params(
            float(settings.dup_threshold), int(settings.minhash_perm), int(getattr(settings, "lsh_bands", 0))
        )
        return cls(
            shingle_size=int(settings.shingle_size),
            num_perm=int(settings.minhash_perm),
            bands=bands,
            rows=rows,
            sketch_mod=int(getattr(settings, "sketch_mod", 8)),
            sketch_min_shared=int(getattr(settings, "sketch_min_shared", 2)),
            sketch_max_df=int(getattr(settings, "sketch_max_df", 500)),
            jaccard_threshold=float(settings.dup_threshold),
            containment_threshold=float(getattr(settings, "containment_threshold", 0.35)),
            min_shared=int(getattr(settings, "containment_min_shingles", 40)),
        )

    @property
    def key(self) -> str:
        """What the stored prints depend on; prints made with another key are rebuilt."""
        return f"k{self.shingle_size}.p{self.num_perm}.b{self.bands}r{self.rows}.m{self.sketch_mod}"


@dataclass
class DocPrint:
    doc_id: str
    text_hash: str
    shingles: np.ndarray  # sorted unique uint32
    signature: np.ndarray  # uint32[num_perm]
    bands: np.ndarray  # int64 LSH band keys
    sketch: np.ndarray  # int64 sampled shingle hashes


@dataclass(frozen=True)
class Pair:
    a: str  # a < b
    b: str
    judgement: Judgement


def make_print(doc_id: str, text: str, params: Params) -> DocPrint:
    sh = shingled(text, params.shingle_size)
    sig = minhash.signature(sh.shingles, params.num_perm)
    return DocPrint(
        doc_id=doc_id,
        text_hash=sh.text_hash,
        shingles=sh.shingles,
        signature=sig,
        bands=np.array(minhash.band_keys(sig, params.bands, params.rows) if len(sh.shingles) else [], dtype=np.int64),
        sketch=minhash.sketch(sh.shingles, params.sketch_mod).astype(np.int64),
    )


def verify(x: DocPrint, y: DocPrint, params: Params) -> Pair:
    a, b = (x, y) if x.doc_id < y.doc_id else (y, x)
    j = minhash.judge(
        a.shingles,
        b.shingles,
        same_text=a.text_hash == b.text_hash and bool(len(a.shingles)),
        jaccard_threshold=params.jaccard_threshold,
        containment_threshold=params.containment_threshold,
        min_shared=params.min_shared,
    )
    return Pair(a.doc_id, b.doc_id, j)


def _run_pairs(keys: np.ndarray, seqs: np.ndarray, max_run: int) -> np.ndarray:
    """Pairs (as int64 codes lo * 2**32 + hi) of documents sharing a key; runs longer
    than ``max_run`` are skipped (keys too common to mean anything)."""
    if keys.size == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort((seqs, keys))
    k, s = keys[order], seqs[order]
    starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
    lengths = np.diff(np.r_[starts, k.size])
    out: list[np.ndarray] = []
    for length in range(2, int(lengths.max()) + 1 if lengths.size else 0):
        if length > max_run:
            break
        runs = starts[lengths == length]
        if runs.size == 0:
            continue
        block = s[runs[:, None] + np.arange(length)]  # (n_runs, length), sorted within a run
        for i in range(length - 1):
            for j in range(i + 1, length):
                out.append(block[:, i].astype(np.int64) << 32 | block[:, j].astype(np.int64))
    return np.concatenate(out) if out else np.zeros(0, dtype=np.int64)


def batch_candidates(prints: Sequence[DocPrint], params: Params) -> list[tuple[int, int]]:
    """Index pairs (i < j) of ``prints`` that share a normalised-text hash, an LSH band
    key, or at least ``sketch_min_shared`` sketch hashes."""
    n = len(prints)
    big = max(params.sketch_max_df, 2)
    # exact: equal normalised text
    by_hash: dict[str, list[int]] = {}
    for i, p in enumerate(prints):
        if len(p.shingles):
            by_hash.setdefault(p.text_hash, []).append(i)
    codes = [np.array([(g[x] << 32) | g[y] for x in range(len(g)) for y in range(x + 1, len(g))], dtype=np.int64)
             for g in by_hash.values() if 1 < len(g) <= big]
    # MinHash LSH bands
    nb = np.fromiter((len(p.bands) for p in prints), dtype=np.int64, count=n)
    bkeys = np.concatenate([p.bands for p in prints]) if n else np.zeros(0, dtype=np.int64)
    bseqs = np.repeat(np.arange(n, dtype=np.int64), nb)
    codes.append(_run_pairs(bkeys, bseqs, big))
    # containment sketches: count shared hashes per pair
    ns = np.fromiter((len(p.sketch) for p in prints), dtype=np.int64, count=n)
    skeys = np.concatenate([p.sketch for p in prints]) if n else np.zeros(0, dtype=np.int64)
    sseqs = np.repeat(np.arange(n, dtype=np.int64), ns)
    sk = _run_pairs(skeys, sseqs, params.sketch_max_df)
    if sk.size:
        uniq, counts = np.unique(sk, return_counts=True)
        codes.append(uniq[counts >= params.sketch_min_shared])
    allc = np.unique(np.concatenate(codes)) if codes else np.zeros(0, dtype=np.int64)
    return [(int(c >> 32), int(c & 0xFFFFFFFF)) for c in allc]


def batch_pairs(
    prints: Sequence[DocPrint], params: Params, progress: Callable[[int], Any] | None = None
) -> list[Pair]:
    """Every verified candidate pair of ``prints`` (copies and distinct near-misses)."""
    out: list[Pair] = []
    for i, j in batch_candidates(prints, params):
        out.append(verify(prints[i], prints[j], params))
        if progress is not None:
            progress(1)
    return out


def components(ids: Iterable[str], copies: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Connected components (union-find) of ``ids`` over copy edges: root -> members,
    the root being the smallest id so that the result does not depend on order."""
    parent: dict[str, str] = {i: i for i in ids}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in copies:
        ra, rb = find(a), find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            parent[rb] = ra
    groups: dict[str, list[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    return {min(m): sorted(m) for m in groups.values()}
