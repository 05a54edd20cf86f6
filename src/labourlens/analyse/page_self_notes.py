"""What a page says of itself as a publisher or a monitor (extractor ``page_self_notes.v1``): no claim about workers.

A site, a newsletter or a monitoring body describes itself ("Stepnoy Vestnik is an independent news site for seasonal
workers and their families."), how its issues are made ("The Monday Digest is compiled each week by our editors from
local papers."), or how it gathers what it reports ("The Observatory relies on a network of volunteer monitors who
visit ..."). Such sentences tell of the page, not of anything done to anyone who worked; the caller asks only of
sentences without an indicator cue. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re

from labourlens.analyse.page_business import page_business_line

__all__ = ["EXTRACTOR", "page_self_note"]

EXTRACTOR = "page_self_notes.v1"

# a proper name of one to five capitalised words opening the sentence ("Stepnoy Vestnik", "The Monday Digest")
_NAME = r"^\W*(?:The\s+)?[A-Z][\w'\u2019.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'\u2019.&-]*){0,4}\s+"
_MEDIA = (r"(?:site|website|news\s+site|portal|outlet|newspaper|paper|magazine|channel|newsletter|digest|bulletin|roundup|"
          r"round-up|network|monitor|monitoring\s+group|project|initiative|blog|podcast|news\s+service|wire)")
_SELF = re.compile(
    # "X is a volunteer-run portal about ...", "X is a weekly digest of ..."
    _NAME + r"(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?" + _MEDIA + r"\s+(?:for|of|about|covering|run\s+by|founded|"
    r"based|that|which|published|edited|serving|in)\b"
    # "X is edited each Monday by its desk", "X is put together each week by volunteers"
    r"|" + _NAME + r"(?:is|are)\s+(?:compiled|published|edited|produced|written|put\s+together|sent\s+out)\s+(?:every|each|"
    r"once|twice|weekly|daily|monthly|by\s+(?:our|its|the|a)\s+(?:editors?|staff|team|volunteers|desk|newsroom))\b"
    # (s344) "X publishes news for seafarers and their families", "X brings reports about ..." (what it publishes, for
    # whom)
    r"|" + _NAME + r"(?:publishes|produces|brings|offers|carries)\s+(?:news|stories|reports|reporting|information|updates|"
    r"coverage|journalism)\s+(?:for|about|on|from|to|in)\b"
    # "X relies on a network of volunteer monitors in ..."
    r"|" + _NAME + r"(?:works?|worked|relies|rely)\s+(?:with|on)\s+a\s+network\s+of\s+(?:[\w-]+\s+){0,2}?(?:observers|"
    r"monitors|correspondents|volunteers|journalists|researchers|reporters|contacts|informants)\b"
    # (s342) a show's or a newsletter's line of credit: "A podcast from the Harbour Carers' Network (Halifax).", "A weekly
    # newsletter by the Orchard Workers' Centre."
    r"|^\W*(?:An?|The)\s+(?:[\w-]+\s+){0,2}?(?:podcast|newsletter|bulletin|digest|roundup|round-up|show|programme|program|"
    r"series)\s+(?:from|by|of)\s+(?:the\s+)?[A-Z][\w'\u2019&.-]*(?:\s+(?:of|and|for|the|[A-Z][\w'\u2019&.-]*))*"
    r"(?:\s*\([^)]{1,40}\))?\.?\s*$"
    # (s342) a host's lead-in to a recording: "We received a recorded message from a listener."
    r"|^\W*(?:\[[\d:]+\]\s*)?(?:[A-Z][A-Za-z .'-]{1,30}:\s*)?(?:We|I)\s+(?:have|got|received)\s+(?:a|an|another)\s+"
    r"(?:voice\s+|audio\s+|recorded\s+|short\s+)?(?:message|note|recording|clip|call)\s+from\s+"
    r"(?:(?!saying|says|said|that|telling|about)[\w'\u2019-]+\s*){1,6}\.?\s*$"
    # (s359) what the page or the show brings next: "Next week: the cooks of the harbour.", "Coming up tomorrow, ..."
    r"|^\W*(?:Next\s+(?:week|time|month|issue|episode|edition)|Coming\s+(?:up|next)(?:\s+(?:next\s+week|tomorrow))?|"
    r"Tomorrow|In\s+the\s+next\s+(?:issue|episode|part|instalment|installment))\s*[:\u2014\u2013]"
    # (s359) a series' next part: 'Part 4 of "Under the Harbour", about the net menders, will air on Friday.'
    r"|^\W*(?:Part|Episode|Chapter|Instalment|Installment)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+of\s+[^\n]{0,160}?\bwill\s+(?:be\s+(?:published|broadcast|aired|online|posted|available)|appear|air|run)\b"
    # (s359) the page as one of a series: "This feature is the third part of a series on ...", "This report is part of a
    # series ..."
    r"|^\W*This\s+(?:article|story|report|piece|episode|feature|interview|investigation|reportage)\s+is\s+"
    r"(?:the\s+\w+\s+)?part\s+of\s+(?:our|a|an|the|its)\s+(?:[\w-]+\s+){0,3}?series\b"
)


def page_self_note(text: str) -> bool:
    """Does the sentence describe the page's publisher or monitor itself, how it is made or how it gathers its news,
    or (s43) is it a line of the page's own business (:func:`labourlens.analyse.page_business.page_business_line`: who
    funds it, its contents, a hearing's order of business, a broadcast's name for a source)?"""
    return len(text) <= 240 and _SELF.search(text) is not None or page_business_line(text)
