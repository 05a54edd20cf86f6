"""A person a news lede introduces with what they say in a relative clause, for
:func:`labourlens.analyse.relay_chains.late_speaker`: "A domestic worker from Iloilo who says she worked every
day for two years without a rest day arrived home on Wednesday." The sentence's account is the worker's (she
says it), not the page's; the name the next sentence gives ("Rowena Dalisay, 38, told ...") is the same person
(the registry's lede rule joins them).

Only a person given by an indefinite phrase opening the sentence ("A cleaner from Cebu", "A 29-year-old welder")
and a saying verb in the present or the past ("who says", "who said", "who claims") count; "a worker who says
nothing" and "a man who says he is a broker" keep the other rules (no account, or only who he is).

:func:`clause_cut_mention` reads a sentence whose quotation is followed by a clause of time or condition
('Nazarov told the court that the manager threatened to "call the police" whenever the men asked about money.')
without that clause: the clause's subject is no speaker of the quotation (the speaker finders drop it, see
:func:`labourlens.analyse.speaker_voices.colon_trim`), the one who told the court is."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["clause_cut_mention", "who_says_mention"]

_WHO_SAYS = re.compile(
    r"^\s*(?P<sp>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[^,;:\"\u201c\u201d]{2,70}?)\s+who\s+(?:(?:has|had)\s+)?"
    r"(?P<verb>says|said|claims|claimed|alleges|alleged|recounts|recounted)\s+(?:that\s+)?"
    r"(?!(?:nothing|little|(?:he|she)\s+(?:is|was)\s+(?:a|an|the)\b))(?P<rest>[a-z][^\"\u201c]{10,})$")


def who_says_mention(text: str) -> Mention | None:
    """The person who says the sentence's account, in the shape above; None otherwise."""
    if " who " not in text:
        return None
    m = _WHO_SAYS.match(text)
    if m is None or classify(sp := m.group("sp")) not in ("anonymous_source", None):
        return None
    return Mention(sp, m.start("sp"), m.end("sp"), "said", False)


# a quotation, then a clause of time or condition to the end: '"call the police" whenever the men asked about money.'
_QUOTE_THEN_CLAUSE = re.compile(r"[\"\u201d]\s+(?P<sub>whenever|when|if|unless|until|because|wherever|once|while)\s+"
                                r"[^\"\u201c\u201d,]+$")


def clause_cut_mention(text: str) -> Mention | None:
    """The speaker of the sentence read without the clause after its quotation (see the module doc)."""
    if '"' not in text and "\u201d" not in text:
        return None
    m = _QUOTE_THEN_CLAUSE.search(text)
    if m is None:
        return None
    from labourlens.analyse.mentions import find_mention  # noqa: PLC0415 - mentions imports this module's caller

    return find_mention(text[:m.start("sub")].rstrip() + ".")
