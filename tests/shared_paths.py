"""Where the team's shared folder is: beside the repository (as CI lays it out), or
at /work/shared on a developer machine. Tests that read it skip when it is absent."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    for candidate in (ROOT.parent / "shared", Path("/work/shared")):
        if (candidate / "eval").is_dir():
            return candidate
    return ROOT.parent / "shared"


SHARED = _shared()
DEV_GOLD = SHARED / "eval" / "dev" / "gold.jsonl"
DEV_DOCS = SHARED / "eval" / "dev" / "docs"
