"""CLI commands of the web app: ``serve`` and ``user add|list|remove``. The main CLI
imports this module and calls :func:`register`."""

from __future__ import annotations

import sys

import typer

from labourlens import settings as settings_mod
from labourlens.errors import LabourlensError
from labourlens.store import open_store

user_app = typer.Typer(help="Manage local accounts of the web app (viewer, reviewer, admin).", no_args_is_help=True)


def _fail(exc: LabourlensError) -> None:
    typer.echo(f"error: {exc.message}", err=True)
    raise typer.Exit(exc.exit_code)


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on; anything but loopback needs accounts."),
    port: int = typer.Option(8000, help="Port to listen on."),
    db: str | None = typer.Option(None, help="Database (default: the db setting, LABOURLENS_DB)."),
) -> None:
    """Start the web app (FastAPI + uvicorn) over the evidence store."""
    import uvicorn

    from labourlens.web.app import check_bind, create_app

    settings = settings_mod.load()
    try:
        store = open_store(db, settings)
        require_login = check_bind(store, host)
        app = create_app(db, settings, store=store, require_login=require_login)
    except LabourlensError as exc:
        _fail(exc)
        return
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"labourlens web app on http://{shown}:{port}/ ({'login required' if require_login else 'local mode'})")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@user_app.command("add")
def user_add(
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
    try:
        with open_store(db) as store:
            row = auth.add_user(store, name, role, password, replace=replace)
    except LabourlensError as exc:
        _fail(exc)
        return
    typer.echo(f"user {row['name']} ({row['role']}) saved")


@user_app.command("list")
def user_list(db: str | None = typer.Option(None, help="Database (default: the db setting).")) -> None:
    """List the local accounts and their roles."""
    from labourlens.web import auth

    try:
        with open_store(db) as store:
            users = auth.list_users(store)
    except LabourlensError as exc:
        _fail(exc)
        return
    if not users:
        typer.echo("no accounts: the web app runs in local mode on 127.0.0.1 only")
    for u in users:
        typer.echo(f"{u['name']}\t{u['role']}\t{u['created_at'] or ''}")


@user_app.command("remove")
def user_remove(name: str = typer.Argument(...), db: str | None = typer.Option(None)) -> None:
    """Delete a local account."""
    from labourlens.web import auth

    try:
        with open_store(db) as store:
            auth.delete_user(store, name)
    except LabourlensError as exc:
        _fail(exc)
        return
    typer.echo(f"user {name} removed")


def register(app: typer.Typer) -> None:
    """Add ``serve`` and ``user`` to the labourlens CLI."""
    app.command("serve")(serve)
    app.add_typer(user_app, name="user")
