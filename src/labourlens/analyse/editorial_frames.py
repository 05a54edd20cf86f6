"""Sentences that frame a report instead of telling what happened to workers, for the claim stage
(:mod:`labourlens.analyse.claims`): a correspondent's pleasantries in a letter the report reprints ("Thank you for
your letter of 2 September regarding the factory", "We take these allegations seriously"), the editor's note that
introduces it ("Below is the reply we received from X, reproduced unedited with the company's permission"), a new
source introduced by what kind of account comes next ("Another source, a trader, gave a slightly different
picture", "A woman who has worked beside them for two years described the routine"), and (s39) the terms on which a
source speaks (:mod:`labourlens.analyse.naming_terms`), and (s45) a fact check's rating on a line of its own ("Rating:
MISLEADING.", "Our verdict: Mostly false"): a label, however its word reads. (How the reporting was done,
"this reporting team spoke with fourteen people", is :func:`labourlens.analyse.claim_filters.is_method_line`'s.)

Each shape must be the whole sentence, or its whole main clause, so that "Thank you for your letter; the workers
were paid in full" keeps its second half's claim (such a sentence is left alone)."""

from __future__ import annotations

import re

from labourlens.analyse.naming_terms import naming_term
from labourlens.analyse.reader_signposts import signpost

__all__ = ["editorial_frame"]

_GATE = ("hank", "seriously", "reproduc", "picture", "account", "version", "describ", "recount", "explain", "table",
         "supplementary")
_FRAMES = re.compile(
    r"^\W*(?:"
    # a letter's pleasantries
    # (after a member addressed in a record: "Sir, we thank you for your question")
    r"(?:(?:(?:the\s+)?hon(?:ou?rable)?\.?\s+)?(?:member|members|sir|madam|mr\.?\s+speaker|madam\s+speaker|colleague)\s*,\s*)?"
    r"(?:i\s+|we\s+)?thank\s+you\s+(?:very\s+much\s+)?for\s+(?:your|the)\s+(?:\w+\s+){0,2}?(?:letter|e-?mail|enquiry|inquiry|message|request|"
    r"questions?|note)\b[^.;:!?]{0,120}"
    r"|(?:we|i|the\s+company|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:take|takes|are\s+taking|is\s+taking)\s+(?:these|the|such|this|all|"
    r"any)\s+(?:allegations?|concerns?|reports?|matters?|issues?|claims?|findings?)\s+(?:very\s+|extremely\s+)?seriously"
    # a sitting's procedure: an answer tabled on someone's behalf, a member rising to ask more
    r"|(?:(?:on\s+behalf\s+of|for)\s+[^.;:!?]{2,120},\s*)?(?:i|we)\s+(?:hereby\s+|now\s+)?(?:table|lay\s+on\s+the\s+table)\W{0,2}\s+"
    r"(?:the|my|our|an?)\s+(?:\w+\s+){0,2}?(?:answer|answers|reply|replies|statement|response)\b[^.;:!?]{0,80}"
    r"|(?:(?:sir|madam|mr\.?\s+speaker|madam\s+speaker)\s*,\s*)?i\s+(?:rise\s+to\s+(?:ask|raise)|raise|ask|have)\s+(?:a|one|my)\s+"
    r"(?:further\s+)?supplementary(?:\s+question)?"
    # the editor's note before a reprinted reply
    r"|(?:below|here|what\s+follows)\s+(?:is|are)\s+(?:the|a|its|their|his|her)\s+(?:\w+\s+){0,2}?(?:reply|replies|response|responses|"
    r"statement|letter|answers?)\b[^.;:!?]{0,160}"
    r"|[^.;:!?]{0,160}\breproduced\s+(?:unedited|in\s+full|verbatim|as\s+received|with\s+(?:the\s+\w+['\u2019]s\s+)?permission)"
    r"[^.;:!?]{0,80}"
    # a source introduced by the kind of account that comes next
    r"|[^.;:!?\"\u201c]{2,200}\b(?:gave|gives|painted|paints|offered|offers|told|tells|had|has)\s+(?:a|an)\s+(?:(?:slightly|very|quite|"
    r"markedly|rather|somewhat|much|far|more|less)\s+)?(?:different|similar|contrasting|fuller|darker|bleaker|rosier|grimmer|"
    r"other|conflicting|consistent|mixed|detailed)\s+(?:picture|account|version|view|story|description|assessment)"
    r"|[^.;:!?\"\u201c]{2,200}\b(?:described|describes|recounted|recounts|explained|explains)\s+(?:the|their|her|his|a\s+typical)\s+"
    r"(?:daily\s+)?(?:routine|day|scene|process|set-?up|arrangement)"
    r")\s*[.!]?\s*$",
    re.IGNORECASE,
)


# (s45) a fact check's rating or verdict standing alone: "Rating: MISLEADING.", "Our verdict - Partly false."
_RATING = re.compile(r"^\W*(?:our\s+|the\s+)?(?:rating|verdict)\s*[:\-\u2013\u2014]\s*(?:[A-Za-z]+\s+){0,2}[A-Za-z]+\s*[.!]?\s*$",
                     re.IGNORECASE)


def editorial_frame(text: str) -> bool:
    """Is the sentence ``text`` only a frame of the report (a letter's pleasantry, an editor's note on a reprint, a
    source introduced by the kind of account that follows)?"""
    if ("ating" in text or "erdict" in text or "ATING" in text or "ERDICT" in text) and _RATING.match(text):
        return True  # (s45) "Rating: MISLEADING.": a label, no claim
    if signpost(text) or naming_term(text):  # "If you fear for a neighbour, ring the hotline": to the reader, of no
        return True  # worker; (s39) "She asked the paper to print only her given name.": the terms on which a source speaks
    return any(g in text for g in _GATE) and _FRAMES.match(text.strip()) is not None
