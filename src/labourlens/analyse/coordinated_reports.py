"""A report in the second half of a coordinated predicate, for :mod:`labourlens.analyse.attribution`.

"They were promised 8,000 tenge a day but say they were paid 3,500 tenge": the subject of the sentence is the
speaker of what follows "but say", although the speech verb does not follow it. Only a pronoun or a short
definite description of people opens such a sentence ("They", "The men", "Both women"); a sentence that already
has a speaker found some other way keeps it.

"Another worker arrived in Sao Paulo in 2024 and told us the owner locked the door": a person without a name who did
something and then told it is the speaker, when the phrase before the first verb reads as one (an unnamed or named
person, never a firm or a thing)."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["coordinated_report", "coordinated_teller"]

_SHAPE = re.compile(
    r"^\s*(?P<sp>They|He|She|(?:The|Both|All)\s+(?:[a-z][\w-]*\s+){0,2}?(?:men|women|workers|pickers|crew|returnees|"
    r"labou?rers|migrants|fishers|fishermen|families|villagers))\s+"
    r"(?!(?:said|say|says|told|tell|tells)\b)(?:[^,.;:\"\u201c\u201d]|(?<=\d)[,.](?=\d)){3,120}?,?\s+(?:but|and)\s+"
    r"(?P<verb>say|says|said|insist|insists|insisted|claim|claims|claimed)\s+(?:that\s+)?(?=[a-z])")


def coordinated_report(text: str) -> Mention | None:
    """The subject of "X were promised ... but say ..." (or of "X arrived ... and told ...") as the speaker of the
    sentence, or None."""
    if " but " not in text and " and " not in text:
        return None
    m = _SHAPE.match(text)
    if m is None:
        return coordinated_teller(text)
    verb = m.group("verb")
    cue = "said" if verb.startswith("sa") else verb.rstrip("s").removesuffix("ed")
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), cue)


# "... and told", "... and later said": the report joined to an act by "and"
_AND_TOLD = re.compile(r"\s+and\s+(?:later\s+|then\s+)?(?P<verb>told|said|says|tells)\b")
_PEOPLE_KINDS = frozenset(("anonymous_source", "named_person"))
# someone first met in this sentence: "The foreman took all our wages and said ..." is what a worker tells of him
_NEWCOMER = re.compile(r"\s*(?:A|An|Another|One|Two|Three|Four|Five|Several|Some)\s")


def coordinated_teller(text: str) -> Mention | None:
    """The person who did something "and told" it ("Another worker arrived in 2024 and told us ..."), or None: the
    subject before the first verb, read by :func:`labourlens.analyse.relay_chains.coordinated_subject`."""
    told = _AND_TOLD.search(text) if " and " in text else None
    if told is None or "," in text[:told.start()] or not _NEWCOMER.match(text):
        return None
    from labourlens.analyse.relay_chains import coordinated_subject  # noqa: PLC0415 - relay_chains reads attributions

    lead = len(text) - len(text.lstrip())
    clause = text[lead:told.start() + told.group(0).index("and") + 3]  # up to "and", which the reader expects
    m = coordinated_subject(Mention(clause, lead, lead + len(clause), "told" if told.group("verb")[0] == "t" else "said"))
    if m.end >= lead + len(clause) or classify(m.wording) not in _PEOPLE_KINDS:
        return None
    return m
