"""A reader's letter that a paper prints on its letters page, signed by the reader (a pass of
:mod:`labourlens.analyse.forum_posts`).

A letters page ("Letters to the Editor", or a letter that opens "Sir, -") prints a reader's own account in the first
person and ends it with the reader's name on a line of its own, perhaps in capitals and with the reader's town under
it ("JANE DOE" / "Kisumu"), before the paper's footer ("Letters may be edited ...") or an editor's note. What the
letter tells is the reader's, not the paper's: every sentence of the letter left to the page's own voice, and every
"She told me ..." whose "she" found no one, speaks as the signer (``named_person``). A sentence that names a speaker
of its own ("A nurse at the clinic told me ...") keeps it; a letter signed "Name withheld" keeps the page's voice;
the editor's note under the signature is the paper's. It runs after :mod:`labourlens.analyse.editor_letters` (a letter
with no salutation and no closing) and reads the letters that pass leaves to the page: one opened by "Sir, -" or closed
by "Yours faithfully," over the name. Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["reader_letters"]

_HEAD = 400  # the page's heading stands in its first lines
_PAGE = re.compile(r"\bLetters?\s+to\s+the\s+Editor\b", re.IGNORECASE)
# "Sir, -", "Sir -", "Madam, -": the salutation of a letter printed on a letters page, with its dash
_SALUTATION = re.compile(r"(?m)^[ \t]*(?:Sir|Madam|Sir\s+or\s+Madam)\s*,?\s*[\u2014\u2013-]+\s")
# the paper's lines under a letter: its footer and its note
_FOOTER = re.compile(r"^\W{0,3}(?:Editor(?:'|\u2019)?s?(?:'|\u2019)?\s+note|Letters\s+(?:may|should|must|are)|Write\s+to|"
                     r"Send\s+(?:your\s+)?letters|Email\s+(?:your\s+)?letters|Related\b)", re.IGNORECASE)
# the reader's closing above the name ("Yours faithfully,")
_CLOSING = re.compile(r"^(?:Yours\s+(?:faithfully|sincerely|truly)|Sincerely|Regards)\b", re.IGNORECASE)
# the reader's name alone on its line, in capitals or not: "JANE DOE", "Ana Ruiz-Soto", "K. Mensah"
_NAME = re.compile(r"^(?:[A-Z]\.\s*)?[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'\u2019-]+)){0,3}$")
_UNRESOLVED = frozenset(("he", "she"))
# a block of lines between blank lines
_BLOCK = re.compile(r"[^\n](?:[^\n]|\n(?![ \t]*\n))*")
_SIGNATURE_LINES = 3  # the name and its town or trade under it, at the most


def _signature(text: str) -> tuple[str, int] | None:
    """The reader's name and its offset: the first line of the last paragraph before the paper's footer."""
    for b in reversed(list(_BLOCK.finditer(text))):
        lines = [ln.strip() for ln in b.group().split("\n") if ln.strip()]
        if not lines or _FOOTER.match(lines[0]):
            continue
        at = b.start() + b.group().find(lines[0])
        if _CLOSING.match(lines[0]) and len(lines) > 1:
            lines, at = lines[1:], b.start() + b.group().find(lines[1])
        if len(lines) > _SIGNATURE_LINES or _NAME.match(lines[0]) is None:
            return None
        name = lines[0].title() if lines[0].isupper() else lines[0]
        return (name, at) if classify(name) == "named_person" else None
    return None


def reader_letters(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give a reader's letter on a letters page to the reader who signs it (in place; see the module docstring)."""
    if _PAGE.search(text[:_HEAD]) is None and _SALUTATION.search(text[:_HEAD * 2]) is None:
        return
    found = _signature(text)
    if found is None:
        return
    name, at = found
    letter = [i for i, s in enumerate(sentences) if s.kind == "body" and s.end <= at]
    if not letter:
        return
    reader = None
    for i in letter:
        att = result[i]
        src = next((x for x in reg.sources() if x.key == att.source), None) if att.source != OUTLET_KEY else None
        if att.source != OUTLET_KEY and not (src is not None and (src.canonical or src.wording or "").lower() in _UNRESOLVED):
            continue  # "A nurse at the clinic told me ...": the nurse
        if reader is None:
            reader = reg.resolve(Mention(name, 0, len(name), "wrote", False), at, "")
        result[i] = replace(att, source=reader.key, cue="wrote", direct=False, explicit=False, span=None)
