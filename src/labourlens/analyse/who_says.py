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

__all__ = ["clause_cut_mention", "who_says_mention", "accounts_from_mention", "accounts_over"]

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


# "The channel has published messages from couriers who say an agency fined them ...": the people who say it
_ACCOUNTS_FROM = re.compile(
    r"\b(?:messages|complaints|accounts|testimonies|testimony|letters|appeals|calls|posts|videos|stories|petitions|"
    r"voice\s+notes|reports)\s+(?:from|by|of)\s+(?P<sp>(?:(?i:a|an|the|one|two|three|several|dozens\s+of|hundreds\s+of|"
    r"some|many|other)\s+)?[^,;:\"\u201c\u201d]{2,80}?)\s+who\s+(?:(?:have|has|had)\s+)?(?P<verb>say|says|said|claim|claims|"
    r"claimed|allege|alleges|alleged|complain|complains|complained|describe|describes|described)\s+(?!nothing\b)")


def accounts_from_mention(text: str) -> Mention | None:
    """The people whose messages or complaints "say" the sentence's account (see the pattern above)."""
    if " who " not in text or " from " not in text and " by " not in text and " of " not in text:
        return None
    m = _ACCOUNTS_FROM.search(text)
    if m is None or classify(sp := m.group("sp")) not in ("anonymous_source", "named_person"):
        return None
    return Mention(sp, m.start("sp"), m.end("sp"), "said", False)


def accounts_over(m: Mention | None, text: str) -> Mention | None:
    """The people whose messages say the account, when no speaker was found or the one found ran over them ("A
    channel run by migrants has published messages from couriers who say ..."); ``m`` for any other sentence."""
    acc = accounts_from_mention(text)
    if acc is None:
        return m
    if m is None:
        return acc
    # a phrase that ran over them to "who" (not "The ministry said it was checking complaints from women who say
    # ...": the ministry speaks)
    return acc if m.start <= acc.start and m.end >= acc.end else m


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
