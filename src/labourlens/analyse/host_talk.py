"""A host's or interviewer's own talk that frames a broadcast or an interview (used by
:mod:`labourlens.analyse.interview_frame`): no claim about the workers.

- greetings and self-introductions: "Welcome to the programme.", "Ms. Lind, welcome.", "I'm Tom Berg.";
- thanks to several guests at once: "Ana, Jon, thank you both.";
- who joins the programme and from where: "He joined us by phone from Manila.", "With us on the line is Eva Holm, a labour lawyer.",
  "She spoke to our desk from Dhaka.", "He asked me to name him only as Ravi.";
- the outreach before the answer is read out: "Ahead of this broadcast we contacted the recruiter, Apex Staffing.",
  "We asked the port authority about this.", "We reached the shipowner through its spokeswoman." (the answer itself,
  in the next sentence, is the claim);
- a speaker's announcement of what comes next: "Let me add a final point.";
- a stage direction in brackets: "(He holds up a payslip.)";
- a publication notice: "Her study, 'Night Work', is published next month by the Lake Institute.";
- the person who introduces an account: "Introduced by Omar Diaz, coordinator of a migrants' group." (read by
  :func:`credit_line`, like a cast line: the one it names is heard after it).

Examples here and in the tests are invented.
"""

from __future__ import annotations

import re

from labourlens.analyse.gated import gated

__all__ = ["credit_line", "host_talk", "outreach"]

_NAME = r"(?-i:[A-Z])[\w.'\u2019-]*(?: (?-i:[A-Z])[\w.'\u2019-]*){0,3}"
_HIM = r"(?:he|she|they)"
# the outreach: "Ahead of this broadcast we contacted the recruiter", "We asked the port authority about this", "We
# reached the shipowner through its spokeswoman", "We put these numbers to an agency"
_BEFORE = (r"(?:(?:before|ahead of|after) (?:the|this|our) (?:programme|program|show|broadcast|interview|recording|"
           r"episode),? |(?:i|we) (?:should|must) (?:say|add|note|mention)(?: here)? that |"
           r"for this (?:episode|programme|program|story),? )")
_REACHED = r"(?:contacted|reached|asked|approached|wrote to|emailed|phoned|called)"
_PARTY = (r"(?:the|a|an|its|their|his|her) "
          r"(?:(?!\b(?:which|who|whose|but|and|said|says|denied|denies|told|tells|replied|answered|for|about|through)\b)"
          r"[^.;:\"\u201c]){2,90}?")
_ASKED_ON = (r"(?: about (?:this|it|that|these (?:claims|allegations|accounts|figures|reports))| for (?:a |any )?"
             r"(?:comment|response|reply|reaction)| through (?:its|their|his|her) (?:lawyers?|spokes(?:person|man|woman)|"
             r"press office|representative))")
_TALK = re.compile(
    r"^\W*(?:"
    # greetings and self-introductions
    rf"(?:{_NAME}, )?welcome(?: back)?(?: (?:to|on) [^,;.!?]{{2,50}})?\W*$|"
    # (s41) the show named with what it is: "Welcome to Night Shift, the podcast about work at sea."
    r"welcome(?: back)? to [^,;.!?]{2,50}, (?:the|a|our) (?:[\w-]+ ){0,2}(?:podcast|programme|program|show|broadcast|series|"
    r"newsletter|radio show)\b[^;.!?]{0,90}\W*$|"
    rf"(?:hello|hi|good (?:morning|evening|afternoon))?,? ?(?:i'm|i am|my name is|this is) {_NAME}\W*$|"
    # thanks to several guests: "Ana, Jon, thank you both."
    rf"(?:{_NAME},? (?:and )?){{1,4}}thank(?:s| you)(?: both| all| all of you)?(?: (?:very|so) much)?"
    r"(?: for (?:joining|talking|speaking|being|coming)[^,;]{0,30})?\W*$|"
    # who joins and from where
    rf"(?:(?:his|her|their) names? (?:is|are) [^,;.]{{2,40}},? and )?{_HIM} (?:joins?|joined) (?:us|me)\b"
    r"(?: (?:from|in|on|by|over|via) [^;.]{2,80})?\W*$|"
    rf"(?:and )?(?:also )?with (?:me|us)(?: (?:in the studio|on the line|today|tonight|now|here))? (?:is|are) {_NAME}\b|"
    rf"{_HIM} (?:spoke|talked) (?:to|with) (?:us|me|{_NAME})(?: (?:in|from|by|over|on) [^.;,]{{2,30}})?"
    rf"(?:, where {_HIM} now [^.;]{{2,50}})?\W*$|"
    rf"{_HIM} (?:asked|asks) (?:us|me) to (?:call|name|identify) (?:him|her|them)\b[^,;.]{{0,40}}\W*$|"
    # what comes next in the speaker's own talk
    r"(?:(?:i|we) (?:want|would like|wish) to|i'd like to|let me) (?:say|add|tell you) (?:one|another|a|something|a few)"
    r"(?: more| last| other| final)? ?(?:thing|word|point|things|words|points)?\W*$"
    r")",
    re.IGNORECASE,
)
_OUTREACH = re.compile(
    rf"^\W*(?:{_BEFORE}(?:we|i) {_REACHED} {_PARTY}\W*$|(?:we|i) {_REACHED} {_PARTY}{_ASKED_ON}\W*$|"
    rf"(?:we|i) (?:took|put|presented) (?:this|these \w+|it|the (?:claims?|allegations?|figures|findings)) to {_PARTY}\W*$|"
    # a report's bare note of whom it wrote to: "We wrote to the nine hotels and two agencies." (their replies follow)
    r"(?:we|i) (?:also )?(?:wrote to|emailed|contacted) (?:the|all|each of the|every) "
    r"(?:(?!\b(?:which|who|whose|that|but|said|says|told|about|because)\b)[^.;:\"\u201c]){2,70}?\W*$)",
    re.IGNORECASE)
_LABEL = re.compile(r"^\W*(?:[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}|[QA])\s*:\s+")
# a stage direction in brackets: "(He holds up a payslip.)", "(laughs)"
_STAGE = re.compile(
    r"^\W*\(\s*(?:(?:he|she|they|[A-Z][\w'\u2019-]+) )?(?:shows?|holds? up|reads? (?:from|out)|points? (?:to|at)|"
    r"laughs?|pauses?|sighs?|cries|crying|weeps|inaudible|crosstalk|long pause|silence)\b[^()]{0,50}\)\W*$",
    re.IGNORECASE)
# "Her study, 'Night Work', is published next month by X.": the notice of a publication
_PUBLISHED = gated(
    r"^\W*[^.;]{0,60}\b(?:paper|book|report|study|article|film|documentary|podcast series)\b[^.;]{0,60}? "
    r"(?:is|was|will be|has been) (?:published|released|out)(?: (?:this|last|next) (?:week|month|year|spring|summer|"
    r"autumn|fall|winter))?(?: by (?:the )?(?-i:[A-Z])[^.;]{2,80})?\W*$",
    re.IGNORECASE)
# "Introduced by X, coordinator of Y.": the person who presents the account that follows
_CREDIT = re.compile(rf"^\W*(?:introduced|presented|compiled|transcribed) by {_NAME}(?:, [^.;]{{2,100}})?\W*$",
                     re.IGNORECASE)


def host_talk(body: str) -> bool:
    """Is the sentence (its speaker's label taken off) a host's or interviewer's framing talk (see the module doc)?"""
    if len(body) > 240:
        return False
    return bool(_TALK.match(body) or _STAGE.match(body) or _PUBLISHED.match(body))


def outreach(text: str) -> bool:
    """Is the sentence the interviewer's word that the accused party was asked ("Ahead of this broadcast we contacted
    the recruiter, X.", "We asked the port authority about this.")? No claim, but the answer read out after it is."""
    return len(text) <= 240 and bool(_OUTREACH.match(_LABEL.sub("", text, count=1)))


def credit_line(text: str) -> bool:
    """Does the sentence name who introduces the account that follows ("Introduced by X, coordinator of Y.")? No
    claim, but the one it names speaks in the turns after it."""
    return bool(_CREDIT.match(text))
