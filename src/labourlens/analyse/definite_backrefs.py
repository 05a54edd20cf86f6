"""Definite descriptions that name an earlier source again (used by
:class:`labourlens.analyse.registry.Registry`): "the Dandong source", "the source in South Pyongan", "the
doctor" after "Dr. Sen", "the former seamstress" after "Kim Min-ji, a 34-year-old former seamstress", "the
men" after the workers, "the statement", "the ministry", "the government" after "Beijing". Each rule picks the
most recent source it fits; a description that fits none (or another body or document of the same kind) is a
new source, opened by the registry."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from labourlens import knowledge
from labourlens.analyse import coref_families as cf
from labourlens.analyse import source_backrefs as backrefs
from labourlens.analyse import told_apart
from labourlens.analyse.agent_nouns import did_what_noun_says
from labourlens.analyse.apposed_roles import same_one
from labourlens.analyse.document_appositions import apposed_document
from labourlens.analyse.firm_roles_apart import workplace_clash
from labourlens.analyse.group_roles import trade_given_group
from labourlens.analyse.household_employers import advocate_clash
from labourlens.analyse.inspection_bodies import INSPECTION_HEADS
from labourlens.analyse.media_heads import media_clash
from labourlens.analyse.source_names import proper_body
from labourlens.analyse.source_refs import (
    coordinated_group,
    introduced_roles,
    later_roles,
    reference_place,
    role_words,
)
from labourlens.analyse.speaker_roles import other_body
from labourlens.analyse.speakers import _GENERIC_ANON, _head_chunk, _lex
from labourlens.analyse.state_domains import domain_clash
from labourlens.analyse.trade_groups import trade_clash

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry, _Entry

__all__ = ["definite_entry"]

# "the Dandong source", "the Sinuiju-based source, who ...": the one from there
_QUALIFIED = re.compile(
    r"^(?:[Tt]he|[Tt]his|[Tt]hat)\s+([A-Z][\w'\u2019]+(?:\s+[A-Z][\w'\u2019]+)?)(?:-based)?\s+"
    r"(?:source|sources|informant|insider|contact|trader|resident|worker|official)s?(?:,\s.*)?$")
_GOVERNMENT_HEADS = frozenset("government authorities authority administration regime cabinet".split())
# official heads that are people ("the spokesman", "the inspector"), not bodies ("the office", "the ministry")
_PERSON_HEADS = frozenset("official spokesperson spokesman spokeswoman minister ambassador diplomat envoy "
                          "governor mayor president inspector officer prosecutor consul commissioner "
                          "secretary senator lawmaker legislator congressman congresswoman judge arbiter ombudsman director "
                          "ombudswoman ombudsperson".split())
# offices held by one person each, never another official's role: "the judge" names a judge again, no one else
_OFFICES = frozenset("judge arbiter magistrate prosecutor ombudsman mayor governor minister consul ambassador senator".split())
_BODY_WORDS = frozenset("statement announcement communique communiqué release briefing".split())
# "the government", "the court": a body of its own, never a way of referring back to an agency just named
_OWN_BODIES = frozenset("government governments court parliament cabinet embassy consulate".split())
_GENERIC_DOCS = frozenset("report study survey paper document documents analysis findings investigation "
                          "review figures data statistics numbers records assessment statement file".split())
_GROUP_NOUNS = frozenset("men women workers labourers laborers builders loggers welders crews sailors "
                         "fishermen".split())
_IRREGULAR = {"women": "woman", "men": "man", "foremen": "foreman", "people": "person",
              "fishermen": "fisherman", "businessmen": "businessman", "spokesmen": "spokesman",
              "crewmen": "crewman"}


def _same_head(a: str, b: str) -> bool:
    return a == b or a.rstrip("s") == b.rstrip("s") or _singular(a) == _singular(b) or (
        a.lower() in _kin() and b.lower() in _kin()) or (  # "the families" after "their relatives": the workers' kin
        len(b) >= 4 and len(a) >= len(b) + 3 and a.endswith(b) and a[-len(b) - 1].isalpha())  # "the maid" after a housemaid


@lru_cache(maxsize=1)
def _kin() -> frozenset[str]:
    return frozenset(str(w).lower() for w in (knowledge.load("source_roles.yaml") or {}).get("kin_groups") or [])


def _singular(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


_STATEMENT_OF = re.compile(r"\bstatements?\s+of\s+(?!the\b|its\b|their\b|an?\b)[a-z]")
_CAPITAL_NOT_NGO = re.compile(r"\s[A-Z](?!GOs?\b)")
_LOWER_WORD = re.compile(r"[a-z-]+")


def definite_entry(reg: Registry, np: str, norm: str, head: str, kind: str, context: str) -> _Entry | None:
    """The earlier source a definite description (``np``, normalised ``norm``, head noun ``head``, speaker
    kind ``kind``) names again, or None when it names none of them."""
    lex = _lex()
    # the same wording again; "the agent": the agency
    e = reg._recent(lambda e: e.norm == norm) or backrefs.agency_ref(reg.entries, np)
    if e is None and _NUMBERED_PARTY.match(np):
        return None  # (s43) "the second accused" after "the first accused": another party, told apart by its number
    if e is None and kind == "anonymous_source" and same_one(np):  # "the same worker": the one just heard, no group
        e = reg._recent(lambda e: e.source.kind == "anonymous_source" and e.person and not e.plural)
    qualifier = _QUALIFIED.match(np) if e is None and kind == "anonymous_source" else None
    if qualifier is not None:  # "the Dandong source", "the Sinuiju-based source": the one from there
        place = qualifier.group(1).lower()
        e = reg._recent(lambda e: e.source.kind == "anonymous_source" and e.head == head  # not "the trader"
                        and place in (e.source.wording or "").lower() and not introduced_roles(
                            e.source.wording or "")) or reg._recent(
            lambda e: e.source.kind == "anonymous_source" and place in (e.source.wording or "").lower())
    placed = reference_place(np) if e is None and kind == "anonymous_source" else None
    if placed:  # "the source in South Pyongan" after "a source in South Pyongan Province"
        e = reg._recent(lambda e: e.source.kind == "anonymous_source" and placed in _wording(e).lower())
    # a person by one noun: not "the company", "the office"; "the labourers": a group, never one of them
    if e is None and len(norm.split()) == 1 and kind not in ("organization", "document") and not (
            kind == "official" and _singular(head) not in _PERSON_HEADS) and (
            head == _singular(head) or head in ("police",)):
        e = reg._recent(lambda e: e.person and not e.plural and e.source.canonical is not None
                        and head in role_words(e.source.wording or "")  # "the doctor" after "Dr. Sen"
                        # "Chief Inspector X"
                        or e.source.kind not in ("document", "outlet") and not e.plural
                        and backrefs.titled_role(e.source.wording or "", head))
        if e is not None and e.source.kind == "named_person":  # (s386) "the farmer" after "Another farmer, who asked not
            # to be named" heard since the named farmer: the one last heard of that noun
            named = e
            e = reg._recent(lambda e: e is named or e.person and not e.plural and e.head == head
                            and e.source.kind == "anonymous_source")
    # not "the inspection team"
    if e is None and 1 < len(norm.split()) <= 3 and backrefs.describes_person(kind, head):
        # "the former seamstress" after "Kim Min-ji, a 34-year-old former seamstress": every word given
        words = set(norm.split())
        e = reg._recent(lambda e: e.person and not e.plural and e.source.canonical is not None
                        and words <= set(_LOWER_WORD.findall(_wording(e).lower()))) or reg._recent(
            lambda e: e.person and not e.plural
            and backrefs.qualifiers_fit(norm, reg._said.get(e.source.key, "")))
    if e is None and kind == "anonymous_source" and head in _GENERIC_ANON and not _qualifier_clash(reg, norm):
        e = told_apart.same_sex(reg.entries, head, reg._gender_of) or _generic_source(reg, head)  # not her husband
    if e is None and kind == "document" and head in _BODY_WORDS and not _STATEMENT_OF.search(np):  # not "a statement of reasons"
        e = reg._recent(lambda e: e.source.kind == "document" and e.head == head) or reg._recent(
            lambda e: e.source.kind in ("official", "organization") and not e.person) or reg._recent(
            lambda e: e.source.kind == "official" and e.plural and e.order == reg.counter)  # "Prosecutors in X said ... the statement"
    if e is None and kind == "anonymous_source" and len(norm.split()) == 1:  # "the escapee" after "a man who escaped"
        e = reg._recent(lambda e: e.person and not e.plural and did_what_noun_says(head, _wording(e)))
    # "The interpreter and one former worker": people joined, not one of them
    if e is None and not coordinated_group(np) and not cf.joins_people(np):
        e = _same_noun(reg, np, norm, head) or trade_given_group(reg.entries, np)  # "the cooks": "hired as cooks"
        if e is not None and kind == "document" and e.person:
            e = None  # "The employment contract the men signed" is the contract, not "The men"
        if e is not None and _another_name(np, _wording(e)):
            e = None  # "The Organization for Technical Intern Training" is not "the supervising organization ..."
    if e is None and len(norm.split()) <= 3:  # "the landlord" after "a source ... who rents flats to them"
        e = reg._recent(lambda e: e.source.kind == "anonymous_source" and head in introduced_roles(
            _wording(e)) and set(norm.replace("-", " ").split()[:-1]) <= set(_wording(e).lower().split())  # "cold-store"
            and not (e.plural and coordinated_group(_wording(e))))
    if e is None and len(norm.split()) == 1 and kind == "anonymous_source":  # "the trader" after "the source, a trader
        # who ...": the role given to a source when it was named again
        e = reg._recent(lambda e: e.source.kind == "anonymous_source" and not e.plural
                        and head in later_roles(reg._said.get(e.source.key, "")))
    if e is None and kind == "document":  # "The contract states" after "Documents seen by X — a labour contract —"
        e = apposed_document(reg, head, context)
    if e is None and kind in ("document", "official", "organization") and not _CAPITAL_NOT_NGO.search(_head_chunk(np)) \
            and head not in _OWN_BODIES and (  # "the NGO" is common
            kind != "document" or head in _GENERIC_DOCS or reg._recent(
            lambda e: e.source.kind == "document" and cf.names_document(head, _wording(e), context))):
        # "the ministry", "the company", "the report": the last one of that kind; "the Russian
        # authorities" or "the agreement" after another body or document are new ones
        e = _last_of_kind(reg, np, norm, head, kind)
    if e is None and kind == "official" and _singular(head) not in _PERSON_HEADS:
        # "the government" after "Beijing", not after "the Agency for X"; "the National Intelligence
        # Service" after "South Korea's spy agency"
        e = reg._recent(lambda e: e.source.kind == kind and not e.person and (
            head not in _GOVERNMENT_HEADS or e.head in _GOVERNMENT_HEADS
            or (e.source.wording or "").lower() in lex.metonyms) and (
            head not in _OWN_BODIES or head in _GOVERNMENT_HEADS) and not (
            proper_body(np) and proper_body(e.source.wording or ""))
            and not other_body(head, e.source.wording or "") and not domain_clash(np, e.source.wording or "")
            and not _unit_of_authorities(np, head, e) and (e.head not in INSPECTION_HEADS or e.head == head)  # not "the inspection"
            and not backrefs.possessor_clash(np, e.source.wording or ""))
    if e is not None and kind == "document" and e.plural and _ONE_OF_THEM.match(np) and head == _singular(head):
        e = None  # "The 2025 contract ..." after "three contracts": one of them, told apart by its year or place in line
    return e


# a party to a case by the number the court gave it ("the seventh claimant" is not "the third claimant"; an accused or a
# defendant so numbered is a person by name in knowledge/source_nouns.yaml)
_NUMBERED_PARTY = re.compile(r"^\s*the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                             r"(?:accused|defendant|claimant|plaintiff|petitioner|respondent|applicant)\b", re.IGNORECASE)


# a single document told apart from others of its kind by its year or rank ("The 2024 agreement", "the second letter")
_ONE_OF_THEM = re.compile(r"^the\s+(?:(?:19|20)\d\d|first|second|third|fourth|earlier|later|older|newer|latest)\s",
                          re.IGNORECASE)


@lru_cache(maxsize=1)
def _police_bodies() -> re.Pattern[str]:
    words = [str(w) for w in knowledge.load("speaker_roles.yaml").get("police_bodies") or []]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)


def police_again(norm: str, wording: str) -> bool:
    """Does "police" (``norm``) name again the body ``wording``, a country's police under another name ("the Yanhu
    district public security bureau", "the gendarmerie")?"""
    return norm in ("police", "the police") and _police_bodies().search(wording) is not None


_SPACE_CAPITAL = re.compile(r"\s[A-Z]")


def _unit_of_authorities(np: str, head: str, e: _Entry) -> bool:
    """Is ``np`` one named unit ("the Yanhu district public security bureau") and ``e`` the authorities at
    large ("local authorities said"): a body among them, told apart, not the same source?"""
    return e.head in ("authorities", "authority") and head not in _GOVERNMENT_HEADS and head in _STATE_UNIT_HEADS \
        and _SPACE_CAPITAL.search(np) is not None


_STATE_UNIT_HEADS = frozenset("bureau department directorate inspectorate office service brigade prosecutor procuratorate "
                              "committee court".split())


def _wording(e: _Entry) -> str:
    return e.source.wording or ""


def _qualifier_clash(reg: Registry, norm: str) -> bool:
    """Does a qualifier of "the police source" clash with what was said of every single source so far (none
    was a police source)?"""
    said = " ".join(reg._said.get(x.source.key, "") for x in reg.entries if not x.plural)
    return backrefs.qualifier_clash(norm, said)


# "A second person, a Chinese clerk who handles the payroll": a generic head, then the role in apposition
_ROLE_APPOSED = re.compile(r"(?i)^(?:an?|another|one|a\s+(?:second|third|fourth|fifth))\s+(?:person|man|woman),\s+(?:an?|the)\s+"
                          r"(?!(?:source|person|man|woman)\b)[\w-]")


# (s45) kin or friends a source cites ("The source, citing a cousin who works at the plant, said"): "the source" is
# not they
_CITED_KIN = frozenset("relative cousin niece nephew sister brother daughter son aunt uncle mother father wife husband "
                       "friend neighbour neighbor".split())


def _generic_source(reg: Registry, head: str) -> _Entry | None:
    """The unnamed source "the source", "the insider", "the people" names again: one of the same head
    ("the source" is not "the person" heard), else the last unnamed source of the same number, else the
    last."""
    plural = head in ("sources", "people", "insiders", "informants", "persons")

    def same_head(e: _Entry) -> bool:
        # "A second person, a clerk who ...": the apposition gives the person a role like any other
        anonymous = e.source.kind == "anonymous_source" and (
            e.head == head or head in ("source", "person") and not e.plural and e.head not in _CITED_KIN
            and (e.head not in _GENERIC_ANON or _ROLE_APPOSED.match(e.source.wording or "") is not None))
        return anonymous or e.source.kind == "official" and e.head == head == "source"

    singles = ("insider", "informant", "man", "woman", "source", "person")
    e = reg._recent(same_head) if head in singles else None
    want = {"woman": ("female", ""), "man": ("male", "")}.get(head)
    return e or reg._recent(
        lambda e: e.source.kind == "anonymous_source" and e.plural == plural
    ) or (want and reg._recent(  # "The woman said ..." after Tigist, named, spoke: no unnamed woman was heard
        lambda e: e.source.kind == "named_person" and not e.plural and reg._gender_of(e) in want)) \
        or reg._recent(lambda e: e.source.kind == "anonymous_source")


_NAME_WORDS = re.compile(r"(?<![\w'\u2019-])(?!The\b|A\b|An\b)[A-Z][a-z][\w'\u2019-]*")


def _another_name(np: str, earlier: str) -> bool:
    """Is ``np`` a body's proper name ("The Organization for Technical Intern Training") and the earlier source another
    body named by a name of its own ("the supervising organization ..., Tokai Cooperative Union"), the two sharing no
    name word? (A description met first, "a Mombasa fishers' union", may be named later: the same body.)"""
    if not proper_body(np):
        return False
    words = {w.lower() for w in _NAME_WORDS.findall(np)[1:]}  # past the head ("Organization"): the words that name it
    other = {w.lower() for w in _NAME_WORDS.findall(earlier)[1:]}
    if len(words) >= 2 and len(other) >= 2 and not words & other:
        return True
    # a description in lower case met first ("the Omani labour ministry") and a body named now in title case that shares
    # no word with it past the head, the description's field among them ("The Overseas Welfare Ministry"): another body
    named = set(_LOWER_WORD.findall(np.lower()))
    head = _LOWER_WORD.findall(np.lower())[-1:]
    field = {w for w in _LOWER_WORD.findall(earlier) if len(w) > 3} - set(head)
    return len(words) >= 2 and bool(field) and not (set(_LOWER_WORD.findall(earlier.lower())) - set(head)) & (named - _ARTICLES)


_ARTICLES = frozenset({"the", "a", "an", "of", "for", "and"})


def _same_noun(reg: Registry, np: str, norm: str, head: str) -> _Entry | None:
    """The last source introduced with the same head noun: of the same number first ("the foremen": the group
    rather than one of them), else of either; "the men" after the workers of a crew."""
    many = head != _singular(head)  # "the foremen": the group rather than one of them

    def clash(e: _Entry) -> bool:
        return backrefs.possessor_clash(np, _wording(e)) or domain_clash(np, _wording(e))

    def same_number(e: _Entry) -> bool:
        return _same_head(e.head, head) and e.plural == many and not clash(e)

    def either_number(e: _Entry) -> bool:
        # a single one is not a group of people joined ("the researcher" after "two sources and a
        # researcher"), "the foremen" not a single person
        return _same_head(e.head, head) and not clash(e) \
            and not (e.plural and not many and coordinated_group(e.source.wording or "")) \
            and not (many and e.person and not e.plural)

    def crew(e: _Entry) -> bool:
        return e.plural and cf.is_crew(e.head, _GROUP_NOUNS, e.source.wording or "") \
            and e.source.kind == "anonymous_source"

    return reg._recent(same_number) or reg._recent(either_number) or (
        reg._recent(crew) if norm in _GROUP_NOUNS else None)  # "the men": the workers


def _last_of_kind(reg: Registry, np: str, norm: str, head: str, kind: str) -> _Entry | None:
    """The last body or document of the same kind ("the ministry", "the company", "the report"), unless the
    description tells them apart: a person or a body, another body, another government domain or possessor,
    another document ("the audit report" after the HR records)."""
    np_person = _singular(head) in _PERSON_HEADS

    def fits(e: _Entry) -> bool:
        wording = e.source.wording or ""
        if not (e.source.kind == kind and e.person == np_person
                and (np_person or _singular(e.head) not in _PERSON_HEADS)
                and not other_body(head, wording) and not trade_clash(head, wording)):  # a centre; "the auditors"
            return False
        if not (kind != "official" or head not in _GOVERNMENT_HEADS or e.head in _GOVERNMENT_HEADS):
            return False
        if e.head in INSPECTION_HEADS and head != e.head:
            return False  # "the ministry" is not the inspection it reported on
        if kind == "organization" and workplace_clash(norm, head, e.head, wording):
            return False  # "the warehouse operator" is not the agency that placed the workers
        if kind == "organization" and media_clash(head, wording):
            return False  # "the company" is not the news site whose story it answers
        if kind == "organization" and advocate_clash(head, wording):
            return False  # "the employer" is not the helpers' group that told the story
        if kind == "official" and (domain_clash(np, wording) or backrefs.possessor_clash(np, wording)):
            return False
        if np_person and _singular(head) in _OFFICES and _singular(head) not in role_words(wording):
            return False  # "the judge" is not the agency's manager who spoke before: an office of its own
            # ("the senator" after "Sen. Omar Reyes" is: the title names the office)
        return (kind != "document" or len(norm.split()) == 1 and head in _GENERIC_DOCS
                or head in ("document", "documents", "paper", "text") or cf.names_document(head, wording))

    return reg._recent(fits)


# "The men, recruited in Sichuan by an agency ...": a definite group described by a participle clause after it
_PARTICIPLE_APPOSITION = re.compile(r"^(?P<np>(?i:the)\s+(?:[\w-]+\s+)?(?:men|women|workers|labourers|laborers|builders|"
                                    r"crew|crews|fishermen|seamstresses|welders|migrants|girls|boys)),\s+"
                                    r"(?:all\s+|most\s+)?(?:[a-z]+ed|brought|hired|sent|taken|flown|recruited)\b")


def participle_cut(np: str) -> str | None:
    """The group a definite description with a participle clause names ("The men" of "The men, recruited in Sichuan
    by an agency working for the contractor"), for a reference back to a group heard before; None for any other."""
    m = _PARTICIPLE_APPOSITION.match(np.strip())
    return m.group("np") if m is not None else None
