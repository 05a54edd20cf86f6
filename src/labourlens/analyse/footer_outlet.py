"""The outlet a page credits in its last lines, when nothing else names one (a last pass of
:func:`labourlens.analyse.meta.detect`, after :mod:`labourlens.analyse.first_line_outlet`).

A story often ends with its outlet's credit instead of opening with a masthead: "(c) Harbour Weekly - news in brief",
"— Reported for the Coastal Shipping Gazette", "— Lakeside Business Wire", "Interview by Ana Ruiz for Northern
Witness.", "Steppe Daily | Print edition, page 3". The name must read as a masthead (two to six capitalised words),
not as a person's name. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re

__all__ = ["footer_outlet"]

_NAME = r"(?:the\s+|The\s+)?(?P<n>[A-Z][\w'\u2019&-]*(?:\s+(?:of|the|and|&|on|[A-Z][\w'\u2019&-]*)){1,5})"
_CREDITS = (
    # "(c) Harbour Weekly", "© 2026 Harbour Weekly - news in brief", "Copyright Harbour Weekly"
    re.compile(rf"^\W{{0,3}}(?i:\(c\)|\u00a9|copyright)\s*(?:\d{{4}}\s+)?{_NAME}(?:\s*(?:[-\u2013\u2014|,.]|$))"),
    # "— Reported for the Coastal Gazette", "— Lakeside Business Wire"
    re.compile(rf"^[\u2014\u2013-]+\s*(?:(?i:reported|written|filed|compiled|produced)\s+(?:for|by)\s+)?{_NAME}\s*\.?\s*$"),
    # "Interview by Ana Ruiz for Northern Witness.", "Reporting by X for the Steppe Ledger"
    re.compile(rf"^(?:[\w\s,'.-]{{0,80}}?\b(?i:interview|reporting|reported|report|story|text|photos?)\s+by\s+[^|]{{2,60}}?)\s+"
               rf"for\s+{_NAME}\s*[.;]?(?:\s|$)"),
    # "Steppe Daily | Print edition, page 3"
    re.compile(rf"^{_NAME}\s*\|\s*(?i:print\s+edition|page\s+\d|all\s+rights\s+reserved)"),
)


def footer_outlet(text: str) -> tuple[str | None, str | None]:
    """``(name, "footer credit")`` for an outlet credited in the page's last lines, else ``(None, None)``."""
    from labourlens.analyse.mastheads import outlet_like  # noqa: PLC0415 - mastheads imports the speaker rules
    from labourlens.analyse.speakers import classify  # noqa: PLC0415

    lines = [ln.strip(" \t*_") for ln in text[-1500:].splitlines() if ln.strip(" \t*_")][-6:]
    for line in reversed(lines):
        for k, credit in enumerate(_CREDITS):
            m = credit.search(line)
            if m is None:
                continue
            name = m.group("n").rstrip(" .,")
            # a sign-off may be a person's ("— Ana Ruiz"); "... for X" and "X | Print edition" credit a publication
            person = k < 2 and classify(name) in ("named_person", "anonymous_source") and not outlet_like(name)
            if len(name.split()) >= 2 and not person:
                return name, "footer credit"
    return None, None
