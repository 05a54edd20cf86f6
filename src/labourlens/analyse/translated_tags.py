"""Attribution in the word order of a translation (machine-translated or close-translated Russian and Korean
reports, reposted in English):

- '"We worked from four in the morning," told the man, who ...': "told" inverted after the quotation, as
  "said" is ('"...," said the man');
- "As told to the edition one of the workers, a 34-year-old from Kulob, the people slept ...": the speaker after
  the audience of a fronted "As told to";
- "In the press service of the regional police (they) confirmed to the edition that ...", "In the ministry
  they said that ...": the body in which something was said speaks (Russian "В пресс-службе сообщили").

Examples here and in the tests are invented.
"""

from __future__ import annotations

from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import Mention, _cue, _plausible, classify

__all__ = ["translated_tag"]

_SPEAKERS = ("official", "organization", "outlet", "document", "named_person", "anonymous_source")

# '"...," told the man, who asked not to be named.'
_TOLD_INVERTED = gated(r"[,.!?][\"\u201d]\s+told\s+(?P<sp>(?:(?i:the|a|an|one|another)\s+[^,\"\u201c\u201d.]{1,60}?|"
                       r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}))\s*(?:,|\.|$)")
# "As told to the edition one of the workers, ..."
_AS_TOLD_TO = gated(
    r"^\s*As\s+(?:was\s+)?told\s+(?:to\s+)?(?:(?i:the|our|this)\s+)?(?:edition|newspaper|paper|publication|portal|site|"
    r"agency|channel|correspondent|journalists?|reporters?|editorial\s+office|us|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})"
    r"\s+(?P<sp>(?:(?i:the|a|an|one|another|two|three|several)\s+)[^,\"\u201c\u201d]{2,60}?|"
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}),")
# "In the press service of X (they) confirmed to the edition that ..."
_IN_BODY_SAID = gated(
    r"^\s*In\s+(?P<sp>(?i:the)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:press\s+service|press\s+office|press\s+centre|"
    r"ministry|department|administration|prosecutor['\u2019]s\s+office|police|directorate|office|headquarters|"
    r"inspectorate|embassy|consulate|company|firm|mayor['\u2019]s\s+office|city\s+hall)"
    r"(?:\s+of\s+(?:the\s+)?[^,\"\u201c\u201d]{2,80}?)?)\s+(?:they\s+|it\s+was\s+)?(?P<verb>said|confirmed|told|"
    r"reported|explained|noted|stated|denied|assured|commented|added|refused)\b")


def _ok(sp: str) -> bool:
    return _plausible(sp) and classify(sp) in _SPEAKERS


def translated_tag(text: str) -> Mention | None:
    """The speaker of a sentence attributed in a translation's word order (see the module doc); None otherwise."""
    if "told" in text:
        t = _TOLD_INVERTED.search(text)
        if t is not None and _ok(t.group("sp")):
            return Mention(t.group("sp"), t.start("sp"), t.end("sp"), "told", True)
        a = _AS_TOLD_TO.match(text)
        if a is not None and _ok(a.group("sp").strip()):
            sp = a.group("sp").strip()
            return Mention(sp, a.start("sp"), a.start("sp") + len(sp), "told", False)
    b = _IN_BODY_SAID.match(text) if text.lstrip()[:3] == "In " else None
    if b is not None and _ok(b.group("sp")):
        return Mention(b.group("sp"), b.start("sp"), b.end("sp"), _cue(b.group("verb")), False)
    return None
