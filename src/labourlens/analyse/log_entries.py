"""Telegraphic log entries: a hotline's call log, a caseworker's notes, an intake register. Each entry opens with a
fragment that types the person it is about ("Male caller, Tajikistan, 26.", "Female client, Osh.") and goes on in
sentences without a subject: "Says the employer has not paid him for March." The one who says it is the person of the
entry's opening fragment, not the page (:func:`entry_reporter`); see
:func:`labourlens.analyse.described_people.described_person_kind` for the fragment's kind."""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.analyse.described_people import descriptors
from labourlens.analyse.speakers import Mention
from labourlens.model import Sentence

__all__ = ["entry_reporter"]

# a sentence with no subject that opens on a saying verb: "Says the employer ...", "Reports that ..."
_SUBJECTLESS_SAYS = re.compile(r"(?:Says|Said|Reports|Reported|Claims|Claimed|Complains|Complained|Alleges|Alleged)"
                               r"\s+(?:that\s+)?(?=[a-z\"\u201c])")
_SAYS_STARTS = ("Say", "Sai", "Rep", "Cla", "Com", "All")


def entry_reporter(sentences: Sequence[Sentence], i: int) -> Mention | None:
    """The person of the entry's opening fragment, for a sentence ``sentences[i]`` that opens on a saying verb with
    no subject; None for any other sentence or when its paragraph opens with no such fragment."""
    s = sentences[i]
    if not s.text.startswith(_SAYS_STARTS) or _SUBJECTLESS_SAYS.match(s.text) is None:
        return None
    for j in range(i - 1, max(-1, i - 6), -1):
        if sentences[j].paragraph != s.paragraph:
            break
        who = descriptors(sentences[j].text)
        if who is not None:
            verb = s.text.split()[0]
            return Mention(who, 0, len(verb), "said", False)
    return None
