"""A lead-in line that hands a quoted passage to a document, for :mod:`labourlens.analyse.attribution`.

Digests and briefs set a document's own words off after a short line of their own that ends with a colon:
"From the notice:", "Excerpts from the judgment:", "The memo reads, in part:", "Key passages of the
ruling:". The quotation in the paragraph after it speaks as that document, not as the page, and not as a
person whose "name" is the first capitalised word of the lead-in ("From"). The document is known by its
noun: the lead-in's noun phrase must read as a ``document`` to the speaker classifier (the nouns of
``knowledge/source_nouns.yaml``), so "From the workers:" or "From our correspondent:" hand nothing over.

(s388) A letter or a report that prints the answer it got sets it under a line that names who sent it: "Reply received
from Norland Tools, 2 May 2026 (printed with permission):", "Response from the ministry:". The quotation after such a
line is the sender's (named in capitals: a firm, a body or a person), not the page's, nor a person called "Response"."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import classify
from labourlens.model import Sentence

__all__ = ["document_lead"]

# what workers write themselves and send out: "their letter to the governor", "a petition with 90 names on it"
_OWN_PAPER = re.compile(r"\b(?:the|a|an|their|this)\s+(?:(?:handwritten|open|joint|signed|typed|short|long)\s+)?"
                        r"(?P<noun>letter|petition|appeal|memorandum)\b(?!\s+(?:from|by)\s+(?:the\s+)?[A-Z])")
_FIRST_PERSON_OPEN = re.compile(r'^\W{0,3}(?:We|I|Our|My)\b')

# "From the notice:", "Excerpts from the court's judgment:", "Key passages of the report:"
_FROM = re.compile(
    r"^\W{0,3}(?:(?:(?:key|main|relevant)\s+)?(?:excerpts?|extracts?|passages?|quotes?)\s+(?:from|of)\s+|from\s+)"
    r"(?P<doc>(?:the|its|their|this|that)\s+[^:\n]{3,60}?)\s*(?:,\s*in\s+part)?\s*:\s*$", re.IGNORECASE)
# "The notice reads:", "The memo says, in part:", "The judgment states:"
_READS = re.compile(
    r"^\W{0,3}(?P<doc>(?:the|its|their|this|that)\s+[^:\n]{3,60}?)\s+(?:reads|says|states|continues|notes)"
    r"(?:,?\s*in\s+part,?)?\s*:\s*$", re.IGNORECASE)

# (s388) "Reply received from Norland Tools, 2 May 2026 (printed with permission):", "Response from Norland Tools:"
_SENT_BY = re.compile(
    r"^\W{0,3}(?:(?:The|A|Its|Their)\s+)?(?:[Ww]ritten\s+|[Ff]ull\s+)?(?:[Rr]esponse|[Rr]eply|[Aa]nswer|[Ss]tatement)"
    r"\s+(?:(?:received|sent)\s+)?from\s+(?P<body>(?:the\s+)?[A-Z][\w'&.-]*(?:\s+(?:[A-Z][\w'&.-]*|of|and|&|for)){0,6})"
    r"(?:,[^:\n]{0,60}|\s+\([^()\n]{0,60}\))*\s*:\s*$")


def document_lead(sentences: list[Sentence], i: int) -> str | None:
    """The document ("the notice") whose words the quoted paragraph of sentence ``i`` gives, when the
    paragraph before it is a lone lead-in line naming a document; None otherwise."""
    para = sentences[i].paragraph
    if i > 0 and sentences[i - 1].paragraph == para:
        return None  # only the first sentence of the quoted paragraph looks back
    before = [s for s in sentences[max(0, i - 3):i] if s.paragraph == para - 1]
    if len(before) == 1 and not before[0].text.rstrip().endswith(":"):
        return _written_by_them(before[0].text, sentences[i].text)
    if len(before) != 1:
        return None
    line = before[0].text.strip()
    m = _FROM.match(line) or _READS.match(line)
    if m is None:
        sender = _SENT_BY.match(line)
        return sender.group("body") if sender is not None else None
    doc = m.group("doc").strip()
    doc = doc[:1].lower() + doc[1:]
    return doc if classify(doc) == "document" else None


def _written_by_them(lead: str, first: str) -> str | None:
    """ "the letter" when the one-sentence paragraph before a first-person quotation speaks of a single letter
    or petition the quotation then gives ("... in the letter, with 30 drivers' names under it, the men list their
    grievances." + '"We ...'); None otherwise."""
    papers = {m.group("noun").lower() for m in _OWN_PAPER.finditer(lead)}
    if len(papers) != 1 or not _FIRST_PERSON_OPEN.match(first) or '"' in lead:
        return None
    doc = "the " + papers.pop()
    return doc if classify(doc) == "document" else None
