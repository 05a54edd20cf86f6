"""Quotations tagged with "read": '"All workers are paid in full," the statement read.', '"...," read a post on
the channel X.', '"We have not been paid," read a banner held by the workers.' The written thing's author speaks
when the tag names one (the channel, the workers who held the banner, the driver who sent the message);
otherwise the written thing itself (a statement, a notice) does. Examples here and in the tests are invented.
"""

from __future__ import annotations

from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["read_tag"]

_SPEAKERS = ("official", "organization", "outlet", "document", "named_person", "anonymous_source")
_WRITTEN = (r"(?:post|posts|message|messages|statement|letter|note|notice|sign|signs|banner|banners|placard|placards|"
            r"comment|caption|tweet|entry|text|leaflet|flyer|petition|complaint|memo|announcement|headline|order|"
            r"advert|advertisement|listing|job\s+ad|contract|clause|slogan|poster|video\s+caption|description)")
_NP = r"(?:(?i:a|an|the|one|its|their|his|her|another)\s+(?:[\w'\u2019-]+\s+){0,3}?" + _WRITTEN + r")"
# '"...," read a post on the channel X, which ...', '"...," reads the notice.'
_READ_FIRST = gated(r"[,.!?][\"\u201d]\s+(?:read|reads)\s+(?P<np>" + _NP + r")(?:\s+(?:on|from|by|in|posted\s+(?:on|by|in)|"
                    r"published\s+(?:on|by|in)|signed\s+by|held\s+by|issued\s+by|sent\s+by|written\s+by|of)\s+"
                    r"(?P<owner>[^,.\"\u201c\u201d]{2,80}?))?\s*(?:,|\.|$|\s+(?:on|last|this)\s+\w+)")
# '"...," the statement read.'
_READ_LAST = gated(r"[,.!?][\"\u201d]\s+(?P<np>" + _NP + r")(?:\s+(?:from|by|of|on)\s+(?P<owner>[^,.\"\u201c\u201d]{2,60}?))?"
                   r"\s+(?:read|reads)\s*(?:,|\.|$|\s+in\s+part)")


# '"...," reads one, dated May.', '"...," reads another.': one of the written things the page spoke of before
_READ_ONE = gated(r"[,.!?][\"\u201d]\s+(?:read|reads)\s+(?P<np>one|another)\s*(?:,|\.|$)")
_PLURAL_WRITTEN = gated(r"\b(?P<noun>letters|messages|posts|notices|petitions|texts|diary\s+entries|entries)\b")


def read_tag(text: str, before: str = "") -> Mention | None:
    """The speaker of a quotation tagged with "read" (see the module doc); None for any other sentence. A bare
    "one" reads as one of the written things of that kind last spoken of in ``before`` (the text up to the sentence)."""
    if " read" not in text:
        return None
    m = _READ_FIRST.search(text) or _READ_LAST.search(text)
    if m is None:
        one = _READ_ONE.search(text)
        things = list(_PLURAL_WRITTEN.finditer(before[-1500:])) if one is not None else []
        if one is None or not things:
            return None
        return Mention(f"one of the {things[-1].group('noun')}", one.start("np"), one.end("np"), "write", True)
    owner = m.group("owner")
    if owner is not None and _plausible(owner) and classify(owner) in _SPEAKERS:
        return Mention(owner.strip(), m.start("owner"), m.start("owner") + len(owner.strip()), "write", True)
    np = m.group("np")
    if classify(np) is None:
        return None
    return Mention(np, m.start("np"), m.end("np"), "write", True)
