"""A letter pasted in full under its memo header (extractor ``memo_letters.v1``).

A union or a paper that publishes a letter it received ("We print below the response we received from the
agency:") often pastes it with its header lines ("To: ...", "From: ...", "Re: ..." or "Subject: ...") and its
numbered points (so does a desk that publishes a leaked memo or email). The points are the letter's, not the
page's: each body sentence after the header that no rule
gave to a speaker of its own is the letter's (a document, worded as the page's lead-in calls it: "the response",
"the letter"), up to the next line that is no body text (a rule "---", the page's own heading "Our comment").
Used by :func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["EXTRACTOR", "memo_letters"]

EXTRACTOR = "memo_letters.v1"

_FIELD = re.compile(r"^\W{0,2}(?P<f>To|From|Re|Subject|Ref|Date|Cc)\s*:\s+\S", re.IGNORECASE)
# the page's own word for what it pastes: "the answer we were sent", "the following letter", "its response"; (s46) a
# leaked internal paper pasted under its header: "the memo below", "the email, which we have seen"
_NOUN = re.compile(r"\b(?:the|this|its|their|a)\s+(?:following\s+|full\s+|written\s+|official\s+)?"
                   r"(?P<noun>reply|response|letter|answer|memo|memorandum|e-?mail|circular)\b", re.IGNORECASE)
# a reply or an answer pasted in full is a letter (the bare noun is no document: "said in reply")
_WORDING = {"reply": "a letter of reply", "answer": "a letter in answer", "response": "a letter in response"}
_LOOK_BACK = 6  # sentences before the header searched for the page's word for the letter
_WORD = re.compile(r"[^\W\d_]{2,}")  # a point's number left alone by the splitter ("2.") is no sentence of the letter


def _header(sentences: Sequence[Sentence], i: int) -> int:
    """The index after a header block that starts at ``i`` (``i`` itself when there is none)."""
    fields: set[str] = set()
    j = i
    while j < len(sentences):
        m = _FIELD.match(sentences[j].text)
        if m is None:
            break
        fields.add(m.group("f").lower())
        j += 1
    return j if "from" in fields and fields & {"to", "re", "subject", "ref"} else i


def memo_letters(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the unattributed body sentences of a pasted letter to the letter (in place)."""
    if "From" not in text and "FROM" not in text:
        return
    i = 0
    while i < len(sentences):
        end = _header(sentences, i)
        if end == i:
            i += 1
            continue
        lead = None
        for k in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
            lead = _NOUN.search(sentences[k].text)
            if lead is not None:
                break
        if lead is None:
            i = end
            continue
        noun = lead.group("noun").lower()
        source = None
        j = end
        while j < len(sentences) and sentences[j].kind == "body":
            if result[j].source == OUTLET_KEY and not result[j].explicit and _WORD.search(sentences[j].text):
                if source is None:
                    start = sentences[k].start
                    source = reg.resolve(Mention(_WORDING.get(noun, "a " + noun), lead.start(), lead.end(), "said", False), start,
                                         text[max(0, start - 600):start])
                result[j] = replace(result[j], source=source.key, cue="said", direct=False, explicit=True, span=None)
            j += 1
        i = max(j, end)
