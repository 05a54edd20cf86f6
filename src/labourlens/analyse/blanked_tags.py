"""Speaker tags that the finders miss because of a word set between the speaker and the verb, for
:func:`labourlens.analyse.mentions.find_mention` (tried only when no speaker was found):

- a place adverb after the speaker: "An official there said ...", "a manager there told us ...": the sentence is
  read again with "there" blanked (offsets kept), and the speaker keeps the word ("An official there" speaks for
  the body just named);
- an age after a counted speaker: '"...," one deckhand, 31, said': read again without the age, which the speaker
  keeps, as the finders give "a deckhand, 31";
- a party's case (``party_case``, tried first): "The prosecution's case was that ...", "The defence's position is
  that ...", "Johan Botha's defence was that he paid ...": the party speaks, not someone in the clause ("... when the men
  complained").

Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse.long_tail_tellers import long_tail_teller
from labourlens.analyse.speakers import Mention

__all__ = ["blanked_tag", "party_case"]

_VERB = r"(?:said|says|told|tells|added|confirmed|denied|explained|insisted|claimed|stated|wrote|writes)\b"
_THERE = re.compile(rf"\b(?:an?|one|another|the)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+(?P<there>\s+there)\s+(?={_VERB})",
                    re.IGNORECASE)
_AGE = re.compile(rf"\b(?:one|another)\s+(?:[\w-]+\s+)?[\w-]+(?P<age>,\s+\d{{1,2}}),\s+(?={_VERB})", re.IGNORECASE)
_CASE = re.compile(r"^(?P<np>(?:The|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:prosecution|prosecutors|defence|defense|"
                   r"plaintiffs?|claimants?|complainants?|applicants?|respondents?|company|employer|agency|ministry))"
                   r"(?:['\u2019]s?)\s+(?:case|position|argument|contention|submission|account)\s+(?:was|is|had\s+been)\s+"
                   r"that\s")

# a named party's case ("Johan Botha's defence was that he paid ..."): the party speaks
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|ould|bin|binti|bint|mint|van|von|de|da|al|el|wa)){1,5}"
_NAMED_CASE = re.compile(rf"^(?P<np>{_NAME})['\u2019]s\s+(?:case|position|argument|contention|submission|account|defen[cs]e)\s+"
                         r"(?:was|is|had\s+been)\s+that\s")



def _reread(text: str, gap_start: int, gap_end: int, keep_to: int, cut: int,
            find: Callable[[str], Mention | None]) -> Mention | None:
    """Find the speaker in ``text`` with ``text[gap_start:gap_end]`` blanked; the phrase found must end at
    ``gap_start``, and is given back up to ``keep_to`` (the words it keeps) with the last ``cut`` characters left."""
    blanked = text[:gap_start] + " " * (gap_end - gap_start) + text[gap_end:]
    found = find(blanked)
    if found is None or not gap_start - 1 <= found.end <= gap_start:
        return None
    wording = text[found.start:keep_to - cut] if cut else text[found.start:keep_to]
    return Mention(wording, found.start, found.start + len(wording), found.cue, found.direct, found.relay)


# "The sergeant is said to have called the sheds cages": the speaker, at second hand (the hedge is read apart)
_SAID_TO_HAVE = re.compile(r"^(?P<np>(?:The|This|That|A|An|One|Another|Both|Two|Three)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w-]+|"
                           r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}|He|She|They)\s+"
                           r"(?:is|was|are|were)\s+(?:also\s+)?said\s+to\s+have\s+(?:described|told|said|called|admitted|"
                           r"confirmed|reported|claimed|complained|recounted|acknowledged)\b")


def blanked_tag(sentence_text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """The speaker of ``sentence_text`` when a place adverb or an age stands between the speaker and the verb, or
    the speaker is "said to have" spoken."""
    if " said to have " in sentence_text and (m := _SAID_TO_HAVE.match(sentence_text)) is not None:
        return Mention(m.group("np"), 0, m.end("np"), "said", False, None)
    if " there " in sentence_text and (m := _THERE.search(sentence_text)) is not None:
        return _reread(sentence_text, m.start("there"), m.end("there"), m.end("there"), 0, find)
    if ", " in sentence_text and (m := _AGE.search(sentence_text)) is not None:
        return _reread(sentence_text, m.start("age"), m.end("age") + 1, m.end("age"), 0, find)
    return long_tail_teller(sentence_text)  # "A welder at a yard run by ... told us that": the welder


def party_case(sentence_text: str) -> Mention | None:
    """ "The prosecution's case was that ...": the party whose case it is (before any speaker in the clause)."""
    if " that " not in sentence_text:
        return None
    if (m := _CASE.match(sentence_text) or _NAMED_CASE.match(sentence_text)) is not None:
        return Mention(m.group("np"), 0, m.end("np"), "argue", False, None)
    return None
