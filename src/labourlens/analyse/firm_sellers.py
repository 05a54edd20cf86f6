"""A firm named and then described as one that sells or trades goods ("Oakfield Living, the Dutch retailer that
stocks the lamps", "Kessel Trade, a Hamburg wholesaler"): the firm speaks, even when its name could be read as a
person's. A given name first ("Anna Berg, a retailer") keeps the person."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

# roles no person holds in the definite form: a shop or a chain, a wholesaler, a trading house, a brand
_SELLER = re.compile(
    r"^(?P<name>[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){1,3}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:retailer|retail\s+chain|(?:furniture|supermarket|clothing|fashion|grocery|department[- ]store)\s+chain|"
    r"wholesaler|trading\s+(?:company|house|firm)|brand)"
    r"(?:\s+(?:that|which|whose)\s.*)?$"
)


@lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    data = knowledge.load("given_names.yaml")
    return frozenset(str(n).lower() for key in ("female", "male") for n in data.get(key) or ())


def seller_kind(text: str) -> str | None:
    """ "organization" for a named firm described as a retailer, wholesaler, trading house or brand; else None."""
    if "," not in text:
        return None
    m = _SELLER.match(text.strip())
    if m is None or m.group("name").split()[0].lower() in _given():
        return None
    return "organization"
