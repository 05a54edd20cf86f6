"""A party's case put in the court's or the page's words: "It is the Claimant's case that her employer took her
passport", "The Respondent's position was that the fees were lawful", "It was the workers' evidence that ...", "Dr
Sato's evidence was that ...", "K.L.'s case was that ..." (a party the summary names by initials),
"It was also her evidence that ..." (she: the party just met): the
party whose case, evidence or position it is speaks what follows "that" (a judgment or a case summary reports the
parties' accounts so). Examples here and in the tests are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["noting_mention", "party_case_mention"]

_SPEAKERS = ("official", "organization", "named_person", "anonymous_source", "document")
_WORDS = ("case", "evidence", "position", "contention", "submission", "testimony", "complaint")  # (speed: a gate)
_CASE = re.compile(
    r"^(?:\(?\d{1,3}[.)]\s+)?(?:It\s+(?:is|was)\s+(?:also\s+|further\s+|then\s+)?"
    r"|(?=[Tt]he\s|(?:Mr|Ms|Mrs|Miss|Dr)\.?\s|(?:[A-Z]\.){2,3}['\u2019]s\s))"  # (or a party by initials: "K.L.'s case")
    r"(?:(?P<pro>his|her|their|its)\s+|(?P<sp>(?:[A-Z]\.){2,3}|(?:[Tt]he\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)['\u2019]s?\s+)"
    r"(?:own\s+)?(?:case|evidence|position|contention|submission|testimony|complaint|pleaded\s+case)"
    r"(?:\s+(?:is|was))?\s+that\b")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # a party named by initials, as case summaries do: "K.L."
# a possessive pronoun stands for the party just met ("It was also her evidence that ...": she)
_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}


def party_case_mention(text: str) -> Mention | None:
    """The party in "It is the Claimant's case that ...", when it names a speaker; None otherwise."""
    m = _CASE.match(text) if any(w in text for w in _WORDS) else None
    if m is None:
        return None
    if m.group("pro") is not None:  # "It was also her evidence that ...": she, the one just met
        return Mention(_PRONOUN[m.group("pro")], m.start("pro"), m.end("pro"), "said", False)
    sp = m.group("sp")
    if classify(sp) not in _SPEAKERS and not _INITIALS.fullmatch(sp):
        return None
    return Mention(sp, m.start("sp"), m.end("sp"), "said", False)


# a bench's or a body's finding with its reason given in a participle: "The Tribunal preferred her account, noting
# emails in which ...", "The inspectorate rejected the firm's figures, noting that ...": the subject speaks
_NOTING = re.compile(
    r"^(?P<sp>[Tt]he\s+(?:[A-Z][\w'\u2019-]*\s+){0,4}[A-Z][\w'\u2019-]*|[Tt]he\s+(?:judge|magistrate|court|tribunal|"
    r"inspectorate|inspectors|auditors|commission|ombudsman|regulator))\s+(?:also\s+)?(?P<verb>[a-z]+ed)\b[^.;:\"\u201c]{1,120}?,"
    r"\s+(?:noting|observing|citing|pointing\s+to|referring\s+to)\b")
_NOTING_KINDS = ("official", "organization", "document")


def noting_mention(text: str) -> Mention | None:
    """The body in "The Tribunal preferred her account, noting ...", when it is a speaker of an official, a body or a
    document; None otherwise."""
    if "noting" not in text and "observing" not in text and "citing" not in text and "pointing to" not in text \
            and "referring to" not in text:
        return None
    m = _NOTING.match(text)
    if m is None or classify(m.group("sp")) not in _NOTING_KINDS:
        return None
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), "note", False)
