"""A role given before a name stays with the name after a fronted setting.

"In Mwanza, a Tanzanian labour officer, Neema Ali, said ..." reads like "A Tanzanian labour officer, Neema
Ali, said ...": the role ("a labour officer", "a police inspector", "a local lawyer") belongs to the
speaker and decides its kind (a state officer speaks as ``official``, tests/gold/README.md), but the
comma after the setting ("In Mwanza,") made the mention finder keep only the name. The role must be a
speaker phrase of its own (an article and a noun that :func:`labourlens.analyse.speakers.classify`
reads as a speaker) written right before the name, and the name must be a person's.
Examples here and in the tests are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["role_before_name"]

_ROLE_CHUNK = re.compile(r"(?:^|,\s+)(?P<role>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+[A-Za-z'\u2019 -]{2,60}?),\s+$")


def role_before_name(m: Mention, sentence_text: str) -> Mention:
    """``m`` widened to "a <role>, <Name>" when a role phrase stands right before the named speaker."""
    before = sentence_text[:m.start]
    if not before.endswith(", ") or m.start < 6 or sentence_text[m.end:m.end + 1] != ",":
        return m  # the name closed by a comma, an apposition: not "the ministry, Ivan Ruiz said, fined ..."
    r = _ROLE_CHUNK.search(before)
    if r is None or r.start("role") == 0 or classify(m.wording) != "named_person":
        return m  # at the sentence's start the finder keeps the role already
    if classify(r.group("role")) not in ("official", "anonymous_source", "organization", "named_person"):
        return m
    start = r.start("role")
    return Mention(sentence_text[start:m.end], start, m.end, m.cue, m.direct, m.relay)
