"""A report in the second half of a coordinated predicate, for :mod:`labourlens.analyse.attribution`.

"They were promised 8,000 tenge a day but say they were paid 3,500 tenge": the subject of the sentence is the
speaker of what follows "but say", although the speech verb does not follow it. Only a pronoun or a short
definite description of people opens such a sentence ("They", "The men", "Both women"); a sentence that already
has a speaker found some other way keeps it."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention

__all__ = ["coordinated_report"]

_SHAPE = re.compile(
    r"^\s*(?P<sp>They|He|She|(?:The|Both|All)\s+(?:[a-z][\w-]*\s+){0,2}?(?:men|women|workers|pickers|crew|returnees|"
    r"labou?rers|migrants|fishers|fishermen|families|villagers))\s+"
    r"(?!(?:said|say|says|told|tell|tells)\b)(?:[^,.;:\"\u201c\u201d]|(?<=\d)[,.](?=\d)){3,120}?,?\s+(?:but|and)\s+"
    r"(?P<verb>say|says|said|insist|insists|insisted|claim|claims|claimed)\s+(?:that\s+)?(?=[a-z])")


def coordinated_report(text: str) -> Mention | None:
    """The subject of "X were promised ... but say ..." as the speaker of the sentence, or None."""
    if " but " not in text and " and " not in text:
        return None
    m = _SHAPE.match(text)
    if m is None:
        return None
    verb = m.group("verb")
    cue = "said" if verb.startswith("sa") else verb.rstrip("s").removesuffix("ed")
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), cue)
