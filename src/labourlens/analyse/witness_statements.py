"""A witness statement, an affidavit or a sworn declaration, a pass of :mod:`labourlens.analyse.forum_posts` (the
last passes of the attribution).

A court file prints a witness's evidence under a heading that names the witness ("WITNESS STATEMENT OF ANA
PEREIRA", "Affidavit of Tomas Varga", "DECLARATION OF LI WEI") as numbered paragraphs in the first person ("1. I am
a driver from ...", "2. The foreman took ..."). Every sentence of those numbered paragraphs is the witness's
evidence, what the people the witness deals with said to them included ("The foreman said that anyone who left
would be reported"): the witness says it happened. A body or a document named there with no first person in the
sentence keeps speaking; the first paragraph that is not numbered (a note from the other side's memorandum)
ends the statement. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["witness_statements"]

_NAME = r"[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'\u2019-]+){0,3}"
# "WITNESS STATEMENT OF ANA PEREIRA", "Affidavit of Tomas Varga (translation)", "SWORN DECLARATION OF LI WEI"
_HEADING = re.compile(
    r"^\W{0,3}(?:(?:FIRST|SECOND|SUPPLEMENTARY|SWORN|First|Second|Supplementary|Sworn)\s+)?"
    r"(?:WITNESS\s+STATEMENT|AFFIDAVIT|DECLARATION|STATEMENT|Statement|Witness\s+[Ss]tatement|Affidavit|Declaration)"
    r"\s+(?:OF|of|BY|by)\s+(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|DR)\.?\s+)?" + _NAME + r")", re.MULTILINE)
_NUMBERED = re.compile(r"^\s*\(?\d{1,2}[.)](?:\s+|$)")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us)\b")
_OPENS_FIRST = re.compile(r"^\W{0,3}(?:I|We|My|Our)\b")
_BODIES = ("official", "organization", "outlet", "document")


def _name(raw: str) -> str:
    words = raw.split()
    return " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words)


def witness_statements(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the numbered paragraphs under a witness statement's heading to its witness (in place)."""
    if not any(w in text[:2000] for w in ("STATEMENT", "tatement", "ffidavit", "FFIDAVIT", "eclaration", "ECLARATION")):
        return
    m = _HEADING.search(text[:2000])
    if m is None:
        return
    name = _name(m.group("name"))
    if classify(name) != "named_person":
        return
    heading_end = text.find("\n", m.end())
    heading_end = len(text) if heading_end < 0 else heading_end
    witness = None
    started = False
    para = -1
    numbered = False
    prose: bool | None = None  # a statement whose first paragraph opens in the first person, not numbered
    for i, s in enumerate(sentences):
        if s.start < heading_end or s.kind != "body":
            continue
        if s.paragraph != para:
            para, numbered = s.paragraph, _NUMBERED.match(s.text) is not None
            if not numbered and not started and prose is None:
                prose = _OPENS_FIRST.match(s.text) is not None  # "I joined the vessel in ...": a statement in prose
            elif prose and not numbered and not _FIRST_PERSON.search(s.text):
                return  # "The Clerk read out that ...": the record's own voice again
            if not numbered and started:
                return  # the statement has ended
            started = started or numbered
        if not numbered and not prose:
            continue
        att = result[i]
        if att.source != OUTLET_KEY and not _FIRST_PERSON.search(s.text):
            said = next((x for x in reg.sources() if x.key == att.source), None)
            if said is not None and said.kind in _BODIES:
                continue  # "The Respondent's letter of 3 May states ...": the letter
        if witness is None:
            witness = reg.resolve(Mention(name, m.start("name"), m.end("name"), "said", True), s.start, "")
            witness.kind = "named_person"
        result[i] = replace(att, source=witness.key, cue="said", direct=True)
