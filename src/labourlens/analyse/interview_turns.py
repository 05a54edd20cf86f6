"""Interviewees introduced by a description and then named, and the answers of an interview, used by
:mod:`labourlens.analyse.speaker_cues`, :mod:`labourlens.analyse.interviewees` and
:mod:`labourlens.analyse.forum_posts`.

- A pseudonym of initials that the writer gives ("a cook, whom we call T.,", "one seamstress, identified
  in this report as L.,[4]") names the person as the longer pseudonyms do ("whom we call Tamar"): the
  speaker is "T.", a ``named_person`` (the convention of the main gold README and the held-out READMEs for
  pseudonymous interviewees). Initials a person asks to be known by ("who asked to be called only K.")
  withhold the name: that speaker stays the unnamed person described, as the annotators read it. (s37) A case
  file's initials, each described by an age or under a note that names are shortened to initials ("Case 2: T., 41,
  Ghana"), hide the name: the person stays an ``anonymous_source`` (:mod:`labourlens.analyse.case_initials`).
- A person introduced by a description ("A former welder who spent three years in Gdansk talks to us.")
  and named in the same paragraph right after ("He asked to be identified as Piotr Lis, not his real name.")
  speaks under that name: the answers and quotes are the named person's.
- A source first met as a bare "he" or "she" (a quote whose speaker comes in the next sentence) is worded
  by its first other mention ("a machine operator told us"), with that mention's kind.
- In an interview of plain "A:" answers, every answer is the interviewee's: once an answer went to a
  speaker, later answers stay with that speaker rather than drifting to someone an answer mentions ("a
  Russian woman", "the manager").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.apposed_roles import apposed_description
from labourlens.analyse.case_initials import case_initials, withheld_initials
from labourlens.analyse.speakers import Mention, classify
from labourlens.model import Sentence, Source

__all__ = ["apposed_naming", "initial_naming", "initials_name", "earlier_answerer", "named_descriptions", "speaks_for_others"]

# "K.", "N.", "J. K.", "J.K.": a person's initials used as a pseudonym
_INITIALS = r"[A-Z]\.(?:[ \t]?[A-Z]\.){0,2}"
_INITIALS_RE = re.compile(rf"^{_INITIALS}$")
# the naming clause before the initials: "whom we call", "identified in this report as", "who asked to be
# identified only as", "known here as", "who goes by", "referred to as"
_NAMING = (r"(?:(?:whom|who)\s+(?:we|I|this\s+report|the\s+report|our\s+researchers)\s+(?:will\s+|shall\s+)?"
           r"(?:call|calls|are\s+calling|refer\s+to\s+as)|(?<!be\s)identified(?:\s+(?:here|in\s+(?:this|the)\s+"
           r"(?:report|briefing|study|paper|article)))*\s+as|(?<!be\s)(?:known|referred\s+to)(?:\s+here)?\s+as)")
_INITIAL_NAMING = re.compile(rf"\b{_NAMING}\s+[\"\u201c]?(?P<name>{_INITIALS})(?=[\"\u201d]?(?:[\s,;:)\[]|$))")


def initials_name(wording: str | None) -> bool:
    """Is ``wording`` a person's initials ("K.", "J. K.") standing as a pseudonym?"""
    return bool(wording) and _INITIALS_RE.match((wording or "").strip()) is not None


def initial_naming(text: str) -> Mention | None:
    """ "A caller from Cebu, whom we call T., said ...": the person named by initials in a naming clause;
    None when the text names nobody so."""
    m = _INITIAL_NAMING.search(text)
    if m is None:
        return None
    return Mention(m.group("name"), m.start("name"), m.end("name"), "said", False)


def earlier_answerer(result: Sequence[Any], sentences: Sequence[Sentence], i: int) -> str | None:
    """The source key of the last earlier sentence, in an earlier paragraph, that an interview gave to its
    answerer (cue "answered"): the one whose later "A:" answers these are; None when no answer came before."""
    para = sentences[i].paragraph
    for j in range(i - 1, -1, -1):
        if sentences[j].paragraph < para and getattr(result[j], "cue", None) == "answered":
            return str(result[j].source)
    return None


# the sentence after a description that names the person: "He asked to be identified as Piotr Lis",
# "She asked us to call her Mina", "We call him Oleg.", "We will call her Ana here.", "He goes by Tomasz."
_PRONOUN_NAMING = re.compile(
    r"^\W{0,3}(?:(?:He|She)\s+(?:asked|asks|agreed|wanted|wished)\s+(?:(?:us|me)\s+)?to\s+(?:be\s+)?"
    r"(?:identified|called|named|referred\s+to)(?:\s+(?:only|here))*(?:\s+as)?"
    r"|(?:He|She)\s+(?:asked|asks)\s+(?:us|me)\s+to\s+call\s+(?:him|her)(?:\s+only)?"
    r"|(?:He|She)\s+(?:asked|asks)\s+that\s+(?:we|I)\s+call\s+(?:him|her)(?:\s+only)?"
    r"|(?:We|I)\s+(?:will\s+|shall\s+|are\s+going\s+to\s+|have\s+|are\s+|am\s+)?(?:call|calling|called)\s+(?:him|her)"
    r"|(?:He|She)\s+is\s+(?:identified|called|named|referred\s+to)(?:\s+here)?(?:\s+(?:only|here))*(?:\s+as)?"
    r"|(?:His|Her)\s+name\s+has\s+been\s+changed\s+to"
    r"|(?:He|She)\s+(?:goes\s+by|uses\s+the\s+name))"
    r"\s+[\"\u201c]?(?P<name>(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}|"
    + _INITIALS + r")(?=[\"\u201d]?(?:[\s,;:.)]|$))")
# "Piotr Lis is not his real name.", "Mina is a pseudonym."
_NAME_NOTE = re.compile(
    r"^\W{0,3}(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\s+is\s+(?:not\s+(?:his|her)\s+real\s+name|"
    r"a\s+pseudonym)\b")
# the description of the person, in apposition, ends with the name the writer gives: ", a cook from Osh who asked
# us to call him Timur,", ", a nurse whom we will call Aida,"
_APPOSED_NAMING = re.compile(  # or right after it: "said another of the men, surnamed Li."
    r",\s(?:[^.;:\"\u201c\u201d]{0,100}?\b(?:who|whom)\s+(?:asked\s+(?:us|me)\s+to\s+call\s+(?:him|her)|"
    r"(?:we|I)\s+(?:will\s+|shall\s+)?call)|surnamed"
    r"|[^.;:\"\u201c\u201d]{0,100}?\b(?:gave|gives)\s+(?:her|his)\s+name\s+as)"  # "... and gave her name as Ana"
    r"\s+[\"\u201c]?(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
    r"[\"\u201d]?(?=[,.;:)\s])")
_DESCRIBED = re.compile(r"^(?:a|an|one|another)\s+[a-z0-9]", re.IGNORECASE)  # "one 17-year-old, surnamed Li"
_GROUP_WORDS = re.compile(r"\b(?:and|group|team|crew|couple|pair|family|number|few)\b", re.IGNORECASE)


def apposed_naming(sentence_text: str, m: Mention) -> str | None:
    """The name the writer gives the unnamed person ``m`` in the apposition after it ("One of them, a cook from Osh
    who asked us to call him Timur, said"), or None."""
    if not _DESCRIBED.match(m.wording) or _GROUP_WORDS.search(" ".join(m.wording.split()[:4])):
        return None
    named = _APPOSED_NAMING.match(sentence_text, m.end)
    if named is not None and classify(named.group("name")) == "named_person":
        return named.group("name")
    return apposed_description(sentence_text, m.start, m.end, m.wording)  # "One of them, a welder from Osh, said"


def _named_after(sentences: Sequence[Sentence], k: int) -> str | None:
    """The name a sentence right after sentence ``k`` (at most two sentences on, in the paragraph or the next) gives
    the person described there, when it gives one."""
    for j in range(k + 1, min(k + 3, len(sentences))):
        if sentences[j].paragraph > sentences[k].paragraph + 1:
            return None  # the same paragraph or the line right after it
        m = _PRONOUN_NAMING.match(sentences[j].text) or _NAME_NOTE.match(sentences[j].text)
        if m is not None:
            name = m.group("name")
            if initials_name(name):  # "We call him K." names him; "He asked to be called only K." withholds it
                return name if "ask" not in m.group(0) else None
            return name if classify(name) == "named_person" else None
    return None


def named_descriptions(text: str, sentences: Sequence[Sentence], result: Sequence[Any],
                       sources: list[Source]) -> list[Source]:
    """``sources`` with an unnamed person renamed to the name the text gives right after describing them
    ("A former welder who ... talks to us. He asked to be identified as Piotr Lis."), and initials
    pseudonyms ("K.") made named people; a person whom nobody names keeps the description."""
    out: list[Source] = []
    used = {s.wording for s in sources}
    cases = case_initials(text)  # (s382) "Case 3." + "K., 31, ...": an anonymised case's initials stay unnamed
    for src in sources:
        wording = src.wording or ""
        if src.kind in ("anonymous_source", "organization") and initials_name(wording) and wording not in cases:
            if withheld_initials(text, wording):  # (s377) "T., 41, Ghana" under "Names are cut to initials": unnamed
                out.append(replace(src, kind="anonymous_source", canonical=wording))
            else:  # "K.", "T. M."
                out.append(replace(src, kind="named_person", canonical=wording))
            continue
        if wording.strip().lower() in ("he", "she") and (named := _described_later(text, src)) is not None:
            out.append(named)  # '"...," a machine operator told us. He said ...': the operator, not "He"
            continue
        name = None
        if src.kind == "anonymous_source" and src.spans and _DESCRIBED.match(wording) \
                and not _GROUP_WORDS.search(" ".join(wording.split()[:4])):
            first = min(src.spans)[0]
            k = next((j for j, s in enumerate(sentences) if s.start <= first < s.end), None)
            name = _named_after(sentences, k) if k is not None else None
        if name is not None and name not in used:
            out.append(replace(src, wording=name, kind="named_person", canonical=name))
        else:
            out.append(src)
    return out


# "Their supervisor answered every question for them.", "The minder did all the talking.": someone spoke in the
# workers' place, reported by the one who saw it; no account of theirs follows
_FOR_OTHERS = re.compile(
    r"\s+(?:always\s+|usually\s+|then\s+)?(?:answered|answers|spoke|speaks|talked|talks|did|does|replied|replies)\s+"
    r"(?:(?:all|every|each|any|the)\s+)*(?:questions?\s+|talking\s+|the\s+talking\s+)?(?:for|on\s+behalf\s+of|instead\s+of)\s+"
    r"(?:them|us|him|her|the\s+\w+|everyone|everybody)\b|\s+did\s+(?:all\s+)?the\s+talking\b", re.IGNORECASE)


def speaks_for_others(m: Mention, sentence_text: str) -> bool:
    """Is the mention someone who only spoke in others' place ("Their supervisor answered every question
    for them.")? In an answer, the sentence stays the answerer's account."""
    return _FOR_OTHERS.match(sentence_text, m.end) is not None


def _described_later(text: str, src: Source) -> Source | None:
    """A source first met as a bare "he" or "she" (a quote's speaker given only in the next sentence) worded
    by the first of its other mentions that the classifier reads as a speaker, with that mention's kind; None
    when every mention is a pronoun."""
    for a, b in sorted(src.spans):
        wording = text[a:b].strip() if 0 <= a < b <= len(text) else ""
        if wording.lower() in ("he", "she", "i", "we", "they", "it", ""):
            continue
        kind = classify(wording)
        if kind is not None:
            return replace(src, wording=wording, kind=kind,
                           canonical=wording if kind in ("named_person", "organization", "official") else None)
    return None
