"""Gold files for ``labourlens eval``: reading and checking a gold file (the contract in
``eval/FORMAT.md``), and reading each document the way ingest does, with what ingest
hands the extractor beside the text."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from labourlens.errors import GoldError
from labourlens.model import INDICATORS, SPEAKER_KINDS, CapturedDoc

__all__ = ["GoldDoc", "gold_error", "load_gold", "read_text", "read_document", "extractor_inputs"]


@dataclass
class GoldDoc:
    line: int
    id: str
    path: Path
    data: dict[str, Any]

    def list(self, key: str) -> list[Any]:
        return list(self.data.get(key) or [])


def gold_error(line: int, path: Path, message: str) -> GoldError:
    return GoldError(f"{path}, line {line}: {message}; fix the gold file (its format is in the README, under labourlens eval)")


def _check_list(obj: dict[str, Any], key: str, line: int, path: Path, item: type | tuple[type, ...]) -> None:
    value = obj.get(key)
    if value is None:
        return
    if not isinstance(value, list) or not all(isinstance(v, item) for v in value):
        raise gold_error(line, path, f"'{key}' must be a list of {getattr(item, '__name__', 'objects')}")


def _check_range(value: Any, what: str, line: int, path: Path) -> None:
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int | float) for v in value)
            and value[0] <= value[1]):
        raise gold_error(line, path, f"{what} must be [min, max] numbers, got {value!r}")


def _validate(obj: Any, line: int, path: Path) -> None:
    if not isinstance(obj, dict):
        raise gold_error(line, path, "each line must be a JSON object")
    for key in ("id", "text_path"):
        if not isinstance(obj.get(key), str) or not obj[key]:
            raise gold_error(line, path, f"'{key}' is missing or not a string")
    if obj.get("meta") is not None and not isinstance(obj["meta"], dict):
        raise gold_error(line, path, "'meta' must be an object")
    for key in ("claims", "places", "amounts", "durations"):
        _check_list(obj, key, line, path, dict)
    for key in ("optional_claims", "not_claims", "unverified", "optional_places", "indicators"):
        _check_list(obj, key, line, path, str)
    for ind in obj.get("indicators") or []:
        if ind not in INDICATORS:
            raise gold_error(line, path, f"unknown indicator '{ind}' (known: {', '.join(INDICATORS)})")
    for i, c in enumerate(obj.get("claims") or [], 1):
        if not isinstance(c.get("text"), str) or not c["text"].strip():
            raise gold_error(line, path, f"claim {i} has no 'text'")
        if "speaker_kind" in c and c["speaker_kind"] not in SPEAKER_KINDS:
            raise gold_error(line, path, f"claim {i}: unknown speaker_kind {c['speaker_kind']!r}")
        for ind in c.get("indicators") or []:
            if ind not in INDICATORS:
                raise gold_error(line, path, f"claim {i}: unknown indicator '{ind}'")
        if c.get("speaker_alt") is not None and not isinstance(c["speaker_alt"], list):
            raise gold_error(line, path, f"claim {i}: 'speaker_alt' must be a list")
    for i, p in enumerate(obj.get("places") or [], 1):
        if not isinstance(p.get("name"), str):
            raise gold_error(line, path, f"place {i} has no 'name'")
    for i, a in enumerate(obj.get("amounts") or [], 1):
        if not isinstance(a.get("text"), str) or not a["text"]:
            raise gold_error(line, path, f"amount {i} has no 'text'")
        if not isinstance(a.get("currency"), str) or len(a["currency"]) != 3:
            raise gold_error(line, path, f"amount {i} needs 'currency', an ISO 4217 code such as \"USD\"")
        if a.get("value") is not None and not isinstance(a["value"], int | float):
            raise gold_error(line, path, f"amount {i} 'value' must be a number")
        for key in ("low", "high", "usd"):
            if a.get(key) is not None:
                _check_range(a[key], f"amount {i} '{key}'", line, path)
    for i, d in enumerate(obj.get("durations") or [], 1):
        if not isinstance(d.get("text"), str) or not d["text"]:
            raise gold_error(line, path, f"duration {i} has no 'text'")
        _check_range(d.get("days"), f"duration {i} 'days'", line, path)


def load_gold(gold_path: Path) -> list[GoldDoc]:
    """Parse and check a gold file; :class:`GoldError` names the line that is wrong."""
    gold_path = Path(gold_path)
    try:
        lines = gold_path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"cannot read gold file {gold_path} ({exc}); check the path") from exc
    docs: list[GoldDoc] = []
    seen: set[str] = set()
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise gold_error(n, gold_path, f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
        _validate(obj, n, gold_path)
        if obj["id"] in seen:
            raise gold_error(n, gold_path, f"duplicate document id '{obj['id']}'")
        seen.add(obj["id"])
        text_path = (gold_path.parent / obj["text_path"]).resolve()
        if not text_path.is_file():
            raise gold_error(n, gold_path, f"text_path '{obj['text_path']}' does not exist (it is relative to the "
                                      "gold file's folder)")
        docs.append(GoldDoc(n, obj["id"], text_path, obj))
    if not docs:
        raise GoldError(f"gold file {gold_path} holds no documents; add one JSON object per line")
    return docs


def read_text(path: Path) -> str:
    """The document text, read the way ingest reads it (any format ingest reads)."""
    return read_document(path).text


def read_document(path: Path) -> CapturedDoc:
    """The document as ingest captures it: text, and what the reader found beside it
    (an HTML page's site name, title and date), which ingest hands to the extractor."""
    from labourlens import settings as settings_mod
    from labourlens.capture import capture_bytes

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GoldError(f"cannot read {path} ({exc})") from exc
    rows = capture_bytes(data, str(path), settings_mod.load(), name=path.name)
    docs = [r for r in rows if r.status == "ok" and r.text and not r.container]
    if len(docs) > 1 and _is_feed(rows):
        return _joined_feed(docs)
    if docs:
        return docs[0]
    reasons = "; ".join(r.reason for r in rows if r.reason) or "no text found"
    raise GoldError(f"cannot read the text of {path.name} ({reasons})")


def _is_feed(rows: list[CapturedDoc]) -> bool:
    return any(r.container and r.reader.startswith("feed") for r in rows)


def _joined_feed(items: list[CapturedDoc]) -> CapturedDoc:
    """A feed annotated as one document (a gold line names the file, not an item): its items in order, each
    title over its text, as one text; the feed's outlet and the first item's date and link stand for it."""
    text = "\n\n".join(f"{d.title}\n\n{d.text}" if d.title else d.text for d in items)
    return replace(items[0], text=text, title=None)


def extractor_inputs(gold_meta: dict[str, Any], captured: CapturedDoc) -> dict[str, Any]:
    """What ingest would hand the extractor for this document: the reader's findings, with
    the gold's inputs (``published``, ``language``: what a user passes on ingest) first."""
    inputs: dict[str, Any] = {"outlet": captured.outlet, "title": captured.title, "url": captured.url,
                              "published": captured.published, "language": captured.language,
                              "page_title": captured.extra.get("page_title")}
    for key in ("published", "language"):
        if gold_meta.get(key):
            inputs[key] = gold_meta[key]
    return inputs
