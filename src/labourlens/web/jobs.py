"""Ingest from the browser: uploaded files and pasted URLs are ingested by
:func:`labourlens.ingest.ingest` in a background thread; the page polls the job.

Uploads are size-limited and type-checked with the formats registry before a job
starts; each job writes its files to its own temporary folder, removed afterwards.
Jobs are recorded in the store (``ingest_jobs``: who asked, what, each document's
outcome), so their history survives a restart; a job cut off by a restart is marked
as interrupted."""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from labourlens import formats
from labourlens.capture import InputRef
from labourlens.errors import LabourlensError, ReadError, UsageError
from labourlens.settings import Settings
from labourlens.store import schema as t

if TYPE_CHECKING:  # pragma: no cover
    from labourlens.store import Store

MAX_URLS = 50
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


INTERRUPTED = "interrupted: the app stopped before this job finished; ingest the files again"
UPLOAD_PREFIX = "upload:"  # origin of an uploaded file: "upload:<its file name>"


@dataclass
class Job:
    id: str
    inputs: list[Any]  # paths and URLs, or InputRefs for uploaded files
    labels: list[str]
    state: str = "queued"  # queued, running, done, error
    done: int = 0
    total: int = 0
    items: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    started: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    finished: str | None = None
    requested_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        failed = [i for i in self.items if i["outcome"] in ("failed", "skipped")]
        stored = [i for i in self.items if i["outcome"] == "stored" and not i["container"]]
        return {
            "id": self.id, "state": self.state, "done": self.done, "total": self.total, "inputs": self.labels,
            "items": self.items, "stored": len(stored), "failed": failed, "error": self.error,
            "started": self.started, "finished": self.finished, "requested_by": self.requested_by,
        }

    def row(self) -> dict[str, Any]:
        """The job as a row of ``ingest_jobs``."""
        return {"id": self.id, "state": self.state, "requested_by": self.requested_by, "labels": self.labels,
                "items": self.items, "done": self.done, "total": self.total, "error": self.error,
                "started": self.started, "finished": self.finished}

    @classmethod
    def from_row(cls, row: Any) -> Job:
        return cls(row.id, [], list(row.labels or []), row.state, row.done, row.total, list(row.items or []),
                   row.error, row.started, row.finished, row.requested_by)


def safe_name(name: str) -> str:
    """A file name that cannot leave its folder (keeps the extension for the format guess)."""
    base = Path(name.replace("\\", "/")).name
    cleaned = _SAFE.sub("_", base).strip("._") or "upload"
    return cleaned[-120:]


def check_upload(name: str, data: bytes, max_bytes: int) -> str:
    """The reader that would read ``data``; raises UsageError when it is too big or of no known type."""
    if len(data) > max_bytes:
        raise UsageError(f"{name} is {len(data)/1e6:.1f} MB; the limit is {max_bytes/1e6:.1f} MB")
    try:
        module = formats.choose(data, name=name)
    except ReadError as exc:
        raise UsageError(f"{name}: {exc.message}") from exc
    return str(module.NAME)


def check_urls(text: str) -> list[str]:
    urls = [u.strip() for u in text.split() if u.strip()]
    bad = [u for u in urls if not re.match(r"^https?://[^\s/]+", u)]
    if bad:
        raise UsageError(f"not http(s) URLs: {', '.join(bad[:5])}")
    if len(urls) > MAX_URLS:
        raise UsageError(f"paste at most {MAX_URLS} URLs at a time")
    return urls


IngestFn = Callable[..., Any]


class JobManager:
    """Runs ingest jobs one at a time in background threads (the store has one writer)."""

    def __init__(self, store: Store, settings: Settings, ingest_fn: IngestFn | None = None,
                 on_done: Callable[[], None] | None = None) -> None:
        self.store = store
        self._on_done = on_done
        self.settings = settings
        self._ingest = ingest_fn
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._writer = threading.Lock()
        self._threads: list[threading.Thread] = []

        self._interrupted()

    # Jobs are kept in the store's ``ingest_jobs`` table; the ones running in this process
    # are also held in memory, where their progress is current.

    def _save(self, job: Job) -> None:
        table = t.ingest_jobs
        with self.store.engine.begin() as conn:
            if conn.execute(sa.select(table.c.id).where(table.c.id == job.id)).first() is None:
                conn.execute(table.insert().values(**job.row()))
            else:
                conn.execute(table.update().where(table.c.id == job.id).values(**job.row()))

    def _interrupted(self) -> None:
        """Jobs left queued or running by an app that stopped are marked as errors."""
        table = t.ingest_jobs
        with self.store.engine.begin() as conn:
            conn.execute(table.update().where(table.c.state.in_(("queued", "running"))).values(
                state="error", error=INTERRUPTED,
                finished=datetime.now(UTC).isoformat(timespec="seconds")))

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            live = self._jobs.get(job_id)
        if live is not None:
            return live
        table = t.ingest_jobs
        with self.store.engine.connect() as conn:
            row = conn.execute(sa.select(table).where(table.c.id == job_id)).first()
        return Job.from_row(row) if row is not None else None

    def recent(self, limit: int = 10) -> list[Job]:
        """The latest jobs, newest first."""
        table = t.ingest_jobs
        with self.store.engine.connect() as conn:
            rows = conn.execute(sa.select(table).order_by(table.c.started.desc(), table.c.id).limit(limit)).all()
        with self._lock:
            live = dict(self._jobs)
        return [live.get(r.id) or Job.from_row(r) for r in rows]

    def start(self, files: Sequence[tuple[str, bytes]], urls: Sequence[str],
              requested_by: str | None = None) -> Job:
        if not files and not urls:
            raise UsageError("choose at least one file or paste at least one URL")
        folder = Path(tempfile.mkdtemp(prefix="labourlens-upload-"))
        inputs: list[Any] = []
        labels: list[str] = []
        used: set[str] = set()
        for name, data in files:
            fname = safe_name(name)
            while fname in used:
                fname = "_" + fname
            used.add(fname)
            path = folder / fname
            path.write_bytes(data)
            inputs.append(InputRef("file", str(path), origin=f"{UPLOAD_PREFIX}{name}"))
            labels.append(name)
        inputs.extend(urls)
        labels.extend(urls)
        job = Job(uuid.uuid4().hex, inputs, labels, total=len(inputs), requested_by=requested_by)
        self._save(job)
        with self._lock:
            self._jobs[job.id] = job
        thread = threading.Thread(target=self._run, args=(job, folder), name=f"ingest-{job.id[:8]}", daemon=True)
        self._threads.append(thread)
        thread.start()
        return job

    def _run(self, job: Job, folder: Path) -> None:
        from labourlens import ingest as ingest_mod

        ingest_fn = self._ingest or ingest_mod.ingest

        def progress(item: Any, done: int, total: int) -> None:
            job.done, job.total = done, max(total, job.total)
            origin = item.origin.removeprefix(UPLOAD_PREFIX)
            job.items.append({"doc_id": item.doc_id, "origin": origin, "outcome": item.outcome,
                              "reason": item.reason, "container": item.container, "title": item.title})

        try:
            with self._writer:
                job.state = "running"
                self._save(job)
                ingest_fn(job.inputs, self.store, self.settings, progress=progress)
            job.state = "done"
        except LabourlensError as exc:
            job.state, job.error = "error", exc.message
        except Exception as exc:  # noqa: BLE001 - the job reports any failure to the page
            job.state, job.error = "error", f"{type(exc).__name__}: {exc}"
        finally:
            job.finished = datetime.now(UTC).isoformat(timespec="seconds")
            shutil.rmtree(folder, ignore_errors=True)
            try:
                self._save(job)
            except Exception as exc:  # noqa: BLE001 - the job's outcome stays visible in memory
                job.error = (job.error or "") + f" (its record could not be saved: {type(exc).__name__})"
            else:
                with self._lock:
                    self._jobs.pop(job.id, None)
        if self._on_done is not None and job.state == "done":
            try:
                self._on_done()
            except Exception:  # noqa: BLE001 - a failed warm-up only makes the next page slower
                pass

    def wait(self, timeout: float = 60.0) -> None:
        """Wait for every started job (tests and shutdown)."""
        for thread in list(self._threads):
            thread.join(timeout)
