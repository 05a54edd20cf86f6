"""The person a "he" / "she" goes back to when that person was named in apposition to a role ("The woman,
Kim Ok-sun, now lives in Seoul. She told me ..."; "A former welder, Tomas Ruiz, left in May. He said ..."):
used by :mod:`labourlens.analyse.registry` for a pronoun no source met so far fits.
"""

from __future__ import annotations

import re

from labourlens.analyse.place_rules import demonym_word
from labourlens.analyse.registry_patterns import COUNT_LEAD
from labourlens.analyse.speakers import _NAME_TOKEN, classify

# a determiner, up to four lower-case words (the role), a comma, a name of two or three words, a comma
_APPOSED = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*,\s+"
    rf"({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}}),(?!\s*(?:and|or)\b)"
)


def apposed_after(context: str, earlier: str | None) -> str | None:
    """The last personal name given in apposition to a role in ``context`` when it comes after the last
    mention of ``earlier`` (the name found otherwise) or when there is no such name; None otherwise."""
    found = [m for m in _APPOSED.finditer(context) if classify(m.group(1)) == "named_person"]
    if not found:
        return None
    last = found[-1]
    if earlier and context.rfind(earlier) > last.start(1):
        return None
    return last.group(1)


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+")
_LABEL = re.compile(r"^[A-Z][A-Z .'-]{1,40}(?:\s*\([^)]{0,40}\))?:\s+")  # "DAN WEBB:", "REPORTER (voice-over):"
_SUBJECT = re.compile(  # "The union's national president, Ms Precious Banda, ...", "The director of Zelyony Dol, Andrei Sokolov, ..."
    # after a fronted place ("At the embassy in Faiha, a labour attache, Ramon Dizon, was more candid.")
    rf"^(?:(?:At|In|On|Inside|Outside|Near|From)\s[^,\"\u201c]{{2,80}},\s+)?"
    rf"(?:[Tt]he|[Oo]ur|[Tt]his|[Aa]n?)\s+((?:[a-z][\w'\u2019-]*\s+){{0,3}}[a-z][\w-]*"
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{0,3}})?),\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    rf"({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}}),\s"
)
_FEMALE = frozenset("woman women girl mother wife daughter sister widow seamstress waitress".split())
_MALE = frozenset("man men boy father husband son brother widower".split())


# the title that says the other sex than the pronoun ("Mr Ri" is no "she", "Mrs Ri" no "he")
_TITLE_CLASH = {"she": re.compile(r"(?:Mr|Sir)\.?\s"), "he": re.compile(r"(?:Mrs|Ms|Miss|Madam)\.?\s")}
_ACCOUNT_OF = re.compile(r"^([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})['\u2019]s\s+(?:account|story|testimony|"
                         r"experience|ordeal|version|case)\b")


def apposed_subject(context: str, pronoun: str) -> str | None:
    """The name of the person the sentence just before ``context``'s end opens with, named in apposition to
    a role ("The welder, Tomas Ruiz, left in May." before "He said ..."): the antecedent of ``pronoun``
    ("he" / "she") unless the role says the other sex ("The woman, ..." before "he")."""
    tail = context[-400:].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(tail)]
    last = _LABEL.sub("", tail[ends[-1] if ends else 0:].lstrip(" \n").split("\n")[-1])
    m = _SUBJECT.match(last)
    if m is None and (told := _ACCOUNT_OF.match(last)) is not None and classify(told.group(1)) == "named_person" \
            and not ((clash := _TITLE_CLASH.get(pronoun)) is not None and clash.match(told.group(1))):
        # (s387) not "Mr Ri's account" before "She says ...": the woman named after it ("fits what X told me") is hers
        return told.group(1)  # "Tigist's account is harsher. She said ...": the one whose account it is
    if m is None or classify(m.group(2)) != "named_person":
        return None
    role = set(m.group(1).lower().split())
    if role & (_MALE if pronoun == "she" else _FEMALE if pronoun == "he" else set()):
        return None
    from labourlens.analyse.speaker_roles import company_noun  # noqa: PLC0415 - speaker_roles imports the registry chain

    if company_noun(m.group(1).split(" of ")[0].split()[-1]):
        return None  # "The company, Zarafshon Work Travel, charged ..." names a firm, never a "he"
    return m.group(2)


# "..., one of the sources, a Lao businessman who supplies the restaurant, told the agency. He said ...":
# the person described in apposition to "one of the sources" / "one of them" / "another source"
_DESCRIBED = re.compile(
    r"\b(?:[Oo]ne\s+of\s+(?:the\s+[a-z]+|them)|[Aa]nother\s+source|[Tt]he\s+(?:first|second|other)\s+source),\s+"
    r"(an?\s+[A-Za-z][\w-]*(?:\s+[\w'-]+){0,10}?),\s+(?:told|said|says|added|explained)\b"
)


def apposed_description(context: str) -> str | None:
    """The description given in apposition to "one of the sources" in the sentence just before the end
    of ``context`` ("a Lao businessman who supplies the restaurant"): the antecedent of a "he" / "she" no
    source met so far fits; None when there is none."""
    tail = context[-400:]
    found = list(_DESCRIBED.finditer(tail))
    return found[-1].group(1) if found else None


# a news story's first sentence names its subject after the dateline and a fronted adjunct: "LIKASI - For eleven
# months, Jean-Pierre Ilunga washed ore ...", "MOMBASA - Last year Amina Odhiambo left for Riyadh ..."
# (s41) in capitals with accents ("SÃO LUÍS"), and with its state or country after a comma ("SOBRAL, Ceará — ")
_CAPS = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_DATELINE = (rf"[{_CAPS}][{_CAPS}'\u2019.-]+(?:[ \t]+[{_CAPS}][{_CAPS}'\u2019.-]+){{0,2}}"
             r"(?:,[ \t]+[A-Z\u00c0-\u00de][\w'\u2019.-]*(?:[ \t]+[A-Z\u00c0-\u00de][\w'\u2019.-]*){0,2})?[ \t]+[-\u2013\u2014][ \t]+")
_ADJUNCT = r"(?:In|On|At|For|Since|Until|After|Before|By|Last|This|Early|Late|Over|Throughout)\b[^,.\n\"\u201c]{2,60},?[ \t]+"
_FRONTED_NAME = re.compile(  # a dateline, an adjunct or both before the name (a name alone opening a sentence: _lead_name)
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:{_DATELINE}(?:{_ADJUNCT})?|{_ADJUNCT})"
    rf"({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{1,2}})[ \t]+(?=[a-z])"
)


# (s38) a summary record's speaker in capitals after a title, opening a paragraph: "Mr. TOMAS RUIZ (Director, ...)
# presented a report." (the record's style; the name is written as a name)
_TITLED_CAPS = re.compile(r"(?:^|(?<=\n))[ \t]*(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+"
                          r"([A-Z][A-Z'\u2019\u00c0-\u00de-]+(?:[ \t]+[A-Z][A-Z'\u2019\u00c0-\u00de-]+){1,3})\b(?=[ \t]*[(,])")


def fronted_name(context: str) -> str | None:
    """The last personal name that opens a sentence after a dateline or a fronted adjunct of time or place in
    ``context`` (see ``_FRONTED_NAME``), or (s38) a paragraph as a titled name in capitals (``_TITLED_CAPS``): the
    antecedent of "he" or "she" when nothing nearer fits."""
    tail = context[-1200:]
    found = [(m.start(1), m.group(1)) for m in _FRONTED_NAME.finditer(tail)
             if not COUNT_LEAD.match(m.group(1)) and classify(m.group(1)) == "named_person"  # not "Two Kazakh women"
             and not demonym_word(m.group(1))]  # "COLOMBO — Sri Lankan cleaners say": a nationality, no name
    if "\n" in tail:
        found += [(m.start(1), " ".join(w.capitalize() for w in m.group(1).split())) for m in _TITLED_CAPS.finditer(tail)]
        found = [f for f in found if classify(f[1]) == "named_person"]
    return max(found)[1] if found else None
