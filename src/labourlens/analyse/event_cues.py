"""Event reports with a stray cue, for the document gate (:mod:`labourlens.analyse.context`).

A jobs fair or a community festival (:func:`labourlens.analyse.event_reports.event_report`: the vocabulary of one kind
of event) may hold one sentence in which a word reads as a cue ("we only rest on Fridays", "my brother keeps an eye
on the kids"): a visitor's aside, not an account of abuse. Such a report is an event, not a report of forced labour, when
at most :data:`MAX_CUE_SENTENCES` of its body sentences carry a cue, of one kind; a report that tells of abuse at an
event does so in more sentences than one, or names more than one kind of it. A cue in a question is a topic, not a
telling ("Who pays the recruitment fee?" in a podcast's show notes, "What is a bond?" in a workshop's programme), and
does not count, nor does a cue in a hypothetical sentence ("Workers can call the line to report a withheld
passport": what a hotline will take)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.analyse import hedges
from labourlens.analyse.event_reports import event_min_terms, event_weight
from labourlens.model import IndicatorHit

__all__ = ["MAX_CUE_SENTENCES", "MAX_CUE_SENTENCES_STRONG", "event_with_stray_cue"]

MAX_CUE_SENTENCES = 1
MAX_CUE_SENTENCES_STRONG = 2
# a cue's clause, from the cue's first letter to the clause's end: a question mark there makes the cue a question's
# (from its start, as a cue's span may run over the mark: "pays the agent?; 39")
_CLAUSE_END = re.compile(r"[^.!?;\n]*([.!?;\n]|$)")


def _asked(text: str, hit: IndicatorHit) -> bool:
    """Does the cue stand in a question ("What is a recruitment fee?")?"""
    m = _CLAUSE_END.match(text, hit.start)
    return m is not None and m.group(1) == "?"


def _supposed(text: str, hit: IndicatorHit) -> bool:
    """Does the cue stand in a hypothetical sentence ("Workers can call the line to report unpaid wages")?"""
    start = max(text.rfind(". ", 0, hit.start), text.rfind("\n", 0, hit.start)) + 1
    stops = [i for i in (text.find(". ", hit.end), text.find("\n", hit.end)) if i >= 0]
    return hedges.is_hypothetical(text[start:min(stops) if stops else len(text)])


def _told(text: str | None, hits: Sequence[IndicatorHit]) -> list[IndicatorHit]:
    """The hits of one sentence that are neither asked about nor supposed (all of them when the document's text is
    not given), nor only an hour of the night ("until midnight": when an event's market or stage closed)."""
    hits = [h for h in hits if not _HOUR_ONLY.match(h.cue) and not _MONTH.search(h.cue)]
    if text is None or not hits:
        return list(hits)
    return [h for h in hits if not _asked(text, h) and not _supposed(text, h)]


# (s331) a cue that is nothing but a late hour: an event's closing time, not anyone's working day
_HOUR_ONLY = re.compile(r"^\W*(?:(?:until|till|past|after|beyond)\s+)?(?:midnight|late at night|(?:ten|eleven|twelve|10|11|12)"
                        r"(?:\s*(?:pm|p\.m\.|at night|o'clock at night))?)\W*$", re.IGNORECASE)


# (s404) a cue that names a month is an event's dates ("from 3 to 9 March, 7 p.m.": nightly, over a week), not a
# working day's hours
_MONTH = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
                    re.IGNORECASE)
# (s404) a line of a programme of dated events: a weekday or a day of a month, then a clock time ("Friday 4 May, 3 p.m.,
# the community hall"); three such lines make the text a listing of events, each of which may hold a stray cue
_DATED_LINE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|nightly\b|daily\b)[^\n]{0,60}?\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|h\b)", re.IGNORECASE | re.MULTILINE)
MIN_DATED_LINES = 3


def _listing(text: str | None) -> bool:
    """Is the text a listing of dated events (at least :data:`MIN_DATED_LINES` lines of a day and an hour)?"""
    return text is not None and len(_DATED_LINE.findall(text)) >= MIN_DATED_LINES


def _readings(hits: list[IndicatorHit]) -> set[str]:
    """The kinds a sentence's cues tell, one phrase read as two kinds at once counted as one ("without much sleep":
    short rest and long hours, one aside): the first kind when every cue spans the very same words."""
    kinds = {h.indicator for h in hits}
    return {min(kinds)} if len(kinds) > 1 and len({(h.start, h.end) for h in hits}) == 1 else kinds


def event_with_stray_cue(body_text: str, per_sentence: Sequence[Sequence[IndicatorHit]],
                         text: str | None = None) -> bool:
    """Is the body an event report in which at most one sentence carries a cue, of one kind (two such sentences, in a
    report marked as an event twice over: a festival's programme, its singers and its organisers, where two visitors'
    asides read as cues)? A sentence with cues of two kinds tells of abuse. ``text``: the document, in which the hits'
    offsets lie (its questions' cues are left out)."""
    cue_sentences, kinds = 0, set()
    for hits in per_sentence:  # (speed: sentence by sentence, so that a report of abuse stops at its third cue)
        told = _readings(_told(text, hits))
        if len(told) > 1:
            return False  # "workers at the stalls said their passports were taken and they were unpaid": an account
        if told:
            cue_sentences += 1
            kinds |= told
            if max(cue_sentences, len(kinds)) > MAX_CUE_SENTENCES_STRONG:
                return False
    weight, min_terms = event_weight(body_text), event_min_terms()  # (the event's words, counted once)
    allowed = MAX_CUE_SENTENCES_STRONG if weight >= 2 * min_terms or _listing(text) else MAX_CUE_SENTENCES
    return max(cue_sentences, len(kinds)) <= allowed and weight >= min_terms
