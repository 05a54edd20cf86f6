"""A name given after the person has spoken, for :mod:`labourlens.analyse.attribution`.

"The Observer also spoke by phone with a North Korean man who said he had worked in Nigeria ... He gave his name
as Choe." The man introduced without a name is Choe from the start: the sentence that gives the name names the
unnamed person heard last (unless the words for that person say the other gender), who becomes a named person, so that his earlier words and a later
"Choe said" are one source.

A person described and named in one sentence that is no statement ("The foreman, reached by phone, gave only his first
name, Bakyt.") is introduced by that name: the "He said" that follows is Bakyt, not the person who spoke before."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from labourlens.analyse.described_names import introduced_name

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["name_given_later"]

_NAME = r"(?-i:[A-Z])[\w'\u2019]+(?:-[\w'\u2019]+)?(?:\s(?-i:[A-Z])[\w'\u2019]+(?:-[\w'\u2019]+)?){0,2}"
_GAVE_NAME = re.compile(
    rf"^\s*(?P<who>He|She)\s+(?:gave\s+(?:his|her)\s+(?:first\s+|family\s+|last\s+)?name\s+(?:only\s+)?as|"
    rf"asked\s+(?:us\s+|me\s+)?to\s+(?:be\s+called|call\s+(?:him|her))|said\s+(?:his|her)\s+name\s+(?:was|is)|"
    rf"(?:is|was)\s+called|asked\s+that\s+only\s+(?:his|her)\s+(?:first\s+)?name,|"
    rf"asked\s+to\s+be\s+identified\s+only\s+by\s+(?:his|her)\s+(?:first\s+)?name,)\s+"
    rf"[\"\u201c]?(?P<name>{_NAME})[\"\u201d]?\s*[.,;(]", re.IGNORECASE)
# "The foreman, reached by phone, gave only his first name, Bakyt.": a described person names himself
_DESCRIBED_GAVE_NAME = re.compile(
    rf"^\s*(?:The|A|An)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}(?:,\s+[^,;\"\u201c]{{2,60}},)?\s+"
    rf"(?:gave|would\s+give|agreed\s+to\s+give)\s+(?:only\s+)?(?:his|her)\s+(?:first\s+|family\s+|last\s+|given\s+)?name"
    rf"(?:,|\s+as|\s+only\s+as)\s+[\"\u201c]?(?P<name>{_NAME})[\"\u201d]?\s*[.;]\s*$")
_MALE = re.compile(r"\b(?:man|men|boy|father|husband|son|brother|he)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(?:woman|women|girl|mother|wife|daughter|sister|she)\b", re.IGNORECASE)


def name_given_later(text: str, reg: Registry) -> bool:
    """When ``text`` gives the name of the unnamed person heard last ("He gave his name as Choe."), name that
    source so (in place); whether it did."""
    m = _GAVE_NAME.match(text) if " name" in text or "call" in text else None
    if m is None:
        named = _DESCRIBED_GAVE_NAME.match(text) if " name" in text and "gave" in text else None
        if named is None and (met := introduced_name(text)) is not None:
            from labourlens.analyse.speakers import Mention  # noqa: PLC0415 - speakers is loaded before the registry

            reg.resolve(Mention(*met, "introduced"))  # "The older of the two, Bekzod, 51, from Samarkand, ...": Bekzod
            return True
        if named is not None:
            from labourlens.analyse.speakers import Mention  # noqa: PLC0415 - speakers is loaded before the registry

            reg.resolve(Mention(named.group("name"), named.start("name"), named.end("name"), "introduced"))
        return named is not None
    other = _FEMALE if m.group("who").lower() == "he" else _MALE  # "a mason" may be either; "a woman" is no "he"
    e = reg._recent(lambda e: e.person and not e.plural and e.source.kind == "anonymous_source")
    if e is None or other.search(e.source.wording or ""):
        return False
    name = m.group("name")
    e.source.wording = e.source.canonical = name
    e.source.kind = "named_person"
    e.norm, e.head = name.lower(), name.split()[-1].lower()
    return True
