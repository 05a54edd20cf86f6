"""The accused of a criminal case whose caption names one person ("People v. Ana Cruz", "State v. Tomas Ruiz",
"Prosecutor v. Lena Voss"), a pass of :mod:`labourlens.analyse.forum_posts`: the report calls that person "the
accused" or "the defendant" ever after, and the speaker so worded is the named person of the caption, a
``named_person``, not an unnamed one. A caption against a firm, or against several parties, leaves the kinds as read
(the firm speaks as an organisation; several accused are told apart elsewhere). Examples here and in the tests are
invented."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from labourlens.analyse.speakers import classify

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["captioned_accused"]

# a case caption on a line of its own near the top: the prosecuting side, "v." or "vs.", the one party accused
_CAPTION = re.compile(r"(?m)^[ \t]*(?:The[ \t]+)?(?:People|State|Republic|Prosecutor|Public[ \t]+Prosecutor|Crown|Commonwealth|"
                      r"United[ \t]+States|R|Regina|Rex)(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2})?"
                      r"[ \t]+(?:v|vs|versus)\.?[ \t]+(?P<party>[A-Z][^\n,;]{2,60}?)[ \t]*$")
_SEVERAL = re.compile(r"\b(?:and|et[ \t]+al)\b|&")
_ACCUSED = re.compile(r"^(?:the[ \t]+)?(?:accused|defendant|accused-appellant|accused[ \t]+person)$", re.IGNORECASE)


def captioned_accused(text: str, reg: Registry) -> None:
    """Make a speaker worded "the accused" or "the defendant" a ``named_person`` when the case caption names one
    person as the accused (in place; see the module doc)."""
    if " v" not in text[:1500]:  # speed
        return
    m = _CAPTION.search(text[:1500])
    if m is None or _SEVERAL.search(m["party"]) or classify(m["party"]) != "named_person":
        return
    for src in reg.sources():
        if src.kind == "anonymous_source" and _ACCUSED.match((src.wording or "").strip()):
            src.kind = "named_person"
