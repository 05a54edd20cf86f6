"""A relative clause set off by commas between the speaker and the reporting verb, for
:mod:`labourlens.analyse.attribution`.

A speaker found inside such a clause ("A spokesperson for X, which the families say owns the trawler, said ...": "the
families" report only whom the boat belongs to) gives way to the subject before it (``reported_in_aside``).

"A supervisor at one contractor, who spoke to us on condition that his company not be named, said ...", "An
invoice dated 14 June, which the newspaper has seen, shows ...": the clause tells how the speaker was reached
or the document seen, and its own "that", "us" or "the newspaper" keep the finders from reading the phrase
before it as the speaker. The subject before the clause speaks: when the finders find no speaker, the sentence
is read again with the clause blanked (offsets kept), and the phrase found must end where the clause begins; the
speaker phrase keeps its clause, as the finders give "X, who asked not to be named, said". A definite subject
("The partner, who met three of the men, said") is left to the writer: which one of those met is not said.
Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse.speakers import Mention

__all__ = ["relative_aside", "reported_in_aside"]

# the subject (no comma, no quotation mark), the clause from "who"/"which" to the comma before a reporting verb
_RELATIVE = re.compile(
    r"^(?P<np>[^,\"\u201c\u201d;:]{3,90}?),\s+(?P<aside>(?:who|which|whom)\s[^\"\u201c\u201d;]{3,200}?),\s+"
    r"(?=(?:(?:has|have|had)\s+)?(?:said|says|told|tells|shows|showed|show|states|stated|wrote|writes|added|"
    r"explained|confirmed|described|reported|records|recorded|alleged|claimed|insisted|maintained|denied|notes|noted)\b)")


# the clause's own report: "which the families say owns ...", "who rights groups allege ..."
_SAY_IN_ASIDE = re.compile(r"\s(?:say|says|said|claim|claims|claimed|allege|alleges|alleged|believe|believes|believed)\s")
# the clause names what the subject is: "which the crew named as the vessel's operator", "who police identified as
# the broker": the phrase after "as" describes the subject, it does not speak
# (not "who identified himself as Mr Lee": a name the speaker gives is the speaker's own)
_AS_IN_ASIDE = re.compile(r"\s(?:named|identified|described|listed|registered)\s+as\s+$")
_DESCRIPTION = re.compile(r"(?:the|a|an|its|their|his|her)\s", re.IGNORECASE)
_DEFINITE = re.compile(r"\s*(?:The|the|This|That)\s")


# (s43) the clause tells how the document reached the page ("which a port authority released to us", "which the
# ministry gave us"): the one who handed it over does not speak, the document before the clause does
_HANDED_OVER = re.compile(r"\s(?:released|gave|given|sent|shared|provided|leaked|passed|handed)\s+(?:it\s+|them\s+)?"
                          r"(?:(?:to|with)\s+)?(?:us|me|reporters)\b")


def relative_aside(sentence_text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """The speaker before a relative clause set off by commas and its reporting verb, found by ``find`` with the
    clause blanked; None when there is no such clause or the phrase found is not the subject before it."""
    a = _RELATIVE.match(sentence_text) if ", wh" in sentence_text else None
    if a is None or _DEFINITE.match(a.group("np")):
        return None  # "The partner, who met three of the men, said": which of the partners met is left open
    blanked = sentence_text[:a.start("aside") - 2] + " " * (a.end("aside") - a.start("aside") + 3) + \
        sentence_text[a.end("aside") + 1:]
    found = find(blanked)
    if found is None or found.start > 2 or not a.end("np") - 1 <= found.end <= a.end("np") + 1:
        return None
    # the subject with its clause, as the finders give "X, who asked not to be named, said": the registry reads it
    wording = sentence_text[found.start:a.end("aside")]
    return Mention(wording, found.start, found.start + len(wording), found.cue, found.direct, found.relay)


def reported_in_aside(m: Mention | None, sentence_text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """``m``, or the subject before a relative clause when ``m`` was found inside that clause ("X, which rights
    groups say supplies the chain, told reporters ...": X speaks, the groups only say whom X supplies)."""
    if m is None or ", wh" not in sentence_text:
        return m
    a = _RELATIVE.match(sentence_text)
    if a is not None and a.start("aside") <= m.start < a.end("aside") and _AS_IN_ASIDE.search(
            sentence_text[a.start("aside") - 1:m.start]) and _DESCRIPTION.match(m.wording) and not _DEFINITE.match(a.group("np")):
        return relative_aside(sentence_text, find) or m  # "X, which the crew named as the vessel's operator, said"
    if a is not None and a.start("aside") <= m.start < a.end("aside") and _HANDED_OVER.search(a.group("aside")) \
            and not _DEFINITE.match(a.group("np")):
        return relative_aside(sentence_text, find) or m  # "A log, which the coast guard released to us, notes"
    if a is None or not a.start("aside") <= m.start < a.end("aside") or not _SAY_IN_ASIDE.search(sentence_text, m.end,
                                                                                                  a.end("aside")):
        return m  # "X, who gave his name as Mr Zhou, said": the name found in the clause is the speaker's own
    return relative_aside(sentence_text, find) or m
