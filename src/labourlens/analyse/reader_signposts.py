"""Sentences a page addresses to its reader or its helpers rather than about workers, for the claim stage (through
:func:`labourlens.analyse.editorial_frames.editorial_frame`): a pointer to a helpline or a reporting line ("If you
fear a colleague is in danger, ring the national hotline", "Anyone with concerns can contact the police on
101"), the page's thanks ("We are grateful to the families for their time") and a bare source tag left inside a
paragraph ("(Source: The Harbour Gazette)"), a judgment's citation line ("Okafor v Linden Care Ltd, Employment
Tribunal (Bristol), case no. 1400123/2025") and a host's introduction of the guests ("I'm joined by a nurse from
Leeds and by Sam, who worked on the farm"), when it tells nothing more. The whole sentence must have one of these shapes, so that a sentence
which goes on to tell what happened keeps its claim. Examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse import indicators

__all__ = ["signpost"]

_GATE = ("worried", "concern", "suspect", "helpline", "hotline", "grateful", "thank", "source", " v ", " v. ", "joined",
         "joining me", "with me ", "on the line", "below", "as follows")
_HELP = r"(?:helplines?|hotlines?|help\s+lines?|advice\s+lines?|police|gardaí|garda|crimestoppers|crime\s+stoppers|\d{3,})"
_SIGNPOST = re.compile(
    r"^\W*(?:"
    # "If you fear for a friend, phone the ... hotline": a conditional to the reader, then the line to use
    r"if\s+you\s+(?:are|were|feel|have\s+been|have\s+any|have|suspect|think|believe|know|see)\b[^.;!?]{0,120}?,\s*"
    r"(?:please\s+)?(?:call|contact|ring|phone|text|report\s+it\s+to|get\s+in\s+touch\s+with|tell)\b[^.;!?]{0,120}\b" + _HELP +
    r"[^.;!?]{0,80}"
    # "Anyone with worries about a salon may ring the police"
    r"|anyone\s+(?:who\s+(?:is|has|feels)\s+)?(?:(?:worried|concerned|with\s+(?:any\s+)?(?:concerns?|information))|who\s+"
    r"(?:suspects?|knows?|sees?))\b[^.;!?]{0,120}?\b(?:can|should|is\s+(?:urged|asked|encouraged)\s+to|may)\s+(?:call|contact|"
    r"ring|phone|text|report|get\s+in\s+touch)\b[^.;!?]{0,120}\b" + _HELP + r"[^.;!?]{0,80}"
    # "Hotlines are given below", "Support lines are available at the end"
    r"|(?:helplines?|hotlines?|support\s+(?:lines?|services)|contact\s+details)\s+(?:are|is)\s+(?:listed|given|available)\b"
    r"[^.;!?]{0,60}"
    # "We are grateful to the families for their time", "We thank our interviewees for their trust"
    r"|we\s+(?:are|remain)\s+(?:very\s+|deeply\s+|most\s+)?(?:grateful|thankful|indebted)\s+to\s+[^.;!?,]{1,60}?\s+for\s+"
    r"(?:his|her|their|its|your)\s+[^.;!?,]{1,40}"
    r"|we\s+(?:would\s+like\s+to\s+)?thank\s+[^.;!?,]{1,60}?\s+for\s+(?:his|her|their|its|your)\s+[^.;!?,]{1,40}"
    # (s357) "We set out four cases below, with the workers' consent", "We summarise the cases below": the page's own
    # announcement of what follows
    r"|we\s+(?:set\s+out|summari[sz]e|describe|list|present|outline|give|document|reproduce)\s+(?:the\s+|our\s+|their\s+)?"
    r"(?:\w+\s+){0,2}(?:cases?|accounts?|examples?|stories|testimonies|findings|details|allegations|answers)\s+"
    r"(?:below|as\s+follows)(?:,\s*(?:with|by|in\s+(?:brief|full|order|turn)|each|one\s+by\s+one)\b[^.;!?]{0,60})?"
    # "(Source: The Harbour Gazette)": a roundup's tag after the item it credits
    r"|\(\s*(?:source|sources|via)\s*:\s*[^()]{1,80}\)"
    r")\s*[.!]?\s*$",
    re.IGNORECASE,
)


# "Okafor v Linden Care Ltd, Employment Tribunal (Bristol), case no. 1400123/2025, judgment sent 3 May 2026"
_CITATION = re.compile(r"^\W*(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'\u2019&-]+){0,5}\s+v\.?\s+(?-i:[A-Z])[^.;!?]{1,120}?,"
                       r"[^;!?]{0,160}?\b(?:case|claim|appeal)\s+(?:no\.?|number)\s*:?\s*[\w/-]*\d[^;!?]{0,120}$", re.IGNORECASE)
# "I'm joined by a youth worker from Leeds and by Sam", "Joining me today is ...", "With me in the studio are ...", "I am
# Ama Lee, and joining me this week is ..." (the host's own name first), "We have on the line ..." (a phone-in's guest)
_HOST_INTRO = re.compile(r"^\W*(?:(?-i:[A-Z][A-Z .'-]{1,30}):\s*)?(?:(?:i['\u2019]m|i\s+am|this\s+is)\s+(?-i:[A-Z])[\w'\u2019-]+"
                         r"(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2},?\s+and\s+)?(?:(?:and\s+)?(?:i'm|i\s+am|we're|we\s+are)\s+joined\s+"
                         r"(?:today\s+|now\s+|here\s+|this\s+week\s+|in\s+the\s+studio\s+)?by|joining\s+(?:me|us)\s+"
                         r"(?:today|now|here|this\s+week|in\s+the\s+studio)?\s*(?:is|are)|with\s+me\s+(?:today|now|here|in\s+the\s+"
                         r"studio)\s+(?:is|are)|(?:we\s+have|we['\u2019]ve\s+got|i\s+have)\s+(?:now\s+)?on\s+the\s+(?:line|phone)|on\s+the\s+line\s+"
                         r"(?:now\s+)?(?:is|are|we\s+have))\s+(?:[^.!?]|\b(?-i:Dr|Prof|Mr|Mrs|Ms|St)\.){3,300}[.!]?\s*$", re.IGNORECASE)


def signpost(text: str) -> bool:
    """Is ``text`` only a pointer for the reader to a helpline, the page's thanks, a bare source tag, a judgment's
    citation or a host's introduction of guests (with no indicator cue)?"""
    low = text.lower()
    if len(text) > 400 or not any(g in low for g in _GATE):
        return False
    if _SIGNPOST.match(text.strip()) is not None or _CITATION.match(text.strip()) is not None:
        return True
    return _HOST_INTRO.match(text.strip()) is not None and not indicators.match(text).hits
