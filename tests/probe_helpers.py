"""Helpers shared by the probe tests (``tests/test_probe_*.py``): run the pipeline on a text written for a test and
read back the speaker of a claim, or the indicators of a sentence set after a lead that puts it in a report about
workers."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.model import Analysis, Claim, Source

META = {"published": "2025-03-01", "language": "en"}
# a first paragraph that makes the report one about migrant workers, so that the sentence under test is analysed
LEAD = "Migrant workers at the Kestrel Timber yard in Khabarovsk described their conditions.\n\n"


def speaker(text: str, frag: str, meta: dict[str, str] | None = None) -> tuple[str | None, str | None, str]:
    """(wording, kind, source key) of the speaker of the first claim that holds ``frag``."""
    a = analyse(text, meta or META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    return (s.wording if s else None), (s.kind if s else None), c.source


def indicators(sentence: str) -> set[str]:
    """The indicators of the claims that open with ``sentence`` after :data:`LEAD`."""
    a = analyse(LEAD + sentence, META)
    return {h.indicator for c in a.claims if c.text.startswith(sentence[:20]) for h in c.indicators}


def polarity_and_indicators(text: str, opening: str) -> tuple[str, set[str]]:
    """(polarity, indicators) of the first claim of ``text`` that opens with ``opening``."""
    a = analyse(text, META)
    c = next(c for c in a.claims if c.text.startswith(opening))
    return c.polarity, {h.indicator for h in c.indicators}


def lexicon_indicators(sentence: str) -> set[str]:
    """The indicators the lexicon finds in one sentence on its own, before the claim stage (no report around it)."""
    from labourlens.analyse import indicators as lexicon  # noqa: PLC0415 - only the lexicon probes need it

    return {h.indicator for h in lexicon.match(sentence, 0).hits}


def speakers_by_opening(text: str, width: int = 30, meta: dict[str, str] | None = None) -> dict[str, tuple[str | None, str | None]]:
    """The opening ``width`` characters of each claim of ``text`` -> (wording, kind) of its speaker."""
    a = analyse(text, meta or META)
    out = {}
    for c in a.claims:
        s = a.source(c.source)
        out[c.text[:width]] = (s.wording if s else None, s.kind if s else None)
    return out


def claim_with(a: Analysis, words: str) -> Claim:
    """The first claim of ``a`` whose text holds ``words``."""
    return next(c for c in a.claims if words in c.text)


def source_of(a: Analysis, words: str) -> Source:
    """The source of the first claim of ``a`` whose text holds ``words``."""
    s = a.source(claim_with(a, words).source)
    assert s is not None
    return s


def wording_and_kind(a: Analysis, words: str) -> tuple[str | None, str | None]:
    """The wording (else the canonical name) and the kind of the source of the first claim holding ``words``."""
    s = source_of(a, words)
    return s.wording or s.canonical, s.kind


SpeakerRow = tuple[str, "str | None", str, str]
ClaimRow = tuple[str, str, "str | None", "str | None"]


def claim_rows(text: str, meta: dict[str, str] | None = None) -> list[ClaimRow]:
    """(claim text, source key, wording, kind) of every claim of ``text``, in text order."""
    a = analyse(text, META if meta is None else meta)
    out: list[ClaimRow] = []
    for c in a.claims:
        s = a.source(c.source)
        out.append((c.text, c.source, s.wording if s else None, s.kind if s else None))
    return out


def claim_row(rows: list[ClaimRow], words: str) -> ClaimRow:
    """The first of ``rows`` (from :func:`claim_rows`) whose claim text holds ``words``."""
    return next(r for r in rows if words in r[0])


def speaker_rows(text: str) -> list[SpeakerRow]:
    """(source key, wording, kind, claim text) of every claim of ``text``, analysed with no metadata."""
    a = analyse(text, {})
    srcs = {s.key: s for s in a.sources}
    return [(c.source, srcs[c.source].wording, srcs[c.source].kind, c.text) for c in a.claims]


def row_with(rows: list[SpeakerRow], needle: str) -> SpeakerRow:
    """The first row whose claim text holds ``needle``."""
    return next(r for r in rows if needle in r[3])


def speakers_by_claim(text: str, meta: dict[str, str] | None = None,
                      canonical: bool = False) -> dict[str, tuple[str | None, str]]:
    """Claim text -> (wording, kind) of its speaker for every claim of ``text`` (``(None, "outlet")`` where the page
    itself speaks), analysed with ``meta`` (no metadata by default); ``canonical``: the canonical name before the
    wording."""
    a = analyse(text, meta or {})
    names = {s.key: ((s.canonical or s.wording) if canonical else s.wording, s.kind) for s in a.sources}
    return {c.text: names.get(c.source, (None, "outlet")) for c in a.claims}


def speaker_of(speakers: dict[str, tuple[str | None, str]], words: str) -> tuple[str | None, str]:
    """The (wording, kind) of :func:`speakers_by_claim` for the first claim whose text holds ``words``."""
    return speakers[next(k for k in speakers if words in k)]


def wordings_by_claim(text: str, meta: dict[str, str] | None = None) -> dict[str, str | None]:
    """Claim text -> the wording of its speaker (None where the page itself speaks), analysed with no metadata by
    default."""
    return {claim: wording for claim, (wording, _kind) in speakers_by_claim(text, meta).items()}
