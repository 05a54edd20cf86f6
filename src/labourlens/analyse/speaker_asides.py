"""A speaker with an aside between it and its reporting verb, in shapes the main finders of
:mod:`labourlens.analyse.mentions` leave out (tried by ``mention_shapes.fallback_mention`` when no speaker was
found): the aside is not part of the speaker, whose wording stays a noun phrase.

- a relative clause after the subject: "The company's owner, who denied that the firm had held anyone's passports,
  said the men were free to leave" (the owner, not "... who denied that ...");
- a participle that quotes: 'The director, calling the men "guests of the broker," said the firm ...';
- an inverted tag whose speaker has a relative clause that quotes: '..., said the director, who called the men
  "guests of the broker."'.

Examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _cue, _plausible, classify

__all__ = ["aside_mention"]

_VERB = r"said|says|told|added|insisted|claimed|maintained|stressed|explained|argued|denied|replied|wrote"
_SUBJECT = r"(?:(?i:the|a|an|its|one|another)\s+|(?-i:[A-Z]))[^,\"]{1,80}?"
_PARTICIPLE = (r"calling|describing|insisting|adding|noting|referring|blaming|dismissing|rejecting|speaking|"
               r"responding|pointing")
_RELATIVE = re.compile(rf"^\s*(?P<sp>{_SUBJECT}),\s+(?:who|which)\s+[^\"]{{3,200}}?,\s+(?P<verb>{_VERB})\b")
_PARTICIPIAL = re.compile(rf"^\s*(?P<sp>{_SUBJECT}),\s+(?:{_PARTICIPLE})\b.{{2,200}}?,\"?\s+(?P<verb>{_VERB})\b")
# a relative clause that names the person: the name is the speaker (labourlens.analyse.speaker_cues)
_NAMING = re.compile(r"\b(?:goes|go|went)\s+by\b|\b(?:named|called|calls\s+(?:himself|herself)|identified|asked|gave\s+"
                     r"(?:his|her|only)|requested|declined|spoke\s+on\s+condition|not\s+(?:his|her)\s+real)\b|[a-z]\s+"
                     r"(?-i:[A-Z])[a-z]+", re.IGNORECASE)
_INVERTED_WHO = re.compile(rf",\s+(?P<verb>said|added|insisted|explained)\s+(?P<sp>{_SUBJECT}),\s+(?:who|whose)\s+\S")


_DETERMINED_NOUN = re.compile(r"(?i:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,4}[a-z][\w-]*")


def _speaker_like(sp: str) -> bool:
    """A phrase the classifier reads as a speaker, or a short noun phrase with a determiner ("the director")."""
    return _plausible(sp) and (classify(sp) is not None or _DETERMINED_NOUN.fullmatch(sp) is not None)


_PRONOUN_START = re.compile(r"(?i:it|this|that|there)\b")


def aside_mention(text: str) -> Mention | None:
    """The speaker of sentence ``text`` (made plain) in the shapes of the module doc, or None."""
    if ", who" not in text and ", which" not in text and '"' not in text:
        return None
    for rx in (_RELATIVE, _PARTICIPIAL, _INVERTED_WHO):
        m = rx.search(text)
        if m is None:
            continue
        if rx is _RELATIVE and _NAMING.search(m.group(0)):
            continue  # "A second former programmer, who goes by Hyon, told ...": the naming finders give the name
        sp = m.group("sp").strip()
        if _speaker_like(sp) and not _PRONOUN_START.match(sp):
            start = m.start("sp") + (len(m.group("sp")) - len(m.group("sp").lstrip()))
            return Mention(sp, start, start + len(sp), _cue(m.group("verb")), '"' in text[m.end("verb"):])
    return None
