"""A report carried by a participle after what its subject did ("Some 200 welders stopped work on Sunday, saying they had
not been paid since May", "Nine pickers have sued the grower, alleging that ..."): the one who speaks is the subject of
the clause the participle hangs on, the wire lede's usual shape, not the outlet. When a clause of time or cause comes
between ("Police detained the trawler after 12 deckhands refused to sail, saying ..."), its subject speaks. Used by
:func:`labourlens.analyse.subordinate_reports.subordinate_pronoun`; examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.hedges import plain
from labourlens.analyse.speakers import Mention, classify
from labourlens.analyse.wire_datelines import dateline_end

__all__ = ["NOT_SUBJECT_END", "clause_subject", "participle_speaker", "quote_open_at", "subject_mention"]

# (not "claiming 18 months of back pay": a demand, not a report)
_PARTICIPLE = re.compile(r",\s+(?:saying|alleging|complaining|insisting|arguing|claiming(?=\s+(?:that|he|she|they|it|the|"
                         r"their|his|her)\b))\b")
# a clause of time or cause before the participle: its subject, not the sentence's, is the one who says
_SUBORDINATE = re.compile(r"\b(?:after|when|because|since|while|before|until|once)\s+(?=\S)")
# a finite verb after the subject: a past tense in "-ed" or a common irregular one, or an auxiliary with a participle
# ("have sued", "have been living", "were demanding"); a bare "-ing" is a participle inside the subject ("Drivers
# hauling ore")
_AUX = r"(?:has|have|had|were|was|are|is|will|would)\s+(?:(?:not|also|now|still|since|been)\s+){0,2}"
_FINITE = re.compile(r"\s(?:" + _AUX + r"[a-z]{2,}(?:ed|ing|en|n|t)|[a-z]{3,}ed|went|came|took|left|gave|sent|fled|ran|"
                     r"held|kept|sought|brought|spoke|wrote|met|made|began|spent|sat|stood|got|lost|won|shut|struck|hid|"
                     r"drove|slept|fought|paid|put|quit|rode|told|is|are|was|were|has|have|had)\b")
# the last word of words that are no whole subject ("Men who", "A woman who had"): a verb there is their clause's
NOT_SUBJECT_END = frozenset("who that which whom whose also then had has have was were is are not".split())
_FRONTED = re.compile(r"(?:Instead|Later|Then|Meanwhile|Now|Eventually|Finally|Today|Yesterday|Afterwards|Earlier|"
                      r"(?:Last|This)\s+(?:year|month|week)|(?:In|On|By)\s+[A-Z]\w+(?:\s+\d{4})?),\s+")
# people and officials: a firm's or a paper's participle is read by the attribution already ("The firm denied it,
# saying ..."), and one that stands after what it did ("An importer has sued its supplier, alleging ...") makes a new
# firm source that later firm people are wrongly joined to
_SPEAKERS = ("named_person", "anonymous_source", "official")
# those who act on workers: "The owner paid him for April only, saying he would settle up later" tells what the owner
# did; the case note's writer tells it, and the owner's words are no report
_PERPETRATORS = re.compile(r"\b(?:owners?|employers?|managers?|boss(?:es)?|supervisors?|agents?|brokers?|recruiters?|"
                           r"captains?|skippers?|foremen|foreman|guards?|landlords?|contractors?|sponsors?|madams?|"
                           r"traffickers?|gang\s?masters?|middlem[ae]n)\b", re.IGNORECASE)


def clause_subject(text: str, kinds: tuple[str, ...] = _SPEAKERS) -> str | None:
    """The subject that opens ``text`` (a clause): the words before its first finite verb, when they read as a speaker
    of one of ``kinds``; None otherwise."""
    for verb in _FINITE.finditer(text, 0, min(len(text), 300)):
        np = text[: verb.start()].rstrip().rstrip(",").strip()
        if not np or np.split()[-1].lower() in NOT_SUBJECT_END:
            continue  # "Men who went ...": the verb of the subject's own relative clause
        return np if classify(np) in kinds and not _PERPETRATORS.search(np.split(",")[0]) else None
    return None


def participle_speaker(m: Mention | None, sentence_text: str) -> Mention | None:
    """The subject of the clause a participle of saying follows ("..., saying ..."), read as if it spoke ("NP said."),
    in place of ``m`` when ``m`` is None, when ``m`` is the sentence's subject but a clause of time or cause with a
    subject of its own comes between, or when ``m`` runs on past that subject into its verb; ``m`` otherwise."""
    if ", " not in sentence_text or m is not None and m.wording.lower() in ("he", "she", "they", "i", "we"):
        return m
    part = _PARTICIPLE.search(sentence_text)
    if part is None or "ccording to" in sentence_text[part.end():] or m is not None and m.end > part.start() \
            or quote_open_at(sentence_text, part.start()):
        return m  # "..., complaining that ..., according to the paper": the paper's account; a speaker's own words
    head = sentence_text[: part.start()]
    sub = next(iter(reversed(list(_SUBORDINATE.finditer(head)))), None)  # the last clause of time or cause before
    # the participle, if it has a subject ("after the crew refused")
    inner = sub is not None and clause_subject(head[sub.end():]) is not None
    start = sub.end() if sub is not None and inner else dateline_end(head)
    np = clause_subject(head[start:])
    if np is None:
        return m
    found = subject_mention(np, start)
    swallowed = m is not None and m.start == found.start and m.end > start + len(np) \
        and not head[start + len(np):].startswith(",")  # (not "A crewman, reached through a union, disputed")
    if m is None or inner and m.start < start or swallowed:
        return found  # none; the main clause's subject; "Nine pickers who ... have sued the grower" (the verb swallowed)
    return m


def quote_open_at(text: str, at: int) -> bool:
    """Is a quotation open at ``at`` in ``text`` ("\u201cThe managers asked us to wait, saying ...": the words of
    whoever is quoted, whose subjects and pronouns are no speakers of the page)? Curly marks are read as straight."""
    return plain(text)[:at].count('"') % 2 == 1


def subject_mention(np: str, start: int) -> Mention:
    """The mention of a subject ``np`` found at ``start`` of a sentence: the name given in apposition to it, when
    reading "NP said." finds one ("The petitioner, Amina Bello"), or the whole phrase (the mention finder cuts long
    descriptions or takes a list of provinces inside them for the speaker)."""
    from labourlens.analyse.mentions import find_mention  # noqa: PLC0415 - mentions loads after the attribution helpers

    if (fronted := _FRONTED.match(np)) is not None:  # "Instead, the 30-year-old ...", "On Monday, ..."
        np, start = np[fronted.end():], start + fronted.end()
    read = find_mention(np + " said.")
    if read is not None and read.end <= len(np) and (read.start == 0 or classify(read.wording) == "named_person"):
        return Mention(read.wording, start + read.start, start + read.end, "said", False)
    return Mention(np, start, start + len(np), "said", False)
