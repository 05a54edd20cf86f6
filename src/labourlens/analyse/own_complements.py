"""What someone told the narrator about the narrator's own lot, inside a first-person account (a transcript turn, a
post on a social network): "A foreman announced that we would work nights", "The bosses wrote that I owed them more",
"Tonight a caller on Viber insists we wire the fee". The complement's subject is the narrator ("I", "we"): the sentence is
the narrator's account of what was done to them, not the relayed person's statement, and it stays with the turn's
speaker or the poster. A relayed statement about others ("A foreman said the crews sleep in the yard") keeps its
speaker. Used by :func:`labourlens.analyse.transcript_labels.continue_turns` and
:func:`labourlens.analyse.forum_posts.apply_forum_posts`; examples are invented."""

from __future__ import annotations

import re

__all__ = ["own_complement"]

# after the speaker phrase: a reporting verb (perhaps told to the narrator), "that" or not, then "I" or "we" and a verb
_OWN = re.compile(r",?\s+(?:(?:also|then|later|now|just)\s+)?(?:said|says|told\s+(?:me|us)|tells\s+(?:me|us)|explained|explains|"
                  r"announced|announces|informed\s+(?:me|us)|wrote|writes|warned|warns|warned\s+(?:me|us)|insisted|insists|"
                  r"declared|declares)(?:\s+(?:to\s+)?(?:me|us))?,?\s+(?:that\s+)?(?:I|we)\s+(?:[a-z]+\b)")


def own_complement(text: str, span: tuple[int, int] | None) -> bool:
    """Does the speaker phrase at ``span`` in ``text`` report something said to the narrator whose subject is the
    narrator ("A guard explained that I would ...")?"""
    if span is None or (" I " not in text and " we " not in text):
        return False
    return _OWN.match(text, span[1]) is not None
