"""People who contact the writer, named as the subject of a sentence ("Parents in Osh and Naryn call us every day.",
"Dozens of builders have written to our centre since May.", "Six pickers who worked at the farm came to our office"):
not yet a speaker, but the group a following "They say
..." goes back to; and a firm or a state body that sent the writer its statement ("Gulfcrest Facilities, which runs the
camp, has sent a statement."), the "it" of the quotation that follows. Used by
:mod:`labourlens.analyse.attribution` beside the other introductions; examples are
invented."""

from __future__ import annotations

import re

from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import classify

__all__ = ["contacting_group", "statement_issuer"]

_CONTACTING = gated(  # (gated: asked of most sentences; the lazy subject is tried at every length up to 80)
    r"^\s*(?P<np>[A-Z][^,;:\"\u201c\u201d]{2,80}?)"
    # "Eleven pickers from Osh who spent the winter at the greenhouse came to our office": the group without its clause
    r"(?:\s+who\s+(?!(?:call|phone|write|wrote|came|come|contact)\w*\b)[^,;:\"\u201c\u201d]{2,120}?)?"
    r"\s+(?:(?:have|has|had)\s+)?(?:also\s+)?"
    r"(?:call|calls|called|phone|phones|phoned|write|writes|wrote|written|come|comes|came|turn|turns|turned|"
    r"message|messages|messaged|contact|contacts|contacted|reach|reached)\s+(?:to\s+)?(?:us|me|our\s+[a-z]+)\b")
_PLURAL_END = re.compile(r"(?:s|men|people|children)$")


def contacting_group(text: str) -> tuple[str, int] | None:
    """(the group, its offset) when a plural group of people contacting the writer opens the sentence, else None."""
    m = _CONTACTING.match(text)
    if m is None:
        return None
    np = m.group("np").strip()
    head = np.split(" in ")[0].split(" from ")[0].split()[-1].lower()
    if classify(np) != "anonymous_source" or _PLURAL_END.search(head) is None:
        return None
    return np, m.start("np")


# a body that sends the writer its statement ("Gulfcrest Facilities, which runs the camp, has sent a statement.", "The
# ministry issued a short reply."): the "it said" of the quotations that follow goes back to it
_STATEMENT = re.compile(
    r"^\s*(?P<np>(?:[A-Z]|[Tt]he\s)[^,;:\"\u201c\u201d]{1,70}?)(?:,\s+(?:which|who)\s+[^,;:\"\u201c\u201d]{2,80},)?"
    r"\s+(?:(?:has|have|had)\s+)?(?:later\s+|since\s+|also\s+)?(?:sent|issued|released|published|put\s+out|posted|emailed|"
    r"e-mailed|shared|provided)\s+(?:us\s+|a\s+brief\s+|a\s+short\s+|a\s+written\s+|an\s+)?(?:a\s+)?"
    r"(?:statement|reply|response|comment)\b")


def statement_issuer(text: str) -> tuple[str, int] | None:
    """(the body, its offset) when the sentence says a firm or a state body sent a statement, else None."""
    m = _STATEMENT.match(text) if "statement" in text or "reply" in text or "response" in text else None
    if m is None:
        return None
    np = m.group("np").strip()
    return (np, m.start("np")) if classify(np) in ("organization", "official") else None
