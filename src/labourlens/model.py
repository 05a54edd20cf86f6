"""The core vocabulary as plain, picklable dataclasses.

Readers produce :class:`ReadDoc` values, capture wraps them with provenance into
:class:`CapturedDoc`, analysis produces an :class:`Analysis`, and the store writes
them. Every extracted value keeps its character span into the document text and
the versioned name of the rule or extractor that produced it (``money.v1``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

# ---------------------------------------------------------------- vocabulary

INDICATORS: tuple[str, ...] = (
    "abuse_of_vulnerability",
    "deception",
    "restriction_of_movement",
    "isolation",
    "physical_and_sexual_violence",
    "intimidation_and_threats",
    "retention_of_identity_documents",
    "withholding_of_wages",
    "debt_bondage",
    "abusive_working_and_living_conditions",
    "excessive_overtime",
)

SpeakerKind = Literal["anonymous_source", "named_person", "organization", "official", "outlet", "document"]
SPEAKER_KINDS: tuple[str, ...] = (
    "anonymous_source",
    "named_person",
    "organization",
    "official",
    "outlet",
    "document",
)
Polarity = Literal["affirmed", "negated"]
PlaceLevel = Literal["country", "admin1", "city", "border", "facility", "other"]
Precision = Literal["day", "month", "year", "decade", "unknown"]


# ---------------------------------------------------------------- reading


@dataclass
class ReadDoc:
    """One document found by a reader in some input bytes.

    ``raw`` is the document's own original bytes when it is a record inside a
    container (a feed entry, a WARC record, a JSON Lines row); ``None`` means the
    whole input is this document. ``locator`` names the record inside the
    container (entry link, WARC target URI, ``line 3``)."""

    text: str
    media_type: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date or datetime as found
    language: str | None = None
    url: str | None = None
    captured_at: str | None = None  # ISO UTC, when the container records it (WARC-Date)
    raw: bytes | None = None
    locator: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Member:
    """A file inside an archive; capture reads it recursively with its own bytes."""

    name: str
    data: bytes


@dataclass
class ReadOptions:
    name: str | None = None  # file name or URL, for the format guess
    content_type: str | None = None  # HTTP Content-Type, when fetched
    max_bytes: int = 50 * 1024 * 1024
    max_expanded_bytes: int = 500 * 1024 * 1024
    max_archive_members: int = 10_000


# ---------------------------------------------------------------- capture


@dataclass
class CapturedDoc:
    """A document with provenance, ready to analyse and store.

    ``id`` is the sha256 of ``original`` (the bytes it came from). ``status`` is
    ``stored`` material (``ok``) or a ``failed``/``skipped`` record with a reason;
    failed records carry the sha256 of what bytes there were, or of the origin when
    there were none (a missing path, a dead URL)."""

    id: str
    origin: str
    captured_at: str  # ISO 8601 UTC
    reader: str  # "html.v1"
    reader_version: str
    media_type: str | None
    original: bytes | None
    status: Literal["ok", "failed", "skipped"] = "ok"
    reason: str | None = None
    text: str = ""
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    parent_id: str | None = None
    container: bool = False  # a feed, WARC, JSON Lines file or archive whose records are documents
    extra: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------- analysis


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0
    kind: str = "body"  # body, headline, byline, caption, chrome, contact, meta, dateline
    unconfirmed: bool = False  # the sentence says something could not be verified
    quote: int | None = None  # id of the quotation (within the document) the sentence belongs to


@dataclass
class Source:
    """A speaker in one document. ``key`` is stable within the document
    (``S1``, ``S2``...; ``OUTLET`` for the page's own voice)."""

    key: str
    wording: str | None
    kind: str  # one of SPEAKER_KINDS
    canonical: str | None = None  # a named person's or organisation's name
    location: str | None = None  # ISO country code from qualifiers ("China-based" -> CN)
    affiliation: str | None = None
    relay: str | None = None  # "Yonhap" in "Yonhap reported, citing a source in Dandong"
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class IndicatorHit:
    indicator: str  # one of INDICATORS
    rule: str  # rule id from the lexicon, e.g. "FL03.confined"
    start: int
    end: int
    cue: str


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    name: str  # canonical English name
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None
    level: str  # PlaceLevel
    lat: float | None
    lon: float | None
    gazetteer_id: str
    precision: str = "exact"
    extractor: str = "places.v1"


@dataclass
class Amount:
    start: int
    end: int
    text: str
    currency: str | None  # ISO 4217
    value: float | None = None
    low: float | None = None
    high: float | None = None
    per: str | None = None  # day, week, month, year, hour, person...
    stated_usd: float | None = None  # a conversion the text gives ("[USD 1.41]")
    stated_text: str | None = None
    usd: float | None = None  # normalised value (or midpoint of the range)
    usd_low: float | None = None
    usd_high: float | None = None
    fx_rate: float | None = None  # units of currency per 1 USD
    fx_date: str | None = None
    fx_source: str | None = None
    fx_note: str | None = None  # why there is no USD value
    kind: str = "money"  # money or percent
    extractor: str = "money.v1"


@dataclass
class TimeMention:
    start: int
    end: int
    text: str
    kind: str  # date, duration, relative
    date: str | None = None  # resolved ISO date (start of the period)
    date_end: str | None = None
    precision: str = "unknown"
    days_low: float | None = None  # for durations
    days_high: float | None = None
    extractor: str = "time.v1"


@dataclass
class EntityMention:
    start: int
    end: int
    text: str
    type: str  # organization, person, outlet, state_body, facility
    name: str
    role: str | None = None  # employer, dispatching_company, state_body, outlet
    extractor: str = "entities.v1"


@dataclass
class Claim:
    index: int
    sentence: int  # sentence index
    start: int
    end: int
    text: str
    source: str  # Source.key
    cue: str | None = None  # "told", "said", "according to"
    direct: bool = False  # direct quotation
    hedges: list[str] = field(default_factory=list)
    hedged: bool = False
    polarity: str = "affirmed"
    unconfirmed: bool = False
    future: bool = False
    indicators: list[IndicatorHit] = field(default_factory=list)
    mechanisms: list[str] = field(default_factory=list)
    event_time: str | None = None
    event_precision: str | None = None
    topics: list[str] = field(default_factory=list)
    extractor: str = "claims.v1"


@dataclass
class DocMeta:
    outlet: str | None = None
    translator: str | None = None
    original_language: str | None = None
    language: str | None = None
    published: str | None = None
    published_precision: str | None = None
    title: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class Analysis:
    meta: DocMeta
    sentences: list[Sentence] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    paragraph_languages: list[tuple[int, str]] = field(default_factory=list)
    version: str = "analysis.v1"

    def indicators(self) -> list[str]:
        """Indicator ids supported by affirmed claims, in the canonical order."""
        found = {h.indicator for c in self.claims if c.polarity == "affirmed" for h in c.indicators}
        return [i for i in INDICATORS if i in found]

    def source(self, key: str) -> Source | None:
        return next((s for s in self.sources if s.key == key), None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
