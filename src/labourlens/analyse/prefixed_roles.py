"""A body's short name or initials before a spokesperson's or officer's role, a pass of
:mod:`labourlens.analyse.forum_posts` (the last passes of the attribution).

"Halvard spokesperson Mia Tan said ..." after "Halvard Semiconductor's plant", "NWU international officer Ana
Berg states ..." after "the Nordic Workers' Union (NWU)": with a prefix the lexicon does not know, a spokesperson
or officer reads as a state body's (``official``), but the text names the body the prefix stands for, a firm or
a union, and the person speaks for it (``organization``). The prefix is the first word or words of a longer name
met in the text, or initials the text defines; the longer name's kind decides (a state body's prefix,
"CBP officer", stays ``official``). Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens.analyse.speaker_cues import defined_acronyms
from labourlens.analyse.speakers import classify
from labourlens.model import Source

__all__ = ["prefixed_roles"]

# "Halvard spokesperson Mia Tan", "NWU international officer Ana Berg", "Orin Materials representative Li"
_PREFIXED = re.compile(r"^(?P<pre>[A-Z][\w&'\u2019-]+(?:\s[A-Z][\w&'\u2019-]+)?)\s+(?:[a-z]+\s+){0,2}?"
                       r"(?:spokesperson|spokesman|spokeswoman|spokespeople|representative|officer|official|director|"
                       r"manager|coordinator|co-ordinator|organi[sz]er|secretary|chief)\b")
# the rest of a longer name the prefix opens: "Halvard Semiconductor", "Orin Materials Sdn Bhd"
_TAIL = re.compile(r"(?:\s(?:&\s)?[A-Z][\w&'\u2019.-]+){1,4}")
_NAME_TAIL = re.compile(r"['\u2019]s?$")


def prefixed_roles(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with each ``official`` worded "<short name> spokesperson ..." given the kind of the body the
    text names under that short name, when it is a firm or a union."""
    out = list(sources)
    if not any(s.kind == "official" for s in sources):
        return out
    acronyms: dict[str, str] | None = None
    for k, s in enumerate(out):
        m = _PREFIXED.match(s.wording or "") if s.kind == "official" else None
        if m is None:
            continue
        pre = m.group("pre")
        if pre.isupper() and len(pre) <= 6:
            acronyms = defined_acronyms(text) if acronyms is None else acronyms
            longer = acronyms.get(pre)
            names = [longer] if longer else []
        else:
            names = _longer_names(text, pre)
        kinds = {classify(n) for n in names if n}
        if kinds == {"organization"}:
            out[k] = replace(s, kind="organization")
    return out


def _longer_names(text: str, pre: str) -> list[str]:
    """The longer names ``pre`` opens in ``text`` ("Halvard" -> "Halvard Semiconductor"), without a possessive."""
    names: list[str] = []
    at = text.find(pre)
    while at >= 0 and len(names) < 8:
        before = text[at - 1:at] if at else " "
        tail = _TAIL.match(text, at + len(pre)) if not (before.isalnum() or before == "-") else None
        if tail is not None:
            names.append(_NAME_TAIL.sub("", text[at:tail.end()]))
        at = text.find(pre, at + len(pre))
    return names
