"""A group named by a name of its own that reads as a person's, once the text has called it a group, for the last
pass of the attribution (:func:`labourlens.analyse.forum_posts.final_sources`).

A name in a language the classifier does not know ("Volna Pravdy", "Kibo Haki") reads as a person's. When the text
has already given it right after a noun that says what it is ("Ana Lind of the group Volna Pravdy", "the charity
Kibo Haki said"), a source worded by that name alone ("Volna Pravdy said ...") is the group: an ``organization``,
not a ``named_person``. The describing nouns are data: ``speaker_roles.yaml`` ``descriptor_body_heads`` (as for
:mod:`labourlens.analyse.described_bodies`). Examples here and in the tests are invented."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from labourlens import knowledge
from labourlens.analyse import name_search
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


def described_groups(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with a person-worded source that the text has called a group made an ``organization``."""
    if not any(s.kind == "named_person" and s.wording and "," not in s.wording for s in sources):
        return list(sources)
    heads = tuple(knowledge.load("speaker_roles.yaml").get("descriptor_body_heads") or ())
    return [replace(s, kind="organization") if s.kind == "named_person" and s.wording and "," not in s.wording
            and _called_group(text, s.wording.strip(), heads) else s for s in sources]
