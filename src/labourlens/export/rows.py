"""Rows of the store as CSV or JSON Lines: the columns the ``export`` and ``claims``
commands write, and the claim rows with reviewers' corrections applied."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

DOC_COLUMNS = ("id", "origin", "status", "reason", "container", "parent_id", "media_type", "reader",
               "reader_version", "captured_at", "title", "author", "outlet", "published", "language",
               "translator", "original_language", "url", "text")
CLAIM_COLUMNS = ("id", "doc_id", "idx", "text", "speaker", "speaker_kind", "source_key", "cue", "direct", "hedged",
                 "hedges", "polarity", "unconfirmed", "indicators", "places", "countries", "event_time",
                 "published", "outlet", "title", "origin", "independent_origins")


def flat(row: dict[str, Any], columns: Iterable[str]) -> dict[str, Any]:
    """``row`` restricted to ``columns``, with list values joined by ``"; "`` for a CSV cell."""
    out = {}
    for c in columns:
        v = row.get(c)
        out[c] = "; ".join(str(x) for x in v) if isinstance(v, list) else v
    return out


def write_rows(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], fmt: str, fh: TextIO) -> int:
    """Write ``rows`` to ``fh`` as ``csv`` (with a header) or JSON Lines; returns the row count."""
    n = 0
    if fmt == "csv":
        writer = csv.DictWriter(fh, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(flat(row, columns))
            n += 1
    else:
        for row in rows:
            fh.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False, default=str) + "\n")
            n += 1
    return n


def with_reviews(store: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claim rows with reviewers' corrections applied and their ``review_status``
    (``unreviewed``, ``accepted``, ``rejected``, ``corrected``), as the web exports give them."""
    from labourlens import review

    with store.engine.connect() as conn:
        found = review.states(conn, [r["id"] for r in rows])
    return [review.apply_state(r, found.get(r["id"])) for r in rows]
