"""The README documents every command, every option and every setting (in the
spirit of sqlite-utils' test_docs.py): adding one without documenting it fails here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from labourlens.cli import get_app
from labourlens.settings import ENV_PREFIX, SETTINGS

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


def _commands() -> dict[str, object]:
    group = typer.main.get_command(get_app())
    return dict(group.commands)  # type: ignore[attr-defined]


COMMANDS = sorted(_commands())


def test_core_commands_exist() -> None:
    assert {"ingest", "status", "show", "search", "export", "claims", "sources", "analyse", "eval", "demo"} <= set(
        COMMANDS
    )


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_readme_section(readme: str, name: str) -> None:
    assert re.search(rf"^### {re.escape(name)}$", readme, re.M), f"README.md has no '### {name}' section"
    assert f"labourlens {name}" in readme or "labourlens --db" in readme


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name: str) -> None:
    command = _commands()[name]
    assert (command.help or "").strip(), f"command {name} has no help text"  # type: ignore[attr-defined]


def _leaves(name: str, command: object) -> list[tuple[str, object]]:
    """The command, or each subcommand of a command group (``user add``...)."""
    subs = getattr(command, "commands", None)
    if not subs:
        return [(name, command)]
    return [leaf for sub, cmd in sorted(subs.items()) for leaf in _leaves(f"{name} {sub}", cmd)]


@pytest.mark.parametrize("name", COMMANDS)
def test_command_options_in_readme(readme: str, name: str) -> None:
    for full, command in _leaves(name, _commands()[name]):
        if full != name:
            assert f"labourlens {full}" in readme, f"`labourlens {full}` has no example in README.md"
        for param in command.params:  # type: ignore[attr-defined]
            for opt in list(param.opts) + list(getattr(param, "secondary_opts", [])):
                if opt.startswith("--") and opt != "--help":
                    assert opt in readme, f"option {opt} of `{full}` is not in README.md"


@pytest.mark.parametrize("setting", [s.name for s in SETTINGS])
def test_setting_in_readme(readme: str, setting: str) -> None:
    assert f"`{ENV_PREFIX}{setting.upper()}`" in readme, f"setting {setting} has no row in README.md's settings table"


def test_readme_set_up_and_attribution(readme: str) -> None:
    assert "make demo" in readme and "make test" in readme
    assert "GeoNames" in readme and "CC-BY 4.0" in readme
    assert ".originals" in readme


@pytest.mark.parametrize("setting", [s for s in SETTINGS if s.default != ""], ids=lambda s: s.name)
def test_setting_default_in_readme_is_current(readme: str, setting: object) -> None:
    """The README's settings table states each setting's current default."""
    name = ENV_PREFIX + setting.name.upper()  # type: ignore[attr-defined]
    row = next(line for line in readme.splitlines() if line.startswith(f"| `{name}`"))
    stated = row.split("|")[2].strip().strip("`")
    assert stated == str(setting.default), f"README says {name} defaults to {stated}"  # type: ignore[attr-defined]
