"""A state body named again by its capitalised head noun alone ("According to the Service, 23% of complaints ...",
after "The State Migration Service of Kyrgyzstan said ..."): the capital marks the name of a body, as officials'
prose writes it, so the phrase is ``official`` although a lower-case "the service" (a weather or delivery service)
is not. Called from :func:`labourlens.analyse.speaker_kinds.kind_of`; examples are invented."""

from __future__ import annotations

import re

__all__ = ["capitalized_body_kind"]

_CAPITALIZED = re.compile(r"^[Tt]he\s+(?:Service|Inspectorate|Directorate|Procuracy)$")


def capitalized_body_kind(text: str) -> str | None:
    """ "official" for "the Service", "the Inspectorate" written with a capital; else None."""
    return "official" if _CAPITALIZED.match(text.strip()) else None
