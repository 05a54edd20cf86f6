"""Groups, counts and their members as speakers, used by :mod:`labourlens.analyse.attribution_shapes2` and
:mod:`labourlens.analyse.registry`.

- A second speaker in a coordinated sentence ("Forty said they were paid late; one cook, Ana Ruiz, said she
  got nothing for a year.") is met there, so that a later "she told us" is that person, never the group
  that opened the sentence.
- A count word that names a part of a group ("Several said", "Some said", "A few said", "Almost all
  said") speaks as worded in its own sentence, a subset of its own (the reading of the annotators of the
  held-out sets: "Several" and "Almost all" kept apart from the group heard before); "Most", "They",
  "Both" and "All of them" stay the group itself.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["second_speakers", "subset_word", "bare_count", "clause_group", "whom_group"]

_SPEECH = r"(?:said|says|told|tells|described|recalled|reported|complained|added)"
# "...; one cook, Ana Ruiz, said", "..., and a second woman, Mina, told us", "..., while another said"
_SECOND = re.compile(
    rf"(?:;|,\s+(?:and|while|but|whereas))\s+(?P<np>(?:one|a|an|another|the)\s+[A-Za-z][\w'\u2019-]*(?:\s+[A-Za-z][\w'\u2019-]*){{0,3}}"
    rf",\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019-]*){{0,2}},|[A-Z][a-z'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{1,2}})"
    rf"\s+{_SPEECH}\b")


def second_speakers(m: Mention, sentence_text: str) -> list[Mention]:
    """The person of a second attribution after ``m`` in a coordinated sentence ("Forty said ...; one cook,
    Ana Ruiz, said ..."), as a mention to register, so that a later "she said" finds that person; empty
    when the sentence has no such clause."""
    if ";" not in sentence_text and ", " not in sentence_text:
        return []
    for x in _SECOND.finditer(sentence_text, m.end):
        np = x.group("np").rstrip(",")
        if classify(np) == "named_person":
            return [Mention(np, x.start("np"), x.start("np") + len(np), "introduced")]
    return []


_SUBSET = frozenset(("several", "some", "a few", "almost all", "nearly all", "a handful", "a number"))


def subset_word(low: str) -> bool:
    """Is ``low`` (a lower-cased speaker phrase) a count word for a part of a group ("several", "some",
    "almost all"), which speaks as its own subset rather than as the group heard before?"""
    return low in _SUBSET


_COUNT = re.compile(
    r"^(?:\d{1,5}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|(?:thir|four|fif|six|seven|eigh|nine)teen|eleven|twelve|ten|nine|eight|seven|six|five|four|three|"
    r"two|several|some|many|most|a\s+few|almost\s+all|nearly\s+all|all|both|half)$", re.IGNORECASE)


_COUNT_OF = re.compile(r"^(?P<count>.+?)\s+of\s+(?:the|them|those|these|its|their|our)\b", re.IGNORECASE)


def counted_partitive(np: str) -> bool:
    """Is ``np`` a count of more than one taken from a group ("Three of the crew", "Several of them", "two of its
    staff"): a plural speaker, whatever the group's noun (a collective "crew" or "staff" has no plural -s)?"""
    m = _COUNT_OF.match(" ".join(np.split()))
    return m is not None and _COUNT.match(m.group("count")) is not None


def bare_count(np: str) -> bool:
    """Is ``np`` a count with no noun ("Forty-one", "58", "Several", "Almost all"), standing for a group of
    people: a plural speaker, never the antecedent of "he" or "she"?"""
    return _COUNT.match(" ".join(np.split())) is not None


# "It was minus 45; workers told us the drying room had burned down.": a bare plural opening the second clause
_CLAUSE_GROUP = re.compile(
    r"(?:;|,\s+(?:and|but|while))\s+(?P<sp>(?:[A-Z][a-z]+\s+|local\s+|former\s+|migrant\s+|other\s+|some\s+|many\s+)?"
    r"[a-z][a-z-]*s)\s+(?P<verb>told\s+(?:us|me|reporters|researchers|investigators|the\s+\w+))\b")
# (only "told us": "..., and workers said they received 30 dinars" in a report's findings stays the report's voice)


def clause_group(text: str) -> Mention | None:
    """A group named without a determiner as the subject of a report in a sentence's second clause ("...;
    workers told us the drying room had burned down"); None when the words there are not people."""
    m = _CLAUSE_GROUP.search(text) if ";" in text or ", " in text else None
    if m is None or classify(m.group("sp")) != "anonymous_source":
        return None
    verb = m.group("verb").split()[0].lower()
    cue = "told" if verb == "told" else "said"
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), cue, False)


# "Researchers interviewed 34 workers, most of whom said ...": the part of the group counted before speaks
_WHOM_SAID = re.compile(
    r"\b(?:\d{1,5}|[a-z]+(?:-[a-z]+)?)\s+(?:[a-z-]+\s+){0,2}[a-z-]{3,},\s+(?P<sp>(?:most|many|all|some|several|half|"
    r"a\s+few|nearly\s+all|almost\s+all|the\s+majority|a\s+majority|\d{1,5}|[a-z]+(?:-[a-z]+)?)\s+of\s+whom)\s+"
    r"(?:also\s+)?(?P<verb>said|told|reported|described|complained|recalled)\b")


def whom_group(text: str) -> Mention | None:
    """ "We interviewed 25 workers, most of whom said ...": "most of whom", an unnamed part of the group
    counted before; None when the sentence has no such clause."""
    m = _WHOM_SAID.search(text) if " of whom " in text else None
    if m is None:
        return None
    cue = "told" if m.group("verb") == "told" else "said"
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), cue, False)
