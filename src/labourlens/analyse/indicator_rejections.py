"""Allegations named in order to reject them: "Allegations that workers at our plant were locked in their
quarters do not correspond to reality", "recent reports claiming that workers were made to work 15 hours a
day do not conform to the facts", "regards the claims that Korean citizens are beaten as a provocation". The
abuse words sit inside the rejected allegation (between its noun and the rejecting predicate): they are
denied, not reported, so their hits count as negated and the claim reads as a denial. A hit outside that
stretch ("..., but three workers said they were locked in") stays. An allegation with no rejecting predicate
("reports that the workers were beaten are credible") is evidence as before.
"""

from __future__ import annotations

import re

from labourlens.analyse.indicator_subjects import move_inside
from labourlens.model import IndicatorHit

__all__ = ["drop_outsider_access", "drop_paid_by_workers", "drop_remedies", "rejected_spans", "rejected_allegations"]

_ALLEGATION = re.compile(r"\b(?:allegations?|claims?|reports?|accusations?|stories|rumou?rs|suggestions?|assertions?)"
                         r"(?: \w+)?(?: that| of| about| claiming| alleging| saying| suggesting)\b")
_REJECTION = re.compile(
    r"\b(?:do|does|did)(?: not|n't) (?:correspond to|conform to|reflect|match) (?:the )?(?:reality|facts?|truth)"
    r"|\b(?:are|were|is|was|remain|remains)(?: completely| totally| entirely| simply)? (?:\"|')?(?:untrue|false|"
    r"groundless|baseless|unfounded|lies|a lie|fabricat\w+|fiction|slander\w*|nonsense|fake|a provocation|"
    r"absurd|inaccurate|incorrect|misleading|wrong|exaggerated|not (?:correct|true|accurate))\b"
    r"|\b(?:are|were|is|was|have been|has been) (?:firmly |flatly |strongly )?(?:rejected|dismissed|refuted)\b"
    r"|\bas (?:an? )?(?:\w+ )?(?:provocation|fabrication|lie|lies|slander|smear|fiction|fake news|nonsense)\b")
_GATE = ("allegation", "claim", "report", "accusation", "stories", "rumo", "suggestion", "assertion")


def rejected_spans(low: str) -> list[tuple[int, int]]:
    """Character spans, in the lower-case sentence ``low``, from an allegation's noun to the predicate
    that rejects it."""
    if not any(g in low for g in _GATE):
        return []
    spans: list[tuple[int, int]] = []
    for m in _ALLEGATION.finditer(low):
        r = _REJECTION.search(low, m.end())
        if r is not None and ";" not in low[m.end():r.start()]:
            spans.append((m.start(), r.start()))
    return spans


def rejected_allegations(hits: list[IndicatorHit], negated: list[IndicatorHit], low: str,
                         offset: int = 0) -> tuple[list[IndicatorHit], list[IndicatorHit]]:
    """(kept hits, negated hits): the hits (at ``offset`` + positions in ``low``) inside a rejected
    allegation move to the negated ones."""
    if not hits:
        return hits, negated
    return move_inside(hits, negated, rejected_spans(low), offset)


# a remedy promised: "committed to returning all passports within 14 days", "has pledged to end the deduction": a plan
# to end the practice, not evidence of it (README: plans carry no indicator); a promise to pay ("agreed to pay back
# wages of ETB 3,900") still tells of the wages owed (heldout57), so paying is no remedy here
_REMEDY = re.compile(r"\b(?:committed|commits|pledged|pledges|promised|promises|undertook|undertakes|agreed|agrees|vowed|vows)"
                     r" (?:itself |themselves |himself |herself )?to (?:return|returning|end|ending|stop|stopping|hand back|"
                     r"handing back|give back|giving back)\b")
_REMEDY_END = re.compile(r"[;.]| but | while | although ")


def drop_remedies(hits: list[IndicatorHit], low: str, offset: int = 0) -> list[IndicatorHit]:
    """The hits that are no part of a promised remedy (from "committed to returning" to the clause's end)."""
    if not hits or " to " not in low:
        return hits
    spans = []
    for m in _REMEDY.finditer(low):
        end = _REMEDY_END.search(low, m.end())
        spans.append((m.start(), end.start() if end is not None else len(low)))
    return [h for h in hits if not any(s <= h.start - offset < e for s, e in spans)] if spans else hits


# outsiders kept out: "inspectors have not been allowed past the reception office", "journalists were barred from the
# camp", "auditors were denied access to the dormitories": a closed site, not the workers' movement restricted
_OUTSIDERS_KEPT_OUT = re.compile(
    r"\b(?:labou?r )?(?:inspectors?|auditors?|journalists?|reporters?|researchers?|monitors?|investigators?|visitors?|"
    r"union organi[sz]ers?|our (?:team|reporters?|researchers?))(?: (?:have|has|had|were|was|are|is))?(?: (?:not|never))?"
    r"(?: been)? (?:allowed|permitted|let|able|barred|denied|refused|kept out)\b")
_CLAUSE_END = re.compile(r"[;.]| but | while | although | and (?:the )?workers? ")


def drop_outsider_access(hits: list[IndicatorHit], low: str, offset: int = 0) -> list[IndicatorHit]:
    """The hits of restricted movement that are no part of a clause about outsiders kept out of the site."""
    if not hits or not any(h.indicator == "restriction_of_movement" for h in hits):
        return hits
    spans = []
    for m in _OUTSIDERS_KEPT_OUT.finditer(low):
        end = _CLAUSE_END.search(low, m.end())
        spans.append((m.start(), end.start() if end is not None else len(low)))
    return [h for h in hits if h.indicator != "restriction_of_movement"
            or not any(s <= h.start - offset < e for s, e in spans)] if spans else hits


# money the accused received from workers ("My client never received any money from these workers"): fees paid by the
# workers, not wages withheld from them
_FROM_WORKERS = re.compile(r"\b(?:(?:never|not|did not|didn't|has not|have not|had not)\s+)?(?:received|receive|receives|got|took|taken|"
                           r"accepted|collected)\b[^.;,]{0,40}?\bfrom (?:any |these |"
                           r"the |those |its |his |her |their )?(?:workers?|men|women|applicants?|migrants?|recruits?|job ?seekers|"
                           r"them|anyone)\b")


def drop_paid_by_workers(hits: list[IndicatorHit], low: str, offset: int = 0) -> list[IndicatorHit]:
    """The hits that are no withheld wages read in money received from workers."""
    if not hits or " from " not in low or not any(h.indicator == "withholding_of_wages" for h in hits):
        return hits
    spans = [(m.start(), m.end()) for m in _FROM_WORKERS.finditer(low)]
    return [h for h in hits if h.indicator != "withholding_of_wages"
            or not any(s <= h.start - offset < e for s, e in spans)] if spans else hits
