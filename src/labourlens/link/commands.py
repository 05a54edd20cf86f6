"""CLI commands of the linker: ``link``, ``clusters`` and ``eval-links``. The CLI
(:mod:`labourlens.cli`) calls :func:`register` when this module is installed."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from labourlens.errors import LabourlensError

__all__ = ["register"]

F = TypeVar("F", bound=Callable[..., Any])

_DB_HELP = "Database file or URL (default: the global --db, LABOURLENS_DB, else labourlens.db here)."


def _errors(fn: F) -> F:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except LabourlensError as exc:
            typer.echo(f"Error: {exc.message}", err=True)
            raise typer.Exit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


def _open(ctx: typer.Context, db: str | None) -> Any:
    from labourlens.store import open_store

    root = ctx.find_root().obj
    return open_store(db or getattr(root, "db", None), getattr(root, "settings", None))


def _json(value: Any) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def link_cmd(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
    new_only: Annotated[bool, typer.Option("--new", help="Link only documents not linked yet (incremental).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Find syndicated copies, story origins and corroboration across stored documents."""
    from labourlens.link import link_documents

    root = ctx.find_root().obj
    with _open(ctx, db) as store:
        report = link_documents(store, [] if new_only else None, getattr(root, "settings", None))
    if as_json:
        _json(report.to_dict())
        return
    typer.echo(
        f"linked {report.documents} documents ({report.mode}, {report.total} in the index) in {report.seconds:.1f}s: "
        f"{report.copies} copy pairs of {report.pairs} compared, {report.clusters} copy groups, "
        f"{report.origins} documents naming another outlet as origin, {report.claim_groups} claim groups"
    )


def clusters_cmd(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
    min_size: Annotated[int, typer.Option("--min-size", min=2, help="Smallest group shown.")] = 2,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Copy groups: canonical member, members, lowest similarity, origin."""
    from labourlens.link import clusters

    with _open(ctx, db) as store:
        groups = clusters(store, min_size=min_size)
    if as_json:
        _json([g.to_dict() for g in groups])
        return
    if not groups:
        typer.echo("no copy groups (run `labourlens link` after ingesting)")
        return
    table = Table(title=f"{len(groups)} copy groups")
    for col in ("canonical", "members", "similarity", "origin", "title"):
        table.add_column(col)
    for g in groups:
        others = ", ".join(m[:10] for m in g.members if m != g.canonical)
        sim = f"{g.similarity:.2f}" if g.similarity is not None else ""
        table.add_row(g.canonical[:10], f"{len(g.members)}: {others}", sim, g.origin or "",
                      (g.titles.get(g.canonical) or "")[:60])
    Console(highlight=False).print(table)


def eval_links_cmd(
    ctx: typer.Context,
    gold: Annotated[str, typer.Argument(help='Gold JSON: {"copies": [[names...]], "origins": {name: outlet}}.')],
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
    details: Annotated[bool, typer.Option("--details", help="List every miss.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Score copy groups (pairwise P/R/F1) and origins (accuracy) against a gold file."""
    from labourlens.link.evaluate import eval_links

    with _open(ctx, db) as store:
        result = eval_links(gold, store)
    if not details:
        result = {k: v for k, v in result.items() if k != "details"}
    if as_json:
        _json(result)
        return
    c, o = result["copies"], result["origins"]
    typer.echo(f"copies   P {c['p']:.3f}  R {c['r']:.3f}  F1 {c['f1']:.3f}  "
               f"(tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")
    typer.echo(f"origins  accuracy {o['acc']:.3f}  ({o['correct']} of {o['total']})")
    if result["missing"]:
        typer.echo(f"not in the store: {', '.join(result['missing'])}")
    for d in result.get("details", []):
        typer.echo("  " + "  ".join(f"{k}={v}" for k, v in d.items()))


def register(app: typer.Typer) -> None:
    """Add ``link``, ``clusters`` and ``eval-links`` to the CLI."""
    app.command("link")(_errors(link_cmd))
    app.command("clusters")(_errors(clusters_cmd))
    app.command("eval-links")(_errors(eval_links_cmd))
