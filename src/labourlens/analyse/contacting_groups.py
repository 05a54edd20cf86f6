"""People who contact the writer, named as the subject of a sentence ("Parents in Osh and Naryn call us every day.",
"Dozens of builders have written to our centre since May.", "Six pickers who worked at the farm came to our office"):
not yet a speaker, but the group a following "They say
..." goes back to; and a firm or a state body that sent the writer its statement ("Gulfcrest Facilities, which runs the
camp, has sent a statement."), the "it" of the quotation that follows; (s42) the writer's relative or friend opening a
sentence ("My brother was one of the packers."), the "he" of the account the writer relays next. Used by
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


# (s42) the writer's own relative or friend opening a sentence of who they are ("My brother was one of the packers.", "My
# brother works at the plant."): the "he" or "she" of the account the writer relays next ("He told me ...")
_KIN_OPENING = re.compile(r"^\W{0,3}(?P<np>(?:My|Our)\s+(?:(?:older|younger|elder|best|old)\s+)?(?:cousin|uncle|aunt|brother|"
                          r"sister|friend|neighbou?r|nephew|niece|husband|wife|son|daughter|father|mother))\s+"
                          r"(?:was|is|works|worked|has\s+been|had\s+been|lives|lived)\b")


def contacting_group(text: str) -> tuple[str, int] | None:
    """(the group, its offset) when a plural group of people contacting the writer opens the sentence, or (s42) the
    writer's relative or friend (:data:`_KIN_OPENING`), else None."""
    m = _CONTACTING.match(text)
    if m is None:
        kin = _KIN_OPENING.match(text) if text.lstrip()[:2] in ("My", "Ou") else None
        return (kin.group("np"), kin.start("np")) if kin is not None else None
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


# (s42) "We put these accounts to Harvey Fresh Ltd, the firm that ...", "I put the allegations to the agency.": the
# body the writer took the accounts to answers next ("In a statement it said ...")
_PUT_TO = re.compile(
    r"^\W{0,3}(?:[A-Z]{2,}:\s+)?(?:We|I)\s+(?:also\s+)?(?:put|took|sent|presented)\s+(?:these|those|the|our|all\s+(?:these|the))\s+"
    r"(?:\w+\s+)?(?:accounts|allegations|claims|findings|questions|complaints|testimonies|details)\s+to\s+"
    r"(?P<np>(?:[A-Z]|the\s)[^,;:\"\u201c\u201d.]{1,60}?)(?=\s*[,.;]|\s+(?:and|for|which|who)\b)")


def statement_issuer(text: str) -> tuple[str, int] | None:
    """(the body, its offset) when the sentence says a firm or a state body sent a statement, else None."""
    if " put " in text or " to " in text:
        put = _PUT_TO.match(text)
        if put is not None and classify(np := put.group("np").strip()) in ("organization", "official"):
            return np, put.start("np")
    m = _STATEMENT.match(text) if "statement" in text or "reply" in text or "response" in text else None
    if m is None:
        return None
    np = m.group("np").strip()
    return (np, m.start("np")) if classify(np) in ("organization", "official") else None
