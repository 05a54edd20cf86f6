"""Ingest orchestration: expand inputs, capture, analyse, store, then run the
post-ingest hooks (the linker registers one).

One bad input never stops the batch: capture turns it into a ``failed`` or
``skipped`` record with a reason, and an unexpected error while analysing one
document is recorded on that document's row. Reading and analysing may run in a
process pool (``workers`` > 1); only the main process writes to the store."""

from __future__ import annotations

import importlib
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from typing import Any, BinaryIO

from labourlens.model import Analysis, CapturedDoc
from labourlens.settings import Settings
from labourlens.store import Store

log = logging.getLogger(__name__)

# Functions called after a batch with (store, new_doc_ids), as "module:function".
# A hook whose module is not installed is skipped; plug-ins add theirs by passing
# ``hooks=`` to :func:`ingest`.
POST_INGEST_HOOKS: tuple[str, ...] = ("labourlens.link:on_ingest",)

BATCH_SECONDS = 0.5  # longest a stored document waits for its batch to commit


@dataclass
class IngestItem:
    doc_id: str
    origin: str
    outcome: str  # stored, already stored, failed, skipped
    reason: str | None = None
    container: bool = False
    title: str | None = None


@dataclass
class IngestReport:
    items: list[IngestItem] = field(default_factory=list)
    hook_errors: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        c = Counter(i.outcome for i in self.items if not i.container or i.outcome in ("failed", "skipped"))
        return {k: c.get(k, 0) for k in ("stored", "already stored", "failed", "skipped")}

    @property
    def new_doc_ids(self) -> list[str]:
        return [i.doc_id for i in self.items if i.outcome == "stored" and not i.container]

    @property
    def failed(self) -> list[IngestItem]:
        return [i for i in self.items if i.outcome == "failed"]

    @property
    def exit_code(self) -> int:
        """0 when nothing failed (skipped inputs are reported but are not failures), else 1."""
        return 1 if self.failed else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": self.counts(),
            "documents": [asdict(i) for i in self.items],
            "hook_errors": list(self.hook_errors),
            "exit_code": self.exit_code,
        }


Progress = Callable[[IngestItem, int, int], None]
"""Called after each document is saved with (item, inputs done, inputs in total)."""


def analyse_doc(doc: CapturedDoc) -> tuple[CapturedDoc, Analysis | None]:
    """Analyse a captured document when it is an ok, non-container document with text.

    An unexpected error in the analysis marks the document failed with the reason
    (the batch goes on; running ingest again retries it)."""
    if doc.status != "ok" or doc.container or not doc.text.strip():
        return doc, None
    meta = {"published": doc.published, "language": doc.language, "outlet": doc.outlet, "title": doc.title,
            "url": doc.url, "page_title": doc.extra.get("page_title")}
    try:
        return doc, _pipeline()(doc.text, meta)
    except Exception as exc:  # noqa: BLE001 - one document's analysis bug must not stop the batch
        log.exception("analysis failed for %s", doc.origin)
        reason = f"analysis failed ({type(exc).__name__}: {exc}); please report this as a bug"
        return replace(doc, status="failed", reason=reason), None


def _pipeline() -> Callable[[str, Mapping[str, Any]], Analysis]:
    """The analysis function ingest runs (tests replace it with a fake)."""
    from labourlens.analyse.pipeline import analyse

    return analyse


def _capture_and_analyse(
    ref: Any, settings: Settings, defaults: Mapping[str, str | None]
) -> list[tuple[CapturedDoc, Analysis | None]]:
    """Work for one input in a worker process: capture, then analyse each document."""
    from labourlens import capture

    return [analyse_doc(doc) for doc in capture.capture_input(ref, settings, defaults=defaults)]


def _hooks(names: Sequence[str]) -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for name in names:
        module_name, _, attr = name.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue  # the plug-in is not installed
            raise
        fn = getattr(module, attr, None)
        if callable(fn):
            found.append((name, fn))
    return found


def run_hooks(store: Store, new_doc_ids: list[str], names: Sequence[str] | None = None) -> list[str]:
    """Call each post-ingest hook; returns one message per hook that raised (stored data is kept)."""
    errors = []
    for name, fn in _hooks(POST_INGEST_HOOKS if names is None else names):
        try:
            fn(store, new_doc_ids)
        except Exception as exc:  # noqa: BLE001 - documents are stored; report and go on
            log.exception("post-ingest hook %s failed", name)
            errors.append(f"{name} failed: {type(exc).__name__}: {exc} (run `labourlens link` to retry)")
    return errors


def _single(
    refs: Sequence[Any], store: Store, settings: Settings, defaults: Mapping[str, str | None],
    transport: Any, stdin: BinaryIO | None,
) -> Iterator[tuple[int, list[tuple[CapturedDoc, Analysis | None]]]]:
    from labourlens import capture

    for n, ref in enumerate(refs, 1):
        docs = capture.capture_input(ref, settings, defaults=defaults, transport=transport, stdin=stdin)
        # Skip the analysis of what is stored already: a re-run after a crash is fast.
        known = store.known(d.id for d in docs)
        yield n, [(d, None) if d.id in known else analyse_doc(d) for d in docs]


def _pooled(
    refs: Sequence[Any], settings: Settings, defaults: Mapping[str, str | None], workers: int,
    transport: Any, stdin: BinaryIO | None,
) -> Iterator[tuple[int, list[tuple[CapturedDoc, Analysis | None]]]]:
    from labourlens import capture

    in_main = [transport is not None or getattr(r, "kind", None) == "stdin" for r in refs]
    local = [r for r, here in zip(refs, in_main, strict=True) if here]
    remote = [r for r, here in zip(refs, in_main, strict=True) if not here]
    n = 0
    for ref in local:
        n += 1
        docs = capture.capture_input(ref, settings, defaults=defaults, transport=transport, stdin=stdin)
        yield n, [analyse_doc(d) for d in docs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_capture_and_analyse, ref, settings, dict(defaults)) for ref in remote]
        for fut in futures:
            n += 1
            yield n, fut.result()


def ingest(
    inputs: Sequence[Any],
    store: Store,
    settings: Settings,
    *,
    defaults: Mapping[str, str | None] | None = None,
    progress: Progress | None = None,
    transport: Any = None,
    stdin: BinaryIO | None = None,
    workers: int = 1,
    hooks: Sequence[str] | None = None,
    batch: int = 32,
) -> IngestReport:
    """Capture, analyse and store every document found in ``inputs`` (paths,
    folders, glob patterns, ``-`` for ``stdin``, http(s) URLs, or
    :class:`~labourlens.capture.InputRef` objects, e.g. a file with the origin to record).

    ``defaults`` (published, outlet, language) fill metadata the documents do not
    carry. Documents are written whole, up to ``batch`` of them (or what arrives in
    half a second) per transaction, so an interrupted run keeps what it committed, never
    part of a document, and a re-run completes the rest."""
    from labourlens import capture

    defaults = {k: v for k, v in (defaults or {}).items() if v}
    refs = capture.expand_inputs(list(inputs))
    report = IngestReport()
    total = len(refs)
    batches = (
        _pooled(refs, settings, defaults, workers, transport, stdin)
        if workers > 1 and total > 1
        else _single(refs, store, settings, defaults, transport, stdin)
    )
    pending: list[tuple[CapturedDoc, Analysis | None, int]] = []
    started = time.monotonic()

    def flush() -> None:
        outcomes = store.save_many([(doc, analysis) for doc, analysis, _ in pending])
        for (doc, analysis, done), outcome in zip(pending, outcomes, strict=True):
            reason = doc.reason if outcome in ("failed", "skipped") else None
            title = doc.title or (analysis.meta.title if analysis is not None else None)
            item = IngestItem(doc.id, doc.origin, outcome, reason, doc.container, title)
            report.items.append(item)
            if progress is not None:
                progress(item, done, total)
        pending.clear()

    for done, pairs in batches:
        for doc, analysis in pairs:
            if not pending:
                started = time.monotonic()
            pending.append((doc, analysis, done))
            if len(pending) >= batch or time.monotonic() - started > BATCH_SECONDS:
                flush()
    if pending:
        flush()
    if report.new_doc_ids:
        report.hook_errors = run_hooks(store, report.new_doc_ids, POST_INGEST_HOOKS if hooks is None else hooks)
    return report
