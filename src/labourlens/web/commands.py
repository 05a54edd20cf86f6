"""CLI commands of the web app: ``serve`` and ``user add|list|remove``. The main CLI
imports this module and calls :func:`register`."""

from __future__ import annotations

import sys

import typer

from labourlens import settings as settings_mod
from labourlens.errors import LabourlensError

user_app = typer.Typer(help="Manage local accounts of the web app (viewer, reviewer, admin).", no_args_is_help=True)


def _fail(exc: LabourlensError) -> None:
    typer.echo(f"Error: {exc.message}", err=True)
    raise typer.Exit(exc.exit_code)


def _db(ctx: typer.Context, db: str | None) -> str | None:
    """The command's own ``--db``, else the global one (``labourlens --db X serve``)."""
    if db:
        return db
    root = ctx.find_root().obj
    return getattr(root, "db", None) if root is not None else None


def app_url(host: str, port: int) -> str:
    """The address people type in a browser for ``host``/``port``."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def run_server(db: str | None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Open the store at ``db``, print the address and serve the web app until Ctrl-C.
    Raises a LabourlensError (bad database, remote bind without accounts, port in use)."""
    import errno
    import socket

    import uvicorn

    from labourlens.errors import UsageError
    from labourlens.store import open_store
    from labourlens.web.app import check_bind, create_app

    settings = settings_mod.load(db=db)
    store = open_store(db, settings)
    require_login = check_bind(store, host)
    app = create_app(db, settings, store=store, require_login=require_login)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            why = "is already in use" if exc.errno == errno.EADDRINUSE else f"cannot be used ({exc.strerror})"
            raise UsageError(f"port {port} on {host} {why}; choose another with --port") from None
    mode = "login required" if require_login else "local mode"
    typer.echo(f"labourlens web app on {app_url(host, port)} ({mode}); press Ctrl-C to stop")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", help="Address to listen on; anything but loopback needs accounts."),
    port: int = typer.Option(8000, help="Port to listen on."),
    db: str | None = typer.Option(None, help="Database (default: the global --db, else LABOURLENS_DB)."),
) -> None:
    """Start the web app (FastAPI + uvicorn) over the evidence store."""
    try:
        run_server(_db(ctx, db), host, port)
    except LabourlensError as exc:
        _fail(exc)


@user_app.command("add")
def user_add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Account name."),
    role: str = typer.Option("viewer", help="viewer, reviewer or admin."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from standard input."),
    replace: bool = typer.Option(False, "--replace", help="Change the role or password of an existing account."),
    db: str | None = typer.Option(None, help="Database (default: the db setting)."),
) -> None:
    """Create a local account (the password is asked for, or read with --password-stdin)."""
    from labourlens.web import auth

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    from labourlens.store import open_store

    try:
        with open_store(_db(ctx, db)) as store:
            row = auth.add_user(store, name, role, password, replace=replace)
    except LabourlensError as exc:
        _fail(exc)
        return
    typer.echo(f"user {row['name']} ({row['role']}) saved")


@user_app.command("list")
def user_list(ctx: typer.Context, db: str | None = typer.Option(None, help="Database (default: the db setting).")) -> None:
    """List the local accounts and their roles."""
    from labourlens.store import open_store
    from labourlens.web import auth

    try:
        with open_store(_db(ctx, db)) as store:
            users = auth.list_users(store)
    except LabourlensError as exc:
        _fail(exc)
        return
    if not users:
        typer.echo("no accounts: the web app runs in local mode on 127.0.0.1 only")
    for u in users:
        typer.echo(f"{u['name']}\t{u['role']}\t{u['created_at'] or ''}")


@user_app.command("remove")
def user_remove(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Account name."),
    db: str | None = typer.Option(None, help="Database (default: the db setting)."),
) -> None:
    """Delete a local account."""
    from labourlens.store import open_store
    from labourlens.web import auth

    try:
        with open_store(_db(ctx, db)) as store:
            auth.delete_user(store, name)
    except LabourlensError as exc:
        _fail(exc)
        return
    typer.echo(f"user {name} removed")


def register(app: typer.Typer) -> None:
    """Add ``serve`` and ``user`` to the labourlens CLI."""
    app.command("serve")(serve)
    app.add_typer(user_app, name="user")
