"""The speaker named after a closing quotation mark, in the shapes the main finders in
:mod:`labourlens.analyse.mentions` leave out: a role word before a name ('..., " said pensioner Olga
Ivanova'), a name followed by a long apposition ('..., " said Anna Nowak, a lawyer in Gdansk who ...'),
a person given a surname ('..., " a district official surnamed Liu told this newspaper'). Used only
when nothing else in the sentence names a speaker.
"""

from __future__ import annotations

import re

from labourlens.analyse.hedges import plain
from labourlens.analyse.speaker_spans import appositive_tag, coded_person, tag_person
from labourlens.analyse.speakers import NAME_WORD, Mention, _cue, classify

__all__ = ["after_quote_mention", "role_word_end"]

_VERBS = (r"said|says|added|adds|told|tells|explained|explains|recalled|recalls|insisted|insists|continued|"
          r"noted|remarked|replied|complained|admitted|claimed|claims|alleged|wrote|writes|warned|stressed|"
          r"(?-i:a\s+d\u00e9clar\u00e9|a\s+dit|dit|explique|raconte|affirme|confie|sagte|erz\u00e4hlt|erz\u00e4hlte|"
          r"berichtet|dijo|afirm\u00f3|explic\u00f3|cont\u00f3|relata|disse|afirmou|contou)")
# reporting verbs of French, German, Spanish and Portuguese after a quotation left untranslated: read as "said"
_FOREIGN_VERB = re.compile(r"^(?:a\s+d\u00e9clar\u00e9|a\s+dit|dit|explique|raconte|affirme|confie|sagte|erz\u00e4hlt|"
                           r"erz\u00e4hlte|berichtet|dijo|afirm\u00f3|explic\u00f3|cont\u00f3|relata|disse|afirmou|contou)$")
_NAME = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}"
_CLOSE = re.compile(r"[,?!.]\"\s+(?P<rest>[^\"]{3,300})$")
_INVERTED = re.compile(rf"^(?P<verb>{_VERBS})\s+(?P<sp>[^\"]+?)\s*[.!?]?\s*$")
_NORMAL = re.compile(rf"^(?P<sp>[^\",]{{3,90}}?)\s+(?P<verb>{_VERBS})(?P<tail>(?:\s+[\w'\u2019-]+){{0,5}})\s*[.!?]?\s*$")
_ROLE_NAME = re.compile(rf"^(?P<role>(?:[a-z][\w-]*\s+){{1,3}})(?P<name>{_NAME})$")
_FULL_NAME = re.compile(rf"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s+)?{_NAME}$")
_SURNAMED = re.compile(rf"^(?:a|an|the|one|another)\s+[\w\s'\u2019-]{{2,60}}?\s+(?:surnamed|named|called|identified\s+as|"
                       rf"who\s+gave\s+(?:his|her)\s+name\s+as)\s+(?:(?:Mr|Mrs|Ms)\.?\s+)?{NAME_WORD}"
                       rf"(?:\s+{NAME_WORD})?$")
_DETERMINERS = frozenset("the a an this that his her their its our one another some".split())


def role_word_end(sp: str) -> int:
    """Where the name starts in "pensioner Olga Ivanova, who ..." (0 when ``sp`` does not open with
    lower-case role words before a full name)."""
    role = _ROLE_NAME.match(sp.split(",")[0].strip())
    if role is None or role.group("role").split()[0] in _DETERMINERS:
        return 0
    return sp.index(role.group("name"))


# a bare role held in a body after the name: '..., " said Pavel Sokol, general manager of Kestrel Foods.'
_BARE_ROLE = re.compile(r"^(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+(?:of|for|at)\s+[A-Z][^,\"]{1,80}?[.!?]?$")


def _speaker(sp: str) -> str | None:
    first, _, rest = sp.partition(",")
    first = first.strip()
    role = _ROLE_NAME.match(first)
    if role is not None and role.group("role").split()[0] not in _DETERMINERS:
        return role.group("name")  # "pensioner Olga Ivanova": the person, by name
    if _FULL_NAME.match(first) and _BARE_ROLE.match(rest.strip()) and classify(
            full := sp.strip().rstrip(".!?")) in ("organization", "official"):
        return full  # "Pavel Sokol, general manager of Kestrel Foods": the role makes the kind
    if _FULL_NAME.match(first) or _SURNAMED.match(first):
        return first
    return None


# a tag after the quotation with a participle that quotes again: '"...," the director said, adding that the men
# were "guests"' (the second quotation keeps the first finders from reading the tag)
_PARTICIPLE_TAG = re.compile(rf"[,?!.]\"\s+(?P<sp>(?:(?i:the|a|an|one|another|its|his|her)\s+|[A-Z])[^\",]{{1,90}}?)\s+"
                             rf"(?P<verb>{_VERBS})(?:\s+[\w'\u2019-]+){{0,4}}?,\s+(?:adding|calling|describing|insisting|"
                             r"noting|saying|explaining|blaming|denying|claiming|arguing|stressing|referring|accusing|"
                             r"dismissing|rejecting)\b")
_DASH = re.compile(r"[.,?!]?\"\s*(?:\u2014|\u2013|--?)\s*(?P<sp>[^,\"]{2,80}?)\s*(?:,\s+[^\"]{2,120})?\s*$")
_IS_HOW = re.compile(rf",?\"\s+(?:is|was)\s+how\s+(?P<sp>[^,\"]{{2,80}}?)\s+(?P<verb>{_VERBS}|described|describes|"
                     r"put\s+it|puts\s+it|remembered|remembers)\b")


def _dash_or_how(text: str) -> Mention | None:
    """ '"We never left the site." \u2014 Kim Sung-ho, former welder'; '"It was a prison," is how one worker
    described it'."""
    dash = _DASH.search(text)
    if dash is not None:
        sp = dash.group("sp").strip()
        if (_FULL_NAME.match(sp) or classify(sp) in ("anonymous_source", "official", "organization")) \
                and classify(sp) is not None:
            return Mention(sp, dash.start("sp"), dash.start("sp") + len(sp), "said", True)
    how = _IS_HOW.search(text)
    if how is not None and classify(how.group("sp")) is not None:
        sp = how.group("sp")
        return Mention(sp, how.start("sp"), how.end("sp"), "said", True)
    return None


_DETERMINED_NOUN = re.compile(r"(?i:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,4}[a-z][\w-]*")


def after_quote_mention(sentence_text: str) -> Mention | None:
    """The speaker named after the closing quotation mark of the sentence, or None."""
    if '"' not in sentence_text and "\u201d" not in sentence_text:
        return None
    text = plain(sentence_text)
    if "how" in text or "\u2014" in text or "\u2013" in text or "-" in text:
        found = _dash_or_how(text)
        if found is not None:
            return found
    tag = _PARTICIPLE_TAG.search(text)  # '"...," the director said, calling the men "guests."'
    if tag is not None and (classify(sp := tag.group("sp")) is not None or _DETERMINED_NOUN.fullmatch(sp) is not None):
        return Mention(sp, tag.start("sp"), tag.end("sp"), _cue(tag.group("verb")), True)
    close = _CLOSE.search(text)
    if close is None:
        return None
    rest = close.group("rest")
    m = _INVERTED.match(rest) or _NORMAL.match(rest)
    if m is None:
        return appositive_tag(text)  # '"...," one of the cooks, a woman from Cebu, told us.'
    sp = _speaker(m.group("sp")) or tag_person(m.group("sp")) or coded_person(m.group("sp"))  # "Worker A"
    if sp is None or classify(sp) is None:
        return None
    start = close.start("rest") + m.start("sp") + m.group("sp").index(sp)
    verb = m.group("verb")
    return Mention(sp, start, start + len(sp), "said" if _FOREIGN_VERB.match(verb) else _cue(verb), True)
