"""The legal forms that close a firm's name, read from ``knowledge/legal_forms.yaml``: one list for every stage
that tells a firm by them (letterheads, mastheads, signatures, a document's issuer, a speaker's firm).

A stage takes :func:`alternation` (a regular-expression group of every form, longest first, a dot or a comma
optional as printed, capitals allowed; a stage that ignores case wraps it in ``(?-i:...)``) and adds its own words
around it ("Group", "Company"); or :func:`folded` (the forms without dots, spaces and case) to test a word it has
already cut out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["alternation", "folded", "forms"]

_FOLD = re.compile(r"[.,\s()]")


@lru_cache(maxsize=1)
def forms() -> tuple[str, ...]:
    """The forms as written in the knowledge file, longest first."""
    data = knowledge.load("legal_forms.yaml") or {}
    return tuple(sorted({str(w) for w in data.get("forms") or ()}, key=lambda w: (-len(w), w)))


def _pattern(form: str) -> str:
    """``form`` as a pattern: "." may be left out, "," too, and blanks may follow a dot or comma that is printed
    ("Sp. z o. o."); a space is any run of blanks, or none after a dot or comma ("Co.,Ltd.")."""
    out: list[str] = []
    for i, ch in enumerate(form):
        if ch == ".":
            out.append(r"\.?" if i == len(form) - 1 or form[i + 1] in " ," else r"(?:\.[ \t]*)?")
        elif ch == ",":
            out.append(",?")
        elif ch == " ":
            out.append(r"[ \t]*" if i and form[i - 1] in ".," else r"[ \t]+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


@lru_cache(maxsize=1)
def alternation() -> str:
    """A group matching any form as printed or in capitals (case-sensitive: "limited" in prose is no form), the
    longest forms first so that "Co., Ltd." is not read as "Co"."""
    ordered = sorted(set(forms()) | {f.upper() for f in forms()}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_pattern(w) for w in ordered) + ")"


@lru_cache(maxsize=1)
def folded() -> frozenset[str]:
    """The forms lower-cased, without dots, commas, spaces or brackets ("wll", "sdnbhd", "cold")."""
    return frozenset(_FOLD.sub("", w).lower() for w in forms())
