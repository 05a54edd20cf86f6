"""What a letter asks of its addressee, for :func:`labourlens.analyse.claim_filters.frame_line`.

An investor's or a campaign's letter closes with what it asks the board, the minister or the buyer to do: a lead-in
("We ask the Board:", "We therefore urge you to:") and a numbered list of infinitives ("1. to publish its supplier
list; 2. to explain ...; 3. to say whether ..."). Neither tells what happened to anyone, whatever abuses the items
name: no claims. A numbered finding ("1. Workers were not paid ...") opens with its subject, not with "to", and stays a
claim. Examples are invented."""

from __future__ import annotations

import re

__all__ = ["request_line"]

# "We ask the Board:", "We therefore urge you to:", "I call on the minister:": a lead-in to the requests below
_ASK_LEAD = re.compile(r"^\W*(?:we|i)\s+(?:therefore\s+|also\s+|now\s+|respectfully\s+)?(?:ask|urge|request|call\s+on|"
                       r"call\s+upon|invite)\b[^.:;!?\"\u201c]{0,60}:\s*$", re.IGNORECASE)
# "1. to publish ...", "(b) to explain ...", "- to say whether ...": an item of the list, an infinitive of what to do
_ITEM = re.compile(r"^\s*(?:\(?(?:\d{1,2}|[a-h])[.)]|[-\u2022*])\s+to\s+[a-z]{3,}\b")


def request_line(text: str) -> bool:
    """Is the sentence a letter's lead-in to what it asks, or an item of that list that opens with "to" and a verb?"""
    return _ASK_LEAD.match(text) is not None or _ITEM.match(text) is not None
