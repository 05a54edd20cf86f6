"""The outlet of a question-and-answer interview that labels its questions with its own name: "Harbour Weekly, Gdansk.
Translated from Polish by ..." over turns "Harbour Weekly: Who hired you?" / "Tomas Lis: A cousin of a
neighbour." A label that opens two turns or more, every one of them a question, and that also opens one of the
page's first lines ("Harbour Weekly, Gdansk.", "Harbour Weekly — 4 May 2026") is the paper asking: a vote for it as the
outlet, for :mod:`labourlens.analyse.outlet_forms`. Examples here and in the tests are invented."""

from __future__ import annotations

import re

__all__ = ["votes"]

_TURN = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3})[ \t]*:[ \t]+(?P<turn>[^\n]{2,400}?)[ \t]*$")
_AFTER_NAME = (",", "\u2014", "\u2013", " - ", "|", "")


def _opens_line(line: str, name: str) -> bool:
    """Does the line open with the name, then a comma, a dash, a bar or its end ("Harbour Weekly, Gdansk.")?"""
    body = line.lstrip(" \t*_#")
    if not body.startswith(name):
        return False
    rest = body[len(name):].rstrip()
    return any(rest.startswith(a) for a in _AFTER_NAME if a) or not rest


def votes(text: str) -> list[tuple[str, float, str]]:
    """(name, weight, cue): the interviewer's label that names the paper (see the module doc)."""
    if text.count(":") < 4 or "?" not in text:
        return []
    turns: dict[str, list[bool]] = {}
    for m in _TURN.finditer(text, 0, min(len(text), 8000)):
        turns.setdefault(m.group("label"), []).append(m.group("turn").endswith("?"))
    head = [ln for ln in text[:600].splitlines() if ln.strip()][:4]
    out: list[tuple[str, float, str]] = []
    for label, asks in turns.items():
        if len(asks) < 2 or not all(asks) or not any(not a for other, ans in turns.items() if other != label for a in ans):
            continue
        if any(_opens_line(ln, label) for ln in head):
            out.append((label, 2.0, "interviewer label"))
    return out
