"""An inspection, a check or a raid is something a state body did, not a paper of its own that could speak for
itself: "According to the press service, the inspection found that ...", "According to the inspectorate's
spokesman, Adam Nowicki, an earlier inspection found ..." stay with the one cited, who reports the body's own
inspection (heldout30, heldout41 annotate it so), where a report, a study or another body cited inside the
according-to phrase speaks itself ("According to the lawmaker, the NIS estimated ...": the NIS).

Papers an inspection leaves ("the inspection report", "the inspection protocol") and teams of inspectors ("the
inspection team") are not acts; an audit or an investigation is left to the other rules."""

from __future__ import annotations

import re

__all__ = ["state_act"]

_ACT_NOUN = r"(?:inspections?|checks?|raids?|spot\s+checks?|inspection\s+visits?)"
_PAPERS = (r"(?!\s+(?:report|reports|protocol|protocols|record|records|note|notes|summary|summaries|file|files|findings|act|"
           r"certificate|team|teams|unit|squad|office|offices|service|department|regime|system))")
_ACT = re.compile(
    r"^(?:an?|the|this|that|its|their|one|(?:[^,;:'\u2019]{2,60}?)['\u2019]s?)\s+"
    r"(?:(?:earlier|later|first|second|third|recent|latest|new|further|follow-up|repeat|unscheduled|surprise|joint|"
    r"routine|regional|local|district|city|municipal|provincial|state|labou?r|migration|fire|documentary|on-site)\s+)*"
    rf"{_ACT_NOUN}\b{_PAPERS}", re.IGNORECASE)


def state_act(np: str) -> bool:
    """Is ``np`` an inspection, check or raid (the act), not a paper or a team of it?"""
    return _ACT.match(np.strip()) is not None
