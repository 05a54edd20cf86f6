"""People and parts of a firm who answer for it, in shapes the other kind rules miss, for
:func:`labourlens.analyse.speaker_kinds.kind_of` (main README, Quality: a company's named directors and
managers given as such, its general manager, the unnamed owner of the workplace answering for it and
whoever answers its phone speak as the company, ``organization``; an unnamed manager met elsewhere stays an
``anonymous_source``):

- one of several owners or heads named after the role: "One owner, Zhao Mingde", "Another mill owner,
  Gao Lin" (not "Its director, X", "The director of X, Y" or "X's general manager, Y": older sets, written
  before the convention settled, read those as persons and the README records the split);
- the firm's unnamed head given by the firm ("The company's local director", "The factory manager", "The
  firm's Kenyan manager", "The mill's owners", "Management", "The plant's management");
- whoever answers a firm's telephone ("A man who answered the workshop's telephone, and who gave his name
  only as Mr. Ri"), and its head given with a surname only ("the company's office director, surnamed Zhang");
- an unnamed manager or owner of a firm reached by telephone ("A manager at one of the sawmills, reached by
  telephone"): whoever answers the firm's phone speaks for it;
- a company role used as a title before a firm's name ("Developer Baltic Stroi-Invest", "Contractor
  Amurgrad-Montazh");
- one of several firms ("One of the audited plants, in Weifang"): the firm; but one of the
  subcontractors, contractors or brokers is a person who hires crews (``anonymous_source``: how writers
  mark "one of the subcontractors" who talks about his crew).

A former head, a site, line or shift manager, a foreman and a supervisor stay with the other rules. Role
words are in ``knowledge/speaker_kinds.yaml`` (``firm_head_roles``, ``workplace_nouns``, ``company_roles``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import firm_heads

__all__ = ["company_kind", "its_head"]

_NAME = r"[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019.-]*|van|von|de|al|el|bin)){1,3}"
_FORMER = re.compile(r"\b(?:former|ex-|retired|onetime|one-time|late|previous)\b", re.IGNORECASE)
# roles below the firm's head: they speak as people, not for the firm
_LOW = re.compile(r"\b(?:site|shift|line|floor|hiring|sales|deputy|assistant|production|project|foreman|supervisor|"
                  r"brigade|crew|team)\b", re.IGNORECASE)
_PHONE = re.compile(r",?\s+(?:when\s+|who\s+was\s+)?(?:reached|contacted|called|interviewed|speaking)\s+(?:by|over|on)\s+"
                    r"(?:the\s+)?(?:tele)?phone\b|,\s+(?:who\s+)?answer(?:ed|ing)\s+the\s+(?:tele)?phone\b", re.IGNORECASE)
# "A man who answered the workshop's telephone", "a woman who answered the phone at the factory"
_ANSWERED = re.compile(r"\b(?:answered|answering|picked\s+up)\s+the\s+(?:(?P<firm>[\w-]+)['\u2019]s?\s+(?:tele)?phone|"
                       r"(?:tele)?phone\s+(?:at|of)\s+the\s+(?P<firm2>[\w-]+))|\b(?:of|at|from)\s+the\s+(?P<firm3>[\w-]+)\s+"
                       r"(?:who|that)\s+(?:answered|picked\s+up)\s+the\s+(?:tele)?phone\b", re.IGNORECASE)
# "A man who answered the office number": the office the report called is the firm's
_OFFICE_LINE = re.compile(r"\b(?:answered|answering|picked\s+up)\s+(?:the|its|their)\s+(?:office|agency|company|firm)['\u2019]?s?\s+"
                          r"(?:tele)?(?:phone|number|line)\b", re.IGNORECASE)
_SURNAMED = re.compile(r",\s+(?:(?:a|an)\s+(?:man|woman|person)\s+)?(?:surnamed|named|called|who\s+gave\s+(?:only\s+)?"
                       r"(?:his|her)\s+(?:sur)?name(?:\s+only)?(?:\s+as|,))\s+"
                       r"(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-Z][\w'\u2019-]*$")
# "The vessel's operator, a company registered in Taiwan": an apposition that calls the speaker a firm
_FIRM_APPOS = re.compile(r"^(?P<first>[^,]+),\s+(?i:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?i:company|firm|corporation|subsidiary|"
                         r"conglomerate|business)(?:\s+(?i:registered|based|owned|controlled|headquartered|incorporated|"
                         r"that|which|in|from)\b[^,]*)?$")
_HIRERS = re.compile(r"^(?i:one|another)\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?i:subcontractors|contractors|"
                     r"brokers|recruiters|middlemen|intermediaries|gangmasters)$")
_ITS_HEAD = re.compile(r"(?i:its|their)\s+(?i:(?:managing|general|executive)\s+director|chief\s+executive(?:\s+officer)?|"
                       r"ceo|general\s+manager)"
                       # "Its director told reporters ...": "its" is the body just named, so its head answers for it
                       r"|(?i:its)\s+(?i:director|chairman|chairwoman|chairperson|president|founder|co-founder|head|boss)")
_HOUSING = r"(?:dormitory|dormitories|hostel|hostels|dorm|dorms)"
_FIRM_PLURALS = ("companies", "firms", "factories", "plants", "workshops", "mills", "sawmills", "canneries", "farms",
                 "restaurants", "shipyards", "yards", "employers", "suppliers", "manufacturers", "processors")


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    data = knowledge.load("speaker_kinds.yaml") or {}

    def alt(key: str, drop: tuple[str, ...] = ()) -> str:
        words = [str(w) for w in data.get(key) or [] if str(w) not in drop]
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    person_roles = tuple(str(w) for w in data.get("person_roles") or [])
    return {"head": alt("firm_head_roles", ("head", "chief", "boss")), "place": alt("workplace_nouns"),
            "title": alt("company_roles", person_roles + ("firm", "company", "client", "owner"))}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    w = _words()
    head = rf"(?:(?:general|managing|executive|local|regional|country)\s+)?(?:{w['head']})s?"
    firm_noun = rf"(?:{w['place']}|company|firm|contractor|subcontractor|employer|operator|developer|mill)"
    adj = r"(?:[\w-]+\s+){0,2}?"
    return {
        # "One owner, Zhao Mingde", "Another mill owner, Gao Lin"
        "role_named": re.compile(rf"^(?i:one|another)\s+(?:(?i:{w['place']}|company|firm)\s+)?"
                                 rf"(?i:{head}),\s+(?P<name>{_NAME})$"),
        # "The company's local director", "The factory manager", "The mill's owners", "the plant's management"
        # (a compound keeps a single owner a person: "the brick kiln owner"; "the factory owners" answer for it)
        # ("the scrap yard's director": a word that tells what the workplace does may come before it)
        # (but "the brick kiln's owner" or "manager" alone stays a person, as "the brick kiln owner" does)
        "unnamed_head": re.compile(rf"^(?i:the|its|their)\s+(?:(?i:{firm_noun})['\u2019]s?\s+{adj}(?i:{head}|management)|"
                                   rf"[a-z-]+\s+(?i:{firm_noun})['\u2019]s?\s+{adj}(?!(?i:owner|co-owner|proprietor|manager)$)"
                                   rf"(?i:{head}|management)|{adj}"
                                   rf"(?i:{w['place']}|company)\s+(?!(?i:owner|co-owner|proprietor)$)(?i:{head}|management))$"),
        # "the developer" of a building project (not "developers" or "a former developer": programmers too)
        "developer": re.compile(r"^(?i:the|its)\s+(?:(?i:main|lead|project|property|real\s+estate|site's|project's)\s+)?"
                                r"(?i:developer)$"),
        "management": re.compile(rf"^(?i:the\s+)?(?:[\w-]+['\u2019]s?\s+|(?i:{firm_noun}|{w['place']}|company|corporate|senior|"
                                 rf"top)\s+)?(?i:management|leadership)(?:\s+(?i:team|board))?$"),  # "Facility management"
        # "A manager at one of the sawmills", "The owner of the workshop"
        "head_at": re.compile(rf"^(?i:a|an|one|the)\s+{adj}(?i:{head})\s+(?i:at|of)\s+(?P<firm>[^,;:]{{2,60}})$"),
        # "Developer Baltic Stroi-Invest"
        "titled": re.compile(rf"^(?i:{w['title']})\s+(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){{0,3}})$"),
        # "the company's human resources department", "the factory's administration", "the firm's board"
        "firm_unit": re.compile(rf"^(?i:the|its|their)\s+(?i:{firm_noun})['\u2019]s?\s+(?:[\w-]+\s+){{0,2}}?(?i:department|"
                                r"division|administration|board|board\s+of\s+directors|head\s+office|headquarters|"
                                r"press\s+office|press\s+service|legal\s+department|hr|personnel\s+office)$"),
        # (diag150) the same with "of": "the administration of the plant"; and the administration of the housing a
        # firm or landlord runs for its workers ("the dormitory's administration": its manager stays a person)
        "unit_of": re.compile(rf"^(?i:the)\s+(?i:administration|management|personnel\s+department|hr\s+department)\s+"
                              rf"(?i:of)\s+(?i:the|its|their)\s+(?:[\w-]+\s+)?(?i:{firm_noun}|{_HOUSING})$"
                              rf"|^(?i:the)\s+(?:[\w-]+\s+)?(?i:{_HOUSING})['\u2019]s?\s+(?i:administration|management)$"),
        # "Kestrel Foods' general manager", "Harbourline Builders' management"
        "named_firm_head": re.compile(rf"^(?P<firm>(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){{0,3}})['\u2019]s?\s+"
                                      rf"(?:(?i:hr|human\s+resources|personnel)\s+)?(?i:{head}|management)$"),
        # "Kestrel Foods founder and CEO Li Wen": a firm's name, its head's roles (one or two), the name
        "firm_titled": re.compile(rf"^(?P<firm>(?-i:[A-Z])[\w&.'\u2019-]*(?:\s+(?-i:[A-Z])[\w&.'\u2019-]*){{0,3}}?)\s+"
                                  rf"(?:(?i:{head}|ceo)\s+(?i:and)\s+)(?i:{head}|ceo)\s+(?P<name>{_NAME})$"),
        # "general manager of Kestrel Foods" (bare, after a name: '..., " said Pavel Sokol, general manager of X')
        "bare_head": re.compile(rf"^(?=[a-z])(?:[\w-]+\s+)?(?i:{head})\s+(?i:of|at)\s+(?P<firm>(?-i:[A-Z])[^,;:]{{1,60}})$"),
        # "One of the audited plants, in Weifang"
        "one_firm": re.compile(rf"^(?i:one|another)\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?i:{'|'.join(_FIRM_PLURALS)})"
                               r"(?:,\s+(?:in|at|near)\s+[A-Z][^,;:]{1,40})?$"),
    }


_WORD = re.compile(r"[\w'\u2019-]+")
_PLACE_TAIL = re.compile(r"\s+(?:in|near|on|outside)\s+(?:[A-Z]|the\s).*$")
_DETERMINER_START = re.compile(r"(?:The|A|An|Its|Their)\s")


def _firm_phrase(firm: str, classify: Callable[[str], str | None]) -> bool:
    """Is ``firm`` a firm: a company noun heading it ("the plant", "one of the workshops") or a proper name the
    main classifier does not read as a state body, an NGO, an outlet or a document?"""
    from labourlens.analyse.speaker_roles import company_noun  # noqa: PLC0415 - speaker_roles imports speakers

    words = _WORD.findall(_PLACE_TAIL.sub("", firm))
    if not words or {w.lower() for w in words} & firm_heads.NOT_FIRM:
        return False
    last = words[-1].lower()
    if company_noun(last) or last in _FIRM_PLURALS:
        return True
    if firm[:1].isupper() and not _DETERMINER_START.match(firm):
        return classify(firm) in ("organization", "named_person", None)
    return False


def _company_word(word: str) -> bool:
    """Is ``word`` a company noun ("workshop", "factory"), not a state body's or a proper name's first word?"""
    from labourlens.analyse.speaker_roles import company_noun  # noqa: PLC0415 - speaker_roles imports speakers

    return company_noun(word.lower()) and word[:1].islower()


_THE_DIRECTOR = re.compile(r"(?i:the)\s+(?:(?:managing|general|executive)\s+)?(?i:director|directors)")
_THE_ONE_WORD = re.compile(r"(?i:the)\s+[\w-]+$")


def its_head(wording: str) -> bool:
    """Is ``wording`` the bare head of a body named just before ("Its director", "its chief executive")? It speaks
    for that body."""
    return _ITS_HEAD.fullmatch(wording.strip()) is not None


def company_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """``organization`` or ``anonymous_source`` for speaker phrase ``text`` in the shapes above, else None."""
    text = text.strip().rstrip(".")
    if _FORMER.search(text):
        return None
    p = _patterns()
    if _THE_DIRECTOR.fullmatch(text):
        return "anonymous_source"  # a bare "The director insisted ...": a person, as "the manager" (whose: unsaid)
    if _ITS_HEAD.fullmatch(text):
        return "organization"  # "Its managing director said ...": the head of the body just named answers for it
    if _HIRERS.match(text):
        return "anonymous_source"  # "one of the subcontractors": a person who hires a crew
    if p["one_firm"].match(text):
        return "organization"
    answered = _ANSWERED.search(text)
    if answered is not None and _company_word(answered.group("firm") or answered.group("firm2") or answered.group("firm3")) \
            or _OFFICE_LINE.search(text):
        return "organization"  # "A man who answered the workshop's telephone", "... the office number": the firm's phone
    appos = _FIRM_APPOS.match(text)
    if appos is not None and classify(appos.group("first")) not in ("named_person", "official", "outlet"):
        return "organization"  # "The vessel's operator, a company registered in Taiwan": the firm
    named = _SURNAMED.search(text) is not None
    text = _SURNAMED.sub("", text)  # "the company's office director, surnamed Zhang": the director
    phone = _PHONE.search(text)
    core = text[:phone.start()] if phone else text
    if p["management"].match(core) or p["firm_unit"].match(core) or p["unit_of"].match(core):
        return "organization"  # "Site management", "the factory's administration", "the company's HR department"
    m = p["named_firm_head"].match(core)
    if m is not None and not _LOW.search(core) and classify(m.group("firm")) == "organization" and not (
            {w.lower() for w in m.group("firm").split()} & firm_heads.NOT_FIRM):
        return "organization"  # "Kestrel Foods' general manager": the firm's head, unnamed, given by the firm
    if _LOW.search(core):
        return None
    m = p["role_named"].match(core)
    if m is not None and classify(m.group("name")) == "named_person":
        return "organization"
    if p["unnamed_head"].match(core) or p["management"].match(core) or p["developer"].match(core):
        return "organization"
    m = p["head_at"].match(core)
    if m is not None and core[:4].lower() == "the " and _THE_ONE_WORD.match(m.group("firm")) and _company_word(
            m.group("firm").split()[-1]):
        return "organization"  # "the director of the cannery": the head of the workplace, as "the cannery's director"
    if m is not None and (phone is not None or named) and _firm_phrase(m.group("firm"), classify):
        return "organization"  # "a manager at one of the workshops, reached by telephone": the firm's phone; a
        # manager who gives a surname ("A manager at one seafood company, who gave only his surname, Zhang") is named
    m = p["firm_titled"].match(core)
    if m is not None and classify(m.group("firm")) == "organization" and classify(m.group("name")) == "named_person" and not (
            {w.lower() for w in m.group("firm").split()} & firm_heads.NOT_FIRM):
        return "organization"  # (not "Labour Watch founder and director X": a group's head is a person)
    m = p["bare_head"].match(core)
    if m is not None and classify(m.group("firm")) == "organization" and not (
            {w.lower() for w in m.group("firm").split()} & firm_heads.NOT_FIRM):
        return "organization"
    m = p["titled"].match(core)
    if m is not None and (classify(m.group("name")) in ("organization", None) or "-" in m.group("name")):
        return "organization"
    return None
