"""An apposition that describes the place just named, not the speaker.

In "..., said a packer at a cannery in Salalah, a fishing port on the Arabian Sea" the second
chunk ("a fishing port on the Arabian Sea") tells the reader where Salalah is; the speaker is
"a packer at a cannery in Salalah". The same chunk after a person ("Ana Ruiz, a welder from Cebu")
is kept: only a chunk whose head is a place noun, after a chunk that ends with a capitalised name,
describes the place.
"""

from __future__ import annotations

import re

# "a port town", "a coastal city", "the provincial capital", "an industrial suburb": up to three modifiers,
# then a place noun that ends the chunk or is followed by a preposition, a direction or a relative word
# (but "a city official", "the town's mayor": the noun modifies a person)
_PLACE_CHUNK = re.compile(
    r"^(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:town|city|village|port|district|province|region|county|suburb|settlement|hub|capital|enclave|"
    r"municipality|island|oblast|krai|prefecture|township|borough|outpost|crossing|harbou?r)"
    r"(?!['\u2019\w-])(?:\s+(?:of|in|on|near|by|along|across|outside|inside|close|some|about|around|just|"
    r"north|south|east|west|northeast|northwest|southeast|southwest|\d[\w,.]*|that|which|where|known|famous)\b.*)?$",
    re.IGNORECASE,
)
_ENDS_WITH_NAME = re.compile(r"(?:^|\s)(?:in|at|from|near|of|outside)\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*$")


def describes_place(before: str, chunk: str) -> bool:
    """Is ``chunk`` (after a comma) an apposition of the place that ``before`` ends with ("... in Donggang" +
    "a port town southwest of Dandong")?"""
    return _ENDS_WITH_NAME.search(before.strip()) is not None and _PLACE_CHUNK.match(chunk.strip()) is not None


# "Rason, North Hamgyong Province", "Osh, Osh Region": a capitalised chunk ending with an administrative unit
_ADMIN_NAME = re.compile(
    r"^(?:[A-Z][\w'\u2019-]*\s+){0,3}(?:Province|Region|Oblast|Krai|County|Prefecture|District|Governorate|"
    r"Autonomous\s+Region|Republic|State|Territory)$")


def names_place(before: str, chunk: str) -> bool:
    """Is ``chunk`` (after a comma) the larger place of the place ``before`` ends with ("a source in Rason" +
    "North Hamgyong Province"), not a name given in apposition to the speaker ("A worker, Ali Khan")?"""
    if _ENDS_WITH_NAME.search(before.strip()) is None:
        return False
    chunk = chunk.strip()
    if _ADMIN_NAME.match(chunk):
        return True
    from labourlens.analyse import places  # imported here: places loads the gazetteer

    return any(p.start == 0 and p.end == len(chunk) for p in places.find(chunk))


# a capitalised name right after a preposition of place ("Police in Nakuru said"): a place, not a person
_PLACE_PREPOSITION = re.compile(r"(?:^|\s)(?:in|at|near|outside|inside|across|around)\s+$")


# (s381) the apposition after a name, up to the next comma or stop: "Port Dalby, the fishing town north of Easton, ..."
_APPOSITION = re.compile(r"\s*,\s+((?:a|an|the)\s[^,;.\n]{1,80})")


def unplaced(names: re.Pattern[str], context: str) -> list[re.Match[str]]:
    """The matches of ``names`` in ``context`` that do not follow a preposition of place (the name that ends
    "Officers in Nakuru said" is where they are, never the person a later "he" goes back to), nor (s381) come before an
    apposition that describes a place ("the kilns of Port Dalby, the brick town north of Easton": a place)."""
    out = []
    for m in names.finditer(context):
        if _PLACE_PREPOSITION.search(context, max(0, m.start() - 12), m.start()):
            continue
        app = _APPOSITION.match(context, m.end())
        if app is not None and _PLACE_CHUNK.match(app.group(1).strip()):
            continue
        out.append(m)
    return out
