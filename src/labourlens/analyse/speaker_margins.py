"""What the words just beside a speaker phrase say about who speaks, read once the sources are known.

- An unnamed official who speaks without leave is an anonymous source: "A port authority official in Chittagong,
  speaking without authorisation from her superiors, said ..." (or "..., who spoke to us without permission, said")
  is a person talking, not the voice of the body she works for (the gold conventions: "an unnamed ministry official
  speaking without clearance is an anonymous source"). Older sets read an official "speaking on condition of
  anonymity" as the body's voice, and so does the extractor: only the want of clearance, authorisation or
  permission turns the kind. The clause may be cut from the wording before the kind is read, so it is looked for in
  the text right after the phrase as well.
- A spokesperson given only by a name ("A spokeswoman, Mei Ling Goh, said ...") speaks for the body that spoke just
  before in the same paragraph when that body is a company ("The importer, Orchid Panels, said ... A spokeswoman, ...").
- A name in quotation marks that the text says is not the real one, put before the speaker phrase
  ('"Rosa" (not her real name), a cook who ..., said'), is the person's name: a named person, called so.
- (s379) Initials that head a case in case notes ("Case 2: K.L., 40, from Dhaka") hide a person who is not named: an
  anonymous source (:mod:`labourlens.analyse.case_initials`).
"""

from __future__ import annotations

import re

from labourlens.analyse.case_initials import case_initials
from labourlens.model import Source

__all__ = ["mark"]

_SPACE = re.compile(r"\s+")

# the clause right after an unnamed official that says the person spoke without leave
_UNAUTHORISED = re.compile(
    r"\s*,\s+(?:(?:speaking|talking)|who\s+(?:spoke|talked)(?:\s+to\s+(?:us|me|reporters|journalists|this\s+(?:paper|site|outlet)))?)"
    r"\s+without\s+(?:clearance|authori[sz]ation|permission)\b", re.IGNORECASE)
_UNNAMED_HEAD = re.compile(r"(?:a|an|one|another)\s+[a-z]", re.IGNORECASE)
_CUE_WORDS = ("clearance", "authori", "permission")
# "A spokesman, Alvin Teoh": a spokesperson named, with no body named
_BARE_SPOKESPERSON = re.compile(r"(?:a|an|the)\s+spokes(?:man|woman|person)\s*,\s+[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3}$",
                                re.IGNORECASE)
# '"Rosa" (not her real name), ' just before the speaker phrase
_PSEUDONYM_BEFORE = re.compile(
    r"[\"\u201c](?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)[\"\u201d]\s*\(\s*(?:not\s+(?:his|her|their)\s+real\s+name"
    r"|a\s+pseudonym|(?:his|her|their)\s+name\s+has\s+been\s+changed|name\s+changed)\s*\)\s*,\s*$")


def _unauthorised(text: str, s: Source) -> bool:
    """Does a clause saying the unnamed official had no leave to speak follow the phrase (or end its wording)?"""
    wording = s.wording or ""
    if not _UNNAMED_HEAD.match(wording):
        return False
    tail = text[s.spans[0][1]:s.spans[0][1] + 120]
    if any(w in tail for w in _CUE_WORDS) and _UNAUTHORISED.match(tail):
        return True
    comma = wording.find(",")
    return comma > 0 and _UNAUTHORISED.match(wording, comma) is not None


def _body_before(text: str, s: Source, sources: list[Source]) -> str | None:
    """The kind of the source whose phrase ends last before ``s``'s, in the same paragraph."""
    start = s.spans[0][0]
    best: tuple[int, str] | None = None
    for o in sources:
        for _a, b in o.spans:
            if o is not s and b <= start and (best is None or b > best[0]):
                best = (b, o.kind)
    if best is None or "\n\n" in text[best[0]:start]:
        return None
    return best[1]


def mark(text: str, sources: list[Source]) -> None:
    """Correct, in place, the kind (and for a pseudonym the wording) of sources by the words beside their phrase."""
    cases = case_initials(text) if "." in text else frozenset()
    for s in sources:
        if not s.spans or not s.wording:
            continue
        if cases and s.kind == "named_person" and _SPACE.sub("", s.wording) in cases:
            s.kind = "anonymous_source"  # (s379) "Case 2: K.L., 40, from Dhaka": a person the notes do not name
            continue
        if s.kind == "official" and _unauthorised(text, s):
            s.kind = "anonymous_source"
            continue
        if s.kind == "official" and _BARE_SPOKESPERSON.match(s.wording) and _body_before(text, s, sources) == "organization":
            s.kind = "organization"
            continue
        start = s.spans[0][0]
        before = text[max(0, start - 40):start]
        if s.kind == "anonymous_source" and ("real name" in before or "pseudonym" in before or "changed" in before):
            m = _PSEUDONYM_BEFORE.search(text, max(0, start - 80), start)
            if m is not None:
                s.wording, s.kind, s.canonical = m.group("name"), "named_person", m.group("name")
