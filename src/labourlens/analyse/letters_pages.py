"""A reader's letter on a paper's letters page, given to the reader who signs it (a pass of
:mod:`labourlens.analyse.forum_posts`).

A letters page ("Letters to the Editor", "Your letters") prints a reader's own account in the first person, not the
paper's. Two layouts are read, in this order:

- a letter under its own title with no salutation or closing: the writer's name stands on a line of its own under the
  last paragraph, often over a line with the writer's town ("Ana Reyes" / "Quezon City"), and an editor's note may
  follow. Each sentence between the page's heading and the signature that no one else is given speaks as the writer
  (``named_person``), and so does what the people the writer talks to told the writer ("She says she eats only rice",
  "When I asked, she said ...": the writer passes it on, the teller is only relayed);
- a letter opened by "Sir, -" or closed by "Yours faithfully," over the name, perhaps in capitals and with the
  reader's town under it ("JANE DOE" / "Kisumu"), before the paper's footer ("Letters may be edited ...") or an
  editor's note: every sentence still left to the page's own voice, and every "She told me ..." whose "she" found no
  one, speaks as the signer; a letter signed "Name withheld" keeps the page's voice.

A sentence that names a speaker of its own (an officer, "A nurse at the clinic told me ...") keeps it, and the
editor's note under the signature is the paper's. Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.concessive_documents import concessive_documents
from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["letters_pages"]


def letters_pages(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give a reader's letter on a letters page to its signer (in place; see the module docstring)."""
    if _FRAME.search(text[:_SIGNED_HEAD]) is not None:  # (s389) "..., though its advert said ...": the writer's still
        concessive_documents(sentences, result)
    _signed_letters(text, sentences, result, reg)  # "Letters to the Editor" + "I ..." + the signer's name
    _saluted_letters(text, sentences, result, reg)  # "Letters to the Editor" + "Sir, - I ..." + "JANE DOE"


# -- a letter under its own title, signed under its last paragraph

_SIGNED_HEAD = 300  # the letters page's label stands in the page's first lines
# the page's label: "Letters to the Editor", "Letter to the editor", "Readers' letters", "Your letters", "Letters |"
_FRAME = re.compile(r"\b(?:Letters?\s+to\s+the\s+[Ee]ditor|(?:Readers?(?:'|\u2019)?|Your)\s+[Ll]etters|"
                    r"(?m:^[ \t]*Letters[ \t]*(?:\||:|\u2014|-|$))"
                    # (s35) a masthead's section between bars ("Talas Bulletin | Letters | 12 May"), or the letter's
                    # salutation to the editor on a line of its own ("Dear editor,")
                    r"|(?m:\|[ \t]*Letters[ \t]*(?:\||$))|(?m:^[ \t]*Dear\s+[Ee]ditors?[ \t]*,?[ \t]*$))")
# the signature: a name of two to four words on a line of its own after a blank line ("Lim Wei Jie", "Dr. Ana M. Cruz"),
# then at most one line of the writer's town or trade, then a blank line or the page's end
_SIGNATURE = re.compile(r"\n[ \t]*\n[ \t]*(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3})"
                        # (s35) or the writer's town after a comma on the same line ("A. T., Talas")
                        # (s389) or the writer's post, body and town ("A. Lim, Secretary, Harbour Traders' Union, Talas")
                        r"(?:,[ \t]*[A-Z][\w'\u2019 &-]{1,60}){0,3}"
                        r"[ \t]*\n(?:[ \t]*[A-Z][^\n]{1,60}\n)?[ \t]*(?:\n|$)")
_FIRST_PERSON = re.compile(r"\b(?:I|my|My|me|we|We|our|Our|us)\b")
_TOLD_ME = re.compile(r"\b(?:told|tells|asked|showed|wrote\s+to|writes\s+to|said\s+to|says\s+to)\s+(?:me|us)\b")
_PRONOUNS = frozenset(("he", "she", "they"))
# (s35) a sentence that opens on what someone the writer speaks to told the writer, whoever the "he" was taken to be
_OPENING_PRONOUN = re.compile(r"^\W{0,2}(?:He|She|They)\s+")
_OWN_LINES = 2  # first-person sentences in a letter, at the least


def _tells_the_writer(text: str) -> bool:
    """Does ``text`` open on someone telling the writer ("He tells me ...", "She said to us ...")?"""
    m = _OPENING_PRONOUN.match(text)
    return m is not None and _TOLD_ME.match(text, m.end()) is not None


def _signed_letters(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences of a reader's letter on a letters page to its signer (in place; see the module doc)."""
    frame = _FRAME.search(text[:_SIGNED_HEAD])
    if frame is None:
        return
    sigs = [m for m in _SIGNATURE.finditer(text, frame.end()) if not m.group("name").rstrip(".").endswith(
        ("Editor", "Team", "Staff", "Desk"))]
    # (s389) a page of several letters, each signed under its last paragraph: each letter runs from the signature
    # above it (or the page's label) to its own
    begin = frame.end()
    for sig in sigs:
        if not _signed_letter(sentences, result, reg, sig, begin):
            break  # the first block that is no letter ends the page's letters
        begin = sig.end()


def _signed_letter(sentences: Sequence[Sentence], result: list[Any], reg: Registry, sig: re.Match[str], begin: int) -> bool:
    """Give the sentences between ``begin`` and the signature ``sig`` to its signer, if they are a letter's."""
    block = [k for k, s in enumerate(sentences) if s.kind == "body" and s.start >= begin and s.end <= sig.start()]
    if sum(1 for k in block if _FIRST_PERSON.search(sentences[k].text)) < _OWN_LINES:
        return False
    known = {s.key: s for s in reg.sources()}
    writer = None
    for k in block:
        att = result[k]
        src = known.get(att.source)
        relayed = src is not None and (src.wording or "").strip().lower() in _PRONOUNS and (
            _TOLD_ME.search(sentences[k].text) is not None or _FIRST_PERSON.search(sentences[k].text) is not None) \
            or _tells_the_writer(sentences[k].text)  # "He tells me ...": her husband, relayed by her
        if att.source != OUTLET_KEY and att.explicit and not relayed:
            continue  # "A constable said they could do nothing": his own words
        if writer is None:
            name = sig.group("name")
            writer = reg.resolve(Mention(name, 0, len(name), "wrote"), sig.start("name"), "")
            writer.kind = "named_person"
        result[k] = replace(att, source=writer.key, cue="wrote", direct=False, explicit=False, span=None)
    return True


# -- a letter opened by "Sir, -" or closed by "Yours faithfully,"

_SALUTED_HEAD = 400  # the page's heading stands in its first lines
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
_BARE_PRONOUNS = frozenset(("he", "she"))
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


def _saluted_letters(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give a reader's letter on a letters page to the reader who signs it (in place; see the module docstring)."""
    if _PAGE.search(text[:_SALUTED_HEAD]) is None and _SALUTATION.search(text[:_SALUTED_HEAD * 2]) is None:
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
        if att.source != OUTLET_KEY and not (src is not None and (src.canonical or src.wording or "").lower() in _BARE_PRONOUNS):
            continue  # "A nurse at the clinic told me ...": the nurse
        if reader is None:
            reader = reg.resolve(Mention(name, 0, len(name), "wrote", False), at, "")
        result[i] = replace(att, source=reader.key, cue="wrote", direct=False, explicit=False, span=None)
