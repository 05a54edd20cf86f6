"""Speaker kinds for shapes of body and person names that the main classifier in
:mod:`labourlens.analyse.speakers` reads wrongly (hooks called from ``classify``):

- a newspaper named by its masthead word ("The Pacific Ledger", "The Baltic Courier", and its
  correspondent): an ``outlet``, not a ledger (a document) or a courier firm;
- a United Nations body ("the UN Office on Drugs and Crime"): an ``organization``, like the UN Panel
  of Experts, not the state;
- a body given a descriptor before its name ("the recruitment agency Bright Path Manpower", "the glove
  maker Supreme Grip", "the newspaper Coastal Voice"): the kind of the descriptor;
- two named people ("Kim Jong-su and Park Mi-ra, both former workers"): ``named_person``;
- one of a group, then a name ("One of the fishermen, Somchai, 29"): ``named_person``;
- a body's press office, lawyers or legal team ("the brand's press office"): the body's kind;
- a title that ends a phrase ("Malaysia's Human Resources Minister"): ``official``;
- a company's named executive given with a possessive ("the plantation's general manager, Tan Boon
  Keat", "Verdant Palm Oil's chief executive, Harald Brenner"): ``organization`` (the head of a union,
  foundation or charity stays a person)."""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from labourlens import knowledge
from labourlens.analyse.cp_company_people import lawyer_apposition, person_clause, witness_owner
from labourlens.analyse.gated import gated
from labourlens.analyse.speaker_voices import company_voice

__all__ = ["body_kind", "lawyer_apposition", "particle_name", "person_clause"]  # the last two re-exported for speakers

_MASTHEAD = re.compile(
    r"^[Tt]he\s+(?:[A-Z][\w'-]+\s+){1,3}(?:Ledger|Courier|Sentinel|Herald|Gazette|Tribune|Chronicle|Times|Post|"
    r"Observer|Journal|Express|Mirror|Standard|Telegraph|Dispatch|Inquirer|Examiner|Bulletin|Globe|Clarion|"
    r"Enquirer|Messenger|Recorder)(?:-[A-Z][a-z]+)?(?:['\u2019]s\s+(?:[a-z-]+\s+)?(?:correspondent|reporter|editor|"
    r"reporters|correspondents|journalists?|investigation|newsroom|team|desk))?$")
_UN_BODY = re.compile(r"^(?:the\s+)?(?:UN|U\.N\.|United\s+Nations)\s+(?:[A-Z][\w'-]*|on|of|and|for|the|\s)+$")
_NAME_PAIR = re.compile(r"^(?P<a>[^,]+?)\s+and\s+(?P<b>[^,]+?)(?:,\s*(?:both|each|two)\b.*)?$")
_ONE_OF = re.compile(r"^(?:one|two|three|both)\s+of\s+(?:the|them|those)\b[^,]*,\s*", re.IGNORECASE)
_FROM_PLACE = re.compile(r"\s+(?:of|from)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?$")
_JUSTICE = re.compile(r"^(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Lord\s+|Lady\s+|Chief\s+)?Justice\s+(?P<name>.+)$")
_AMPERSAND = re.compile(r"^(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+&\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*$")
_BRAND_VOICE = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?P<owner>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*)\s+"
                          r"(?:spokes(?:person|man|woman)|representative|press\s+officer)(?:\s+in\s+[A-Z][\w'-]*)?$")
_DEMONYM = re.compile(r"(?:an|ese|ish|i|ch|ic)$")
_AGENTS_OF = re.compile(
    r"^(?P<owner>.+?)['\u2019]s?\s+(?:press\s+office|press\s+team|communications\s+(?:office|team|department)|"
    r"legal\s+team|lawyers|solicitors|attorneys|media\s+office)$")
_INITIAL_NAME = re.compile(r"^(?:(?:Ts|Sh|Ch|Kh|Zh|Yu|Ya)\.\s*|[A-Z]\.\s*(?:(?:Ts|Sh|Ch|Kh|Zh)\.\s*)?)"
                           r"[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)?$")
# "the zone's administrative committee", "the county party committee": organs of local government (as in China)
_STATE_COMMITTEE = re.compile(r"^(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}(?:administrative|management|party|municipal|county|"
                              r"provincial|district|prefectural|city)\s+committee$", re.IGNORECASE)
_LAWYER_FOR = re.compile(r"^(?:a|an|the|one)\s+(?:lawyer|attorney|solicitor|counsel|legal\s+representative)s?\s+"
                         r"(?:for|of|acting\s+for)\s+(?P<owner>(?:the|a|an|its)\s+[^,;:]{2,80})$", re.IGNORECASE)
_TITLE_TAIL = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,5}(?:Minister|Secretary\s+of\s+State|Attorney[- ]General|"
                         r"Prosecutor[- ]General|Ambassador)$")
_EXEC_POSSESSIVE = gated(
    r"(?P<owner>[\w.'\u2019 -]+?)['\u2019]s?\s+(?:chief\s+executive(?:\s+officer)?|ceo|managing\s+director|"
    r"general\s+manager|chairman|chairwoman|founder|owner|co-owner|(?:(?:deputy|vice|executive|acting|commercial|"
    r"technical|general)\s+)?director|head\s+of\s+[\w\s-]+?)(?:,|$)", re.IGNORECASE)
# "The director of the timber company, Ivan Petrov", "the deputy director of the plant, Lin Wei": a named head of a firm
_EXEC_OF = re.compile(r"^(?:the|a)\s+(?:(?:deputy|vice|executive|acting|commercial|technical|general|managing)\s+)?"
                      r"(?:director|owner|co-owner|chief\s+executive|general\s+manager|chairman|chairwoman)\s+of\s+"
                      r"(?:the|a|an|this|that)\s+(?P<body>(?:[\w-]+\s+){0,3}[\w-]+)$", re.IGNORECASE)
_DESCRIBED = re.compile(
    r"^(?i:the)\s+(?P<desc>(?:[A-Z][a-z-]+\s+(?=[a-z]|NGO\b))?(?:[a-z-]+\s+){0,2}(?P<noun>[a-z-]+|NGO))\s+"  # "the Amur paper X"
    r"(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*)*)$")
_ORG_DESCRIPTORS = frozenset(
    "agency company firm maker manufacturer retailer supplier producer exporter importer processor brand group "
    "contractor subcontractor charity ngo nonprofit non-profit organisation organization coalition network "
    "broker brokerage shipowner operator conglomerate chain trader".split())
_OUTLET_DESCRIPTORS = frozenset("newspaper paper daily weekly broadcaster magazine tabloid outlet website portal".split())

_NOT_FIRMS = frozenset("union unions association federation charity ngo foundation cooperative trust group council "
                       "network coalition alliance campaign church mosque temple".split())
_NGO_WORDS = _NOT_FIRMS | frozenset("watch rights justice institute centre center initiative project monitor "
                                    "observatory university lab laboratory solidarity shelter rescue fund mission "
                                    "collective welfare frontline clinic hospital committee commission".split())
# lower-case words that describe a group as one working for people or a cause, before its name
_NGO_DESCRIBED = _NGO_WORDS | frozenset("returnee returnees advocacy campaign campaigning helpline hotline migrant "
                                        "migrants' survivors' survivor watchdog diaspora volunteer self-help".split())
_OWNS = re.compile(r"\bwho\s+(?:now\s+)?(?:owns|co-owns|founded|co-founded|runs|manages|heads)\s+(?P<body>[^,;:\"]{3,80})$")
_GROUP_OF_PEOPLE = re.compile(r"^(?:the|both|two)\s+(?:couple|brothers|sisters|pair|spouses|parents|siblings|"
                              r"cousins|friends|men|women)$", re.IGNORECASE)
_CAUSE = re.compile(r"\b(?:Anti-[A-Z]\w+|Slavery|Trafficking|Exploitation|Abolition|Bonded\s+Labou?r)\b")
_STATE_BODY = re.compile(r"\b(?:Unit|Police|Ministry|Department|Office|Bureau|Agency|Commission|Council|Court|Division|"
                         r"Task\s+Force|Act|Law|Bill|Protocol|Convention|Report|Index|Survey|Order|Directorate)\b")
_LAW = re.compile(r"^(?:the\s+)?(?:[A-Z][\w-]*\s+){1,5}(?:Act|Law|Bill|Protocol|Code|Ordinance|Decree)"
                  r"(?:\s+(?:of\s+)?(?:19|20)\d{2})?$")
_STATE_UNIT = re.compile(r"^(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:Unit|Task\s+Force|Squad)$")
_UNDER_SECRETARY = re.compile(r"^(?:the\s+)?(?:Under|Assistant|Deputy|Permanent|Cabinet)[- ]?Secretary\s+(?:for|of)\s")
_COMPOUND_STATEMENT = re.compile(r"^(?:the|a|an)\s+(?P<owner>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+statement$")


def _state_title(phrase: str) -> bool:
    from labourlens.analyse.speaker_roles import state_title  # noqa: PLC0415

    return state_title(phrase)


def _sp() -> ModuleType:
    from labourlens.analyse import speakers  # noqa: PLC0415 - speakers imports this module

    return speakers


def _is_name(chunk: str) -> bool:
    sp = _sp()
    chunk = chunk.strip()
    return particle_name(chunk) is not None or bool(sp._NAME_RE.match(chunk)) and not sp._looks_like_org(chunk)


@lru_cache(maxsize=1)
def _particle_re() -> re.Pattern[str]:
    word = _sp().NAME_WORD
    return re.compile(rf"^(?:(?:{word})\s+){{1,2}}(?:(?:de|da|dos|das|del|della|van|von|der|den|la|le|du|di|ter|ten)\s+)"
                      rf"{{1,2}}(?:{word})$")


def particle_name(phrase: str) -> str | None:
    """ "Maria de la Cruz", "Rosa Maria dos Santos": a name with lower-case particles
    (the name finder of :mod:`speakers` takes one particle only, so that a sentence's wording stays the name)."""
    first = _sp().strip_titles(phrase.strip())  # a whole phrase only: with an apposition ("Lucia de la Vega, a
    return first if _particle_re().match(first) else None  # packer") attribution_shapes2 words the name


_GIVEN_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?")


def _is_given(word: str) -> bool:
    word = word.strip()
    return _is_name(word) or bool(_GIVEN_NAME.fullmatch(word)) \
        and word.lower() not in _sp()._COMMON_CAPS


@lru_cache(maxsize=1)
def _papers_not_newspapers() -> frozenset[str]:
    return frozenset(str(w).lower() for w in knowledge.load("source_nouns.yaml").get("papers_not_newspapers") or [])


def _not_newspaper(desc: str) -> bool:
    """ "white paper", "working paper": a paper that is no newspaper (knowledge/source_nouns.yaml)."""
    words = desc.lower().split()
    return len(words) >= 2 and words[-1] == "paper" and words[-2] in _papers_not_newspapers()


_PROPER_START = re.compile(r"(?:the\s+)?[A-Z]")
_DOCUMENT_WORD = re.compile(r"\b(?:[Rr]eport|[Rr]esolution|[Cc]onvention)\b")
_INDEFINITE = re.compile(r"(?:a|an)\s")
_NEWS = re.compile(r"\bnews\b")
_DOCUMENT_END = re.compile(r"\s(?:report|index|survey|study)$", re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-Z][a-z'\u2019-]+")
_APOSTROPHE = re.compile(r"['\u2019]")


def body_kind(first: str, text: str) -> str | None:
    """The kind of ``text`` (``first`` is its first comma chunk) for the shapes in the module doc."""
    if particle_name(text) is not None or _INITIAL_NAME.match(text):
        return "named_person"  # "Ana dos Santos", "Ts. Oyunaa", "Kh. Bat": a name
    if (staff := company_voice(first, text)) is not None:
        return staff  # "Norden Bay's operations manager, Lea Hart", "the plant's owner", "an estimate by X"
    if _MASTHEAD.match(first):
        return "outlet"
    if _UN_BODY.match(first) and not _DOCUMENT_WORD.search(first):
        return "organization"
    pair = _NAME_PAIR.match(text)
    if pair is not None and _is_name(pair.group("a")) and _is_name(pair.group("b")):
        return "named_person"
    justice = _JUSTICE.match(first)
    if justice is not None and (_is_name(justice.group("name")) or not first.startswith("Justice")
                                and _CAPITALISED.fullmatch(justice.group("name"))):  # "Mr Justice Harlow"
        return "official"  # "Justice Amara Okoye", "Mr Justice Harlow": a judge
    if _AMPERSAND.match(first):
        return "organization"  # "Cargo & Crew Welfare", "Lund & Sons": a firm or a group
    one = _ONE_OF.match(text)
    if one is not None:
        # "One of the women's mothers, Mrs Florence Nabirye of Mukono": the name, from a place
        rest = _FROM_PLACE.sub("", text[one.end():].split(",")[0].strip())
        names = _NAME_PAIR.match(rest)
        if names is not None and _is_given(names.group("a")) and _is_given(names.group("b")):
            return "named_person"  # "Two of the men, Tariq and Bilal"
        if _is_given(rest):
            return "named_person"
        if _INDEFINITE.match(rest) and _sp().classify(rest) == "anonymous_source":
            return "anonymous_source"  # "one of the subcontractors, a plumber": a person told apart by trade
    agents = _AGENTS_OF.match(first) or _LAWYER_FOR.match(text)  # "the brand's lawyers", "a lawyer for the firm"
    if agents is not None:
        owner = _sp().classify(agents.group("owner"))
        if owner in ("organization", "official", "outlet"):
            return owner
    voice = _BRAND_VOICE.match(first)
    if voice is not None and not _DEMONYM.search(voice.group("owner")) and _sp().classify(voice.group("owner")) in \
            (None, "named_person", "organization"):
        return "organization"  # "a Northway spokesperson": a firm's (the state's have state words or metonyms)
    described = _DESCRIBED.match(first)
    if described is not None and "," not in text:
        if described.group("noun") in _OUTLET_DESCRIPTORS and not _not_newspaper(described.group("desc")) \
                or _NEWS.search(described.group("desc")):
            return "outlet"  # "the state news agency KCNA", "the newspaper Coastal Voice"
        if described.group("noun").lower() in _ORG_DESCRIPTORS:  # "The Amsterdam NGO Fair Stitch Watch"
            return "organization"
    if _LAW.match(first):
        return "document"  # "the Modern Slavery Act", "the Labour Code": a law speaks as a text
    if _STATE_UNIT.match(first) or _STATE_COMMITTEE.search(first) and not _firm(_APOSTROPHE.split(first)[0]):
        return "official"  # "the Anti-Trafficking Unit", "the Joint Task Force": a unit of the state
    if _CAUSE.search(first) and not _STATE_BODY.search(first) and _PROPER_START.match(first) \
            and not _DOCUMENT_END.search(first):  # "the ... Persons report"
        return "organization"  # "Anti-Slavery Watch", "Stop Trafficking Now": a campaign named for its cause
    compound = _COMPOUND_STATEMENT.match(first)
    if compound is not None and _sp().classify(compound.group("owner")) in ("official", "organization"):
        return _sp().classify(compound.group("owner"))  # "the police statement", "a company statement"
    if _TITLE_TAIL.match(first) or _UNDER_SECRETARY.match(first) and _state_title(first):
        return "official"  # "Malaysia's Human Resources Minister", "Under Secretary for Labour Affairs Ana Ruiz"
    chunks = [c.strip() for c in text.split(",")]
    if len(chunks) >= 2 and _GROUP_OF_PEOPLE.match(chunks[0]):
        names = _NAME_PAIR.match(chunks[1])
        if names is not None and _is_given(names.group("a")) and _is_given(names.group("b")):
            return "named_person"  # "the couple, Ravi and Sunita Sharma"
    return _executive(text)


_FIRM_JOINER = re.compile(r"\s+(?:for|in|at|on|near|with|of)\s+")
_WORD = re.compile(r"[\w-]+")


def _firm(body: str) -> bool:
    """Is ``body`` a firm ("Harbourline Seafood", "a fishing company") rather than a union, charity or NGO?"""
    from labourlens.analyse import entities  # noqa: PLC0415
    from labourlens.analyse.speaker_roles import company_noun  # noqa: PLC0415

    body = _FIRM_JOINER.split(body, maxsplit=1)[0]  # "a shelter for women": a shelter
    words = [w.lower() for w in _WORD.findall(body)]
    if not words or words[-1] in _NGO_WORDS:
        return False
    if {w for w in _WORD.findall(body) if w.islower()} & _NGO_DESCRIBED:
        return False  # "the returnee group Safe Home", "a rights network": a group its own describing words call no firm
    return company_noun(words[-1]) or bool(entities.company_name(body.strip())) or \
        bool(_sp()._lex().org_suffixes & set(words[1:]))


_UP_TO_DETERMINER = re.compile(r"^(?:.*,\s*)?(?:the|its|their)\s+", re.IGNORECASE)


def _executive(text: str) -> str | None:
    from labourlens.analyse.speaker_roles import firm_executive  # noqa: PLC0415

    if firm_executive(text):
        return "organization"  # "Harbour Foods chief executive Ana Ruiz": the firm's executive speaks for it
    owns = _OWNS.search(text)
    if owns is not None and _sp().name_in(text) is not None and _firm(owns.group("body")) and not witness_owner(owns.group("body")):
        return "organization"  # "Mads Holm, who owns Harbourline Seafood": the firm's owner speaks for it
    of = _EXEC_OF.match(text.split(",")[0].strip())
    if of is not None and "," in text and _sp().name_in(text.split(",", 1)[1]) is not None and _firm(of.group("body")):
        return "organization"  # "The director of the timber company, Ivan Petrov": the firm's head speaks for it
    exec_ = _EXEC_POSSESSIVE.search(text)
    if exec_ is None or _sp().name_in(text) is None:
        return None
    from labourlens.analyse.speaker_roles import company_noun  # noqa: PLC0415

    owner = _UP_TO_DETERMINER.sub("", exec_.group("owner").strip())
    if owner.split()[-1].lower() in _NOT_FIRMS:
        return None  # "The foundation's chairman, Cheikh Faye": the head of a group speaks as a person
    if company_noun(owner.split()[-1]) or _sp()._lex().org_suffixes & {w.lower() for w in owner.split()[1:]}:
        return "organization"
    return None
