"""What a publisher, a monitor or a buyer says of its own doings (extractor ``own_doings.v1``): no claim about workers.

A page in its own voice, or a poster in a thread, tells what it did or will do about the story, not what happened to
anyone who worked: "We wrote about the mill in our March issue.", "We will keep following the case.", "We could not
reach the recruiter.", "We passed these findings to the labour ministry in June.", "We have had no reply to our
follow-up letter.", "We have cut ties with that vendor.", "We pulled the rest of the batch from our shelves.", "We
never pass on a caller's name.", "This note sets out what the drivers told us.", "That's all for this week.", "That's
how we found ours.", "Let's not blame the whole region.", "I want to be clear about that.", "If you worked there, write
to us.", "I only hope people read this." A sentence with an indicator cue is
never one ("We could not reach our families" is isolation): the caller asks only of sentences without hits.

Examples here and in the tests are invented.
"""

from __future__ import annotations

import re

from labourlens.analyse.gated import gated

__all__ = ["EXTRACTOR", "note_on_accounts", "own_doing"]

EXTRACTOR = "own_doings.v1"

_WE = r"^\W*(?:(?:and|so|but|meanwhile|since then|today|now),?\s+)?we\s+(?:have\s+|had\s+|also\s+|already\s+|then\s+)?"
_OWN_DOING = re.compile(
    _WE + r"(?:"
    # coverage and follow-up: "We wrote about it in issue 12", "We will keep watching this trial"
    r"(?:covered|wrote about|written about|reported on)\s+(?:it|this|that|them|the\s+(?:case|story|mill|firm|company|"
    r"site|report|ruling))\b|"
    r"(?:will|shall)\s+(?:keep\s+|continue\s+to\s+)?(?:follow(?:ing)?|monitor(?:ing)?|update|report\s+back)\b|"
    # (s339) "We will report on the hearing", "We will correct the headline", "We are publishing a summary of what it
    # found", "We asked the supplier about both points": the page's own coverage, corrections and questions
    r"(?:will|shall)\s+(?:also\s+)?report\s+on\s+(?:the|this|that|its|their)\s+(?:hearing|trial|case|verdict|ruling|appeal|"
    r"outcome|inquiry|inquest|sentencing)\b|"
    r"(?:will|shall|have|has)\s+(?:correct(?:ed)?|amend(?:ed)?)\s+(?:the|our|this|that)\s+(?:headline|article|story|post|"
    r"error|figure|text|caption)\b|"
    r"(?:are|will\s+be|have\s+been)\s+publish(?:ing|ed)\s+(?:a|the|our|its)\s+(?:summary|report|findings|results|"
    r"full\s+report)\b|"
    # (s341) "We publish this note so that ...", "We have not checked these posts ourselves": the page's own practice
    r"publish\s+(?:this|these|the|our)\s+(?:summary|summaries|note|notes|report|list|figures|accounts)\s+(?:so\s+that|"
    r"to|because|in\s+order|every|each)\b|"
    r"(?:not|never)\s+(?:checked|verified|check|verify)\s+(?:them|it|(?:these|this|those|the)(?:\s+(?:messages|posts|"
    r"accounts|reports|claims|stories))?)(?:\s+(?:ourselves|independently))?(?:\W*$|,\s*so\b)|"
    r"asked\s+(?:the\s+)?[\w&.'\u2019 -]{1,40}?\s+about\s+(?:both|these|those|the|this|each|all)\s+(?:points|"
    r"findings|allegations|claims|issues|matters)\b|"  # (a request for comment is a programme line: claim_filters)
    # outreach that failed: "We could not reach the recruiter", "We had not been able to contact the lawyer", "We were
    # unable to contact Dorno Textile" (not the speaker's own people: "We could not contact our families")
    r"(?:not\s+been\s+able|(?:were|was)\s+(?:not\s+able|unable)|could\s*not|couldn't|have\s+not\s+managed)\s+"
    r"(?:to\s+)?(?:reach|contact|get\s+hold\s+of)\s+(?:(?:the|a|an|him|her|them|its|his)\b|(?-i:[A-Z]))|"
    # findings passed on and answers not received: "We sent our findings to the ministry on 2 May"
    r"(?:shared|sent|presented|passed|put)\s+(?:these|our|the|its|those)\s+(?:findings|questions|results|conclusions|"
    r"allegations|figures)\s+(?:to|with)\b|"
    r"(?:not\s+received|received\s+no|had\s+no|not\s+had\s+(?:a|any))\s+(?:answers?|repl(?:y|ies)|responses?)\s+to\s+"
    r"(?:our|the|these|its)\b|"
    r"reviewed\s+the\s+(?:detention\s+)?(?:notice|order|ruling|filing|document|documents|records)\b|"
    # a buyer's own business step: "We have cut ties with that supplier", "We dropped them"
    r"(?:ended|terminated|suspended|cut)\s+(?:our|all|the|its)\s+(?:relationship|relations|contracts?|business|ties|"
    r"orders|dealings)\b|cut\s+ties\b|"
    r"(?:withdrawn|withdrew|recalled|pulled)\s+(?:the|all|our|its)\s+(?:remaining\s+)?[^.;]{0,40}?\b(?:from\s+(?:sale|"
    r"our\s+shelves|the\s+shelves|stores|the\s+market))\b|"
    r"(?:dropped|delisted|dumped)\s+(?:them|the\s+supplier|that\s+supplier|the\s+vendor|that\s+vendor|the\s+factory|"
    r"that\s+factory)\W*$|"
    # (s339) the buyer's remedy and its terms: "We have agreed a corrective action plan with the mill", "We will lift the
    # suspension only after a second audit", "We are also funding a helpline", "We welcome contact from any group"
    r"(?:agreed|signed|drawn\s+up|put\s+in\s+place)\s+(?:a|an|the)\s+(?:(?:corrective|remediation|remedial|time-bound)\s+)?"
    r"(?:action\s+)?plan\b|"
    r"(?:will\s+(?:only\s+)?)?(?:lift|end|keep|extend|review)\s+(?:the|our|its|this)\s+suspension\b|"
    r"(?:are|is)\s+(?:also\s+)?(?:funding|co-funding|paying\s+for|supporting)\W+[^.;]{0,60}?\b(?:helpline|hotline|"
    r"grievance|training|programme|program|audit)s?\b|"
    r"welcome\s+(?:contact|information|reports)\s+from\b|"
    # (s339) a newsletter's own practice: "We link to the first source each time"
    r"link\s+to\s+(?:the|each|every|our)\s+(?:first\s+|original\s+)?sources?\b|"
    # privacy promises to readers: "We never publish your name"
    # ((s388) or of the one a reader told of: "We never publish her details.")
    r"(?:do\s+not|don't|never|will\s+not|won't)\s+(?:share|publish|pass\s+on|disclose|print)\s+(?:your|their|a\s+caller's|"
    r"any\s+reader's|(?:his|her)\s+(?:name|details|number)\W*$)"
    r")|"
    # how the poster's own firm caught it: "That's how we found ours."
    r"^\W*(?:that's|that\s+is|that\u2019s)\s+how\s+we\s+(?:caught|found|spotted|discovered)\s+(?:ours|it|them|one)\W*$|"
    # a poster's suggestion to the thread: "Let's not blame the whole region."
    r"^\W*(?:let's|let\u2019s|let\s+us)\s+(?:not\s+)?(?:tar|blame|paint|assume|jump|wait|keep|be\s+careful)\b|"
    # (s396) a narrator's belief or word with nothing told: "I believed him.", "I say the same.", "I say this plainly,
    # since people ask."
    r"^\W*(?:and\s+|so\s+)?(?:i|we)\s+(?:believed|trusted)\s+(?:him|her|them|it|that|this|everything)\W*$|"
    r"^\W*(?:i|we)\s+say\s+(?:the\s+same|so\s+too|that\s+too)\W*$|"
    r"^\W*(?:i|we)\s+say\s+(?:this|that|it)\s+(?:plainly|clearly|openly|honestly)(?:,?\s+(?:because|since|as)\s+[^.;:!?]{1,60})?\W*$|"
    # a speaker's stress on their own words: "I want to be clear about that."
    # ((s388) with the reason for it: "We wish to stress this again, as readers keep asking.")
    r"^\W*(?:i|we)\s+(?:want|wish|would\s+like)\s+to\s+(?:say|stress|repeat|make)\s+(?:that|this|it)\s+(?:clear(?:ly)?|again|"
    r"plainly|once\s+more)(?:,?\s+(?:because|since|as)\s+[^.;:!?]{1,60})?\W*$|"
    # (s388) a writer's purpose and hope for the page: "We would like to set down what this was.", "I only hope people
    # read this.", "Things got better, and we wish to say so."
    r"^\W*(?:i|we)\s+(?:want|wish|would\s+like|have\s+decided)\s+to\s+(?:write|set|put)\s+down\s+what\s+(?:it|this|that)\s+"
    r"(?:was|is|happened|were)\W*$|^\W*(?:i|we)\s+(?:only\s+)?hope\s+(?:somebody|someone|people|you|others|readers?)\s+"
    r"(?:will\s+)?(?:reads?|hears?|sees?|listens?|shares?)(?:\s+(?:it|this|this\s+post|to\s+it))?\W*$|"
    r"\band\s+(?:i|we)\s+(?:want|wish|would\s+like)\s+to\s+say\s+so\W*$|^\W*(?:i|we)\s+(?:want|wish|would\s+like)\s+to\s+be\s+clear\s+about\s+(?:that|this)\W*$|"
    # (s341) "We wish to be precise.", "I would like to be accurate." on its own
    r"^\W*(?:i|we)\s+(?:want|wish|would\s+like)\s+to\s+be\s+(?:fair|honest|clear|precise|careful|accurate)\W*$|"
    # a poster's caveat on what was passed on: "..., so take it for what it's worth."
    r"\btake\s+(?:that|it|this)\s+(?:for\s+what\s+it(?:'s|\u2019s|\s+is)\s+worth|with\s+a\s+(?:grain|pinch)\s+of\s+salt)\W*$|"
    # (s388) a poster's thanks to another: "Thank you Bikash.", "Thanks for sharing this."
    r"^\W*(?:thank\s+you|thanks)(?:,?\s+[A-Z][\w-]*)?(?:\s+for\s+(?:sharing|posting|this|that|the\s+\w+)(?:\s+\w+)?)?\W*$|"
    # a newsletter's sign-off: "That's all for this week."
    r"^\W*(?:that's|that\s+is|that\u2019s)\s+(?:the\s+lot|all|it)(?:\s+for\s+(?:this|the|today|now)(?:\s+(?:week|issue|month|edition))?)?\W*$|"
    # what a paper sets out: "This paper sets out what the men told us"
    r"^\W*this\s+(?:briefing|report|paper|alert|note|newsletter|issue|summary|brief)\s+(?:sets\s+out|summari[sz]es|"
    r"describes|draws\s+on|is\s+based\s+on)\s+what\b",
    re.IGNORECASE,
)


# the answer the sentence goes on to give ("We shared our findings with the association, which replied that ..."): a claim
_ANSWER = re.compile(r"\b(?:which|who|and\s+(?:it|they|he|she))\s+(?:\w+\s+){0,3}?(?:replied|responded|answered|said|says|told|"
                     r"wrote\s+back|denied|denies|confirmed|admitted)\b", re.IGNORECASE)


# (s342) the fieldwork and the terms it was done on: "Our organisers spent four evenings with the crews at the plant",
# "A driver who met us at a cafe asked that his name be withheld", "most asked us not to publish where they
# work", "We asked." (how the page met its sources, nothing that happened to them; a sentence that reports what they said is kept)
_FIELDWORK = gated(
    r"^\W*(?:we|our\s+(?:reps?|representatives|organi[sz]ers|researchers|team|staff|reporters?|volunteers|stewards|"
    r"monitors|field\s+(?:team|workers|staff)))\s+(?:also\s+)?spent\s+(?:[\w-]+\s+){1,3}?(?:days?|evenings?|afternoons?|"
    r"mornings?|nights?|weeks?|weekends?|hours?)\b|"
    r"^\W*(?:we|i)\s+(?:also\s+|did\s+)?(?:asked|checked|tried|called|wrote)(?:\s+(?:too|again|them|him|her))?\W*$|"  # "We asked."
    # (s396) a narrator's asking and pleading without what was asked: "I asked many times.", "I begged her again and again."
    r"^\W*(?:and\s+|but\s+|so\s+)?(?:we|i)\s+(?:asked|begged|pleaded)(?:\s+(?:them|him|her))?\s+(?:(?:so\s+)?many|several|a\s+few|"
    r"countless)\s+times\W*$|^\W*(?:we|i)\s+(?:asked|begged|pleaded)(?:\s+(?:them|him|her))?\s+again\s+and\s+again\W*$|"
    r"\basked\s+(?:(?:us|me|the\s+[\w-]+)\s+not\s+to\s+(?:print|use|publish|give|name|identify|reveal)\b|"
    r"that\s+(?:their|his|her)\s+(?:full\s+)?names?\s+(?:be|not\s+be)\s+(?:withheld|used|published|printed)\b)",
    re.IGNORECASE)
_REPORTS = re.compile(r"\b(?:said|says|say|told|tells|described|describes|explained|explains|confirmed|confirms|recalled|"
                      r"added|insisted|claimed|alleged|reported|showed|shows|according\s+to)\b", re.IGNORECASE)


def own_doing(text: str) -> bool:
    """Does the sentence tell only what the page's author or the poster did or will do about the story?"""
    return len(text) <= 220 and _OWN_DOING.search(text) is not None and _ANSWER.search(text) is None or (
        len(text) <= 260 and _FIELDWORK.search(text) is not None and _REPORTS.search(text) is None)


# the page's note that it could not check someone's account of a thing: "We were unable to verify the drivers'
# description of the lock-ins." (what was not checked is the note's object, no claim of the page's; a
# sentence that goes on with "but" asserts something besides)
_NOTE_ON_ACCOUNTS = re.compile(
    r"^\W*(?:we|i|this\s+(?:paper|newspaper|site|outlet|newsletter)|the\s+(?:paper|newspaper|site|outlet|reporters?|"
    r"editors?)|our\s+(?:reporters?|paper|team|correspondents?)|"
    # (s342) the outlet by its name: "The Valley Courier could not corroborate the men's accounts of ..."
    r"(?:the\s+)?(?-i:[A-Z][\w'&.-]*)(?:\s+(?-i:[A-Z][\w'&.-]*)){0,4})\s+"
    r"(?:(?:were|was|are|is|have\s+been|had\s+been)?\s*(?:unable|not\s+able)\s+to|could\s+not|couldn['\u2019]t|cannot|"
    r"can['\u2019]t)\s+(?:independently\s+)?(?:verify|confirm|corroborate|check)\s+(?:the|their|these|those|"
    r"her|his|its)\s+(?:[\w-]+['\u2019]s?\s+)?(?:accounts?|claims?|allegations?|descriptions?|testimon(?:y|ies)|"
    r"statements?|stories)\s+(?:of|about|regarding|concerning)\b[^;]*$",
    re.IGNORECASE,
)
# the page's note that it cannot tell how, whether or what: "We cannot say from the papers we hold whether the men were
# paid.", "We could not establish what share of the parts came from the mine." (what is unknown is no claim)
_UNKNOWN = re.compile(
    r"^\W*(?:we|it)\s+(?:cannot|can\s?not|can't|could\s+not|couldn't|(?:was|is|has\s+been)\s+(?:not\s+possible|impossible)\s+to|"
    r"(?:were|was|are|am)\s+unable\s+to)\s+(?:tell|say|establish|determine|know|judge)\s+(?:from\s+[^,;]{0,60}?\s+)?"
    r"(?:how|whether|if|what|which|who)\b[^;]*$",
    re.IGNORECASE,
)
# an appeal to readers to come forward: "If you worked there and want to talk, write to our desk." (what the reader
# may have lived through is asked about, not told: no claim, whatever abuse it names)
_APPEAL = re.compile(
    r"^\W*(?:\d+/\s*)?(?:[^:.]{1,60}:\s*)?if\s+you\b[^.]{0,160}\b(?:(?:write\s+to|contact|get\s+in\s+touch\s+with|call|message|email|"
    r"dm|text)\s+(?:us|our|me)\b|"
    # (s339) where the reader may turn: "If you were asked to pay for a job, you can speak to the embassy or the helpline"
    r"you\s+(?:can|could|should|may)\s+(?:speak|talk|turn|go|write|report\s+(?:it|this)?)\s*to\b|"
    r"you\s+(?:can|could|should|may)\s+(?:contact|call|ring|phone)\s+(?:the|a|an|your|our)\b)|"
    # a page's own address for letters or tips, alone: "Write to us at: PO Box 12, Leeds. We answer every letter."
    r"^\W*(?:\d+/\s*)?(?:please\s+)?(?:write\s+to|contact|message|email|dm|text)\s+(?:us|me)\s*(?:(?:at|on|via|through|by)\b\s*:?"
    r"[^!?]{0,160})?[.!]?\s*$|"
    # (s342) a notice's word to those it concerns: "Anyone who thinks they were underpaid can call the office."
    r"^\W*(?:[a-z][\w-]*s|anyone|everyone|people)\s+who\s+(?:believes?|thinks?|feels?|suspects?|may\s+have)\b"
    r"[^.;]{0,100}?\b(?:may|can|should|are\s+(?:asked|encouraged|urged)\s+to)\s+(?:contact|call|write\s+to|phone|email|"
    r"reach|get\s+in\s+touch\s+with|report\s+(?:it|this|them)?\s*to)\b",
    re.IGNORECASE,
)
_BUT = re.compile(r"\b(?:but|however|although|though|yet)\b", re.IGNORECASE)


def note_on_accounts(text: str) -> bool:
    """Is the sentence the page's note that it could not check someone's account of something, or cannot tell how
    or whether, and nothing more; or an appeal to readers to come forward?"""
    return len(text) <= 240 and _APPEAL.match(text) is not None or len(text) <= 200 and (
        _NOTE_ON_ACCOUNTS.match(text) is not None or _UNKNOWN.match(text) is not None) and _BUT.search(text) is None
