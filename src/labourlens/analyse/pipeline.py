"""Compose the analysis stages. :func:`analyse` is pure: text and metadata in, an
:class:`~labourlens.model.Analysis` out; no database, no network, no globals."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from labourlens.analyse import regex_cache

regex_cache.start()  # before the stages compile their patterns (see regex_cache)

from labourlens.analyse import (  # noqa: E402
    claims,
    dates,
    entities,
    language,
    money,
    money_local_dollars,
    money_places,
    places,
    sentences,
)
from labourlens.analyse import (  # noqa: E402
    meta as meta_stage,
)
from labourlens.model import Analysis  # noqa: E402


def analyse(text: str, meta: Mapping[str, Any] | None = None) -> Analysis:
    """Analyse one document's text. ``meta`` holds what is known about it already
    (``published``, ``language``, ``outlet``, ``title``, ``url``)."""
    if regex_cache.warming():  # the first call compiles the lazily built lexicons' patterns
        try:
            return _analyse(text, meta)
        finally:
            regex_cache.finish()
    return _analyse(text, meta)


def _analyse(text: str, meta: Mapping[str, Any] | None) -> Analysis:
    meta = dict(meta or {})
    sents = sentences.split(text)
    docmeta = meta_stage.detect(text, sents, meta)
    lang = meta.get("language") or language.detect(text)
    docmeta.language = lang
    result = Analysis(meta=docmeta, sentences=sents)
    result.paragraph_languages = language.paragraph_languages(text, lang)
    if not lang.startswith("en"):
        docmeta.notes.append(f"language '{lang}': claim analysis is available for English only so far")
        return result
    published = dates.as_date(docmeta.published)
    result.places = places.find(text, sents)
    result.amounts = money.find(text, published)
    money_places.settle(text, result.amounts, result.places, published)  # "Rs" in a report set in Multan
    money_local_dollars.settle(text, result.amounts, result.places, published)  # "$90" over a body in A$
    result.times = dates.find(text, published)
    result.entities = entities.find(text, sents)
    result.sources, result.claims = claims.extract(text, sents, docmeta)
    claims.attach_context(result)
    return result
