"""A firm's press service named by the firm's short name, for the last pass of the attribution
(:func:`labourlens.analyse.firm_names.firm_short_names`).

"Vetka's press service said ..." reads to the classifier as a state body's press desk (ministries and police speak
through press services), since it cannot tell what "Vetka" is. When the page has met the owner as a firm, as the
employer someone works for ("has worked for Vetka for a year") or as a platform or a brand before a firm noun ("the
Vetka app", "the Vetka delivery service"), the press service is the firm's own voice: an ``organization`` (main
README: companies speak as ``organization``). A press service whose owner the page never gives so keeps its kind.
Examples are invented."""

from __future__ import annotations

import re

__all__ = ["firm_press_desk"]

# "Vetka's press service", "the press office of Vetka"
_DESK = re.compile(r"^(?:the\s+)?(?:(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})['\u2019]s\s+press\s+(?:service|office)|"
                   r"press\s+(?:service|office)\s+of\s+(?P<owner2>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}))$", re.IGNORECASE)
# what the page says of the owner that only a firm is: an employer worked for, an app or a service it runs
_FIRM_USE = r"(?:\b(?:work|works|worked|working|deliver|delivers|delivered|delivering|drive|drives|drove|driving)\s+for\s+{name}\b|" \
    r"\bthe\s+{name}\s+(?:app|apps|application|platform|delivery\s+service|marketplace|website|dark\s+stores?|warehouses?)\b)"


def firm_press_desk(text: str, wording: str) -> bool:
    """Is ``wording`` a press service whose owner the page has met as a firm (see the module doc)?"""
    m = _DESK.match(wording.strip())
    if m is None:
        return False
    owner = m.group("owner") or m.group("owner2")
    return re.search(_FIRM_USE.format(name=re.escape(owner)), text) is not None
