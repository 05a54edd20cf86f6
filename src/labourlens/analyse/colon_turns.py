"""Someone new who speaks inside an interview turn written "Name: ..." ("Mensah-Bonsu: One vessel owner told us the
advances were 'a kindness'."): the turn's speaker reports what a person she introduces there told her team, and
that person speaks, as inside a turn labelled in capitals ("KIM: A guard said ..."). Only a person introduced by an
indefinite count ("One vessel owner", "A recruiter in Accra", "Another captain") who opens the turn, with a verb of
saying, counts, or a body given by its name in apposition ("The main contractor, Kerbau Holdings, wrote to us that ..."),
or an official by title ("The district commissioner told us these are family matters"), or (s388) the head of a firm
by role ("The mill's owner told us the logs were for training");
the words after the verb must not be the turn speaker's own story ("A guard told us we could not
leave": "we" is the witness, whose account it stays). Used by :mod:`labourlens.analyse.mentions`; examples are
invented."""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse.speakers import Mention, classify

__all__ = ["bare_label", "colon_label", "inner_speaker", "plural_examples"]

_INDEFINITE = re.compile(r"^(?:One|A|An|Another)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?:\s+(?:in|at|from|of)\s+[A-Z][\w-]*)?$")
_CUES = frozenset(("said", "told"))
# a body the turn's speaker names, with its name in apposition, that answered them: "The main contractor, Kerbau
# Holdings, wrote to us that ...", "The ministry, in a letter, told us ..."
_BODY_CUES = frozenset(("said", "told", "write", "insist", "maintain", "claim", "reply", "answer", "respond", "state"))
# (s43) or with a few words of where it works before the name ("The main contractor on one dam section, Kerbau Holdings,
# told me ...")
_DEFINITE_BODY = re.compile(r"^The\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5},\s+[A-Z][^,]{2,60}$")
# (s43) a state body or a firm by its full name that answered the turn's speaker ("The Ministry of Labour and Welfare
# told me in writing that ...")
_NAMED_BODY = re.compile(r"^The\s+[A-Z][\w'\u2019&-]*(?:\s+(?:[A-Z][\w'\u2019&-]*|of|and|for|&)){1,7}$")
# an official of the state by title alone, who answered the turn's speaker: "The district commissioner told us ..."
# (s36) perhaps led by the state's adjective: "The Chinese side maintains that ...", "The Thai authorities say ..."
_DEFINITE_OFFICIAL = re.compile(r"^The\s+(?:[A-Z][a-z]+\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}$")
# (s388) the head of the firm the turn's speaker inspected or dealt with, by role: "The plant manager insisted to us
# that ...", "The mill's owner told us ..." (the firm's answer, reported by an auditor or a researcher)
# (a bare "The owner told us ..." stays the turn speaker's account of the one they dealt with)
_FIRM_ROLE = re.compile(r"^The\s+(?:(?:plant|factory|mill|firm|company|farm|site)(?:'|\u2019)s\s+(?:owner|manager|director|"
                        r"management)|(?:general|managing|plant|factory|site|mill|farm)\s+(?:manager|director))$")
# the turn speaker in what was said: "told us we could not leave", "said our pay was late"
_OWN = re.compile(r"\b(?:we|us|our|me|my|I)\b")
_VERB = re.compile(r"\s*,?\s+(?:\w+\s+)?(?:told|tells|said|says|wrote(?:\s+to)?|writes(?:\s+to)?|insist(?:s|ed)|maintain(?:s|ed)|"
                   r"claim(?:s|ed)|repl(?:ies|ied)|answered|responded|stated|states)(?:\s+(?:us|me|them|the\s+\w+))?")


def inner_speaker(text: str, at: int, find: Callable[[str], Mention | None]) -> Mention | None:
    """The person a "Name:" turn opens with, as a mention in ``text`` (the turn starts at ``at``), or None."""
    rest = text[at:]
    lead = len(rest) - len(rest.lstrip())
    if not rest[lead:lead + 1].isupper() or rest[lead:lead + 3] not in ("One", "A ", "An ", "Ano", "The"):
        return None
    inner = find(rest)
    if inner is None or inner.start != lead:
        return None
    if rest[lead:lead + 3] == "The":  # "The main contractor, Kerbau Holdings, wrote to us that ...": a body by name
        if inner.cue not in _BODY_CUES or not ((_DEFINITE_BODY.match(inner.wording) or _NAMED_BODY.match(inner.wording))
                and classify(inner.wording) in ("organization", "official")
                or _DEFINITE_OFFICIAL.match(inner.wording) and classify(inner.wording) == "official"
                or _FIRM_ROLE.match(inner.wording) and inner.cue in _CUES):
            return None
    elif inner.cue not in _CUES or not _INDEFINITE.match(inner.wording):
        return None
    elif classify(inner.wording) not in ("anonymous_source", "organization", "official"):
        return None
    said = rest[inner.end:]
    verb = _VERB.match(said)
    if verb is None or _OWN.search(said, verb.end()):
        return None
    return Mention(inner.wording, inner.start + at, inner.end + at, inner.cue, inner.direct, inner.relay)


# (s349) a voice labelled by a short description and a colon before its quotation, as a thread's or a page's line
# ("2/ The first welder: \"The Koreans ...\"", "A foreman: \"...\""): with no verb, the label speaks the quotation
_BARE_LABEL = re.compile(r"^(?:\d{1,3}/\d{0,3}[ \t]+)?(?P<np>(?:The|A|An|One|Another)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)"
                         r"{0,3})[ \t]*$")


def bare_label(pre: str, off: int) -> Mention | None:
    """The speaker of a quotation whose text before the colon (``pre``, from ``off``) is only a short description."""
    m = _BARE_LABEL.match(pre, off)
    if m is None or classify(m.group("np")) is None:
        return None
    return Mention(m.group("np"), m.start("np"), m.end("np"), "said", True)


def plural_examples(np: str, kind: str, verb: str) -> bool:
    """(s35) Is the subject before a colon one capitalised word with a plural verb ("Delays are far more frequent:
    \"...\"")? It is a plural noun whose examples follow, not a person called by one name (a person "is" or "was")."""
    return kind == "named_person" and " " not in np and verb.strip() in ("are", "were")


# (s36) the "Name:" label of a turn, a person's name of two or three words (perhaps after a title): "Yoo Min-jae: ..."
_LABEL = re.compile(r"^\s*(?P<n>(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Hon)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}):\s+(?=\S)")


def colon_label(text: str) -> tuple[str, int, int, bool] | None:
    """The person a "Name:" turn label names, in the shape of a transcript label (name, start, end, False), or None."""
    m = _LABEL.match(text) if ":" in text[:48] else None
    if m is None or classify(m.group("n")) != "named_person":
        return None
    return m.group("n"), m.start("n"), m.end(), False
