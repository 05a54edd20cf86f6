"""The kind of a person speaking in an institution's name, and descriptions that tell people apart.

Product decision: government spokespeople, ministers, ambassadors, consuls, inspectors, police officers, prosecutors and
governors speak as ``official``; a firm's spokesperson as ``organization``; researchers, lawyers, workers, union officers
stay ``named_person``. Role words and company nouns are data in ``knowledge/speaker_roles.yaml``. Used by
:func:`labourlens.analyse.speakers.classify` (imported lazily here: the two modules call each other).
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType
from typing import Any

from labourlens import knowledge
from labourlens.analyse import entities
from labourlens.analyse.cp_company_people import named_firm_person
from labourlens.analyse.described_bodies import described_before
from labourlens.analyse.local_units import local_unit
from labourlens.analyse.portfolio_ministers import portfolio_minister
from labourlens.analyse.state_heads import HEADS, led_operation
from labourlens.analyse.worker_bodies import refuge_body, workers_body

__all__ = ["company_appositive", "company_noun", "company_person", "other_body", "state_title", "company_role",
           "distinguishing_np", "role_kind", "titled_state_kind", "titled_state_person", "workplace_inspector", "generic_head_of", "named_before"]


def _sp() -> ModuleType:
    """The speakers module (imported at call time: it imports this one)."""
    from labourlens.analyse import speakers

    return speakers


@lru_cache(maxsize=1)
def _roles() -> dict[str, Any]:
    data = knowledge.load("speaker_roles.yaml")

    def words_re(key: str) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{_sp()._alt([str(w).lower() for w in data.get(key) or []]) or '(?!)'})\b", re.IGNORECASE)

    dist = [str(w).lower() for w in data.get("distinguishing_words") or []]
    bare = [w for w in dist if w not in ("latter", "former", "last")]  # "The other said": one of two told apart
    return {
        "official": words_re("official_roles"),
        "spokes": words_re("spokes_roles"),
        "executive": words_re("executive_roles"),
        "company": words_re("company_nouns"),
        "distinguish": re.compile(
            rf"^the\s+(?:(?:{_sp()._alt(bare)})(?:\s+(?:one|of\s+(?:the\s+)?(?:two|three|four|pair|group|them|those)"
            rf"(?:\s+\w+)?))?|(?:{_sp()._alt(dist)})\s+one)$"
            # "A fourth, who asked not to be named, said": one more of the people just counted
            r"|^(?:a|an|one)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$"),
        "ordinals": frozenset(bare),
    }


def distinguishing_np(first_low: str) -> bool:
    """ "the older of the two", "the second", "the younger one": a person told apart from a group."""
    if _roles()["distinguish"].match(first_low):
        return True
    # "the first of the recruiters", "the second of the two drivers": one of a group of people, not of reports
    of = _ORDINAL_OF.match(first_low)
    return of is not None and of.group("who") in _roles()["ordinals"] and _sp().classify(of.group("group")) == "anonymous_source"


_ORDINAL_OF = re.compile(r"^the\s+(?P<who>[a-z]+)\s+of\s+(?:the|these|those|its|their)\s+(?:(?:two|three|four|five)\s+)?"
                         r"(?P<group>[a-z-]+s(?:\s+[a-z-]+s)?)$")


# (a president here is one of a cooperative or a firm: "The president of the cooperative, ... He said")
_COMPANY_PEOPLE = frozenset("woman man person employee receptionist clerk secretary operator manager executive ceo "
                            "owner director chief chairman chairwoman chairperson founder proprietor boss supervisor adviser "
                            "foreman representative spokesperson spokesman spokeswoman agent recruiter accountant advisor "
                            "officer official head co-owner co-founder lawyer president attorney solicitor".split())


def people_group(entry: Any) -> bool:
    """Can "Several" or "Some" (said) be of the source ``entry`` of the registry: a group of people heard
    before ("two former workers"), never the police or a company, whose staff are not people heard?"""
    return entry is not None and bool(entry.plural) and entry.source.kind == "anonymous_source"


_INDEFINITE = re.compile(r"(?i)an?\s")
_OWNER_ROLE = re.compile(r"\s*(?:the\s+[\w-]+['\u2019]s|its|their)\s+[a-z]")


def company_person(kind: str, head: str, wording: str = "") -> bool:
    """Is a source of kind ``organization`` one person speaking for a company ("a woman who answered the
    phone at the plant", "the HR manager", "Mr Lin, the owner of a sawmill"), so that a later "she said"
    can refer to it?"""
    if kind != "organization":
        return False
    if named_firm_person(wording.strip()):
        return True  # "Birch Timber's director, Ivan Sokolov", "Cooperative chairman Zhao Min": one person
    if "," not in wording and len(wording.split()) >= 2 and _person_name(wording.strip()):
        return True  # "Oleg Mironov", met before as "the plant's director, Oleg Mironov"
    first, _, rest = wording.partition(",")
    if head.lower() in ("subcontractor", "contractor", "supplier") and _INDEFINITE.match(wording):
        return True  # "A Russian subcontractor working next to the crews ... He said": one unnamed person
    if rest.strip() and (_person_name(rest.strip()) or _HONORIFIC.match(rest.strip())) and not _looks_company(rest):
        return True  # "Counsel for the employer, Mr Omar Haddad": the role, then the person's name
    if head.lower() in _COMPANY_PEOPLE:  # not "the plant's owner, Amber Knit LLC": a firm that owns it
        return not (head.lower() in _COMPANY_PARTIES and _looks_company(rest.split(",")[0].strip()))
    return bool(rest) and _sp().name_in(first) is not None and not _looks_company(first) and bool(
        _roles()["executive"].search(rest) or _roles()["spokes"].search(rest)  # a named person, then the role
        or _OWNER_ROLE.match(rest) or _RUNS_CLAUSE.match(rest))  # "Mira Cole, the firm's head of research"


# "Danilo Reyes, who runs a licensed agency ...": a named person who heads the firm
_RUNS_CLAUSE = re.compile(r"\s*who\s+(?:runs|owns|co-owns|heads|manages|directs|chairs|founded)\s")


_FIRM_HEADS = frozenset("company firm employer manufacturer supplier contractor subcontractor factory plant "
                        "shipyard exporter importer retailer brand developer operator".split())
# "The group said ..." opening a source of its own: a rights group met again, never the firm it accused
_BARE_GROUP = ["the", "group"]
_NOT_A_FIRM = frozenset("centre center watch institute foundation union unions association federation network "
                        "coalition alliance project initiative ngo charity rights observatory monitor desk campaign "
                        "trust fund commission committee council university".split())


_WORD = re.compile(r"[\w-]+")


def other_body(head: str, wording: str) -> bool:
    """Is ``wording`` a body that a definite firm noun ("the company", "the supplier") cannot refer back
    to: a rights group, union or research centre ("the Penang Migrant Workers' Centre", "Labour Watch Asia");
    or a firm ("Northwind Fisheries") that "the group" or "the NGO" cannot refer back to?"""
    words = _WORD.findall(wording.split(",")[0].lower())
    firm_end, low = _firm_words()[0], head.lower()
    return low in _FIRM_HEADS and bool(words) and (words[-1] in _NOT_A_FIRM or words == _BARE_GROUP
                                                 or bool(set(words) & _NOT_A_FIRM) and words[-1] not in firm_end) or (
        low in _STATE_UNITS and bool(words) and words[-1] in _STATE_UNITS and low not in words) or (  # "commerce bureau"
        low in _firm_words()[1] and bool(words) and words[-1] in firm_end and low not in words)


@lru_cache(maxsize=1)
def _firm_words() -> tuple[frozenset[str], frozenset[str]]:
    """The last words of business names and the head nouns of rights groups (knowledge/speaker_roles.yaml)."""
    data = knowledge.load("speaker_roles.yaml")
    return (frozenset(str(w).lower() for w in data.get("firm_last_words") or []),
            frozenset(str(w).lower() for w in data.get("group_heads") or []))


# units of local government that are told apart by their head noun ("the commerce bureau" is not "the fire brigade")
_STATE_UNITS = frozenset("bureau brigade department directorate inspectorate committee service police ministry "
                         "prosecutor court".split())


def company_noun(word: str) -> bool:
    """Is ``word`` a company noun ("operator", "contractor", "shipyard")?"""
    return bool(_roles()["company"].fullmatch(word.lower()))


_PROPER_RUN = re.compile(r"[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*)*")


def company_role(phrase: str) -> bool:
    """Does a company noun come before the role noun ("a company spokesman", "the factory's
    representative", "Amur Stroy spokeswoman")?"""
    r = _roles()
    role = r["spokes"].search(phrase) or r["official"].search(phrase)
    if role is None:
        return False
    before = phrase[: role.start()]
    if r["company"].search(before) and not _state_service(before) and not _INSPECTING_AGENCY.search(before + role.group(0)):
        return True
    caps = _PROPER_RUN.findall(before)
    return any((entities.company_name(c.strip()) or _looks_company(c)) and not _state_service(c) for c in caps)


# "the agency's chief inspector": inspectors work for an inspecting agency of the state, not a recruitment agency
_INSPECTING_AGENCY = re.compile(r"(?i)\bthe\s+agency['\u2019]s\s+(?:(?:chief|senior|deputy|lead|head|labou?r|state)\s+)*inspector$")
_STATE_SERVICE = re.compile(r"\b(?:Immigration|Customs|Police|Border|Coast\s+Guard|Fisheries|Migration|Prison|Revenue|"
                            r"Tax|Labou?r\s+Inspection|Intelligence)\s+(?:Service|Agency|Authority|Board|"
                            r"Directorate|Guard)\b")


def _state_service(name: str) -> bool:
    """ "Nigeria Immigration Service", "the Customs Service", "Japan Fisheries Agency": a state service,
    whose spokespeople and officials speak for the state, not for a firm."""
    return bool(_STATE_SERVICE.search(name))


_LETTERS = re.compile(r"[A-Za-z]+")


def _looks_company(name: str) -> bool:
    return any(w.lower() in _sp()._lex().org_suffixes for w in _LETTERS.findall(name)[1:])


# (and the "Honourable Member" of Commonwealth parliaments and assemblies: "Hon. Grace Auma", "Honourable Kofi Mensah")
_LEGISLATOR = re.compile(r"^\s*(?:(?:U\.S\.|US)\s+)?(?:Rep\.|Sen\.|Dep\.|Representative|Congressman|Congresswoman|Assemblyman|"
                         r"Assemblywoman|(?:(?:The\s+)?Rt\.?\s+)?Hon\.?|Honourable|Honorable|(?:[Tt]he\s+)?Member\s+for)\s+[A-Z]")
_MEMBER_AFTER = re.compile(r"^\s*(?:(?:Rt\.?\s+)?Hon\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}(?:\s+|,\s+"
                           r"(?:the\s+)?(?:Woman\s+)?)(?:MP|MEP|MSP|MLA|MS|TD|MCA)(?:,|$|\s+for\s+[A-Z])")
_MINISTER = re.compile(r"\b(?:(?:[Dd]eputy|[Vv]ice|[Jj]unior|[Ss]hadow)\s+)?[Mm]inister(?:\s+of\s+[Ss]tate)?\s+(?:for|of)\s+[A-Z]"
                       r"|\b[Ss]ecretary\s+of\s+[Ss]tate\b"
                       r"|\b(?:[Uu]nder|[Aa]ssistant|[Dd]eputy|[Pp]ermanent|[Cc]abinet)[- ]?[Ss]ecretary\s+(?:for|of)\s+[A-Z]")
_FORMER = re.compile(r"\b(?:former|ex-|retired|onetime|one-time)\s*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _state_titles() -> tuple[re.Pattern[str], frozenset[str]]:
    """Titles only the state gives, and the words of a legislature (``knowledge/speaker_roles.yaml``)."""
    data = knowledge.load("speaker_roles.yaml")
    titles = [str(w) for w in data.get("state_titles") or []]
    return (re.compile(rf"(?<![\w-])(?:{_sp()._alt(titles) or '(?!)'})(?![\w-])", re.IGNORECASE),
            frozenset(str(w) for w in data.get("legislature_words") or []))


_OF_ON_FOR = re.compile(r"\s+(?:of|on|for)\s+")


def legislature_body(body: str) -> bool:
    """ "the Senate Judiciary Committee", "the parliamentary labour committee", "the regional assembly",
    "the Legislative Assembly of Primorsky Krai": a legislature or one of its committees (not "the assembly line")."""
    words = _WORD.findall(_OF_ON_FOR.split(body.strip(), maxsplit=1)[0])
    legis = _state_titles()[1]
    return bool(words) and (words[-1] in legis or words[-1].lower() in ("committee", "subcommittee", "commission")
                            and any(w in legis for w in words[:-1]))


# what may come before a title in its part of the phrase: determiners and capitalised words ("the FBI's",
# "Treasury", "U.S.", "a senior"), never a verb or a preposition ("a lawyer who sued the attorney general")
_BEFORE_TITLE = re.compile(r"^\s*(?:(?:the|a|an|one|another|its|their|acting|senior|then|newly\s+appointed|"
                           r"[A-Z][\w.'\u2019&-]*)\s+){0,4}$")
_UNION_BEFORE = re.compile(r"\b(?:trade[- ])?unions?\s+$", re.IGNORECASE)  # "a union official": a union's officer


_FORMER_WORD = re.compile(r"\b(?:former|ex-|retired|onetime|one-time)", re.IGNORECASE)


# "Chairwoman Lena Park of the House Subcommittee on Labor": a chair's title, the name, then the body
_CHAIR_OF = re.compile(r"^(?:the\s+)?(?:(?:vice|deputy)[- ])?(?i:chair|chairman|chairwoman|chairperson)\s+[A-Z][^,]*?\s+"
                       r"of\s+(?P<body>the\s+[^,]{3,80})$")


_OF_AT_IN_FOR = re.compile(r"\s+(?:of|at|in|for)\s+")
_LOWER_LETTERS = re.compile(r"[a-z]+")


def _state_body(body: str) -> bool:
    """Is ``body`` a state body ("the regional migration department"), not a unit of a firm or a group ("the HR
    department at Kestrel Foods", "the personnel department of the factory")?"""
    if local_unit(body):
        return True  # "the head of the rural settlement": local government
    if (f := body.partition(" at "))[1] and f[0].strip() and (f[0] == f[0].lower() or _sp().classify(f[0].strip()) is None or _is_place(
            f[0].strip())) and _state_body(f[2]):  # a field of the state body's work: "a deputy head of labour policy at the
        return True  # interior ministry", (s39) "director for consular welfare at"
    if _sp().classify(body) != "official" or _sp().classify(last := body.rsplit(" of ", 1)[-1]) in ("organization", "outlet") \
            and not _is_place(last):  # (not "the department of the Amur Oblast": a place, no firm)
        return False
    head, *tails = _OF_AT_IN_FOR.split(body)
    if _STATE_QUALIFIER.search(head.lower()) or "inspect" in head.lower():
        return True  # "the inspection team at the sawmill", "the labour department of the district"
    return not any((_sp().classify(t) in ("organization", "outlet") or _looks_company(t)) and not _is_place(t)
                   or any(company_noun(w) for w in _LOWER_LETTERS.findall(t)) for t in tails)


def _front_head(phrase: str) -> re.Match[str] | None:
    """ "The head of the migration department, Ana Ruiz": a head given before the name (a member of a council
    given so is a person of the council, not its voice)."""
    front = _FRONT_HEAD.match(phrase) or _POSS_HEAD.match(phrase)  # "The inspectorate's head, Anna Petrova" too
    return front if front is not None and front.group("role").lower() not in ("member", "deputy") else None


def _titled_state(phrase: str, former: bool = False) -> bool:
    """ "Assistant Attorney General Ana Ruiz", "U.S. Attorney Jon Pryce", "a special agent with the FBI",
    "Ana Ruiz, chair of the Senate Judiciary Committee": a title only the state gives (not a former holder),
    at the head of the phrase or of its apposition; with ``former``, a former holder's title instead."""
    for part in phrase.split(",")[:2]:
        title = _state_titles()[0].search(part)
        if title is not None and _BEFORE_TITLE.match(part[: title.start()]) and (_FORMER_WORD.search(
                part[: title.start()]) is not None) == former:
            return True
    heads = _HEAD_OF.search(phrase) or _FRONT_HEAD.match(phrase) or HEADS.search(phrase) or _CHAIR_OF.match(phrase)
    return heads is not None and legislature_body(heads.group("body")) and not _FORMER.search(phrase[: heads.start()])


_PERSONAL = re.compile(r"(?<![\w.'\u2019-])[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]+)?)"
                       r"{1,2}(?![\w'\u2019-])")


def _holder_named(text: str, start: int, end: int) -> bool:
    """Is a person named before ``start`` or after ``end`` (the title) in ``text``: two or three capitalised
    words that are not a body ("Jon Pryce", not "Justice Department" or "Kestrel Foods")?"""
    for piece in (text[:start], text[end:]):
        for m in _PERSONAL.finditer(piece):
            if _sp().classify(m.group(0)) == "named_person" and not _looks_company(m.group(0)):
                return True
    return False


def titled_state_kind(text: str) -> str | None:
    """``official`` for a named person given with a title only the state gives ("U.S. Attorney Jon Pryce",
    "Special Agent in Charge Lena Holt of the FBI", "The head of the regional migration department, Ana Ruiz");
    ``named_person`` for a named former holder ("Former U.S. Attorney Jon Pryce"); None otherwise."""
    if titled_state_person(text):
        return "official"
    title = _state_titles()[0].search(text) if _titled_state(text, former=True) else None
    return "named_person" if title is not None and _holder_named(text, *title.span()) else None


def titled_state_person(text: str) -> bool:
    """A named person given with a title only the state gives (see :func:`titled_state_kind`)."""
    if not _titled_state(text):
        front = _front_head(text)
        return front is not None and _state_body(front.group("body")) and _holder_named(
            text, 0, front.end("body"))
    title = _state_titles()[0].search(text)
    return _holder_named(text, *(title.span() if title is not None else (0, 0)))


def state_title(phrase: str) -> bool:
    """ "Rep. Dana Holt", "Representative Holt", "Rt Hon Jane Holt MP", "Jon Pryce, Minister for Trade Policy",
    "Ana Ruiz, Secretary of State for Trade": a legislator or a minister (a portfolio is never a company)."""
    if _LEGISLATOR.match(phrase) or _MEMBER_AFTER.match(phrase) or _titled_state(phrase):
        return True
    minister = _MINISTER.search(phrase) or portfolio_minister(phrase)  # "Deputy Justice Minister Pavel Orekhov"
    return minister is not None and not _FORMER.search(phrase[: minister.start()])


_STATE_ONLY = re.compile(r"(?:village|district|township)\s+(?:chief|head|headman)|headman|ombuds(?:man|woman|person)",
                         re.IGNORECASE)


_FOR_BODY_END = re.compile(r"\b(?:for|of|at|with)\s+(?:the\s+)?([^,]+)(?:,\s+(?-i:[A-Z])[^,]*)?$")


def role_kind(phrase: str) -> str | None:
    """The kind of a person speaking in an institution's name, from the role in the phrase:
    ``official`` for the state's spokespeople, ministers, ambassadors, inspectors, police officers,
    prosecutors, governors; ``organization`` for a company's spokesperson or representative; None
    for anyone else (researchers, lawyers, workers) and for a former office holder."""
    if state_title(phrase):
        return "official"
    r = _roles()
    role = r["spokes"].search(phrase) or r["official"].search(phrase)
    if role is None:
        return _executive_kind(phrase)
    if _FORMER.search(phrase[: role.start()]) or _UNION_BEFORE.search(phrase[: role.start()]):
        return None  # a former office holder; "A union official, Ana Ruiz" speaks as a person, as a union's leader does
    if _STATE_ONLY.fullmatch(role.group(0)):
        return "official"  # "Ana Ruiz, the ombudsman for Kigoma Region": an office only the state has
    if not r["spokes"].search(phrase) and _non_state_possessor(phrase[: role.start()]):
        return None  # "The association's president, Kofi Mensah": the head of a group, not the state
    if company_role(phrase):
        return "organization"
    owner = _FOR_BODY_END.search(phrase[role.end():])
    if owner is not None and r["official"].search(phrase) and _is_place(owner.group(1)):
        return "official"  # "the mayor of Nakhodka", "the governor of Amur Oblast": a place's office holder
    if owner is not None and workers_body(owner.group(1)) and not r["spokes"].search(phrase) \
            and not phrase.lower().startswith(("the ", "a ", "an ")):
        return None  # "the president of the Dockers' Union": a union leader speaks as a person
    if owner is not None:
        kind = _sp().classify(owner.group(1))
        if kind in ("organization", "outlet") or _looks_company(owner.group(1)) and kind != "official" or r["company"].fullmatch(
                owner.group(1).strip()) is not None and kind != "official" or (  # "for the shipping line"
                kind in (None, "named_person") and owner.group(1)[:1].isupper()):
            return "organization"  # "a spokeswoman for Amur Stroy", "a representative of the union", "for Verdant Palm Oil"
        if kind in ("anonymous_source", "named_person"):
            return None  # "a representative of the workers"
    if r["spokes"].search(phrase) and role.group(0).lower() == "representative" and not _sp()._INSTITUTION.search(phrase):
        return None
    return "official"


# "Ana Ruiz, a deputy head of the inspection team", "Olsen, chief of the border police": the body's head or member
_HEAD_OF = re.compile(r",\s+(?:the\s+|an?\s+)?(?:(?:deputy|acting|vice|assistant|senior)\s+)?(?:(?:head|chief|leader|"
                      r"member|director|deputy|coordinator|chair(?:man|woman|person)?)\s+of"
                      r"|director\s+(?:in|at|with|for))\s+"  # "a director in the labour ministry's rights office", "director for Asia at"
                      # a body, not a group of workers ("chief of the border police", not "head of the workers")
                      r"(?!.*\b(?:workers?|employees?|staff|students?|residents?)\b)"
                      r"(?P<body>[^,;:\"]{3,100})")
# "The head of the regional migration department, Ana Ruiz": the role and its body before the holder's name
_FRONT_HEAD = re.compile(r"^(?:the\s+|an?\s+)?(?:(?:deputy|acting|vice|assistant|first\s+deputy)\s+)?(?P<role>head|chief|director|commander|"
                         r"coordinator|leader|chair(?:man|woman|person)?|member|deputy)\s+of\s+(?P<body>[^,;:\"]{3,80}),\s+(?-i:[A-Z])",
                         re.IGNORECASE)

_POSS_HEAD = re.compile(r"^(?P<body>(?:the\s+)?[^,;:\"'\u2019]{3,60}?)['\u2019]s?\s+(?:(?:deputy|acting|vice|regional)\s+)?"
                        r"(?P<role>head|chief|director(?:[- ]general)?|secretary[- ]general|chair|chairman|chairwoman|chairperson)"
                        r"(?:\s+(?:of|for)\s+(?-i:[a-z])[^,;:\"]{2,40})?,\s+(?-i:[A-Z])", re.IGNORECASE)  # "director of employment"


_THE_START = re.compile(r"^the\s+", re.IGNORECASE)


def _is_place(name: str) -> bool:
    """Is ``name`` (a few words after "of") exactly a place: "Nakhodka", "Amur Oblast", "the Primorsky Krai"?"""
    from labourlens.analyse import places  # imported here: places is heavy and rarely needed

    name = _THE_START.sub("", name.strip())
    text = f"in {name}"  # a city is read as a place after "in", as in running text
    return bool(name) and any(p.start == 3 and p.end == len(text) for p in places.find(text))


_FIRM_BEFORE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w&'\u2019.-]*\s+){0,4}[A-Z][\w&'\u2019.-]*")
_BUSINESS_ONLY = re.compile(r"(?:ceo|chief\s+executive(?:\s+officer)?|managing\s+director|general\s+director)", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}$")
# a named group's staff speak as people (README conventions), not for a firm: "Labour Watch director Ana Ruiz"
_NOT_COMPANY_WORDS = frozenset("watch rights justice institute centre center initiative project monitor observatory "
                               "university union unions association federation foundation charity council network "
                               "coalition alliance campaign ministry agency committee commission".split())


def firm_executive(phrase: str) -> bool:
    """ "Harbour Foods chief executive Ana Ruiz", "Baltic Hull Services director Jan Nowak": a firm named
    before an executive role and a personal name after it (the executive speaks for the firm)."""
    role = _roles()["executive"].search(phrase)
    if role is None:
        return False
    before = phrase[: role.start()].strip()
    # a role only a business has ("Noordkust chief executive Lea Hart") needs no legal suffix on the firm's name
    business = _BUSINESS_ONLY.fullmatch(role.group(0).strip()) is not None and not _is_place(before) and before[:1].isupper()
    return bool(_FIRM_BEFORE.fullmatch(before)) and (_looks_company(before) or business) and not (
        set(before.lower().split()) & _NOT_COMPANY_WORDS) and bool(_NAME_AFTER.match(phrase[role.end():]))


_OF_BODY_END = re.compile(r"\b(?:of|at|for)\s+(?:the\s+)?([^,]+)$")


def _executive_kind(phrase: str) -> str | None:
    """ "Jan Kowalski, director of Baltic Hull Services", "Ahmed Said, CEO of Gulf Towers": a company's
    executive speaks for the company when the phrase names it (``organization``); None otherwise."""
    heads = HEADS.search(phrase) or led_operation(phrase) or _HEAD_OF.search(phrase) or _front_head(phrase)
    if heads is not None and _state_body(heads.group("body")):
        return "official"  # "Olsen, who heads the regional labour inspectorate", "who led the inspection team"
    role = _roles()["executive"].search(phrase)
    if role is None or _FORMER.search(phrase[: role.start()]):
        return None
    if firm_executive(phrase):
        return "organization"  # "Harbour Foods chief executive Ana Ruiz": the firm named before the role
    owner = _OF_BODY_END.search(phrase[role.end():])
    if owner is not None and (workers_body(owner.group(1)) or refuge_body(owner.group(1))):
        return None  # "Ana Ruiz, president of the Dockers' Union": a union leader speaks as a person; (s44) a shelter's head
    if owner is not None and _looks_company(owner.group(1)) or company_role(phrase):
        return "organization"  # "the company's managing director"
    return None


_COMPANY_PARTIES = frozenset("owner owners operator operators employer client buyer customer partner landlord "
                             "parent".split())


_POSSESSOR_END = re.compile(r"([\w-]+)(?:['\u2019]s|s['\u2019])\s+(?:[\w-]+\s+)?$")


def _non_state_possessor(before: str) -> bool:
    """Does a non-state body own the role in a possessive ("the association's", "the trust's")?"""
    m = _POSSESSOR_END.search(before)
    return m is not None and _sp().classify(m.group(1)) == "organization"


_NAMED_IN = re.compile(r"\s+(?:named|mentioned|cited|identified|listed|accused|implicated|blamed|described)\s+"
                       r"(?:(?:in|by)\s+.+|(?:most\s+)?(?:often|frequently|widely)\b.*)$",  # "named most often"
                       re.IGNORECASE)
# "The trader", "the local agent for the vessels" (a trade noun, and whom it works for)
_TRADE_HEAD = re.compile(r"^(?:the|a|an|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}(?:[a-z][\w-]*(?:er|or|ant|ist)|agent)s?"
                         r"(?:\s+(?:for|of)\s+(?:the|its|their)\s+[a-z][\w-]*)?$", re.IGNORECASE)


_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]")


def _person_name(name: str) -> bool:
    """Does ``name`` open with a known given name ("Ivan Petrov") or read as a Korean personal name
    ("Kim Young-soo")?"""
    from labourlens.analyse.source_backrefs import given_name

    words = name.split()
    return given_name(words[0]) or (len(words) in (2, 3) and _HYPHENATED_GIVEN_NAME.fullmatch(words[-1]) is not None)


_PORTFOLIOS = re.compile(r"^(?:[Tt]he\s+)?(?:Ministry|Department|Office|Bureau|Commission|Authority|Directorate|Council)\s+"
                         r"(?:of|for)\s+(?:the\s+)?[A-Z]")
_NAME_NOTE = re.compile(r"\s*\([A-Z][^()]{0,30}\)(?=\s+[A-Z])")  # "(Angola)", and "(M)" before "Sdn Bhd"
_STATE_BODY_OF = re.compile(r"(?:the\s+)?(?:ministry|department|directorate|inspectorate)\s+of\s", re.IGNORECASE)
_TOLD_BY_DEED = re.compile(r"(?i)^(?:the|an?)\s+\w+\s+(?:that|which)\s")  # "The agency that hired Ana"
_OWNED_ROLE = re.compile(r"^(?:the|a|an|its|their|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z0-9])[\w-]*)?['\u2019]s)\s+"
                         r"(?:[\w'\u2019-]+\s+){0,2}([\w'\u2019-]+(?:\s+[\w-]+)?)$", re.IGNORECASE)
_TITLE_OF_BODY = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,2}of\s+(the\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)$")


def company_appositive(text: str) -> str | None:
    """ "The developer, Severny Kvartal": a company noun with a proper name in apposition is the company."""
    chunks = [c.strip() for c in text.split(",")]
    if len(chunks) < 2:
        return None
    chunks[1] = _NAME_NOTE.sub("", chunks[1])  # "Huaxing Construction (Angola) Lda": the country of the branch
    if not _sp()._CAP_NAME.match(chunks[1].rstrip(".")):
        return None
    # "The company named in the article, Zeya Holz": the participle clause does not change the head
    chunks[0] = _NAMED_IN.sub("", chunks[0])
    member = _sp().PERSON_OF_ORG.match(chunks[1])
    if member is not None and _sp()._NAME_RE.fullmatch(member.group("name")) and not _looks_company(member.group("name")):
        return None  # "The researcher, Lim Ji-hoon of Hanbit University": a person of the university, not a firm
    if _PORTFOLIOS.match(chunks[0]):
        return None  # "The Ministry of Gender, Labour and Social Development": the name lists the portfolios
    if _STATE_BODY_OF.match(chunks[1]):
        return None  # "the labour regulator, the Ministry of Human Resources": a ministry in apposition is no firm
    if _TOLD_BY_DEED.match(chunks[0]) and _sp().classify(chunks[1]) == "organization":
        return "organization"  # "The agency that hired Ana, Bright Path Staffing": told by what it did, then named a firm
    if _TRADE_HEAD.match(chunks[0]) and _looks_company(chunks[1].rstrip(".")):
        return "organization"  # "The trader, Pacific Rim Loins Ltd.": a legal suffix makes the name a company
    if (of := _TITLE_OF_BODY.match(chunks[0])) is not None and _sp().classify(of.group(1)) == "official":
        return "official"  # "the Registrar of the Inspectorate, Ada Eze": the head of a state body the text named
    # "The developer", "Its owner", "Plant A's owner"
    head = _OWNED_ROLE.match(chunks[0])
    if head is None:
        return None
    last = chunks[0].split()[-1].lower()
    if last in _COMPANY_PARTIES and (_looks_company(chunks[1]) or entities.company_name(chunks[1])):
        return "organization"  # "The plant's owner, Vostok Crab Processing": the owner is a company
    data = _roles()["company"]
    return "organization" if data.fullmatch(last) or data.fullmatch(" ".join(chunks[0].split()[-2:]).lower()) else None


# speaker phrases whose kind is another's: "the ministry's statement" (the ministry speaks),
# "Kim Young-soo of the Korea Institute" (a person, not the institute)
STATEMENT_WORDS = r"(?:written\s+|official\s+|brief\s+|short\s+|joint\s+)?(?:statement|press\s+release|letter|reply|response|" \
    r"announcement|e-?mail|comments?|remarks|briefing)"
# a local unit of a body speaks with the body's voice: "the inspectorate's Gdansk branch", "the firm's Dubai office"
UNIT_WORDS = r"(?:(?:[A-Z][\w'\u2019-]+|regional|local|provincial|district|city|county|municipal)\s+)?" \
    r"(?:branch|office|department|division|unit|directorate|bureau)"
STATEMENT_OF = re.compile(
    rf"^(?:(?:the|a|an)\s+)?(?P<owner>[^,]{{2,80}}?)['\u2019]s?\s+(?:{STATEMENT_WORDS}|{UNIT_WORDS})$"
    rf"|^(?:(?:the|a|an|its|their)\s+)?{STATEMENT_WORDS}\s+(?:from|by|issued\s+by|of|released\s+by)\s+(?P<owner2>[^,]{{2,80}})$",
    re.IGNORECASE)
PERSON_OF_ORG = re.compile(
    r"^(?P<name>(?:[A-Z][\w'\u2019.-]+\s+){1,3}[A-Z][\w'\u2019.-]+)\s+(?:of|from|at|with)\s+(?P<org>(?:the\s+)?[A-Z].*)$")


@lru_cache(maxsize=64)
def _named_re(head: str) -> re.Pattern[str]:
    cap = r"[A-Z][\w'\u2019&-]*"
    return re.compile(
        rf"((?:{cap}(?:['\u2019]s)?[ \t]+){{1,4}}{head.capitalize()}s?(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?{cap}"
        rf"(?:[ \t]+(?:and[ \t]+)?{cap}){{0,4}})?"
        rf"|{head.capitalize()}[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?{cap}(?:[ \t]+(?:and[ \t]+)?{cap}){{0,4}})")


def named_before(context: str, head: str) -> str | None:
    """The last capitalised name in ``context`` whose head is ``head`` ("Russia's Ministry of
    Labour" for "ministry", "Tumen Knitwear Company" for "company"), with at least one more
    capitalised word than the head itself; for a generic noun, a name with any head it may stand for
    ("the National Intelligence Service" for "agency": ``speaker_roles.yaml`` ``generic_body_heads``)."""
    heads = (knowledge.load("speaker_roles.yaml").get("generic_body_heads") or {}).get(head) or []
    if heads:
        named = [(context.rfind(n), n) for h in heads if (n := _named_before(context, str(h))) is not None]
        return max(named)[1] if named else None
    return _named_before(context, head) or described_before(context, head)


def generic_head_of(head: str, wording: str | None) -> bool:
    """Can the generic noun ``head`` ("agency") name again the body ``wording`` ("National Intelligence Service")?"""
    heads = (knowledge.load("speaker_roles.yaml").get("generic_body_heads") or {}).get(head) or []
    words = (wording or "").split()
    return bool(heads) and len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in heads


def _named_before(context: str, head: str) -> str | None:
    if not head or not head.isalpha() or head.capitalize() not in context:
        return None
    rx = _named_re(head)
    found = None
    for m in rx.finditer(context):
        words = m.group(1).split()
        if words[0] not in ("The", "A", "An", "This", "That") or len(words) > 2:
            found = m.group(1)
    if found and found.split()[0] in ("The", "A", "An"):
        found = found.split(" ", 1)[1]
    return found


_STATE_QUALIFIER = re.compile(r"\b(?:labou?r|state|government|customs|migration|immigration|police|tax|sanitary|"
                              r"federal|regional|provincial|municipal|city|district|ministry|border|fishery|fisheries)\b")
_QC_INSPECTOR = re.compile(r"\b(?:quality(?:[- ](?:control|assurance))?|qc|qa|in-house|company|factory|plant|"
                           r"production|line|shift)\s+inspectors?\b")
_INSPECTOR_AT = re.compile(r"\binspectors?\s+(?:at|of|for|with|in)\s+(?:the|a|an|one|its|their|this|that)\s+"
                           r"((?:[\w-]+\s+){0,2}[\w-]+)")


def workplace_inspector(phrase: str) -> bool:
    """Is an inspector in ``phrase`` a workplace's own employee ("a quality inspector at the plant",
    "an inspector at the fish factory") rather than the state's ("a labour inspector", "an inspector
    of the regional inspectorate")? An employee speaking without a name is an anonymous source."""
    low = phrase.lower()
    if "inspector" not in low or _STATE_QUALIFIER.search(low):
        return False
    if _QC_INSPECTOR.search(low):
        return True
    at = _INSPECTOR_AT.search(low)
    return at is not None and any(company_noun(w) for w in at.group(1).split())
