"""The person a "she said" or "he said" goes back to when the name introduced last is told of with the other pronoun,
for :mod:`labourlens.analyse.registry`.

"Amina Yusuf has not heard her brother's voice for a month. Idris, 30, left for Jeddah in May. He was promised a
driving job. 'They took his phone,' she said." The name introduced last is Idris, but the text tells of him as "he":
the "she" is the woman named before, whose own sentence speaks of "her brother". A name's gender is read from the
first "he"/"his" or "she"/"her" of its own clause (up to a quote, a "that", an "and" or another noun phrase), or
from a "He"/"She" that opens the next sentence. When that clashes with the pronoun, the last person named at the
head of a sentence whose pronoun agrees is taken instead; so is a person named at the head of a later sentence whose
pronoun agrees ("Kamala Thapa Magar has not seen her son" after a masthead's name). Otherwise the name is left as it
is.

(s35) A paragraph that opens on a spouse named through the other ("Mina Rai's husband, Arjun Rai, 40, died in
June. She said he ...") has the named owner as the "she" (or, with "wife", the "he") of its sentences: the spouse
is told of, the owner speaks."""

from __future__ import annotations

import re

__all__ = ["agreeing_name", "spouse_owner", "told_gender"]

# a pronoun of the name's own clause: "he"/"she"/"himself"/"herself", or "his"/"her" before a word of the noun it owns
# ("has not seen her son's face"), not "her" as an object ("told her that")
_PRONOUN = re.compile(r"\b(?:(he|she|himself|herself)|(his|her)(?=\s+(?!(?:that|to|the|a|an|and|or|but|in|on|at|for|with|"
                      r"from|by|of|as|if|when|because|so|about|after|before|again|back|out|up|off|down|away|over)\b)[a-z]))\b",
                      re.IGNORECASE)
# where the clause of the name ends: a quote, a subordinate or coordinated clause, another person's noun phrase
_CLAUSE_END = re.compile(r"[\"\u201c\u201d;:]|\b(?:that|who|whom|whose|which|because|when|while|and|but|the|a|an)\b",
                         re.IGNORECASE)
_FEMALE_WORDS = frozenset(("she", "her", "hers", "herself"))
# a sentence's end: the words of the name's own sentence stop there
_END = re.compile(r"[.!?][\"\u201d']?(?:\s+|$)|\n")
# a name of two to four capitalised words opening a sentence and followed by a verb in lower case
_HEAD_NAME = re.compile(
    r"(?:^|(?<=[.!?\u2014\n])\s*|(?<=[.!?][\"\u201d])\s*)(?:[A-Z][A-Z ]{2,30}\s*[\u2014-]\s*)?"
    r"(?P<name>(?-i:[A-Z])[a-z]+(?:-[A-Z]?[a-z]+)?(?:[ \t](?-i:[A-Z])[a-z]+(?:-[A-Z]?[a-z]+)?){1,3})"
    r"(?=[ \t]+(?:has|had|is|was|have|did|does|said|says|told|left|lost|went|spent|worked|sold|borrowed)\b)")
_GATE = ("he", "she", "He", "She", "his", "her", "His", "Her")


def told_gender(context: str, name: str | None) -> str:
    """ "female" / "male" from the pronoun that follows the first mention of ``name`` in ``context``, "" if none."""
    if not name or not context:
        return ""
    i = context.find(name)
    if i < 0:
        return ""
    rest = context[i + len(name):]
    end = _END.search(rest)
    own = rest[:end.start()] if end else rest
    cut = _CLAUSE_END.search(own)
    m = _PRONOUN.search(own[:cut.start()] if cut else own)
    if m is None and end is not None:  # "Idris, 30, left in May. He was promised ...": the next sentence's subject
        nxt = rest[end.end():end.end() + 4]
        m = _PRONOUN.match(nxt) if nxt[:3] in ("He ", "She") else None
    if m is None:
        return ""
    return "female" if (m.group(1) or m.group(2)).lower() in _FEMALE_WORDS else "male"


def agreeing_name(context: str, pronoun: str, found: str | None) -> str | None:
    """``found`` (the name introduced last before a "he"/"she" in ``context``), or, when the text tells of that
    person with the other pronoun, the person last named at the head of a sentence whose pronoun agrees."""
    if found is None or pronoun not in ("he", "she") or not any(w in context for w in _GATE):
        return found
    want = "female" if pronoun == "she" else "male"
    told = told_gender(context, found)
    if told == want:
        return found
    at = context.find(found)
    for m in reversed(list(_HEAD_NAME.finditer(context))):  # a name opening a later sentence, or any when ``found`` clashes
        name = m.group("name")
        if (told or m.start() > at) and name != found and found not in name and told_gender(context, name) == want:
            return name
    return found


# a paragraph opening on a person's spouse: "Mina Rai's husband, Arjun Rai, ...", "Hari Lama's late wife ..."
_SPOUSE_HEAD = re.compile(r"^\s*(?P<name>(?-i:[A-Z])[a-z]+(?:[ \t](?-i:[A-Z])[a-z]+){1,3})['\u2019]s\s+(?:late\s+)?"
                          r"(?P<kin>husband|wife)\b")


def spouse_owner(context: str, pronoun: str) -> str | None:
    """The person whose husband (for "she") or wife (for "he") opens the paragraph ``context`` ends in, else None."""
    if pronoun not in ("he", "she") or "'s " not in context and "\u2019s " not in context:
        return None
    m = _SPOUSE_HEAD.match(context[context.rfind("\n\n") + 1:])
    if m is None or m.group("kin") != ("husband" if pronoun == "she" else "wife"):
        return None
    return m.group("name")
