"""A person the text met without a name, named when the text comes back to them with a definite description: "...,
the paper reported, citing one of the men" and then '"We paid ...," the worker, identified as Hari Gurung, told the
paper': one man, named from now on (used by :mod:`labourlens.analyse.attribution` before the mention is resolved).

The earlier source must be the last unnamed single person the text met, given only as one of a group ("one of the
men", "one of them"): not a source in general ("a source in Dandong" and "the worker, identified as Kim" may be two
people), and not a person the writer described ("a worker at the camp", whom the other rules already follow and who
keeps that wording). Examples are invented."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from labourlens.analyse.speakers import Mention

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["name_the_one_met"]

_PEOPLE = (r"(?:worker|man|woman|migrant|labou?rer|deckhand|fisherman|crewman|driver|guard|maid|cleaner|welder|"
           r"builder|seafarer|sailor|survivor|returnee)")
# the text just before the name: "the worker, identified as ", "the man, who gave his name as ", "The woman, named "
_DEFINITE_NAMING = re.compile(
    rf"\bthe\s+(?:(?:young|older|elder|same|first)\s+)?{_PEOPLE}\s*,\s*(?:who\s+(?:was|is)\s+)?"
    r"(?:identified\s+(?:only\s+|by\s+the\s+paper\s+)?as|named|who\s+(?:gave|would\s+give)\s+(?:only\s+)?(?:his|her)\s+(?:first\s+|given\s+|family\s+)?name\s+"
    r"(?:only\s+)?as)\s+$", re.IGNORECASE)
# the earlier wording: one of a group, which says nothing the name does not ("one of the men", "one of them"); a
# wording that describes the person ("a worker at the camp") keeps the words the writer chose
_MET = re.compile(r"^one\s+of\s+(?:the|them|those)(?:\s+[\w-]+)?$", re.IGNORECASE)


def name_the_one_met(sentence_text: str, m: Mention, reg: Registry) -> None:
    """Give the name ``m`` carries to the unnamed person met before (in place; see the module's note)."""
    if m.start < 12 or _DEFINITE_NAMING.search(sentence_text[max(0, m.start - 90):m.start]) is None:
        return
    if any(e.source.canonical == m.wording or e.norm == m.wording.lower() for e in reg.entries):
        return  # named before
    people = [e for e in reg.entries if e.person and e.source.kind == "anonymous_source"]
    if not people:
        return
    last = max(people, key=lambda e: e.order)
    if last.plural or last.source.canonical is not None or _MET.match(last.source.wording or "") is None:
        return
    last.source.wording, last.source.canonical, last.source.kind = m.wording, m.wording, "named_person"
    last.norm = m.wording.lower()
