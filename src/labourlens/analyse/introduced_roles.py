"""Named people whose role the text gives where they are introduced, not where they speak, for the last pass of
the attribution (:func:`labourlens.analyse.forum_posts.final_sources`):

- a speaker met by name or a transcript label ("AKENA: We have recorded ...") whom the text introduced
  as someone of a state body ("on the line we have Mr Tom Akena from the Ministry of Labour"): ``official``
  (README, Quality: anyone speaking in a state body's name is official);
- a named manager of a firm given by the short form of its name ("Harlow's operations manager, Nadia Quist")
  where the text also gives that name in full with a company word ("Harlow Storage Services"): ``organization``
  (README: a company's named managers given as such speak for it; a manager of a name that may be a person's
  stays a person);
- a person named where they speak, with the role after the name elsewhere or in a said-inversion ('"...," said
  Omar Saleh, its operations manager'): the kind of that role;
- a speaker met by title and surname ("Mr Nwosu told the committee") whose full name the text gave after a role
  that speaks for a body ("the committee heard the Regional Inspector of Labour for Kasai, Mr Paul Obi Nwosu"):
  the kind of that role;
- the lawyers of a firm given by the short form of its name ("Harlow's attorneys") where the text gives the name in
  full with a company word: ``organization`` (README: a company's lawyers speak for it);
- a speaker phrase opened by a said-inversion before a colon ("Said Oleg Petrov, a spokesman for the migration
  directorate: '...'"): the person without "Said", of the kind the apposition gives;
- a body's person first heard as the body ('"...," its manager, Karim Haddad, said') and later by name ("Haddad
  said ..."): the body still (:func:`body_people_back`);
- a name worded with the age after it ('"...," Tadesse, 27, told the paper'): the name alone;
- "the cook" after '"...," said Peter Otieno, 41, the trawler's cook': that person (:func:`aged_role_back`).

Names, firms and places in the examples are invented (places are real)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse import name_search
from labourlens.analyse.career_roles import career_kind
from labourlens.analyse.firm_names import _followed_by_company_word
from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import classify
from labourlens.model import Sentence, Source

__all__ = ["aged_role_back", "body_people_back", "introduced_roles"]

_SURNAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'\u2019-]+\s+){0,3}(?P<surname>[A-Z][\w'\u2019-]+)$")
_TITLED_SURNAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?P<surname>[A-Z][\w'\u2019-]+)$")
_FULL_NAME = re.compile(r"^[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}$")
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?"
_STATE_BODY = re.compile(r"(?:Ministry|Embassy|Consulate|Department|Directorate|Inspectorate|Commission|Authority|Police|"
                         r"Prosecutor|Bureau|Office)\b")
_FIRM_MANAGER = re.compile(r"^(?P<short>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})['\u2019]s?\s+"
                           r"(?:[a-z][\w-]*\s+){0,3}manager,\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})$")
_FIRM_COUNSEL = re.compile(r"^(?P<short>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})['\u2019]s?\s+"
                           r"(?:(?:own|external|outside)\s+)?(?:attorneys?|lawyers?|legal\s+team|counsel|solicitors?)$")
_AGED = re.compile(r"^(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}),\s+(?:aged\s+)?\d{1,2}$")
_SAID_FIRST = re.compile(r"^Said\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})$")
# (speed) what follows the name in each per-name pattern below: no pattern is compiled for a name without it
_ORG_AFTER = re.compile(r"\s+(?:from|of|at)\s+(?:the\s+)?[A-Z][^,.;:\n]{2,60}")
_NAME_END = re.compile(r"(?:\s+[A-Z][\w'\u2019-]+)?(?=\s*[,;.)]|\s+(?:of|from|at|and)\b)")
# ", its operations manager", ", deputy head of the migration department" (a post without an article)
_ROLE = r"(?:(?:its|their|the)\s+|(?=(?:deputy\s+|acting\s+)?[a-z]+\s+of\s))[^,.;:\"\u201c\u201d\n]{3,60}"
_ROLE_AFTER = re.compile(rf",\s+{_ROLE}[,.;:]")
_APPOS_AFTER = re.compile(r",\s+[^:\n\"\u201c]{3,120}:")
_AGED_ROLE_AFTER = re.compile(r",\s+(?:aged\s+)?\d{1,2},\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?[a-z][\w-]*(?=\s*[,.;])")
_FREE = re.compile(r"(?<![\w-])")
_MORE_AFTER = re.compile(r"\s+[A-Z][\w'\u2019-]+")


def _may_be_apposed(text: str, surname: str) -> bool:
    """(speed) Does ``surname`` stand where ``_apposed_kind``'s pattern could find a name of two words or more:
    before the end it needs, with a word before it or a capitalised word after it?"""
    n = len(surname)
    for i in name_search.starts(text, surname):
        if not _NAME_END.match(text, i + n):
            continue
        if _MORE_AFTER.match(text, i + n):
            return True
        j = i
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if 0 < j < i and (text[j - 1].isalnum() or text[j - 1] in "_'\u2019-"):
            return True
    return False


def _state_introduction(text: str, surname: str) -> bool:
    """Does the text introduce a full name ending with ``surname`` as someone from a state body ("Mr Tom Akena from
    the Ministry of Labour", "Tom Akena of the Labour Office")?"""
    if name_search.followed_ci(text, surname, _ORG_AFTER) is False:
        return False
    rx = re.compile(rf"(?<![\w-]){_TITLE}(?:[A-Z][\w'\u2019-]+\s+){{1,2}}(?i:{re.escape(surname)})\s+(?:from|of|at)\s+"
                    rf"(?P<org>(?:the\s+)?[A-Z][^,.;:\n]{{2,60}})")
    low = name_search.lowered(text) if surname.isascii() else None  # (speed: tried only before the surname)
    found = list(rx.finditer(text)) if low is None else name_search.matches_before(rx, text, list(
        name_search.starts(low, surname.lower())))
    return len(found) >= 1 and all(_STATE_BODY.search(m.group("org")) for m in found)


def _apposed_kind(text: str, surname: str) -> str | None:
    """``official`` or ``organization`` when every full name holding ``surname`` in the text follows a role that
    speaks for a body ("the Regional Inspector of Labour for Kasai, Mr Paul Obi Nwosu"; "the general manager of
    Crestline Quarries SARL, Mr Li Wenbo"), else None."""
    from labourlens.analyse.source_names import _APPOSITION_BEFORE  # noqa: PLC0415 - the role set off before a name

    if not _may_be_apposed(text, surname):
        return None
    rx = re.compile(rf"(?<![\w-]){_TITLE}(?P<name>(?:[A-Z][\w'\u2019-]+\s+){{0,2}}{re.escape(surname)}(?:\s+[A-Z][\w'\u2019-]+)?)"
                    r"(?=\s*[,;.)]|\s+(?:of|from|at|and)\b)")
    kinds = set()
    for m in name_search.matches_before(rx, text, list(name_search.starts(text, surname)), at_name=True):
        if len(m.group("name").split()) < 2:
            continue
        line = text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 90):m.start()]
        appos = _APPOSITION_BEFORE.search(line)
        while appos is not None and (inner := _APPOSITION_BEFORE.search(line, appos.start(1) + 1)) is not None:
            appos = inner  # the nearest role
        kinds.add(classify(f"{appos.group(1)}, {m.group('name')}") if appos is not None else None)
    return next(iter(kinds)) if len(kinds) == 1 and kinds <= {"official", "organization"} else None


def _after_name_kind(text: str, name: str) -> str | None:
    """``official`` or ``organization`` when the name stands in the text with a role after it that speaks for a body
    ('"...," said Omar Saleh, its operations manager'), the same at every such place; else None."""
    kinds = set()
    if not name_search.followed(text, name, _ROLE_AFTER, _FREE):
        return None
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)},\s+(?P<role>{_ROLE})[,.;:]", text):
        kinds.add(classify(f"{name}, {m.group('role')}"))
    return next(iter(kinds)) if len(kinds) == 1 and kinds <= {"official", "organization"} else None


def _inverted_kind(text: str, name: str) -> str:
    """The kind the apposition after "Said <name>," gives ("a spokesman for the migration directorate": official)."""
    m = re.search(rf"\bSaid\s+{re.escape(name)}(?P<appos>,\s+[^:\n\"\u201c]{{3,120}}):", text) \
        if name_search.followed(text, name, _APPOS_AFTER) else None
    kind = classify(f"{name}{m.group('appos')}") if m is not None else None
    return kind if kind in ("official", "organization", "named_person") else "named_person"


def _label_note_kind(text: str, name: str) -> str | None:
    """(s48) ``official`` when the name, set in capitals as a record's turn label, carries a post of the state in
    brackets before its colon ("ANA LIMA (Secretary of Labour Inspection): ..."), the same at every such label; else
    None. A body in brackets (an NGO, a firm) is left to the other readings."""
    caps = name.upper()
    if caps == name or caps + " (" not in text:
        return None
    kinds = {classify(f"{name}, {m.group('note')}") for m in re.finditer(
        rf"(?m)^[ \t]*(?:(?:MR|MRS|MS|DR)\.?[ \t]+)?{re.escape(caps)}[ \t]*\((?P<note>[^()\n]{{3,90}})\)[ \t]*:", text)}
    return "official" if kinds == {"official"} else None


def introduced_roles(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with people whose role the text gave at their introduction made the kind of that role."""
    out: list[Source] = []
    for src in sources:
        wording = (src.wording or "").strip()
        counsel = _FIRM_COUNSEL.match(wording) if src.kind == "anonymous_source" else None
        if counsel is not None and _followed_by_company_word(text, counsel.group("short")):
            out.append(replace(src, kind="organization"))  # "Sentinel Shield's attorneys" after "Sentinel Shield Ltd"
            continue
        if src.kind != "named_person" or not wording:
            out.append(src)
            continue
        aged = _AGED.match(wording)
        if aged is not None:  # '"...," Tadesse, 27, told the paper': the age is no part of the name
            src = replace(src, wording=aged.group("name"))
            wording = aged.group("name")
        m = _SAID_FIRST.match(wording)
        if m is not None:
            out.append(replace(src, wording=m.group("name"), canonical=m.group("name"),
                               kind=_inverted_kind(text, m.group("name"))))
            continue
        m = _FIRM_MANAGER.match(wording)
        if m is not None and _followed_by_company_word(text, m.group("short")):
            out.append(replace(src, kind="organization"))
            continue
        m = _SURNAME.match(wording)
        if m is not None and _state_introduction(text, m.group("surname")):
            out.append(replace(src, kind="official"))
            continue
        if _FULL_NAME.match(wording) and (kind := _after_name_kind(text, wording)) is not None:
            out.append(replace(src, kind=kind))  # '"...," said Omar Saleh, its operations manager.'
            continue
        m = _TITLED_SURNAME.match(wording)
        if m is not None and (kind := _apposed_kind(text, m.group("surname"))) is not None:
            out.append(replace(src, kind=kind))
            continue
        if _FULL_NAME.match(wording) and _label_note_kind(text, wording) is not None:
            out.append(replace(src, kind="official"))  # "ANA LIMA (Secretary of Labour Inspection): ..."
            continue
        if _FULL_NAME.match(wording) and (kind := career_kind(text, wording)) is not None:
            out.append(replace(src, kind=kind))  # "Ana Ruiz has served nine years as a labour inspector"
            continue
        out.append(src)
    return out


_ITS_ROLE_NAME = gated(r"(?:^|[,\"\u201d]\s*)(?:its|their)\s+(?:[a-z][\w-]*\s+){0,3}(?:manager|director|spokes(?:man|woman|person)|"
                       r"representative|owner|chairman|chairwoman|head|chief)\s*,\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})"
                       r"\s*,\s+(?:said|says|told|added|wrote)\b")


_TITLE_START = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+")


def body_people_back(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """'"We take no fees," its manager, Karim Haddad, said. ... Haddad said ...': the body's person, heard first
    as the body ("its manager" is read as the firm speaking), keeps the body's voice when the text later calls
    them by name (in place in ``result``)."""
    by_key = {s.key: s for s in sources}
    heard: dict[str, str] = {}  # full name -> the body's source key
    for i, s in enumerate(sentences):
        m = _ITS_ROLE_NAME.search(s.text)
        src = by_key.get(result[i].source) if m is not None else None
        if m is not None and src is not None and src.kind in ("organization", "official"):
            heard.setdefault(m.group("name"), src.key)
    if not heard:
        return
    for i in range(len(sentences)):
        src = by_key.get(result[i].source)
        if src is None or src.kind != "named_person":
            continue
        said = _TITLE_START.sub("", src.canonical or src.wording or "")
        # the name in full or its last words ("Al Harthy" after "Salim Al Harthy")
        body = {key for full, key in heard.items() if said and (full == said or full.endswith(" " + said))}
        if len(body) == 1 and src.key not in body:
            result[i] = replace(result[i], source=body.pop())


def aged_role_back(text: str, result: list[Any], sources: Sequence[Source]) -> None:
    """'"...," said Peter Otieno, 41, the trawler's cook. ... the cook said.': "the cook" is the person given that role
    with an age after the name (the speaker phrase ends at the age, so the role is read from the text; in place)."""
    roles: dict[str, tuple[str, int]] = {}  # "the cook" -> (the named source's key, where the role is given)
    for src in sources:
        name = (src.wording or "").strip()
        if src.kind != "named_person" or not _FULL_NAME.match(name) or not name_search.followed(text, name, _AGED_ROLE_AFTER):
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)},\s+(?:aged\s+)?\d{{1,2}},\s+(?:the|a|an)\s+"
                             r"(?:[\w'\u2019-]+\s+){0,3}?(?P<role>[a-z][\w-]*)(?=\s*[,.;])", text):
            roles.setdefault(f"the {m.group('role')}", (src.key, m.end()))
    if not roles:
        return
    again = {s.key: roles[w] for s in sources if s.kind == "anonymous_source" and (w := (s.wording or "").strip().lower())
             in roles and s.spans and min(s.spans)[0] > roles[w][1]}
    for i, a in enumerate(result):
        if a.source in again:
            result[i] = replace(a, source=again[a.source][0])
