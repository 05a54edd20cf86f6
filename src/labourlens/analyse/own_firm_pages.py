"""A firm's own page speaking of itself as "the company": on a statement a firm publishes on its own site ("Statement
on press reports | Dunmore Freight Ltd"), the page's outlet is the firm, and "The company rejects these claims" is
the firm's own voice, however another body (a news site it answers) was met in between. Given here to the page's
voice, in the last pass of the attribution (:func:`labourlens.analyse.forum_posts.final_sources`), when the outlet
is a firm's name closed by a legal form, that name is in the text before "the company" speaks, and no other name
closed by a legal form is. (s38) So does a body's own page (a centre's casebook, an association's notes) speak of
itself as "the centre", "the association": when the outlet is a body's name that ends in that word, the name is in the
text (in any case: a masthead in capitals) before the bare word speaks, and no other name that ends in it is, "The centre
estimates ..." is the page's own voice. Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from labourlens.analyse.legal_forms import alternation
from labourlens.analyse.source_merges import to_page_voice
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Source

__all__ = ["own_firm_pages"]

_BARE_FIRM = frozenset(("the company", "the firm"))


@lru_cache(maxsize=1)
def _legal_name() -> re.Pattern[str]:
    """A capitalised name of one to six words closed by a legal form ("Dunmore Freight Ltd", "Harbor Line LLC")."""
    return re.compile(rf"\b[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){{0,5}}\s+{alternation()}(?!\w)")


# (s38) the word that ends a body's name and stands for it bare ("Harbour Legal Aid Centre" -> "the centre")
_BODY_HEAD = re.compile(r"\b(?:Centre|Center|Association|Network|Foundation|Union|Institute|Council|Desk|Clinic|Coalition|"
                        r"Federation|Society|Initiative|Alliance|Trust)$")


def _own_body(text: str, sources: Sequence[Source], outlet: str) -> set[str]:
    """The keys of a bare "the centre" on the page of the body whose name ends in that word (see the module doc)."""
    head = _BODY_HEAD.search(outlet.strip())
    if head is None:
        return set()
    bare = "the " + head.group(0).lower()
    others = re.compile(rf"\b[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{0,5}}\s+{head.group(0)}\b")
    keys: set[str] = set()
    for s in sources:
        if s.key == OUTLET_KEY or s.kind != "organization" or (s.wording or "").strip().lower() != bare or not s.spans:
            continue
        before = text[:min(s.spans)[0]]
        if outlet.strip().lower() in before.lower() and {m.group(0) for m in others.finditer(before)} <= {outlet.strip()}:
            keys.add(s.key)
    return keys


def own_firm_pages(text: str, result: list[Any], sources: Sequence[Source], outlet: str | None) -> list[Source]:
    """``sources`` without a bare "the company" that is the page's own firm (or a bare "the centre" that is the page's
    own body), whose attributions go to the page's voice (``result`` rewritten in place)."""
    if not outlet:
        return list(sources)
    if _legal_name().fullmatch(outlet.strip()) is None:
        return to_page_voice(sources, result, _own_body(text, sources, outlet))
    keys: set[str] = set()
    for s in sources:
        if s.key == OUTLET_KEY or s.kind != "organization" or (s.wording or "").strip().lower() not in _BARE_FIRM \
                or not s.spans:
            continue
        before = text[:min(s.spans)[0]]
        names = {m.group(0) for m in _legal_name().finditer(before)}
        if outlet.strip() in before and names <= {outlet.strip()}:
            keys.add(s.key)
    return to_page_voice(sources, result, keys)
