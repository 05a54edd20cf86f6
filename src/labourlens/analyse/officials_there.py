"""An official given by "there" ("The provincial labour department said ... An official there said ...",
"We called the port authority. An officer there told us ..."): "there" is the body just named, so the official
speaks for it (the body that spoke just before, else the one named last): a state body's ``official``, a firm's
``organization`` (README, Quality: a company's representative). Without such a body named just before, the speaker
keeps the kind the classifier gave. (s41) A named leader of a state inspection's team is settled here too
(:mod:`labourlens.analyse.team_officials`). Called from :func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens.analyse.bare_spokespeople import body_before, body_speaking_before
from labourlens.analyse.team_officials import team_officials
from labourlens.model import Source

__all__ = ["officials_there"]

_THERE = re.compile(r"^(?:an?|one|another|the)\s+(?:(?:senior|junior|labou?r|local|duty)\s+)?(?:official|officer|"
                    r"inspector|spokes(?:man|woman|person)|representative)\s+there$", re.IGNORECASE)

# (s36) a bare "an official" right after a state body spoke (within a few lines): one of its officers
_BARE_OFFICIAL = re.compile(r"^(?:an?|one|another)\s+(?:(?:senior|junior|local|duty)\s+)?(?:official|officer)$", re.IGNORECASE)


def officials_there(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with each official "there" given the kind of the body named just before it."""
    out: list[Source] = []
    for s in sources:
        if s.spans and s.kind in ("anonymous_source", "official", "organization") and _THERE.match((s.wording or "").strip()):
            at = min(s.spans)[0]
            spoke = body_speaking_before(sources, at)  # the body that spoke just before, else the one named last
            kind = spoke[0] if spoke is not None and spoke[0] != "group" else body_before(text, at, paragraph=False)
            if kind is not None and kind != s.kind:
                s = replace(s, kind=kind)
        elif s.spans and s.kind == "anonymous_source" and _BARE_OFFICIAL.match((s.wording or "").strip()):
            spoke = body_speaking_before(sources, min(s.spans)[0])
            if spoke is not None and spoke[0] == "official":
                s = replace(s, kind="official")  # (s36) "The Fisheries Agency said ... An official said ...": its officer
        out.append(s)
    return team_officials(text, out)
