"""Text normalisation and word shingles for near-duplicate detection.

Before two documents are compared, page furniture that differs between sites is
removed (share buttons, "[Source: ...]" tags, "According to X:" prefixes, copyright
lines; patterns in ``knowledge/linking.yaml``), the text is case-folded and split into
word tokens (numbers kept, punctuation dropped). A document is then the set of its
word ``size``-grams ("shingles"), each hashed to a stable 32-bit integer, so that
sets can be compared, sampled and min-hashed with numpy."""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from labourlens import knowledge
from labourlens.errors import ConfigError

__all__ = ["Shingled", "normalise", "shingle", "shingle_hashes", "shingled", "strip_boilerplate", "text_hash", "tokens"]

VERSION = "shingles.v1"

_TOKEN = re.compile(r"\w+", re.UNICODE)
_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_MULT = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant (golden ratio) to spread 32-bit token hashes
_BASE = np.uint64(0x100000001B3)  # FNV prime, the rolling-hash base for shingles
_MAX_FURNITURE = 200  # longer lines are story text, never share-button furniture
_EDGE = 160  # inline furniture is searched for this far into each end of a long line


@dataclass(frozen=True)
class _Patterns:
    lines: tuple[re.Pattern[str], ...]
    inline: re.Pattern[str] | None  # all inline patterns as one alternation: one pass over the text


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = knowledge.load("linking.yaml") or {}
    try:
        lines = tuple(re.compile(p, re.IGNORECASE) for p in data.get("boilerplate_lines", []))
        parts = [f"(?:{p})" for p in data.get("boilerplate_inline", [])]
        inline = re.compile("|".join(parts), re.IGNORECASE | re.MULTILINE) if parts else None
    except re.error as exc:
        raise ConfigError(f"knowledge/linking.yaml has an invalid boilerplate pattern: {exc}; fix the regex") from exc
    return _Patterns(lines, inline)


def _strip_inline(line: str, rx: re.Pattern[str]) -> str:
    """Remove inline furniture; on a long line only its first and last
    ``_EDGE`` characters are searched (tags and prefixes sit at the edges)."""
    if len(line) <= 2 * _EDGE:
        return rx.sub(" ", line)
    head, middle, tail = line[:_EDGE], line[_EDGE:-_EDGE], line[-_EDGE:]
    return rx.sub(" ", head) + middle + rx.sub(" ", tail)


def strip_boilerplate(text: str) -> str:
    """The story text without share buttons, source tags, copyright lines and
    "According to X:" prefixes (original case kept)."""
    text = unicodedata.normalize("NFKC", text).translate(_PLAIN)
    pats = _patterns()
    kept = []
    for line in text.splitlines():
        if pats.inline is not None:
            line = _strip_inline(line, pats.inline)
        if len(line) > _MAX_FURNITURE or not any(rx.fullmatch(line.strip()) for rx in pats.lines):
            kept.append(line)
    return "\n".join(kept)


def tokens(text: str) -> list[str]:
    """Case-folded word tokens of the story text; numbers are kept."""
    return _TOKEN.findall(strip_boilerplate(text).casefold())


def normalise(text: str) -> str:
    """The comparable form of a document: its tokens joined by single spaces."""
    return " ".join(tokens(text))


def text_hash(text: str) -> str:
    """sha256 of the normalised text: equal for exact copies that differ only in
    furniture, case, punctuation or white space."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def shingle(toks: list[str], size: int) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word ``size``-grams of ``toks``. A text
    shorter than ``size`` words is one shingle; an empty text has none."""
    if not toks:
        return np.zeros(0, dtype=np.uint32)
    words = " ".join(toks).encode("utf-8").split(b" ")  # one encode, then crc32 in C per word
    th = np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words)) * _MULT
    k = max(1, min(size, len(words)))
    n = len(words) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    for j in range(k):  # polynomial rolling hash, wrapping modulo 2**64
        h = h * _BASE + th[j : j + n]
    folded = ((h >> np.uint64(32)) ^ (h & np.uint64(0xFFFFFFFF))).astype(np.uint32)
    folded.sort()
    return folded[np.r_[True, folded[1:] != folded[:-1]]]


def shingle_hashes(text: str, size: int) -> np.ndarray:
    return shingle(tokens(text), size)


@dataclass(frozen=True)
class Shingled:
    """A document reduced to what near-duplicate detection needs."""

    text_hash: str
    shingles: np.ndarray  # sorted unique uint32
    n_tokens: int


def shingled(text: str, size: int) -> Shingled:
    toks = tokens(text)
    norm = " ".join(toks)
    return Shingled(hashlib.sha256(norm.encode("utf-8")).hexdigest(), shingle(toks, size), len(toks))
