"""A transcript speaker who introduces themselves on their first line ("CALLER 1: My name is Yaw, I am calling from
Obuasi.", "CALLER 2: This is Auntie Esi, my son is there now.") or whose first label gives a name in brackets
("CALLER 1 (Ramesh, Nizamabad district): ..."): every line under that label is that named person's, not "Caller
1"'s (README: workers and people given a name or a pseudonym are ``named_person``). Used by
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

__all__ = ["SELF_NAMED", "self_introductions"]

_NAME = r"[A-Z][\w'\u2019-]+"
# "My name is Yaw", "This is Auntie Esi", "I am Kofi Mensah," (a name, then a comma, a full stop or "and"/"from")
_INTRO = re.compile(rf"\s*(?:[Mm]y\s+name\s+is|[Tt]his\s+is|I\s+am|I['\u2019]m|[Ii]t['\u2019]s)\s+"
                    rf"(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})(?=\s*(?:[,.;]|\s+(?:and|from|in|calling)\b))")

_UNNAMED = frozenset("anonymous unnamed unidentified woman man female male mother father sister brother worker caller "
                     "listener guest".split())
_LABEL_THEN_INTRO = re.compile(rf"(?m)^[^\n:]{{1,40}}:{_INTRO.pattern}")
# the same introduction at a sentence's start anywhere in a text: a reproduced message that signs itself
# ("Namaste brother. I am Kamal from Sindhuli.", :mod:`labourlens.analyse.reproduced_texts`)
SELF_NAMED = re.compile(rf"(?:^|[.!?]\s+){_INTRO.pattern}")
# a name opening the bracketed note of a label: "CALLER 1 (Ramesh, Nizamabad district):", "GUEST (Ana Lima):"
_NOTE_NAME = re.compile(rf"\((?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})\s*[,)]")
_LABEL_WITH_NAME = re.compile(rf"(?m)^[ \t]*[A-Z][A-Z'\u2019 .-]{{1,30}}?(?:[ \t]+\d{{1,2}})?[ \t]*{_NOTE_NAME.pattern}[^\n:]{{0,60}}:")


def self_introductions(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the lines of a transcript label whose first line names its speaker to that person (in place)."""
    if _LABEL_THEN_INTRO.search(text) is None and _LABEL_WITH_NAME.search(text) is None:
        return  # no labelled line opens with a name given: nothing to do (most reports)
    named: dict[int, str] = {}  # sentence index of a labelled line that names its speaker -> the name
    for i, s in enumerate(sentences):
        if result[i].source == OUTLET_KEY:
            continue
        label = transcript_label(s.text)
        if label is None:
            continue
        intro = _INTRO.match(s.text, label[2]) or _note_name(s.text, label)
        if intro is None:
            continue
        name = intro.group("name")
        name = name.title() if name.isupper() and len(name) > 2 else name  # "CALLER (SHAMIM, MUKONO):"
        if classify(name) in ("named_person", None) and not _UNNAMED.intersection(name.lower().split()):
            named[i] = name  # (not "CALLER (ANONYMOUS WOMAN):")
    by_key: dict[str, set[str]] = {}
    for i, name in named.items():
        by_key.setdefault(result[i].source, set()).add(name)
    done: set[str] = set()
    for i, name in sorted(named.items()):
        key, s = result[i].source, sentences[i]
        at = s.text.find(name) if name in s.text else 0
        src = reg.resolve(Mention(name, at, at + len(name), "said", True), s.start, text[max(0, s.start - 600):s.start])
        if len(by_key[key]) == 1:  # one person under this label: every line of it is theirs
            if key not in done:
                done.add(key)
                for k, r in enumerate(result):
                    if r.source == key:
                        result[k] = replace(r, source=src.key)
            continue
        # several callers under one label ("CALLER (SHAMIM, MUKONO):", "CALLER (DERRICK, ENTEBBE):"): each turn its own
        for k in range(i, len(sentences)):
            if sentences[k].paragraph != s.paragraph:
                break
            if result[k].source == key:
                result[k] = replace(result[k], source=src.key)
        for k in range(i + 1, len(sentences)):  # the same label and name again later: the same person
            if k in named and named[k] != name and result[k].source == key:
                break

def _note_name(text: str, label: tuple[str, int, int, bool]) -> re.Match[str] | None:
    """The name opening a labelled line's bracketed note ("CALLER 1 (Ramesh, Nizamabad district):"), when the label
    names a role ("Caller 1", "Guest") and the name is no place ("CALLER 2 (Riyadh):")."""
    from labourlens.analyse.interviewees import label_person  # noqa: PLC0415 - interviewees imports mentions
    from labourlens.analyse.mastheads import is_place  # noqa: PLC0415 - mastheads imports the speaker rules

    m = _NOTE_NAME.search(text, label[1] + len(label[0]), label[2])
    if m is None or label_person(label[0]) is None or is_place(m.group("name")) or _PRODUCTION.match(m.group("name")):
        return None
    return m


# a note on how the line was recorded, not a name: "(VOICE ALTERED)", "(Translated)", "(Voice Message)", "(By Phone)"
_PRODUCTION = re.compile(r"(?i:voice|voices|translated|translation|interpreted|interpreter|recorded|recording|audio|video|"
                         r"phone|telephone|archive|dubbed|subtitled|altered|pseudonym|anonymous|unnamed|off)\b")
