"""Roles given in a list of people: a hearing's witness list, a panel's speakers, a report's interviewees
set out one to a line ("- Ms Ana Ruiz, Executive Director, Harbour Rights Project"; "Dr Tom Lee, labour
economist"). The line gives the role and the body after the name, with no verb; later in the text the person
speaks by title and surname ("Ms Ruiz told the committee ..."), and the role in the list decides the kind:
the director of a group or a firm speaks for it (``organization``), an officer of a ministry or service for
the state (``official``), a researcher for herself (``named_person``), as the same role in apposition would.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge

__all__ = ["entry", "listed_kind", "roster_kind", "roster_people"]

# a list line: an optional bullet or number, the name (with a title), then comma-separated parts and no sentence end
_LINE = re.compile(r"^[ \t]*(?:[-*\u2022\u00b7\u2013\u2014]|\d{1,2}[.)])?[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?[ \t]+)?"
                   r"(?P<name>(?!(?:By|From|Photo|Source|Via)\b)[A-Z][^,\n]{2,50}?)[ \t]*,[ \t]*(?P<rest>[^\n]{3,160}?)[ \t]*$", re.MULTILINE)
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+")
# a sentence, not a list entry: a verb of saying or being, or a sentence's end
_SENTENCE = re.compile(r"[.!?;:\"\u201c\u201d]\s|[.!?;:]$|\b(?:said|says|told|is|was|are|were|has|had|who|which)\b")


@lru_cache(maxsize=1)
def _head_roles() -> frozenset[str]:
    data = knowledge.load("speaker_kinds.yaml") or {}
    return frozenset(str(w).lower() for w in data.get("firm_head_roles") or [])


_LOWER_WORD = re.compile(r"[a-z-]+")


def roster_kind(context: str, name: str, classify: Callable[[str], str | None]) -> str | None:
    """The kind that a list line of ``context`` gives the person ``name`` (with or without a title) by the role
    and body set after the name, or None when no such line names them or the role decides nothing."""
    core = _TITLE.sub("", name).strip()
    if len(core.split()) < 2 or core not in context:
        return None
    for m in _LINE.finditer(context):
        if m.group("name").strip() != core or _SENTENCE.search(m.group("rest")):
            continue
        parts = [p.strip() for p in m.group("rest").split(",") if p.strip()]
        role, body = parts[0], _body(parts, classify)
        if body is None:
            kind = classify(f"{core}, {role.lower()}")
        else:
            kind = classify(f"{core}, {role.lower()} of {body}")
            words = set(_LOWER_WORD.findall(role.lower()))
            if kind == "named_person" and words & _head_roles() and classify(body) == "organization":
                kind = "organization"  # "Head of Sourcing, Bluefin Foods Ltd": the firm's manager speaks for it
        return kind if kind in ("official", "organization", "named_person") else None
    return None


def _body(parts: list[str], classify: Callable[[str], str | None]) -> str | None:
    """The body after the role in a list line's parts: the last part, or (s41) a state body's name that holds commas of its
    own ("Director, Ministry of Youth, Labour and Sports": the ministry from its first word, not the words
    after its last comma), when the name so joined reads as a state body and its last part alone does not."""
    if len(parts) < 2:
        return None
    if classify(parts[-1]) != "official":
        for i in range(1, len(parts) - 1):
            joined = ", ".join(parts[i:])
            if classify(parts[i]) == "official" and classify(joined) == "official":
                return joined
    return parts[-1]


_ROSTER_TITLE = re.compile(r"\W*(?:\d{1,2}[.)])?\s*((?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?)\s")
_FULL_NAME = re.compile(r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}")


# a list set out on one line after its label, its entries parted by semicolons, as hearing records print it:
# "Witnesses: Ms Ana Ruiz, former cook; Mr Tom Lee, Chairman, Harbour Agencies Association; Mr Jo Ode, Director
# of Labour Migration, State Department for Labour"
_LABELLED_LIST = re.compile(r"^[ \t]*(?:Witnesses|Witness list|Present|Also present|In attendance|Panel|Panellists|Panelists|"
                            r"Speakers|Participants|Appearing|Members present)[ \t]*:[ \t]*(?P<entries>[^\n]*;[^\n]*)$",
                            re.MULTILINE | re.IGNORECASE)


_LIST_END = re.compile(r"(?<![A-Z][a-z])(?<!\b[A-Z])\.$")


def list_lines(text: str) -> str:
    """The entries of each labelled one-line list of ``text`` set one to a line ("" when it has none)."""
    found = [m.group("entries").split(";") for m in _LABELLED_LIST.finditer(text)] if ";" in text else []
    # (s36) the list closes with a full stop after its last entry ("...; Ms Lia Sen, Migrant Desk, Durban."): the
    # entry, not a sentence
    return "\n".join(_LIST_END.sub("", entry.strip()) for entries in found for entry in entries)


def listed_kind(roster: dict[str, tuple[str, str]], name: str, kind: str) -> str:
    """The kind the list line of ``roster`` gives the person ``name`` (their full name, with or without the title:
    "Mr Tom Lee" speaking in a hearing record under a witness list), or ``kind`` when no line names them."""
    from labourlens.analyse.speakers import classify  # noqa: PLC0415 - speakers imports this module's neighbours

    core = _TITLE.sub("", name).strip()
    entry = roster.get(core.split()[-1]) if kind == "named_person" and len(core.split()) >= 2 else None
    if entry is None or _TITLE.sub("", entry[0]).strip() != core:
        return kind
    return roster_kind(entry[1], core, classify) or kind


def roster_people(text: str) -> dict[str, tuple[str, str]]:
    """The people of a list of two or more lines in ``text``, by surname: their name as the list gives it (with
    the title) and the list line, for "Ms Ruiz" met far below the list. Empty when no such list is found."""
    found: dict[str, tuple[str, str]] = {}
    for m in _LINE.finditer(f"{text}\n{listed}" if (listed := list_lines(text)) else text):
        name = m.group("name").strip()
        if _SENTENCE.search(m.group("rest")) or not _FULL_NAME.fullmatch(name):
            continue
        title = _ROSTER_TITLE.match(m.group(0))
        found.setdefault(name.split()[-1], (f"{title.group(1)} {name}" if title else name, m.group(0).strip()))
    return found if len(found) >= 2 else {}


def entry(roster: dict[str, tuple[str, str]], surname: str, label: str = "") -> tuple[str, str] | None:
    """The list entry (name, line) of ``roster`` for ``surname``, whatever its case: a transcript's turn label "TAN: ..."
    read as "Tan" under a list of speakers in capitals ("KEVIN TAN, head of sourcing, Meranti Fresh Holdings"), or
    (s43) a label with the title the list gives ("Ms RUIZ:" under "Witnesses: Ms Ana Ruiz, Director, ...")."""
    found = roster.get(surname)
    if found is not None or not surname:
        return found
    found = next((e for key, e in roster.items() if key.casefold() == surname.casefold()), None)
    if found is not None and _same_title(label, found[0]):
        return found
    # (only a firm's head so met: a group's organiser or an institute's researcher keeps the label's own reading)
    return found if found is not None and _firm_head_line(found[1]) else None


@lru_cache(maxsize=1)
def _firm_tails() -> frozenset[str]:
    data = knowledge.load("speaker_kinds.yaml") or {}
    return frozenset(str(w).lower() for w in data.get("firm_body_tails") or [])


def _firm_head_line(line: str) -> bool:
    """Is the list line that of a firm's head: a head's role ("sustainability director") and a business's name last?"""
    m = _LINE.match(line)
    if m is None:
        return False
    parts = [p.strip() for p in m.group("rest").split(",") if p.strip()]
    if len(parts) < 2:
        return False
    tail = _LOWER_WORD.findall(parts[-1].lower())
    return bool(set(_LOWER_WORD.findall(parts[0].lower())) & _head_roles()) and bool(tail) and tail[-1] in _firm_tails()


def _same_title(label: str, name: str) -> bool:
    """(s43) Do the turn label and the list's name open with one personal title ("Ms RUIZ" and "Ms Ana Ruiz")?"""
    a, b = _ROSTER_TITLE.match(f"{label} "), _ROSTER_TITLE.match(f"{name} ")
    return a is not None and b is not None and a.group(1).rstrip(".") == b.group(1).rstrip(".")
