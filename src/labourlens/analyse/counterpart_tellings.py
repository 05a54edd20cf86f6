"""What a worker's counterpart told a third person, inside a forum post or a comment, a test of
:func:`labourlens.analyse.forum_posts.apply_forum_posts`.

A poster who tells what happened to a brother or a friend often writes what the foreman or the recruiter said to
him: "Our cousin's boss held on to the papers and warned him that a complaint would get the crew sent home." The
boss is no source speaking to the page: the telling is an act of the story, addressed to the man the poster speaks of
("him", "her", "them"), and the sentence is the poster's account. What a counterpart told the poster ("told me",
"told us") is left to the other rules. Examples here and in the tests are invented."""

from __future__ import annotations

import re

from labourlens.analyse.interviewees import counterpart_teller
from labourlens.analyse.speakers import Mention

__all__ = ["told_a_third"]

# the verb and its audience right after the teller: "... told him that", "and warned them", "then threatened her"
_TOLD_THIRD = re.compile(r"\s+(?:(?:[a-z]+\s+){1,8}?and\s+|(?:then|also|later|once)\s+)?"
                         r"(?:told|warned|threatened|informed)\s+(?:him|her|them)\b")


def told_a_third(text: str, m: Mention | None) -> bool:
    """Is the sentence's teller one of the worker's counterparts telling a third person something ("The recruiter
    held on to her papers and warned her that ...")?"""
    return m is not None and counterpart_teller().match(m.wording) is not None \
        and _TOLD_THIRD.match(text, m.end) is not None
