"""What the words just beside a speaker phrase say about who speaks, read once the sources are known.

- An unnamed person who speaks off the record is an anonymous source, whatever the post: "A port
  authority official in Chittagong, speaking without authorisation from her superiors, said ..." and
  "A buyer at a rival mill, who asked not to be identified, said ..." are people talking, not the voice of
  the body they work for (the gold conventions: "an unnamed ministry official speaking without clearance is
  an anonymous source"). The clause may be cut from the wording before the kind is read, so it is looked
  for in the text right after the phrase as well.
- A name in quotation marks that the text says is not the real one, put before the speaker phrase
  ('"Rosa" (not her real name), a cook who ..., said'), is the person's name: a named person, called so.
"""

from __future__ import annotations

import re

from labourlens.model import Source

__all__ = ["mark"]

# the off-record clause right after an unnamed speaker phrase
_OFF_RECORD = re.compile(
    r"\s*,\s+(?:who\s+(?:was\s+|is\s+)?)?(?:speaking|spoke|talking|talked)\s+(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity"
    r"|\s*,\s+(?:speaking|talking)\s+(?:anonymously|off\s+the\s+record)"
    r"|\s*,\s+who\s+(?:asked|requested|declined)\s+(?:not\s+)?to\s+be\s+(?:named|identified)"
    r"|(?P<unauthorised>\s*,\s+(?:speaking|talking)\s+without\s+(?:clearance|authori[sz]ation|permission))",
    re.IGNORECASE)
_UNNAMED_HEAD = re.compile(r"(?:a|an|one|another)\s+[a-z]", re.IGNORECASE)
_CUE_WORDS = ("anonym", "clearance", "authori", "permission", "identified", "named", "record", "allowed", "cleared")
# '"Rosa" (not her real name), ' just before the speaker phrase
_PSEUDONYM_BEFORE = re.compile(
    r"[\"\u201c](?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)[\"\u201d]\s*\(\s*(?:not\s+(?:his|her|their)\s+real\s+name"
    r"|a\s+pseudonym|(?:his|her|their)\s+name\s+has\s+been\s+changed|name\s+changed)\s*\)\s*,\s*$")


def _off_record(text: str, s: Source) -> bool:
    """Does an off-record clause follow the unnamed phrase? An official needs one that says the person had no leave
    to speak (older sets read an official "speaking on condition of anonymity" as the body's voice); a named person
    without a name any of them."""
    wording = s.wording or ""
    if not _UNNAMED_HEAD.match(wording):
        return False
    tail = text[s.spans[0][1]:s.spans[0][1] + 120]
    m = _OFF_RECORD.match(tail) if any(w in tail for w in _CUE_WORDS) else None
    if m is None and (comma := wording.find(",")) > 0:
        m = _OFF_RECORD.match(wording, comma)
    return m is not None and m.group("unauthorised") is not None


def mark(text: str, sources: list[Source]) -> None:
    """Correct, in place, the kind (and for a pseudonym the wording) of sources by the words beside their phrase."""
    for s in sources:
        if not s.spans or not s.wording:
            continue
        if s.kind in ("official", "named_person") and _off_record(text, s):
            s.kind = "anonymous_source"
            continue
        start = s.spans[0][0]
        before = text[max(0, start - 40):start]
        if s.kind == "anonymous_source" and ("real name" in before or "pseudonym" in before or "changed" in before):
            m = _PSEUDONYM_BEFORE.search(text, max(0, start - 80), start)
            if m is not None:
                s.wording, s.kind, s.canonical = m.group("name"), "named_person", m.group("name")
