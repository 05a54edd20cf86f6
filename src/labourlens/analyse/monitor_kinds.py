"""Speaker kinds for shapes common in monitoring digests, wire copy and court reports, for
:func:`labourlens.analyse.speaker_kinds.kind_of` (None leaves the phrase to the other rules):

- a paper given by its town or its people, not by its name ("A Colombo paper", "a Nepali paper", "a
  Kathmandu newspaper"): media named by kind, an ``organization`` (main README); "a working paper", "a World
  Bank paper" stay documents;
- a person given by a name with an initial that a court or the police used ("One driver, identified in court
  papers as Muhammad A., a Pakistani national", "a cleaner, named in the indictment as Rosa T."): a
  ``named_person`` (the name stands in the phrase; people given a name are persons);
- a relative given by kin and name ("Nazarov's sister Zarina", "his brother Ilhom"): a ``named_person`` (the
  relative is named; "Nazarov's sister" alone stays an unnamed source).

Names in the examples are invented (places are real)."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["monitor_kind"]

# "A Colombo paper", "a Nepali newspaper", "a Kathmandu daily paper"
_PLACE_PAPER = re.compile(r"^(?:a|an|one|another)\s+(?P<place>(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s+"
                          r"(?:(?:daily|weekly|local|regional|national)\s+)?(?:paper|newspaper)$", re.IGNORECASE)
_DEMONYM_END = re.compile(r"(?:i|ese|ian|an|ish|ch)$")
# "identified in court papers as Muhammad A.", "named in the indictment as Rosa T.", "identified only as Ali K."
_IDENTIFIED_AS = re.compile(
    r",\s+(?:who\s+(?:was|is)\s+)?(?:identified|named|listed|referred\s+to)\s+(?:only\s+)?(?:(?:in|by)\s+[^,]{2,50}?\s+)?"
    r"(?:only\s+)?as\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s+[A-Z]\.)(?:,|$)")
# what a report of a study calls the people it counts, not a name ("identified as Worker A.")
# "Nazarov's sister Zarina", "his brother Ilhom Saidov"
_KIN_NAMED = re.compile(r"^(?:[A-Z][\w'\u2019-]+['\u2019]s?|(?i:his|her|their|my|our))\s+(?i:(?:older|younger|elder|late)\s+)?"
                        r"(?i:sister|brother|mother|father|wife|husband|son|daughter|cousin|uncle|aunt|nephew|niece|"
                        r"grandmother|grandfather|fiancee|fianc\u00e9e|fiance|fianc\u00e9)\s+"
                        r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)$")
_LABEL_WORDS = frozenset("worker respondent interviewee victim witness person case subject participant".split())


def monitor_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """``organization`` or ``named_person`` for speaker phrase ``text`` in the shapes above, else None."""
    text = text.strip()
    paper = _PLACE_PAPER.match(text)
    if paper is not None and _place_or_people(paper.group("place")):
        return "organization"
    kin = _KIN_NAMED.match(text)
    if kin is not None and not _place(kin.group("name")):
        return "named_person"
    named = _IDENTIFIED_AS.search(text) if "as " in text else None
    if named is not None and named.group("name").split()[0].lower() not in _LABEL_WORDS:
        return "named_person"
    return None


def _place(words: str) -> bool:
    from labourlens.analyse.speaker_roles import _is_place  # noqa: PLC0415 - speaker_roles imports speakers

    return _is_place(words)


def _place_or_people(words: str) -> bool:
    """Is ``words`` a place in the gazetteer or a people's name ("Nepali", "Sri Lankan")?"""
    return _place(words) or bool(_DEMONYM_END.search(words)) and words.split()[-1][:1].isupper() and len(words) > 4
