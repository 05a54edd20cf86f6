""""The agency" that names again a private agency that sent the workers abroad ("Ravi paid a manpower agency in
Kathmandu ... The agency said the fee covered travel"; "through an agency on Kampala Road ... The agency says ...")
is that firm, an ``organization``, not a state agency, and so is its head given as such ("The agency's director,
Ravi Kumar": the main README's convention for a firm's named directors). The nearest "agency" before the speaker
decides: a capitalised name ("the Federal Migration Agency") or a state word ("a government agency") leaves the
reading as it was. Used by :func:`labourlens.analyse.forum_posts.final_sources`; examples are invented; the words
are in ``knowledge/speaker_kinds.yaml`` (``private_agency_words``)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from labourlens import knowledge
from labourlens.model import Source

__all__ = ["agency_backrefs"]

# "the agency", "The agency's director", "the agency's director, Ravi Kumar", "The agency's owner, Mr Ode"
_SPEAKER = re.compile(r"^(?i:the)\s+agency(?:['\u2019]s\s+(?:managing\s+|general\s+)?(?:director|owner|manager|head|"
                      r"chief\s+executive|proprietor)(?:,\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})?)?"
                      # "The agency's director, reached by phone": how the paper got the answer is no part of who
                      r"(?:,\s+(?:when\s+)?(?:reached|contacted|called|interviewed|asked)\s+(?:by|on|over)\s+(?:the\s+)?"
                      r"(?:tele)?phone)?$")
# a worker's own agency is the one that recruited them, a firm: "Her former agency in Manila, Silverwing Manpower",
# "their recruiting agency", "His agency's owner" (not "the agency", decided by what came before)
_OWN_AGENCY = re.compile(r"^(?i:her|his|their|my|our)\s+(?:(?:former|old|previous|current|own|recruit(?:ment|ing)|"
                         r"placement|manpower)\s+){0,2}agency\b(?!\s+(?:of|under|within)\s+the\b)")
# a firm's own name ends on its trade and "Agency": "Jolo Recruitment Agency", "Bright Manpower Agency Ltd" (a state
# word in the name, "the National Recruitment Agency", keeps it the state's)
_FIRM_NAME = re.compile(r"\b(?:Recruitment|Recruiting|Manpower|Placement|Staffing|Manning)\s+Agency\b")
_STATE_NAME = re.compile(r"\b(?:National|State|Federal|Government|Public|Ministry|Bureau|Department|Republic)\b")
# the word before each lowercase "agency" in the text, and what follows it ("an agency of the ministry" is the state's)
# (s391: or "agencies", "through temporary work agencies": the kind of agency the workers were hired through)
_AGENCY = re.compile(r"(?P<before>[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)\s+agenc(?:y|ies)\b(?!\s+(?:of|under|within)\s+the\b)")
# words that name an agency met before again, or one of the same kind ("the same agency", "another agency"): look back
_AGAIN = frozenset(("the", "same", "another", "that", "this"))


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    data = knowledge.load("speaker_kinds.yaml") or {}
    return frozenset(str(w).lower() for w in data.get("private_agency_words", []))


def _private_before(text: str, end: int) -> bool:
    """Is the nearest "agency" before ``end`` (other than "the agency" itself) a private one, by the word before it?"""
    last = None
    for m in _AGENCY.finditer(text, 0, end):
        words = m.group("before").split()
        if words[-1].lower() in _AGAIN:
            continue  # "the agency", "another agency" name it again or one of its kind: look further back
        last = words
    if last is None:
        return False
    if last[-1][:1].isupper() and last[-1].lower() not in ("a", "an"):
        # "Jolo Recruitment Agency ... The agency said": the firm named, unless a state word is in its name
        firm = _FIRM_NAME.search(text, max(0, end - 300), end) is not None
        return firm and not _STATE_NAME.search(" ".join(last))  # "the Federal Migration Agency"-like names, "Malta's Agency": left alone
    return last[-1].lower() in _words() or " ".join(last).lower() in _words()


def agency_backrefs(text: str, sources: list[Source]) -> list[Source]:
    """The sources with "the agency" (and its director) after a private agency, and a worker's own agency ("her
    former agency"), read as the firm."""
    if "agency" not in text:
        return sources
    out = []
    for s in sources:
        wording = (s.wording or "").strip()
        if s.kind in ("official", "named_person", "anonymous_source") and s.spans and wording[:10].lower() == "the agency" \
                and _SPEAKER.match(wording) and (s.kind == "official" or "'" in wording or "\u2019" in wording) \
                and _private_before(text, min(a for a, _ in s.spans)):
            out.append(replace(s, kind="organization"))
        elif s.kind == "official" and (_OWN_AGENCY.match(wording) or _FIRM_NAME.search(wording)
                                       and not _STATE_NAME.search(wording)):  # ("the agency" renamed by the firm's name)
            out.append(replace(s, kind="organization"))
        else:
            out.append(s)
    return out
