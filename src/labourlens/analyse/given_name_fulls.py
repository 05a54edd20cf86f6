"""A person first given by a given name alone and later by the full name that begins with it, one source (a pass of
:func:`labourlens.analyse.forum_posts.final_sources`).

A page may first give a witness by a given name ("our member Kwame, 23, ...", "Kwame told us ...") and later by the
full name ("Kwame Asante" signing a comment, "said Kwame Asante, who returned in May"). When exactly one full name of
the page begins with that given name, the two are one person: the given name's attributions go to the full name. Two
full names that begin with it ("Kwame Asante", "Kwame Boateng") leave it alone, as does a surname met alone after the
full name (another pass's). Examples are invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["given_name_fulls"]

_MIN_LETTERS = 3  # a given name of three letters or more ("Ana", "Kwame"), not an initial
_MAX_WORDS = 3  # a full name of two or three words


def _given(name: str) -> bool:
    return len(name) >= _MIN_LETTERS and name.isalpha() and name[0].isupper() and not name.isupper()


def given_name_fulls(result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with each lone given name folded into the one full name that begins with it (in ``result``)."""
    people = [s for s in sources if s.kind == "named_person" and s.canonical]
    merged: dict[str, Source] = {}
    for short in people:
        name = short.canonical or ""
        if not _given(name):
            continue
        fulls = [s for s in people if s.key != short.key and 2 <= len((s.canonical or "").split()) <= _MAX_WORDS
                 and (s.canonical or "").split()[0] == name]
        if len(fulls) == 1 and fulls[0].key not in merged:
            merged[short.key] = fulls[0]
    return merge_into(sources, result, merged)
