"""Two kinds read from the words the text sets right before a speaker's name, a pass of
:mod:`labourlens.analyse.forum_posts` (the last passes of the attribution).

- A state office written in lower case right between a verb of saying and a name ('"...," said labour inspector Ana
  Ruiz', "according to federal prosecutor Ana Ruiz"): the speaker phrase keeps only the name, read as a person
  speaking for herself, but the office before it is the state's (an inspector, a prosecutor, a police officer, a
  judge), so she speaks as an ``official``. A former or retired holder, a lawyer, a researcher or a union organiser
  keeps her kind.
- A name after "<Place>-based" with no role word between ("Lyon-based Orvane Textiles said"): the phrase names a
  firm or a group located somewhere, not a person (a person is "a Lyon-based lawyer, Ana Ruiz"), so a
  ``named_person`` so worded is an ``organization``, unless its first word is a known given name.

Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.speaker_roles import role_kind
from labourlens.model import Source

__all__ = ["lowercase_titles"]

# up to three words in lower case right before the name, right after a verb of saying or "according to"
_TITLE_BEFORE = re.compile(r"\b(?:said|says|added|adds|explained|according\s+to)\s+((?:[a-z][a-z-]+\s+){1,3})$")
# "Lyon-based Orvane Textiles", "the Lyon-based Orvane Textiles"
_BASED = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w'\u2019.]*(?:[ \t][A-Z][\w'\u2019.]*)?-based\s+"
                    r"(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4})$")
# words that are no part of a bare title: a determiner or a link makes the words a phrase of their own, a past
# office is no office ("said the former inspector", "said retired prosecutor")
_NOT_TITLE = frozenset(("the", "a", "an", "and", "or", "of", "for", "to", "by", "with", "former", "retired", "ex",
                        "then", "onetime", "one-time", "late"))
_BARE_NAME = re.compile(r"^[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|d[aeo]s?|van|von|de|bin|binti|al))*\s+[A-Z][\w'\u2019-]+$")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    data = knowledge.load("given_names.yaml")
    return frozenset(n for key in ("female", "male") for n in data.get(key) or ())


def _state_title_before(text: str, name: str) -> bool:
    """Is ``name`` written somewhere in ``text`` right after a state office in lower case?"""
    at = text.find(name)
    while at >= 0:
        m = _TITLE_BEFORE.search(text, max(0, at - 60), at)
        if m is not None:
            words = m.group(1).split()
            if not set(words) & _NOT_TITLE and role_kind(" ".join(words) + " " + name) == "official":
                return True
        at = text.find(name, at + len(name))
    return False


def lowercase_titles(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with named people introduced by a state office in lower case made ``official`` and names after
    "<Place>-based" made ``organization``."""
    out = list(sources)
    for k, s in enumerate(out):
        wording = (s.wording or "").strip()
        if s.kind != "named_person" or not wording:
            continue
        based = _BASED.match(wording)
        if based is not None:
            if based.group("name").split()[0].lower() not in _given_names():
                out[k] = replace(s, kind="organization")
            continue
        if _BARE_NAME.match(wording) and _state_title_before(text, wording):
            out[k] = replace(s, kind="official")
    return out
