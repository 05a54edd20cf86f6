"""A bare spokesperson or manager right after a company spoke ("Kestrel Marine denied the charges. A spokesman
said wages went out on Friday.", "Brightfield Poultry rejected the report; a manager said the night shift ends at
two."): when the paragraph names no body by a word of :mod:`labourlens.analyse.bare_spokespeople`'s lists,
the body that spoke last in the paragraph, within 400 characters, is the one they speak for. A company's
spokesperson or manager is ``organization`` (README: companies, their spokesmen and managers); a state
body's spokesperson stays ``official``, and a state body's or a rights group's "manager" keeps its kind.
Called from :func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens.analyse.bare_spokespeople import body_before, body_speaking_before
from labourlens.model import Source

__all__ = ["firm_voices_after"]

_BARE_VOICE = re.compile(r"^(?:a|an|the|one)\s+(?:(?P<spokes>spokes(?:man|woman|person))|(?:site\s+|mine\s+|shift\s+)?manager)$",
                         re.IGNORECASE)


def firm_voices_after(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with a bare spokesperson or manager given the kind of the company that spoke just before."""
    out: list[Source] = []
    for s in sources:
        m = _BARE_VOICE.match((s.wording or "").strip()) if s.spans and s.kind != "organization" else None
        if m is not None and body_before(text, min(s.spans)[0]) is None:
            at = min(s.spans)[0]
            para = text.rfind("\n\n", 0, at)
            spoke = body_speaking_before([o for o in sources if o.key != s.key], at)
            same_para = spoke is not None and spoke[1] > para
            if same_para and spoke is not None and spoke[0] == "organization":
                s = replace(s, kind="organization")
        out.append(s)
    return out
