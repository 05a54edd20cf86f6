"""The inner speaker of a sentence whose first-found tag only relays: two tags stacked at its end
(:mod:`labourlens.analyse.stacked_tags`) or a report a monitor notes (:mod:`labourlens.analyse.noted_reports`); and
no speaker for a "speaker" phrase that is a clause of its own (:mod:`labourlens.analyse.clause_speakers`), and the
people who report in a sentence's second clause (:mod:`labourlens.analyse.second_clause_reports`)."""

from __future__ import annotations

from collections.abc import Callable

from labourlens.analyse.clause_speakers import clause_speaker
from labourlens.analyse.noted_reports import noted_report
from labourlens.analyse.second_clause_reports import second_clause_report
from labourlens.analyse.speakers import Mention
from labourlens.analyse.stacked_tags import stacked_tag

__all__ = ["inner_tag"]


def inner_tag(m: Mention | None, text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """``m``, or the speaker it relays in one of the shapes above."""
    return noted_report(stacked_tag(second_clause_report(clause_speaker(m), text), text, find), text, find)
