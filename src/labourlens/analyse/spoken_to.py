"""The person a reporter says they spoke to, then "he" or "she" telling what that person said, a pass of
:mod:`labourlens.analyse.forum_posts`: "I spoke to the firm's sales director, Ana Ruiz. She told me the hours are
legal. She said ..." (a reporter's turn in a transcript, a first-person report). The pronouns after the sentence that
names the one spoken to are that person, not the reporter telling it (whose "me" would make it the reporter's own
account) nor a voice heard before; they go on while each sentence of the paragraph opens with the pronoun and a verb
of saying. Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["spoken_to"]

# "We talked with the broker's owner, Ana Ruiz.", "We reached its owner, Tomas Lind, by phone."
_SPOKE_TO = re.compile(r"\b(?:I|We)\s+(?:also\s+|later\s+|then\s+)?(?:spoke|talked)\s+(?:to|with)\s+[^.;:\"\u201c]{0,80}?,\s+"
                       r"(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,2})(?:,\s+by\s+(?:phone|telephone|email))?\.$")
_PRONOUN_SAYS = re.compile(r"^(?:He|She)\s+(?:also\s+|then\s+)?(?:told\s+(?:me|us)|said|says|added|insisted|denied|"
                           r"claimed|argued|explained|admitted)\b")


def spoken_to(sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the "he"/"she" sentences after "I spoke to ..., Name." to Name (in place; see the module doc)."""
    from labourlens.analyse.attribution import Attribution  # noqa: PLC0415 - attribution imports this module's callers

    for i in range(1, len(sentences)):
        m = _SPOKE_TO.search(sentences[i - 1].text)
        if m is None or classify(m["name"]) != "named_person":
            continue
        person = None
        for j in range(i, len(sentences)):
            s = sentences[j]
            if s.paragraph != sentences[i - 1].paragraph or not _PRONOUN_SAYS.match(s.text):
                break
            if person is None:
                person = reg.resolve(Mention(m["name"], m.start("name"), m.end("name"), "said"),
                                     sentences[i - 1].start, "")
            result[j] = Attribution(person.key, "said", False, True)
