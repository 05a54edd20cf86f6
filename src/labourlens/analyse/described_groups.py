"""A group named by a name of its own that reads as a person's, once the text has called it a group, for the last
pass of the attribution (:func:`labourlens.analyse.forum_posts.final_sources`).

A name in a language the classifier does not know ("Volna Pravdy", "Kibo Haki") reads as a person's. When the text
has already given it right after a noun that says what it is ("Ana Lind of the group Volna Pravdy", "the charity
Kibo Haki said"), a source worded by that name alone ("Volna Pravdy said ...") is the group: an ``organization``,
not a ``named_person``. The describing nouns are data: ``speaker_roles.yaml`` ``descriptor_body_heads`` (as for
:mod:`labourlens.analyse.described_bodies`).

(s40) The other way round: a body first worded by a description ("a Lima-based rights group said ...", "according to
a regional union") and named right after one of its mentions in apposition ("so the group, the Tide
Workers Network, said.", "a regional union, the Coastal Crew Union.") speaks under that name, the text having said the two
are one (``apposed_body_heads`` adds unions, foundations, centres ... to the describing nouns). A person's name in
the apposition ("a union, Ana Ruiz, said") is no body's name. Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens import knowledge
from labourlens.analyse import name_search
from labourlens.analyse.speakers import classify
from labourlens.model import Source

__all__ = ["described_groups"]


def _called_group(text: str, name: str, heads: Sequence[str]) -> bool:
    """Does ``text`` give ``name`` right after a describing noun ("the group Volna Pravdy", "charity Kibo Haki,")?"""
    for head in heads:
        key = f"{head} {name}"
        if any((at == 0 or not text[at - 1].isalnum()) and not text[at + len(key):at + len(key) + 1].isalnum()
               for at in name_search.starts(text, key)):
            return True
    return False


# a description of a body: an article, lower-case words or a place's "-based", and the describing noun
_DESCRIPTION = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?:(?:[a-z][\w'\u2019-]*|[A-Z][\w'\u2019]*-based)\s+){0,3}(?P<head>[a-z]+)$")
# the body's name in apposition after the mention: ", the Tide Workers Network." / ", the Coastal Crew Union, said"
_APPOSED = re.compile(r",[ \t]+(?P<name>(?:the[ \t]+)?[A-Z][\w'\u2019&-]*(?:[ \t]+(?:(?:of|for|and|&|the)[ \t]+)?[A-Z][\w'\u2019&-]*){1,6})"
                      r"(?=[ \t]*(?:[.;]|,|$))")


def _apposed_names(text: str, sources: Sequence[Source], heads: frozenset[str]) -> list[Source]:
    """(s40) ``sources`` with a body worded by a description renamed by the name the text apposes to one of its
    mentions (see the module doc)."""
    out = list(sources)
    for n, s in enumerate(out):
        m = _DESCRIPTION.match((s.wording or "").strip()) if s.kind in ("organization", "official") else None
        if m is None or m.group("head") not in heads:
            continue
        for _, end in sorted(s.spans):
            a = _APPOSED.match(text, end)
            if a is not None and classify(a.group("name")) == s.kind:
                out[n] = replace(s, wording=a.group("name"), canonical=a.group("name"))
                break
    return out


def described_groups(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with a person-worded source that the text has called a group made an ``organization``, and (s40) a
    described body renamed by the name apposed to it."""
    roles = knowledge.load("speaker_roles.yaml")
    heads = tuple(roles.get("descriptor_body_heads") or ())
    sources = _apposed_names(text, sources, frozenset((*heads, *(roles.get("apposed_body_heads") or ()))))
    if not any(s.kind == "named_person" and s.wording and "," not in s.wording for s in sources):
        return list(sources)
    return [replace(s, kind="organization") if s.kind == "named_person" and s.wording and "," not in s.wording
            and _called_group(text, s.wording.strip(), heads) else s for s in sources]
