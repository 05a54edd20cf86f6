"""Shared set-up for the web tests: a small store filled by ingesting fictional
reports through :func:`labourlens.ingest.ingest` (built once per test session and
copied for each module, so reviews in one module do not leak into another)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

REPORTS: dict[str, str] = {
    "dandong-plant.txt": (
        "Workers at Fictional Fisheries in Dandong say wages withheld\n\n"
        "DANDONG, China (Example Wire) - March 3, 2024\n\n"
        "Workers at the Fictional Fisheries seafood plant in Dandong had their passports confiscated by "
        "managers, a former worker told Example Wire. \"We were locked in the dormitory at night and could "
        "not leave,\" she said.\n\n"
        "The workers were paid only 1,500 yuan a month, according to a labour activist, and wages were "
        "withheld for six months.\n"
    ),
    "khabarovsk-site.txt": (
        "Builders in Khabarovsk describe long shifts\n\n"
        "KHABAROVSK, Russia (Sample Daily) - June 12, 2023\n\n"
        "Labourers on a housing site in Khabarovsk were reportedly forced to work 16 hours a day, a source "
        "close to the contractor told Sample Daily. Their employer, Northwind Builders, allegedly kept their "
        "passports in a safe in Khabarovsk.\n\n"
        "The company said that no worker had been beaten or threatened.\n"
    ),
    "hostile.txt": (
        "Report <script>alert('title')</script> on Doha dormitories\n\n"
        "DOHA, Qatar (Mock Herald) - January 9, 2024\n\n"
        "Workers in Doha said their passports were taken <img src=x onerror=alert(1)> by the recruiter, "
        "according to a migrant rights group. Details at javascript:alert(2) and "
        "<a href=\"javascript:alert(3)\">this link</a>.\n"
    ),
    "empty.txt": "",
}


@lru_cache(maxsize=1)
def _template() -> Path:
    from labourlens import settings as settings_mod
    from labourlens.ingest import ingest
    from labourlens.store import open_store

    folder = Path(tempfile.mkdtemp(prefix="labourlens-webtest-"))
    atexit.register(shutil.rmtree, folder, True)
    inputs = folder / "in"
    inputs.mkdir()
    for name, text in REPORTS.items():
        (inputs / name).write_text(text, encoding="utf-8")
    db = folder / "web.db"
    with open_store(str(db)) as store:
        ingest([str(inputs / n) for n in sorted(REPORTS)], store, settings_mod.load())
    return folder


def make_store_copy(target: Path) -> Path:
    """A copy of the prepared database (and its originals) in ``target``; returns the db path."""
    source = _template()
    for item in source.iterdir():
        if item.name.startswith("web.db"):
            shutil.copy2(item, target / item.name)
        elif item.is_dir() and item.name != "in":
            shutil.copytree(item, target / item.name)
    return target / "web.db"


def input_file(name: str) -> Path:
    return _template() / "in" / name
