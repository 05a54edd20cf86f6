"""A transcript's label naming an unnamed officer of a state body by the post ("INSPECTOR OF THE FACTORIES DEPARTMENT:",
"REPRESENTATIVE OF THE MINISTRY OF LABOUR:"), for :mod:`labourlens.analyse.mentions`. Committee records and hearings
withhold such witnesses' names and label their turns so; the label is the speaker, an official, though it is longer
than the names the transcript reader otherwise takes as labels."""

from __future__ import annotations

import re

__all__ = ["officer_label"]

_OFFICER_OF = re.compile(r"^(?:An?\s+|The\s+)?(?:Senior\s+|Deputy\s+|Assistant\s+)?(?:Officer|Official|Representative|Inspector)\s+"
                         r"(?:of|from)\s+the\s+[A-Z][\w ]{3,60}$")


def officer_label(wording: str, kind: str | None) -> bool:
    """Is the label's wording ("Inspector of the Factories Department") an officer of a state body?"""
    return kind == "official" and _OFFICER_OF.match(wording) is not None
