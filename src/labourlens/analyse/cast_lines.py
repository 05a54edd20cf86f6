"""The cast line of a podcast's or a broadcast's notes ("Guest: Dr. Ana Ruiz, a sociologist at the Pacific Institute
who has interviewed 90 deckhands.", "Host: Tom Berg."): it names who takes part and says nothing, so it is no claim,
even when the guest's description holds words an indicator reads ("released from forced labour"). A spoken line under
such a label ("GUEST: We slept in containers.") names nobody after the colon and stays a claim. Used by
:func:`labourlens.analyse.claim_filters.frame_line`; examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import NAME_WORD

__all__ = ["cast_line"]

_CAST = re.compile(rf"^\W{{0,2}}(?:Guests?|GUESTS?|Hosts?|HOSTS?|Presenters?|Producers?|Moderator|Panell?ists?|"
                   rf"Co-hosts?|With)[ \t]*:[ \t]*(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+)?(?:{NAME_WORD})"
                   rf"(?:[ \t]+(?:{NAME_WORD})){{1,2}})[ \t]*(?:[,.;(]|$)")


def cast_line(text: str) -> bool:
    """Is ``text`` a cast line naming a guest or host (a person's name right after the label)?"""
    from labourlens.analyse.speakers import classify  # noqa: PLC0415 - speakers imports the claim filters' users

    m = _CAST.match(text) if ":" in text[:16] else None
    return m is not None and classify(m.group("name")) == "named_person"
