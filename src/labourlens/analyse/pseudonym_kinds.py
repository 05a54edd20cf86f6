"""A witness a court or a filing names by a coded pseudonym of a role word and a letter or number ("testified under
the pseudonym Witness K", "Complainant 3 (a pseudonym)"), a pass of :mod:`labourlens.analyse.forum_posts`: the text
calls the label a pseudonym, a name given to the person, so the person is a ``named_person`` as any pseudonymous
speaker is, not an unnamed one by what they are. A label the text does not call a pseudonym ("testifying as
Witness K", "Witness K, name withheld") stays as read. Examples here and in the tests are invented."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["pseudonym_kinds"]

# the coded label: a capitalised role word and one capital letter or a number ("Witness K", "Victim 2")
_CODED = re.compile(r"^[A-Z][a-z]+ (?:[A-Z]|\d{1,3})$")


def _called_pseudonym(text: str, label: str) -> bool:
    """Does the text call ``label`` a pseudonym ("under the pseudonym Witness K", "Witness K (a pseudonym)")?"""
    lab = re.escape(label)
    return re.search(rf"\bpseudonyms?[ \t]+(?:of[ \t]+)?[\"\u201c]?{lab}\b|\b{lab}[\"\u201d]?[ \t]*\((?:a|the)[ \t]+pseudonym\b"
                     rf"|\b{lab}[\"\u201d]?,[ \t]+(?:a|the)[ \t]+pseudonym\b", text) is not None


def pseudonym_kinds(text: str, reg: Registry) -> None:
    """Make the speakers whose coded label the text calls a pseudonym ``named_person`` (in place; see the module doc)."""
    if "pseudonym" not in text:  # speed
        return
    for src in reg.sources():
        wording = (src.wording or "").strip()
        if src.kind == "anonymous_source" and _CODED.match(wording) and _called_pseudonym(text, wording):
            src.kind = "named_person"
