"""A lead-in that gives an inspection's findings as a list ("On 2 August an inspection by the labour inspectorate was
carried out at the farm. The inspection established the following:" and then the items): the lead-in speaks for the
inspection, and so the items under it do (:mod:`labourlens.analyse.finding_lists` gives items to their lead-in's
speaker). An inspection a state body carried out is ``official`` (see
:mod:`labourlens.analyse.inspection_bodies`). Only a lead-in ending with a colon counts ("The inspection established
the following." followed by prose leaves the prose to the rules it had). Used by
:func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["finding_leads"]

_LEAD = re.compile(r"^\s*(?P<np>(?:The|This|That|Its)\s+(?:[a-z-]+\s+){0,2}(?:inspection|check|audit|investigation|raid|"
                   r"review|inquiry))\s+(?:has\s+)?(?:established|found|revealed|showed|identified)\s+"
                   r"(?:the\s+following|as\s+follows)\s*:\s*$")


def finding_leads(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give an unattributed lead-in "The inspection established the following:" to the inspection (in place)."""
    for i, s in enumerate(sentences):
        if result[i].explicit or "following" not in s.text and "follows" not in s.text or not s.text.rstrip().endswith(":"):
            continue
        m = _LEAD.match(s.text)
        if m is None:
            continue
        src = reg.resolve(Mention(m.group("np"), m.start("np"), m.end("np"), "find", False), s.start,
                          text[max(0, s.start - 600):s.start])
        result[i] = replace(result[i], source=src.key, cue="find", direct=False, explicit=True, span=None)
