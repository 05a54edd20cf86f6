"""Shared helpers for the attribution tests: who speaks each sentence of a text."""

from __future__ import annotations

from labourlens.analyse import sentences
from labourlens.analyse.attribution import attribute
from labourlens.model import Analysis, Source


def speakers_of(text: str, outlet: str | None = None) -> list[tuple[str, Source | None]]:
    """Each sentence's text with its source (None for the outlet's own voice)."""
    sents = sentences.split(text)
    sources, atts = attribute(text, sents, outlet)
    by_key = {s.key: s for s in sources}
    return [(s.text, by_key.get(a.source)) for s, a in zip(sents, atts, strict=True)]


def who(text: str, fragment: str, outlet: str | None = None) -> Source | None:
    """The source of the first sentence containing ``fragment``."""
    for sent, src in speakers_of(text, outlet):
        if fragment in sent:
            return src
    raise AssertionError(f"no sentence contains {fragment!r}")


def claim_speaker(text: str, part: str, meta: dict[str, str] | None = None) -> tuple[str, str | None]:
    """(kind, wording) of the source of the first claim whose text contains ``part``, through the full
    pipeline."""
    from labourlens.analyse.pipeline import analyse

    a = analyse(text, meta or {"published": "2025-03-01", "language": "en"})
    src = {s.key: s for s in a.sources}
    found = [(src[c.source].kind, src[c.source].wording) for c in a.claims if part in c.text]
    assert found, f"no claim with {part!r}"
    return found[0]


def claim_speakers(text: str, meta: dict[str, str] | None = None) -> dict[str, tuple[str | None, str]]:
    """Each claim's text with the (wording, kind) of its source, through the full pipeline."""
    from labourlens.analyse.pipeline import analyse

    a = analyse(text, meta or {"published": "2025-03-01", "language": "en"})
    out: dict[str, tuple[str | None, str]] = {}
    for c in a.claims:
        src = a.source(c.source)
        assert src is not None
        out[c.text] = (src.wording, src.kind)
    return out


def speaker_in(speakers: dict[str, tuple[str | None, str]], fragment: str) -> tuple[str | None, str]:
    """The (wording, kind) of the first claim in ``speakers`` whose text contains ``fragment``."""
    return next(v for k, v in speakers.items() if fragment in k)


def claim_sources(text: str, meta: dict[str, str] | None = None) -> dict[str, tuple[str, str | None, str]]:
    """Each claim's text with the (kind, wording, source key) of its source, through the full pipeline: the key
    tells whether two claims come from one source."""
    from labourlens.analyse.pipeline import analyse

    a = analyse(text, meta or {"published": "2025-03-01", "language": "en"})
    out: dict[str, tuple[str, str | None, str]] = {}
    for c in a.claims:
        s = a.source(c.source)
        out[c.text] = (s.kind if s else "", s.wording if s else None, c.source)
    return out


def find_claim(found: dict[str, tuple[str, str | None, str]], needle: str) -> tuple[str, str | None, str]:
    """The (kind, wording, source key) of the first claim in ``found`` whose text contains ``needle``."""
    for text, v in found.items():
        if needle in text:
            return v
    raise AssertionError(f"no claim with {needle!r}: {list(found)}")


def source_key(a: Analysis, part: str) -> str:
    """The source key of the first claim of analysis ``a`` whose text contains ``part``."""
    return next(c.source for c in a.claims if part in c.text)


def source_wording_kind(a: Analysis, part: str) -> tuple[str, str]:
    """(wording, kind) of that claim's source; the canonical name where it has no wording."""
    src = a.source(source_key(a, part))
    assert src is not None
    return src.wording or src.canonical or "", src.kind


def source_wording(a: Analysis, part: str) -> str:
    """The wording of that claim's source."""
    return source_wording_kind(a, part)[0]


def opening_speakers(text: str, width: int = 25) -> dict[str, tuple[str | None, str | None]]:
    """Each claim's first ``width`` characters with the (wording, kind) of its source, through the full pipeline with
    no metadata (the page's own voice when it has no source)."""
    from labourlens.analyse.pipeline import analyse

    a = analyse(text, {})
    out: dict[str, tuple[str | None, str | None]] = {}
    for c in a.claims:
        src = a.source(c.source)
        out[c.text[:width]] = (src.wording, src.kind) if src is not None else (None, None)
    return out
