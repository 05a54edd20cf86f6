"""A firm met again by the short form of its name, for the last pass of the attribution
(:func:`labourlens.analyse.forum_posts.final_sources`).

"Qatar's labour ministry fined the contractor, Pearl Horizon Contracting ... Pearl Horizon said in an emailed
response that ...": "Pearl Horizon" alone looks like a person's name, but the text gave it in full with a
company word after it, so it is the firm speaking (``organization``; main README: companies are
organizations). The company words are the organisation suffixes and company words of
``knowledge/organisations.yaml``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse import legal_forms, name_search
from labourlens.analyse.press_desks import firm_press_desk
from labourlens.analyse.speakers import Mention, classify
from labourlens.model import Sentence, Source

__all__ = ["firm_short_names", "it_follows"]

_SHORT = re.compile(r"^[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}$")


@lru_cache(maxsize=1)
def _company_words() -> str:
    data = knowledge.load("organisations.yaml") or {}
    words = [str(w) for w in (data.get("suffixes") or {}).get("organization") or []]
    words += [str(w) for w in (data.get("company_words") or {}).get("words") or []]
    words += legal_forms.forms()
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def firm_short_names(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with a "named person" whose name the text also gives followed by a company word ("Pearl
    Horizon" after "Pearl Horizon Contracting") or after a firm noun ('the agency "Himali Overseas"') made the
    organization it is."""
    out: list[Source] = []
    for src in sources:
        name = (src.wording or "").strip()
        if src.kind == "named_person" and _SHORT.match(name) and (_followed_by_company_word(text, name) or _names_a_workplace(text, name)
                                                                  or _introduced_as_firm(text, name)):
            out.append(replace(src, kind="organization", canonical=src.canonical or name))
        elif src.kind == "named_person" and name and (kind := _described_kind(text, name)) is not None:
            out.append(replace(src, kind=kind))
        elif src.kind == "official" and "press" in name and firm_press_desk(text, name):  # "Vetka's press service"
            out.append(replace(src, kind="organization"))
        else:
            out.append(src)
    return out


@lru_cache(maxsize=1)
def _after_name() -> re.Pattern[str]:
    # up to two more capitalised words may stand between ("Qingdao Haibin Aquatic Products")
    return re.compile(rf"(?:\s+[A-Z][a-z]+){{0,2}}\s+\(?(?:{_company_words()})(?![\w-])")  # "X Protection (Pty) Ltd"


# a firm noun right before the name ('The agency "Himali Overseas" is still advertising', "the contractor Amur Stroi")
_FIRM_NOUN_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:recruitment\s+|recruiting\s+|manpower\s+|placement\s+)?"
                               r"(?:agency|company|firm|recruiter|contractor|subcontractor|employer|supplier|manufacturer)"
                               r"\s+[\"\u201c]?$"
                               # (s341) or in apposition, after a comma, the noun perhaps led by a place and followed by what
                               # it builds or runs: "a Tbilisi agency, Gza Star,", "The developer of the new estate, Volna,"
                               r"|\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][a-z]+\s+)?(?:recruitment\s+|recruiting\s+|construction\s+|building\s+)?"
                               r"(?:agency|company|firm|contractor|subcontractor|developer|operator|supplier|manufacturer)"
                               r"(?:\s+(?:of|for|behind)\s+(?:the|a|an)\s+[a-z][a-z -]{0,40})?,\s+[\"\u201c]?$")


# a reduced relative clause after the name: "The recruiter Kasun named could not be reached" (the recruiter whom Kasun
# named): the name is the one who named, not the firm; (s36) so with the verb's "as" and no object ("The company Jia
# named as his crew's employer, ...": a firm the person named as such)
_NAME_THEN_RELATIVE = re.compile(r"\s+[a-z]+(?:ed|t|w|ld)\s+(?:could|can|did|does|was|is|has|had|would|will|declined|"
                                 r"refused|denied|said|says|did|remains|was)\b|\s+[a-z]+ed[,.;]"
                                 r"|\s+(?:named|identified|described|mentioned|listed|gave)\s+as\b")


def _introduced_as_firm(text: str, name: str) -> bool:
    """Does the text name ``name`` right after a firm noun ("the agency 'Himali Overseas'")? (A scan for the name.)"""
    from labourlens.analyse.source_backrefs import given_name  # noqa: PLC0415 - source_backrefs imports the registry chain

    at = text.find(name)
    while at >= 0:
        before = _FIRM_NOUN_BEFORE.search(text, max(0, at - 90), at)
        # (in apposition a known given name is a person: "a Russian subcontractor, Dmitri Orlov, who ...")
        if before and not _NAME_THEN_RELATIVE.match(text, at + len(name)) and not (
                before.group(0).rstrip(" \"\u201c").endswith(",") and given_name(name.split()[0])):
            return True
        at = text.find(name, at + len(name))
    return False


def _followed_by_company_word(text: str, name: str) -> bool:
    """Does ``name`` stand in ``text`` as a whole word followed by a company word ("Pearl Horizon
    Contracting")? (A scan for the name, not a pattern compiled per name.)"""
    return _name_then(text, name, _after_name()) is not None


@lru_cache(maxsize=1)
def _workplace_after() -> re.Pattern[str]:
    words = [str(w) for w in (knowledge.load("speaker_kinds.yaml") or {}).get("workplace_nouns") or []]
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\s+(?:{alt}|compound|premises)\b")


_THE_BEFORE = re.compile(r"\b(?:the|a)\s+$", re.IGNORECASE)


def _names_a_workplace(text: str, name: str) -> bool:
    """Does ``name`` stand in ``text`` as the name of a workplace, after "the" and before a workplace noun ("inside
    the Lanxi Yarn compound", "at the Pearl Horizon site")? A person's workplace takes a possessive ("Li Wen's
    plant"); a name used bare as the modifier is the firm's."""
    at = text.find(name)
    while at >= 0:
        if _THE_BEFORE.search(text[max(0, at - 5):at]) and _workplace_after().match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


_GAVE_NAME = re.compile(r"gave\s+(?:his|her)\s+(?:sur)?name")
_WORD_END = re.compile(r"(?![\w-])")


def _given_as(text: str, name: str) -> bool:
    """Does ``name`` stand as a word after "surnamed" or "as" and spaces (a part of ``_described_kind``'s search,
    speed: no pattern is compiled for a name the text never gives so)?"""
    for i in name_search.starts(text, name):
        j = i
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j < i and text.endswith(("surnamed", "as"), 0, j) and _WORD_END.match(text, i + len(name)):
            return True
    return False


_AND_END = re.compile(r",\s+and\s*$")


def _described_kind(text: str, name: str) -> str | None:
    """``organization`` or ``official`` when the text gave the person only a surname after a description that
    speaks for a firm or a state body ("the company's office director, surnamed Zhang", "A man who answered the
    workshop's telephone, and who gave his name only as Mr. Ri"), else None."""
    if "surnamed" not in text and _GAVE_NAME.search(text) is None or not _given_as(text, name):
        return _runs_a_firm(text, name)  # the pattern below needs one of the two
    m = re.search(rf"(?:^|[.;:\n\"\u201c\u201d]\s*|,\s+(?:the|a|an|its)\s+(?=[a-z]))(?P<desc>[^,.;:\n\"\u201c\u201d]{{2,80}}(?:,\s+and\s+"
                  rf"[^,.;:\n\"\u201c\u201d]{{0,10}})?),\s+(?:and\s+)?(?:who\s+)?(?:surnamed|gave\s+(?:his|her)\s+(?:sur)?name\s+"
                  rf"(?:only\s+)?as)\s+{re.escape(name)}(?![\w-])", text)
    if m is None:
        return _runs_a_firm(text, name)
    desc = _AND_END.sub("", m.group("desc").strip())
    kind = classify(desc)
    if kind not in ("organization", "official") and (owned := _FIRM_OWNED.match(desc)) is not None \
            and _followed_by_company_word(text, owned.group("owner")):
        kind = classify(f"the company's {owned.group('role')}")  # "Sino-Kat's site manager" after "Sino-Kat Mining SARL"
    return kind if kind in ("organization", "official") else None


# a description owned by a short name ("Sino-Kat's site manager"): the firm's when the text gives that name with a
# company word after it ("Sino-Kat Mining SARL"); the role then reads as it would for "the company's"
_FIRM_OWNED = re.compile(r"^(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})['\u2019]s\s+(?P<role>[a-z][\w -]{1,40})$")


_RUNS = r"(?:\s*\([^()]{1,30}\))?\s+(?:manages|runs|owns|co-owns|heads|directs)\s+(?P<firm>[A-Z][^,.;:]{1,60}|the\s+[^,.;:]{1,40})"


_RUNS_AFTER = re.compile(_RUNS)


def _name_then(text: str, name: str, after: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of ``after`` right after ``name`` standing as a whole word in ``text`` (a scan for
    the name, not a pattern compiled per name)."""
    at = text.find(name)
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-"):
            m = after.match(text, at + len(name))
            if m is not None:
                return m
        at = text.find(name, at + 1)
    return None


def _runs_a_firm(text: str, name: str) -> str | None:
    """``organization`` when the text introduces the person as running a firm ("Jiang Kaiwen (JK) manages
    Tumen Bright Apparel, a garment factory in Hunchun"; README: a firm's named managers speak for it)."""
    from labourlens.analyse import firm_heads  # noqa: PLC0415 - firm_heads is loaded with speaker_kinds
    from labourlens.analyse.speaker_roles import company_noun  # noqa: PLC0415 - speaker_roles imports speakers

    m = _name_then(text, name, _RUNS_AFTER)
    if m is None or not firm_heads.is_firm(m.group("firm"), company_noun, classify):
        return None
    return "organization"


def it_follows(sentences: Sequence[Sentence], result: list[Any], mentions: Sequence[Mention | None],
               sources: Sequence[Source]) -> None:
    """"Pearl Horizon said ... It said it does not keep passports.": an "it" that speaks right after a body
    spoke in the same paragraph is that body (in place); the last body met elsewhere in the text is not."""
    kinds = {s.key: s.kind for s in sources}
    for i in range(1, len(sentences)):
        m = mentions[i] if i < len(mentions) else None
        if m is None or m.wording.strip().lower() != "it" or sentences[i - 1].paragraph != sentences[i].paragraph:
            continue
        prev = result[i - 1].source
        if prev != result[i].source and kinds.get(prev) in ("organization", "official", "document"):
            result[i] = replace(result[i], source=prev)
