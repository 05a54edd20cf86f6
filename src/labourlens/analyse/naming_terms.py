"""A reporter's or a host's note on the terms on which a source speaks, for the claim stage (through
:func:`labourlens.analyse.editorial_frames.editorial_frame`): how the source is to be named ("She asked the paper to
print only her given name, Aigul.", "He asked to be known only by his initials."), that the source did not wish a name
printed ("He did not wish to be identified."), or that the source was heard through an interpreter ("She spoke through an
interpreter, whose voice you will hear."). Such a note tells of the reporting, not of anything done to workers. The
whole sentence must have one of these shapes, perhaps after a short clause on where the source is now ("He is now
in Lyon, and he asked ..."), so that a sentence which goes on to tell what happened keeps its claim. Examples here and
in the tests are invented. Requests for anonymity worded as such ("asked not to be named", "spoke on condition of
anonymity") are read anywhere in a sentence by :data:`labourlens.analyse.claims._META`; this module adds the whole-sentence
notes above, which that pattern's phrases do not reach."""

from __future__ import annotations

import re

__all__ = ["naming_term"]

_GATE = ("named", "identified", "name", "initial", "interpreter", "translator")
_WHO = r"(?:he|she|they|the\s+(?:man|woman|worker|recruiter|broker|guest|caller|teller))"
# "He is now in Lyon, and ", "She lives in Seoul now and ": a short clause on where the source is, before the note
_LEAD = r"(?:[^.;:\"\u201c\u201d,]{2,60},?\s+and\s+)?"
_NOTE = re.compile(
    r"^\W*(?:[A-Z][\w .'-]{1,40}:\s*)?" + _LEAD + _WHO + r"\s+(?:"
    # "asked the paper to print only her given name, Ana", "asked to be known only as his initials"
    r"asked\s+(?:us\s+|me\s+|the\s+\w+\s+)?to\s+(?:(?:use|print|give|publish)\s+only\s+|be\s+(?:identified|named|called|"
    r"known)\s+only\s+(?:by|as)\s+)(?:his|her|their)\s+(?:first\s+name|given\s+name|initials?|surname|nickname)"
    r"(?:,\s+[A-Z][\w'\u2019.-]*)?"
    # "does not wish to be identified", "did not want to be named in full"
    r"|(?:did\s+not|didn't|didn\u2019t|does\s+not|doesn't|doesn\u2019t)\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)"
    r"(?:\s+in\s+full)?"
    # "spoke through an interpreter", "talked to us with the help of a translator"
    r"|(?:spoke|speaks|talked|talks)\s+(?:to\s+(?:us|me)\s+)?(?:through|via|with\s+the\s+help\s+of)\s+an?\s+"
    r"(?:interpreter|translator)(?:,\s+whose\s+voice\s+[^.;:\"\u201c]{2,40})?"
    r")\s*[.!]?\s*$",
    re.IGNORECASE)


def naming_term(text: str) -> bool:
    """Is the sentence only a note on how its source is named or heard (see the module docstring)?"""
    return len(text) <= 200 and any(g in text for g in _GATE) and _NOTE.match(text.strip()) is not None
