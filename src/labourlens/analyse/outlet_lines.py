"""Outlet names in the first lines of a translated or regional page, in shapes the masthead readers leave out (used by
:func:`labourlens.analyse.outlet_forms.header_votes`):

- a source note in brackets over a reposted translation: "[Source: Voz del Valle (Quito). Translated by ...]";
- a wire's name in brackets in the dateline: "CUENCA, Ecuador (Andes Press Wire) — ...";
- a two-part header whose other part is a section or a date: "Economy Brief — Gaceta Rural", "Brief | Sul Agora",
  "Minas em Pauta — Culture" (not an author's name beside the section), or whose part is a paper's own-language name
  ("Diario Serrano — Valle de Tenza");
- a broadcaster under a transcript's heading: 'Transcript — "La Mañana", Radio Sierra Estéreo, morning edition'.

Each gives ``(name, weight, cue)`` like :func:`labourlens.analyse.mastheads.header_votes`.
"""

from __future__ import annotations

import re

from labourlens.analyse.paper_names import paper_name

__all__ = ["votes"]

_WORD = r"[A-Z\u00c0-\u00de][\w'\u2019.-]*"
_NAME = rf"{_WORD}(?:[ \t]+(?:(?:em|do|da|dos|das|de|del|y|e|&|la|el)[ \t]+)?{_WORD}){{0,3}}"
_SOURCE_NOTE = re.compile(rf"^[ \t]*\[(?:Source|Originally published by|First published in)[ \t]*:[ \t]*(?P<name>{_NAME})"
                          r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[.\]]")
_DATELINE_WIRE = re.compile(rf"^[ \t]*[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de .'-]{{2,40}},[^\n()]{{0,40}}\((?P<name>{_NAME}[ \t]+"
                            r"(?:Wire|Press|News|Agency|Service|Newswire))\)[ \t]*[\u2014\u2013-]", re.MULTILINE)
_TWO_PARTS = re.compile(r"^[ \t]*(?P<a>[^\n|\u2014\u2013]{2,60}?)[ \t]+[|\u2014\u2013][ \t]+(?P<b>[^\n|\u2014\u2013]{2,60}?)[ \t]*$")
_SECTION = re.compile(r"^(?:(?:Economy|Business|Politics|Culture|Markets?|Opinion|Sports?|World|Local|Regional|Analysis|"
                      r"Features?|News|Rural|Environment|Society|Justice|Labou?r)(?:[ \t]+(?:Brief|Desk|News))?|Brief|"
                      r"News in brief|In brief)$")
_NAME_ONLY = re.compile(rf"^{_NAME}$")
_TRANSCRIPT = re.compile(rf"^[ \t]*Transcript[ \t]+[\u2014\u2013-][ \t]+[\"\u201c][^\"\u201d\n]{{2,60}}[\"\u201d],[ \t]+"
                         rf"(?P<name>(?:Radio|R\u00e1dio|TV)[ \t]+{_NAME})[ \t]*(?:,|$)", re.MULTILINE)


def _person(name: str) -> bool:
    """Does the name read as a person's (an author beside the section: "Ana Ruiz | Opinion")?"""
    from labourlens.analyse.speakers import classify  # noqa: PLC0415 - speakers imports the outlet readers

    return classify(name) == "named_person"


def votes(text: str) -> list[tuple[str, float, str]]:
    """``(name, weight, cue)`` votes for the outlet named in the shapes of the module docstring."""
    head = text[:700]
    out: list[tuple[str, float, str]] = []
    if (note := _SOURCE_NOTE.match(head)) is not None:
        out.append((note.group("name"), 3.0, "source_line"))
    if "(" in head and (wire := _DATELINE_WIRE.search(head)) is not None:
        out.append((wire.group("name"), 2.0, "dateline"))
    if "Transcript" in head and (show := _TRANSCRIPT.search(head)) is not None:
        out.append((show.group("name"), 2.0, "header"))
    lines = [ln.strip(" \t*_#") for ln in head.splitlines() if ln.strip()][:4]
    for ln in lines:
        parts = _TWO_PARTS.match(ln)
        if parts is None:
            continue
        a, b = parts.group("a").strip(), parts.group("b").strip()
        for name, other in ((a, b), (b, a)):
            if _NAME_ONLY.match(name) and (_SECTION.match(other) and not _person(name) or paper_name(name)) \
                    and not _SECTION.match(name):
                out.append((name, 2.0, "header"))
                break
    return out
