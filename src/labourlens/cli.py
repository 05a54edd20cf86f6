"""The ``labourlens`` command line: thin Typer commands over the library.

Each command parses its options, calls one library function and renders the result
(rich for people, ``--json`` / ``--format`` for scripts). Library errors become a
one-line message and their exit code. Optional plug-ins (``labourlens.link.commands``,
``labourlens.web.commands``) add their commands through ``register(app)``."""

from __future__ import annotations

import functools
import importlib
import json
import sys
from collections.abc import Callable, Iterable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from labourlens import __version__, render
from labourlens import settings as settings_mod
from labourlens.errors import LabourlensError, UsageError
from labourlens.export import rows as rows_mod
from labourlens.settings import Settings

PLUGINS: tuple[str, ...] = ("labourlens.link.commands", "labourlens.web.commands")

app = typer.Typer(
    name="labourlens",
    help="Turn reports about forced labour into evidence people can cite.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

F = TypeVar("F", bound=Callable[..., Any])


def _out() -> Console:
    return Console(highlight=False)


def _err() -> Console:
    return Console(stderr=True, highlight=False)


def _echo_json(value: Any) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def handle_errors(fn: F) -> F:
    """Turn a :class:`LabourlensError` into a one-line message and its exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except LabourlensError as exc:
            typer.echo(f"Error: {exc.message}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("Interrupted: what was stored is kept; run the same command again to finish.", err=True)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


class State:
    def __init__(self, db: str | None) -> None:
        self.db = db
        self.settings: Settings = settings_mod.load(db=db)

    def store(self) -> Any:
        from labourlens.store import open_store

        return open_store(self.db, self.settings)


def _state(ctx: typer.Context) -> State:
    obj = ctx.find_root().obj
    if not isinstance(obj, State):
        obj = State(None)
        ctx.find_root().obj = obj
    return obj


def _version(value: bool) -> None:
    if value:
        typer.echo(f"labourlens {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option("--db", help="Database file or URL (default: LABOURLENS_DB, "
                                                        "else labourlens.db here).")] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn reports about forced labour into evidence people can cite."""
    ctx.obj = State(db)


def _check_date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} wants a date like 2024-03-05 (got {value!r})") from None
    return value


# ------------------------------------------------------------------ ingest


@app.command()
@handle_errors
def ingest(
    ctx: typer.Context,
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, glob patterns, URLs, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for reports "
                                                       "that do not carry one.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet for reports that do not name one.")] = None,
    language: Annotated[str | None, typer.Option(help="Language code (en, ko...) for reports "
                                                      "that do not declare one.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary and failures.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON report.")] = False,
    workers: Annotated[int | None, typer.Option(min=1, help="Processes that read and analyse "
                                                             "(default: LABOURLENS_WORKERS).")] = None,
) -> None:
    """Capture, analyse and store reports. Exit 0 when nothing failed, 1 when some did."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from labourlens.ingest import IngestItem
    from labourlens.ingest import ingest as run_ingest

    state = _state(ctx)
    defaults = {"published": _check_date(published, "--published"), "outlet": outlet,
                "language": language.lower() if language else None}
    store = state.store()
    out = _out()
    show_bar = not (quiet or as_json) and out.is_terminal
    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=out, transient=True, disable=not show_bar)
    task = bar.add_task("ingesting", total=None)

    def progress(item: IngestItem, done: int, total: int) -> None:
        bar.update(task, completed=done, total=total, description=f"ingesting {Path(item.origin).name[:40]}")
        if as_json or (quiet and item.outcome not in ("failed",)) or item.container:
            return
        style = {"stored": "green", "already stored": "dim", "failed": "red", "skipped": "yellow"}[item.outcome]
        line = f"{item.outcome:<15} {item.doc_id[:10]}  {item.origin}"
        if item.reason:
            line += f": {item.reason}"
        bar.console.print(line, style=style, markup=False, soft_wrap=True)

    with bar:
        report = run_ingest(inputs, store, state.settings, defaults=defaults, progress=progress,
                            stdin=sys.stdin.buffer if "-" in inputs else None,
                            workers=workers or int(state.settings.workers))
    store.close()
    if as_json:
        _echo_json(report.to_dict())
    else:
        c = report.counts()
        out.print(f"stored {c['stored']}, already stored {c['already stored']}, failed {c['failed']}, "
                  f"skipped {c['skipped']}", markup=False)
        for message in report.hook_errors:
            _err().print(f"warning: {message}", markup=False)
    raise typer.Exit(report.exit_code)


# ------------------------------------------------------------------ status, show, search


@app.command()
@handle_errors
def status(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Counts by status, format, outlet and language; failures with their reasons."""
    with _state(ctx).store() as store:
        result = store.status()
    if as_json:
        _echo_json(result)
    else:
        _out().print(render.status_view(result))


def _link_info(store: Any, doc_id: str) -> tuple[list[Any], Any]:
    """Copies and origin from the linker, when it is installed."""
    try:
        link = importlib.import_module("labourlens.link")
    except ImportError:
        return [], None
    copies_of, origin_of = getattr(link, "copies_of", None), getattr(link, "origin_of", None)
    try:
        copies = list(copies_of(store, doc_id)) if callable(copies_of) else []
        origin = origin_of(store, doc_id) if callable(origin_of) else None
    except Exception as exc:  # noqa: BLE001 - linking is extra information; the document still shows
        _err().print(f"warning: copies and origin unavailable ({type(exc).__name__}: {exc})", markup=False)
        return [], None
    return copies, origin


def _plain(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else str(value)


def _container_of(store: Any, row: dict[str, Any]) -> str | None:
    """``archive.warc.gz (b93766...)``: the origin of the feed, archive or WARC file the
    document came out of, so that provenance reads without looking the parent id up."""
    parent = row.get("parent_id")
    if not parent:
        return None
    try:
        origin = store.document(str(parent))["origin"]
    except LabourlensError:
        return None
    return f"{origin} ({str(parent)[:12]})"


@app.command()
@handle_errors
def show(
    ctx: typer.Context,
    doc: Annotated[str, typer.Argument(help="Document id or its first characters.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the document and its analysis as JSON.")] = False,
) -> None:
    """Metadata, provenance and text of one document, with its analysis highlighted."""
    with _state(ctx).store() as store:
        row = store.document(doc)
        analysis = store.analysis(row["id"]) if row["analysis_version"] else None
        copies, origin = _link_info(store, row["id"])
        inside = _container_of(store, row)
    if as_json:
        _echo_json({"document": row, "analysis": analysis.to_dict() if analysis else None,
                    "copies": [_plain(c) for c in copies], "origin": _plain(origin) if origin else None})
        return
    out = _out()
    out.rule(row.get("title") or row["origin"], style="bold")
    out.print(render.metadata_table({**row, "inside": inside}))
    if origin:
        out.print(f"origin attributed in the text: {origin}", markup=False)
    if copies:
        out.print(f"copies of this story ({len(copies)}):", markup=False)
        for c in copies:
            title = getattr(c, "title", None)
            out.print(f"  {c}" + (f"  {title}" if title else ""), markup=False, soft_wrap=True)
    if row["container"]:
        out.print(f"container with {row['children']} documents", markup=False)
    if row["text"]:
        if analysis is not None:
            out.print(render.legend())
        out.rule()
        out.print(render.highlight(row["text"], analysis))
        out.rule()
    if analysis is not None:
        for note in analysis.meta.notes:
            out.print(f"note: {note}", markup=False)
        if analysis.claims:
            out.print(render.claims_view(render.analysis_claims(analysis, row["id"]), out.width, title="Claims",
                                         show_doc=False))
        if analysis.places or analysis.amounts or analysis.times:
            out.print(render.mentions_table(analysis))


@app.command()
@handle_errors
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help='Words that must all appear; "quoted phrases"; OR.')],
    limit: Annotated[int, typer.Option(min=1, help="Most documents shown.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Full-text search over document text, ranked, with snippets."""
    with _state(ctx).store() as store:
        hits = store.search(text, limit=limit)
    if as_json:
        _echo_json([{**h, "snippet": render.plain_snippet(str(h["snippet"] or ""))} for h in hits])
    elif not hits:
        _out().print(f"no document matches {text!r}", markup=False)
    else:
        _out().print(render.search_table(hits))


# ------------------------------------------------------------------ export, claims, sources


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


class ExportWhat(StrEnum):
    documents = "documents"
    claims = "claims"


class TableFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
@handle_errors
def export(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option("--format", help="jsonl or csv.")] = ExportFormat.jsonl,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    what: Annotated[ExportWhat, typer.Option("--what", help="documents or claims.")] = ExportWhat.documents,
) -> None:
    """Export documents (with provenance and text) or claims as JSON Lines or CSV."""
    with _state(ctx).store() as store:
        if what is ExportWhat.claims:
            rows: Iterable[dict[str, Any]] = rows_mod.with_reviews(store, store.claims())
            columns: tuple[str, ...] = (*rows_mod.CLAIM_COLUMNS, "review_status")
        else:
            rows = store.iter_documents()
            columns = rows_mod.DOC_COLUMNS
        if output is None:
            n = rows_mod.write_rows(rows, columns, fmt.value, sys.stdout)
        else:
            try:
                with output.open("w", encoding="utf-8", newline="") as fh:
                    n = rows_mod.write_rows(rows, columns, fmt.value, fh)
            except OSError as exc:
                raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from exc
            _err().print(f"wrote {n} {what.value} to {output}", markup=False)


@app.command()
@handle_errors
def claims(
    ctx: typer.Context,
    indicator: Annotated[str | None, typer.Option(help="ILO indicator id, e.g. withholding_of_wages.")] = None,
    place: Annotated[str | None, typer.Option(help="Place named in the claim (e.g. Dandong, Liaoning).")] = None,
    country: Annotated[str | None, typer.Option(help="ISO country code of a place in the claim (CN, RU...).")] = None,
    speaker_kind: Annotated[str | None, typer.Option(help="anonymous_source, named_person, official, "
                                                          "organization, outlet or document.")] = None,
    hedged: Annotated[bool | None, typer.Option("--hedged/--not-hedged", help="Only hedged / unhedged.")] = None,
    negated: Annotated[bool | None, typer.Option("--negated/--affirmed", help="Only denials / affirmed.")] = None,
    unconfirmed: Annotated[bool, typer.Option("--unconfirmed", help="Only claims said to be unconfirmed.")] = False,
    date_from: Annotated[str | None, typer.Option("--from", help="Event or publication date from (YYYY[-MM[-DD]]).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Event or publication date up to (YYYY[-MM[-DD]]).")] = None,
    document: Annotated[str | None, typer.Option(help="Document id prefix.")] = None,
    corroborated: Annotated[int | None, typer.Option(min=1, help="At least N independent origins.")] = None,
    text: Annotated[str | None, typer.Option(help="Words the claim must contain (full-text search).")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Most claims shown.")] = None,
    fmt: Annotated[TableFormat, typer.Option("--format", help="table, csv or json.")] = TableFormat.table,
) -> None:
    """Claims with who said them, hedges and indicators, filtered."""
    with _state(ctx).store() as store:
        rows = store.claims(indicator=indicator, place=place, country=country, speaker_kind=speaker_kind,
                            hedged=hedged, negated=negated, unconfirmed=True if unconfirmed else None,
                            date_from=date_from, date_to=date_to, document=document,
                            corroborated=corroborated, text=text, limit=limit)
    if fmt is TableFormat.json:
        _echo_json([{c: r.get(c) for c in (*rows_mod.CLAIM_COLUMNS, "indicator_hits")} for r in rows])
    elif fmt is TableFormat.csv:
        rows_mod.write_rows(rows, rows_mod.CLAIM_COLUMNS, "csv", sys.stdout)
    elif not rows:
        _out().print("no claim matches these filters", markup=False)
    else:
        out = _out()
        out.print(render.claims_view(rows, out.width, title=f"{len(rows)} claims"))


@app.command()
@handle_errors
def sources(
    ctx: typer.Context,
    kind: Annotated[str | None, typer.Option(help="Only this kind of speaker.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Speakers by kind, with how many claims each made."""
    with _state(ctx).store() as store:
        rows = store.sources(kind)
    if as_json:
        _echo_json(rows)
    elif not rows:
        _out().print("no sources stored yet: ingest some reports first", markup=False)
    else:
        out = _out()
        for table in render.sources_tables(rows):
            out.print(table)


# ------------------------------------------------------------------ analyse, eval


@app.command()
@handle_errors
def analyse(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="A report in any format ingest reads.")],
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) if the file has none.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the analysis as JSON.")] = False,
) -> None:
    """Print the analysis of one file without storing it."""
    from labourlens import capture
    from labourlens.ingest import analyse_doc

    state = _state(ctx)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {file}: {exc.strerror or exc}") from exc
    defaults = {"published": _check_date(published, "--published")}
    docs = capture.capture_bytes(data, str(file), state.settings, name=file.name, defaults=defaults)
    results = [analyse_doc(d) for d in docs if not d.container or d.status != "ok"]
    code = 1 if any(d.status == "failed" for d, _ in results) else 0
    if as_json:
        _echo_json([{"id": d.id, "origin": d.origin, "status": d.status, "reason": d.reason, "title": d.title,
                     "analysis": a.to_dict() if a else None} for d, a in results])
        raise typer.Exit(code)
    out = _out()
    for d, a in results:
        out.rule(d.title or d.origin, style="bold")
        if d.status != "ok":
            out.print(f"{d.status}: {d.reason}", markup=False)
            continue
        if a is None:
            continue
        meta = a.meta
        out.print(render.metadata_table({"outlet": meta.outlet, "published": meta.published, "language": meta.language,
                                         "translator": meta.translator, "original_language": meta.original_language,
                                         "origin": d.origin, "id": d.id, "reader": d.reader}))
        for note in meta.notes:
            out.print(f"note: {note}", markup=False)
        out.print(render.legend())
        out.print(render.highlight(d.text, a))
        if a.claims:
            out.print(render.claims_view(render.analysis_claims(a, d.id), out.width, title="Claims", show_doc=False))
        if a.places or a.amounts or a.times:
            out.print(render.mentions_table(a))
        out.print(f"indicators: {', '.join(a.indicators()) or 'none'}", markup=False)
    if code:
        raise typer.Exit(code)


@app.command("eval")
@handle_errors
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold file (JSON Lines, see the README).")],
    details: Annotated[bool, typer.Option("--details", help="List every miss and false positive.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object with every metric.")] = False,
) -> None:
    """Score the extraction against your own annotated reports."""
    from labourlens import evaluate as ev

    if not gold.is_file():
        raise UsageError(f"no gold file at {gold}; give a JSON Lines gold file")
    report = ev.evaluate(gold)
    if as_json:
        _echo_json(report.to_json(details=details))
        return
    out = _out()
    for table in ev.render_tables(report):
        out.print(table)
    if details:
        out.print(ev.render_details(report), markup=False, highlight=False)


# ------------------------------------------------------------------ demo


@app.command()
@handle_errors
def demo(
    ctx: typer.Context,
    folder: Annotated[Path, typer.Option(help="Folder for the demo database.")] = Path("labourlens-demo"),
    serve: Annotated[bool, typer.Option("--serve", help="Then start the web app on the demo database "
                                                        "(127.0.0.1; Ctrl-C stops it).")] = False,
    port: Annotated[int, typer.Option("--port", min=1, max=65535,
                                      help="Port for the web app with --serve.")] = 8000,
) -> None:
    """Ingest the sample reports into a fresh database and show what to try next
    (with --serve, then run the web app on it)."""
    from labourlens import demo as demo_mod

    run_server = _web_server() if serve else None
    state = _state(ctx)
    out = _out()
    samples = demo_mod.find_samples()
    if samples is not None:
        out.print(f"Ingesting the sample reports in {samples} into {folder / 'labourlens.db'} ...", markup=False)
    result = demo_mod.run(folder, state.settings)
    c = result.report.counts()
    out.print(f"stored {c['stored']} documents, already stored {c['already stored']}, failed {c['failed']}, "
              f"skipped {c['skipped']}", markup=False)
    out.print(render.status_view(result.status))
    out.print("\nWhat to try next:", style="bold")
    for line in result.next_steps:
        out.print("  " + line, markup=False, soft_wrap=True)
    if run_server is not None:
        out.print("")
        run_server(str(result.db), "127.0.0.1", port)
    if result.report.exit_code:
        raise typer.Exit(result.report.exit_code)


def _web_server() -> Callable[[str | None, str, int], None]:
    """``labourlens.web.commands.run_server``, or a usage error naming the missing extra."""
    try:
        from labourlens.web.commands import run_server
    except ModuleNotFoundError as exc:
        raise UsageError(f"the web app needs the web extras ({exc.name} is missing); "
                         "install them with: pip install 'labourlens[web]'") from None
    return run_server


# ------------------------------------------------------------------ plug-ins and entry point


def load_plugins(target: typer.Typer, names: Iterable[str] = PLUGINS) -> list[str]:
    """Import each optional command module and call its ``register(app)``; returns
    the ones loaded. A module that is not installed is skipped; one that is broken
    is reported on stderr and skipped, so the core commands keep working."""
    loaded = []
    for name in names:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue
            typer.echo(f"warning: commands from {name} unavailable ({exc})", err=True)
            continue
        except Exception as exc:  # noqa: BLE001 - a broken plug-in must not take the CLI down
            typer.echo(f"warning: commands from {name} unavailable ({type(exc).__name__}: {exc})", err=True)
            continue
        register = getattr(module, "register", None)
        if callable(register):
            register(target)
            loaded.append(name)
    return loaded


@functools.lru_cache(maxsize=1)
def get_app() -> typer.Typer:
    """The app with its plug-in commands registered (once per process)."""
    load_plugins(app)
    return app


def main() -> None:
    get_app()(prog_name="labourlens")
