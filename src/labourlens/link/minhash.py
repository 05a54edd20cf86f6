"""MinHash signatures, LSH band keys, containment sketches and the pair judgement.

Two candidate generators feed one verifier:

* **MinHash LSH** (datasketch MinHash, own banding so that band keys can live in a
  database table): documents whose signatures agree on all rows of some band are
  candidates; finds near-copies of similar length (high Jaccard).
* **Containment sketch** (mod-sampling): the shingles whose hash is 0 modulo
  ``sketch_mod`` are kept; documents sharing ``sketch_min_shared`` of them are
  candidates. A sample of a sample stays a sample, so this finds cut-off versions
  and long quotes inside longer texts, which Jaccard-based LSH misses.

Candidates are verified on their exact shingle sets: ``max(Jaccard, containment)``
with thresholds from settings (measured on copies and non-copies, see tests)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # datasketch pulls in scipy (about a second): imported when first needed
    from datasketch import MinHash

__all__ = ["Judgement", "band_keys", "datasketch_minhash", "judge", "lsh_params", "signature", "sketch"]

VERSION = "minhash.v1"
_SEED = 1


@lru_cache(maxsize=8)
def _template(num_perm: int) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=_SEED, hashfunc=_identity)


def _identity(value: Any) -> Any:
    return value


def signature(shingles: np.ndarray, num_perm: int) -> np.ndarray:
    """MinHash signature (uint32, ``num_perm`` values) of a shingle-hash set: the
    values datasketch's ``MinHash(num_perm, seed=1, scheme="affine32")`` gives after
    ``update_batch(shingles)`` with an identity hash function, computed in one numpy
    expression (the per-item Python call is the slow part of ``update_batch``)."""
    from datasketch.minhash import _fmix

    tpl = _template(num_perm)
    if not len(shingles):
        return np.asarray(tpl.hashvalues, dtype=np.uint32).copy()
    a, b = tpl.permutations
    hv = _fmix(shingles.astype(np.uint32).reshape(-1, 1), 32)
    return np.asarray((hv * a + b).min(axis=0), dtype=np.uint32)


def datasketch_minhash(shingles: np.ndarray, num_perm: int) -> MinHash:
    """The same signature as a datasketch :class:`MinHash` (slower; for checks and
    for callers that want datasketch's API)."""
    from datasketch import MinHash

    tpl = _template(num_perm)
    mh = MinHash(num_perm=num_perm, seed=_SEED, hashfunc=_identity, permutations=tpl.permutations, scheme=tpl.scheme)
    if len(shingles):
        mh.update_batch(shingles.tolist())
    return mh


@lru_cache(maxsize=32)
def lsh_params(threshold: float, num_perm: int, bands: int = 0) -> tuple[int, int]:
    """(bands, rows) for a Jaccard ``threshold``: datasketch's optimum weighted towards
    recall (false positives are cheap: every candidate is verified exactly)."""
    if bands > 0:
        return bands, max(1, num_perm // bands)
    from datasketch.lsh import _optimal_param

    b, r = _optimal_param(threshold, num_perm, 0.2, 0.8)
    return int(b), int(r)


def band_keys(sig: np.ndarray, bands: int, rows: int) -> list[int]:
    """One signed 64-bit key per band (the band number is mixed in, so keys of
    different bands never collide by construction)."""
    m = sig[: bands * rows].astype(np.uint64).reshape(bands, rows)
    h = np.arange(1, bands + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    for j in range(rows):
        h = (h ^ m[:, j]) * np.uint64(0x100000001B3)
        h ^= h >> np.uint64(29)
    return [int(x) for x in h.view(np.int64)]


def sketch(shingles: np.ndarray, mod: int) -> np.ndarray:
    """The shingles whose hash is 0 modulo ``mod`` (a consistent sample)."""
    if mod <= 1:
        return shingles
    return shingles[shingles % np.uint32(mod) == 0]


@dataclass(frozen=True)
class Judgement:
    similarity: float  # max(jaccard, containment)
    jaccard: float
    containment: float  # shared shingles / shingles of the shorter document
    shared: int
    method: str  # exact, jaccard, containment
    decision: str  # copy or distinct


def judge(
    a: np.ndarray,
    b: np.ndarray,
    *,
    same_text: bool,
    jaccard_threshold: float,
    containment_threshold: float,
    min_shared: int,
) -> Judgement:
    """Verify a candidate pair on exact shingle sets (sorted unique uint32 arrays)."""
    if same_text:
        return Judgement(1.0, 1.0, 1.0, int(min(len(a), len(b))), "exact", "copy")
    shared = int(np.intersect1d(a, b, assume_unique=True).size) if len(a) and len(b) else 0
    union = len(a) + len(b) - shared
    jac = shared / union if union else 0.0
    con = shared / min(len(a), len(b)) if len(a) and len(b) else 0.0
    sim = max(jac, con)
    if jac >= jaccard_threshold:
        return Judgement(sim, jac, con, shared, "jaccard", "copy")
    if con >= containment_threshold and shared >= min_shared:
        return Judgement(sim, jac, con, shared, "containment", "copy")
    return Judgement(sim, jac, con, shared, "jaccard" if jac >= con else "containment", "distinct")
