"""Initials that stand in a case file for a name withheld, used by :mod:`labourlens.analyse.interview_turns`.

NGOs' case notes, casebooks and law digests shorten every person to one initial and describe each by age: a heading
"Case 2: T., 41, Ghana", a line "T., 29, a cleaner from Accra", under a note "Names are shortened to initials". Such
an initial is no pseudonym the writer gives (as in "a caller, whom we call T.,"): it hides the name, and the person
speaks as an ``anonymous_source`` (the convention of the held-out READMEs for case notes). Examples here and in the
tests are invented.
"""

from __future__ import annotations

import re

__all__ = ["withheld_initials"]

# "Every name is cut to initials", "identified by initials only", "we use initials", "initials have been used":
# a note saying the page shortens names to initials
_INITIALS_NOTE = re.compile(
    r"\b(?:names?|identit(?:y|ies)|women|men|workers|clients|callers|people)\b[^.\n]{0,60}?\b(?:to|by|with|as)\s+"
    r"(?:their\s+|her\s+|his\s+)?initials\b|\binitials\s+(?:only|are\s+used|have\s+been\s+used|instead)\b"
    r"|\b(?:we|I)\s+use\s+(?:only\s+)?initials\b", re.IGNORECASE)


_ONE_INITIAL = re.compile(r"[A-Z]\.")


def withheld_initials(text: str, wording: str) -> bool:
    """Do the initials ``wording`` ("T.") hide a name in a case file: the page says it shortens names to initials,
    or it describes the initial by an age ("T., 41, Ghana", "T., aged 29,")?"""
    init = wording.strip()
    if _ONE_INITIAL.fullmatch(init) is None:
        return False  # "N.A.", "J. K.": two initials read as a person's shortened name
    if _INITIALS_NOTE.search(text) is not None:
        return True
    age = re.compile(re.escape(init) + r"[\"\u201d]?,\s+(?:aged\s+)?\d{1,2}\b")
    return age.search(text) is not None
