"""A transcript speaker who introduces themselves on their first line ("CALLER 1: My name is Yaw, I am calling from
Obuasi.", "CALLER 2: This is Auntie Esi, my son is there now."): every line under that label is that named person's,
not "Caller 1"'s (README: workers and people given a name or a pseudonym are ``named_person``). Used by
:func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.mentions import transcript_label
from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["self_introductions"]

_NAME = r"[A-Z][\w'\u2019-]+"
# "My name is Yaw", "This is Auntie Esi", "I am Kofi Mensah," (a name, then a comma, a full stop or "and"/"from")
_INTRO = re.compile(rf"\s*(?:[Mm]y\s+name\s+is|[Tt]his\s+is|I\s+am|I['\u2019]m|[Ii]t['\u2019]s)\s+"
                    rf"(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})(?=\s*(?:[,.;]|\s+(?:and|from|in|calling)\b))")

_LABEL_THEN_INTRO = re.compile(rf"(?m)^[^\n:]{{1,40}}:{_INTRO.pattern}")


def self_introductions(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the lines of a transcript label whose first line names its speaker to that person (in place)."""
    if _LABEL_THEN_INTRO.search(text) is None:
        return  # no labelled line opens with a name given: nothing to do (most reports)
    seen: set[str] = set()
    for i, s in enumerate(sentences):
        key = result[i].source
        if key == OUTLET_KEY or key in seen:
            continue
        label = transcript_label(s.text)
        if label is None:
            continue
        seen.add(key)
        intro = _INTRO.match(s.text, label[2])
        if intro is None or classify(intro.group("name")) not in ("named_person", None):
            continue
        name = intro.group("name")
        src = reg.resolve(Mention(name, intro.start("name"), intro.end("name"), "said", True), s.start,
                          text[max(0, s.start - 600):s.start])
        for k, r in enumerate(result):
            if r.source == key:
                result[k] = replace(r, source=src.key)
