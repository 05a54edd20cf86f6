"""A speaker phrase that is a whole clause opened by a subject pronoun ("She moved to Lima, Peru, in May and
[spoke to us]", "He had worked there for years and [says] ..."): the pronoun is the one who speaks, and the
rest is what the pronoun did before speaking. Used by :func:`labourlens.analyse.mentions.find_mention`;
examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention

__all__ = ["pronoun_clause"]

# a subject pronoun, then a word in small letters that is no coordination or emphasis ("He and his wife",
# "They all", "She herself", "He alone"): a verb, so the phrase is a clause
_CLAUSE = re.compile(
    r"^(?P<p>He|She|They|We|I)[ \t]+(?!(?:and|or|nor|both|all|each|alone|too|himself|herself|themselves|ourselves|"
    r"myself)\b)[a-z]{2,}\b[ \t,]+\S")


def pronoun_clause(m: Mention | None, sentence_text: str) -> Mention | None:
    """``m`` with its wording cut to the pronoun when the wording is a clause the pronoun opens and the verb of
    speaking is coordinated with it ("... in May and spoke to us"), so that the pronoun is its subject too;
    "He produced letters from his boss saying ...", "She keeps a video in which ...": not cut."""
    if m is None:
        return None
    found = _CLAUSE.match(m.wording)
    if found is None:
        return m
    wording = m.wording.rstrip()
    if _RELATIVE.search(wording) or not (wording.endswith(" and") or _COORDINATED.match(sentence_text, m.start + len(wording))):
        return m
    m.wording = found.group("p")
    m.end = m.start + len(m.wording)
    return m


# a relative clause inside: its "and" joins the relative clause's verbs, not the pronoun's ("in which X is crying and")
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|that|where)\b")
# what follows the clause up to the verb of speaking: a short adjunct, then "and" ("..., in May and spoke to")
_COORDINATED = re.compile(r",?(?:[ \t]+(?:in|on|at|last|this|after|before|from|by|during|early|late)[ \t]+"
                          r"(?:(?!which|who|whom|that)[^,.;:\"\u201c\u201d \t]+[ \t]*){1,5}?)?[ \t]*,?[ \t]+and[ \t]+"
                          r"(?:then[ \t]+|later[ \t]+)?[a-z]+")
