"""A digest item that credits the paper it comes from in brackets at its end, for
:func:`labourlens.analyse.document_voice.apply_document_voice` (in place):

"* RUSSIA / Vietnamese garment workers: Prosecutors in Moscow have opened an inspection after 62 workers were
found in a basement workshop (Stolitsa-Ekspress, 17 Nov)." A newsletter that sums up published reports gives
each item's source as a bracketed name and date; an item sentence that names no speaker of its own is the
credited outlet's report (an ``outlet``), not the newsletter's own voice. A sentence that names its speaker
("Relatives allege that ... (Ala-Too Kabar, 23 Nov)") keeps that speaker, with the outlet relaying.

Only a bullet item and a bracket that holds a name and a day with its month count: "(ILO, 2021)" is a citation of
a document, "(pictured, 3 May)" no credit.

Names in the examples are invented."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify

if TYPE_CHECKING:
    from labourlens.analyse.attribution import Attribution
    from labourlens.analyse.registry import Registry
    from labourlens.model import Sentence

__all__ = ["digest_credits"]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_CREDIT = re.compile(
    r"\((?P<name>[A-Z][\w'\u2019&.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'\u2019&.-]*){0,4}),[ \t]+"
    rf"(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}})(?:,?[ \t]+(?:19|20)\d\d)?\)[ \t]*[.!]?[ \t]*$")
_BULLET = re.compile(r"[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+")


def digest_credits(text: str, sentences: list[Sentence], result: list[Attribution], reg: Registry) -> None:
    """Give a bullet item's unattributed sentence to the outlet its closing bracket credits (see the module doc)."""
    from labourlens.analyse.attribution import Attribution  # noqa: PLC0415 - attribution imports this module's caller

    for i, s in enumerate(sentences):
        if s.kind != "body" or result[i].source != OUTLET_KEY or result[i].explicit or not s.text.rstrip().endswith((")", ").")):
            continue
        m = _CREDIT.search(s.text)
        line_start = text.rfind("\n", 0, s.start) + 1
        if m is None or _BULLET.match(text, line_start) is None:
            continue
        name = m.group("name")
        if classify(name) in ("official", "organization", "document", "anonymous_source"):
            continue
        src = reg.resolve(Mention(name, m.start("name"), m.end("name"), "reported"), s.start, "")
        if src.key == OUTLET_KEY:
            continue
        if src.kind in ("named_person", None):
            src.kind = "outlet"
        result[i] = Attribution(src.key, "reported", False, True, (m.start("name"), m.end("name")))
