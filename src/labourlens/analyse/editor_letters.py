"""A reader's letter on a paper's letters page, signed by its writer (a pass of :mod:`labourlens.analyse.forum_posts`).

A letters page ("Letters to the Editor", "Your letters") prints a reader's letter under its own title, with no
salutation or closing: the writer's name stands on a line of its own under the last paragraph, often over a line
with the writer's town ("Ana Reyes" / "Quezon City"), and an editor's note may follow. The letter is the writer's
account in the first person, not the paper's: each sentence between the page's heading and the signature that no
one else is given speaks as the writer (``named_person``), and so does what the people the writer talks to told the
writer ("She says she eats only rice", "When I asked, she said ...": the writer passes it on, the teller is
only relayed). A sentence that
names a speaker of its own (an officer, a friend) keeps it, and the editor's note under the signature is the
paper's. Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["editor_letters"]

_HEAD = 300  # the letters page's label stands in the page's first lines
# the page's label: "Letters to the Editor", "Letter to the editor", "Readers' letters", "Your letters", "Letters |"
_FRAME = re.compile(r"\b(?:Letters?\s+to\s+the\s+[Ee]ditor|(?:Readers?(?:'|\u2019)?|Your)\s+[Ll]etters|"
                    r"(?m:^[ \t]*Letters[ \t]*(?:\||:|\u2014|-|$)))")
# the signature: a name of two to four words on a line of its own after a blank line ("Lim Wei Jie", "Dr. Ana M. Cruz"),
# then at most one line of the writer's town or trade, then a blank line or the page's end
_SIGNATURE = re.compile(r"\n[ \t]*\n[ \t]*(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3})"
                        r"[ \t]*\n(?:[ \t]*[A-Z][^\n]{1,60}\n)?[ \t]*(?:\n|$)")
_FIRST_PERSON = re.compile(r"\b(?:I|my|My|me|we|We|our|Our|us)\b")
_TOLD_ME = re.compile(r"\b(?:told|tells|asked|showed|wrote\s+to|said\s+to)\s+(?:me|us)\b")
_PRONOUNS = frozenset(("he", "she", "they"))
_OWN_LINES = 2  # first-person sentences in a letter, at the least


def editor_letters(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences of a reader's letter on a letters page to its signer (in place; see the module doc)."""
    frame = _FRAME.search(text[:_HEAD])
    if frame is None:
        return
    sig = next((m for m in _SIGNATURE.finditer(text, frame.end()) if not m.group("name").rstrip(".").endswith(
        ("Editor", "Team", "Staff", "Desk"))), None)
    if sig is None:
        return
    block = [k for k, s in enumerate(sentences) if s.kind == "body" and s.start >= frame.end() and s.end <= sig.start()]
    if sum(1 for k in block if _FIRST_PERSON.search(sentences[k].text)) < _OWN_LINES:
        return
    known = {s.key: s for s in reg.sources()}
    writer = None
    for k in block:
        att = result[k]
        src = known.get(att.source)
        relayed = src is not None and (src.wording or "").strip().lower() in _PRONOUNS and (
            _TOLD_ME.search(sentences[k].text) is not None or _FIRST_PERSON.search(sentences[k].text) is not None)
        if att.source != OUTLET_KEY and att.explicit and not relayed:
            continue  # "A constable said they could do nothing": his own words
        if writer is None:
            name = sig.group("name")
            writer = reg.resolve(Mention(name, 0, len(name), "wrote"), sig.start("name"), "")
            writer.kind = "named_person"
        result[k] = replace(att, source=writer.key, cue="wrote", direct=False, explicit=False, span=None)
