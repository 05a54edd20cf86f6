"""Speaker phrases and per-document sources.

:func:`classify` tells the kind of a speaker phrase (``anonymous_source``,
``named_person``, ``official``, ``organization``, ``document``, ``outlet``) from the
lexicons in ``knowledge/source_nouns.yaml`` and ``knowledge/reporting_verbs.yaml``;
used by :mod:`labourlens.analyse.attribution` (finding mentions) and
:mod:`labourlens.analyse.registry` (numbering and resolving sources).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from labourlens.analyse import entities, gated, np_adjectives, speaker_kinds, speaker_roles
from labourlens.analyse import speakers_patterns as rx
from labourlens.analyse.brand_names import brand_name
from labourlens.analyse.initial_names import legal_initials
from labourlens.analyse.place_appositions import describes_place, names_place
from labourlens.analyse.place_rules import demonym_word
from labourlens.analyse.rank_names import rank_name_kind
from labourlens.analyse.speaker_bodies import body_kind, lawyer_apposition, particle_name, person_clause
from labourlens.analyse.speaker_documents import document_first, owned_document
from labourlens.analyse.speaker_forms import (
    _ACRONYM_TAIL,
    _AUTHORS,
    _CITATION,
    _DIPLOMATS,
    _FORMAL_STATE,
    _GENERIC_MEDIA,
    _HANDLE,
    _HEADING_NO,
    _NOBODY,
    _OUTLET_WORD,
    _OWNED_SPEAKERS,
    _PREP_START,
    _STATE_WORDS,
    _TITLED_DOC,
    not_a_source,
    possessor,
    reported_people,
    strip_titles,
    without_name_aside,
)
from labourlens.analyse.speaker_lexicon import (  # noqa: F401 - re-exported for the other stages
    _AUDIENCE_NOUNS,
    _MIDDLE_VERBS,
    _alt,
    _Lex,
    _lex,
    _trie_re,
    word_alternation,
)
from labourlens.analyse.speaker_roles import (
    PERSON_OF_ORG,
    STATEMENT_OF,
    company_appositive,
    company_role,
    distinguishing_np,
    role_kind,
    workplace_inspector,
)
from labourlens.analyse.speaker_tails import trade_council, without_relative_tail
from labourlens.analyse.speaker_voices import company_owner, company_short_names, counted_body

__all__ = ["Mention", "classify", "company_short_names", "name_in", "word_alternation", "OUTLET_KEY"]

OUTLET_KEY = "OUTLET"


@dataclass
class Mention:
    """An attribution found in one sentence."""

    wording: str
    start: int  # offsets of the speaker phrase in the sentence text
    end: int
    cue: str
    direct: bool = False
    relay: str | None = None


# Latin capitals and small letters with diacritics ("Salmón", "Łukasz Wójcik", "Müller", "Şahin")
_UP = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻŠŽČŘĎŤŇŐŰĞŞİĂÂĐÊÔƠƯ\u1ea0-\u1ef9"  # with Vietnamese ("Đặng", "Ưng")
_LO = "a-zß-öø-ÿąćęłńśźżšžčřďťňěůőűğşıăâđêôơư\u1ea0-\u1ef9"
_NAME_TOKEN = (rf"(?:(?:al|el|bin|ibn|de|da|van|von|der|le|la|du|di)[- ])?"  # "de la Cruz": particle_name
               rf"(?:(?:[{_UP}]['’]|Ma?c)?[{_UP}][{_LO}]+(?:[-'’][{_UP}{_LO}][{_LO}]*)*|[A-Z][hsz]?\.)")  # "O'Connell", "McCarthy", "Ts. Oyunaa"
# one capitalised name word, hyphens allowed ("Kyong-suk", "O'Neill"): the attribution modules' name unit
NAME_WORD = rf"[{_UP}][{_LO}'\u2019]+(?:-[{_UP}{_LO}][{_LO}'\u2019]*)*"
_NAME_RE = re.compile(rf"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor|Gen|Col|Lt)\.?\s+)?((?:(?:Sayadaw|Ashin)\s+)?U\s+(?=[{_UP}][{_LO}])"  # Burmese "U"
                      rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}}|{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}}|{_NAME_TOKEN}\s+(?:[A-Z]\.){{1,2}}[A-Z]\.?)$")
# "Natalia Ruiz of the Pacific Labour Institute", "a researcher at Hanseo University": the affiliation
# after a speaker's head, which does not make the speaker phrase any longer as a noun phrase
AFFILIATION = re.compile(r"\s+(?:of|at|from|with)\s+(?=(?:the\s+)?[A-Z]|the\s+[a-z])")  # "X of the legal aid centre"

_TITLE_NAME_RE = re.compile(rf"^(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s+({_NAME_TOKEN})$")
_PREP_SPLIT = re.compile(
    r"\s+(?:in|at|of|from|with|without|for|by|on|near|inside|outside|within|gathered|waiting|standing|between|who|whose|that|which|involved|working|based|close|"
    r"familiar|knowledgeable|living|employed|assigned|stationed|posted|deployed|residing|responsible|"
    r"managing|connected|linked|affiliated|to|obtained|seen|"
    r"published|released|issued|dated|compiled|prepared|written|commissioned|cited|reviewed|interviewed|quoted|"
    r"reached|contacted|speaking|told|shared|leaked|filed|submitted|signed|like|such|than)\b|,",
    re.IGNORECASE,
)
_BAD_NP = gated.Folded(  # speed: asked only whether it matches (found); (s44) "Caxias do Sul": "do" a place's particle
    r"\b(?:is|was|were|be|been|being|will|would|can|could|should|must|(?<!in )(?<!since )may|might|"
    r"do(?! (?:sul|norte|oeste|leste|rio|campo|mato|monte|vale|porto|meio|ouro)\b)|does|did|has|have|had|are(?! calling\b)|not|"
    r"if|because|when|while|although|though|(?<!all )but(?! \w+ of\b)|and then|so that|there|what|(?:no|any)(?=\s*$)|"
    r"(?:reviewed|examined|checked|inspected|audited)\s+[\w-]+(?=\s*$))\b", re.IGNORECASE)  # "kept no [records]", "reviewed payroll [records]"
_GENERIC_ANON = frozenset("source sources insider insiders informant informants person people persons man woman".split())
_ORGISH_ANON = frozenset("migrant migrants workers worker people citizens victims survivors".split())
_COMMON_CAPS = frozenset(
    "it this that these those there they he she we i you one some many most all both each others another "
    "workers sources officials people residents experts analysts critics observers authorities reports nobody "
    "none everyone everybody someone somebody anyone no what when where why how".split()
)
_REL_CLAUSE = gated.gated(r"\b(?:who|which|that|whose)\b", re.IGNORECASE)
_APPOS_CLAUSE = re.compile(r"\b(?:who|which|that|whose|running|operating|representing|managing|supporting|helping)\b", re.IGNORECASE)
_DET = re.compile(r"^(?:the|a|an|one|another|some|this|that|these|those|several|many|two|three|other)\s+",
                  re.IGNORECASE)
_POSSESSIVE = re.compile(r"^[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['’]s\s+")


def _head_chunk(np: str) -> str:
    return _PREP_SPLIT.split(np, maxsplit=1)[0].strip()


_ROLE_NAME = re.compile(
    r"\b(?:spokes(?:man|woman|person)|executive|minister|ambassador|official|researcher|professor|analyst|director|chief|"
    r"head|leader|manager|inspector|economist|expert|lawyer|worker|defender|defector|activist|envoy|president|secretary|chairman|"
    r"founder|coordinator|commissioner|senator|lawmaker|governor|mayor)\s+((?:[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?\s+){1,2}"
    r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?)$"
)


_BARE_ROLE, _BODY_KINDS = re.compile(r"(?-i:[a-z])[\w-]+(?:\s+[\w-]+){0,2}\s+(?:of|for|at)\s"), ("official", "organization")
_TITLED_NAME = re.compile(
    r"\b(?:Minister|President|Premier|Spokes(?:man|woman|person)|Ambassador|Governor|Mayor|Director|Chairman|"
    r"Chairwoman|Secretary|Undersecretary|Under-[Ss]ecretary|Senator|Representative|Professor|Prof\.|Dr\.|Judge|General|Colonel|Commissioner|Chief|"
    r"Lawmaker|CS|PS|Rep\.|Sen\.|Congressman|Congresswoman|Consul|Envoy|Inspector|Prosecutor|Officer|MP|M\.P\.|MEP|Deputy|Councillor|Councilor|"
    r"Lieutenant|Lt\.|Col\.|Maj\.|Gen\.|Cpl\.|Capt\.|Commander|Sergeant|Sgt\.|Superintendent|Constable|Usec\.|Asec\.)\s+"
    rf"({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}})$"
)


_ALIAS_NAME = r"[\"\u201c]?(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z0-9][\w'\u2019-]*){0,2})[\"\u201d]?"
_ALIAS = re.compile(
    r"\b(?:(?:identified|known|referred\s+to|named|described)\s+(?:here\s+|in\s+this\s+(?:report|article|story)\s+|"
    r"only\s+|publicly\s+)*(?:as|(?<=known\s)by|(?<=only\s)by|by(?=\s+(?:the|a)\s+(?:pseudonym|name|surname|alias)\s))\s+"
    r"(?:(?:the|a)\s+(?:pseudonym|name|surname|alias)\s+)?|"  # not "the firm named by Ruiz": Ruiz named it
    r"gave\s+(?:his|her|their|only\s+(?:his|her|their))\s+(?:(?:sur|first\s+|family\s+|given\s+)?name)\s+(?:only\s+)?as\s+|"
    r"(?:uses|used|using|goes\s+by|went\s+by|asked\s+to\s+be\s+called(?:\s+only)?|calls\s+(?:himself|herself)|"
    r"called|named|under(?=\s+(?:the\s+(?:pseudonym|name|alias)\s|[\"\u201c]))|(?:(?:I|we)(?:['\u2019]ll|\s+will|\s+shall|\s+are\s+going\s+to)|let['\u2019]s)\s+call"
    r"(?:\s+(?:him|her|them))?|(?:(?<=whom\s)|(?<=we\sare\s))(?:(?:I|we)\s+)?(?:will\s+|shall\s+)?call(?:ing)?)\s+"
    r"(?:the\s+(?:pseudonym|name|alias)\s+)?(?=[\"\u201c]?[A-Z]))" + _ALIAS_NAME
    + r"|" + _ALIAS_NAME.replace("?P<name>", "?P<name2>")
    + r"\s*\((?:a\s+pseudonym|not\s+(?:his|her|their)\s+real\s+name|name\s+changed|an?\s+alias)\)")
_LABEL_WORDS = frozenset("worker workers source interviewee respondent witness informant subject person team leader "
                         "woman man defector participant employee labourer laborer".split())


@lru_cache(maxsize=4096)
def alias_name(np: str) -> tuple[str, bool] | None:
    """The name a speaker phrase gives its person under ("the former worker, who asked to be identified
    only as Ri", "gave his name only as Mr. Ryu", "\"Mrs. Jin\" (a pseudonym)", "identified in this
    report as \"Worker B\""): ``(name, is a personal name)``; "Worker B" is a label, not a name."""
    if not ("as " in np or "(" in np or "by " in np or "call" in np or " us" in np or "under" in np or "named " in np):
        return None
    m = _ALIAS.search(np)
    if m is None:
        return None
    name = (m.group("name") or m.group("name2")).strip()
    words = name.split()
    if not words or words[0].lower() in _COMMON_CAPS:
        return None
    label = any(w.lower() in _LABEL_WORDS for w in words) or any(len(w) == 1 and words[0].rstrip(".") not in (  # (s41) not "Mr. B"
        "Mr", "Mrs", "Ms", "Miss", "Dr") or w.isdigit() for w in words[1:]) or len(words) == 1 and len(name.rstrip(".")) == 1  # "K."
    if not label and _looks_like_org(name):
        return None
    return name, not label


_ONE_NAME = re.compile(rf"[{_UP}][{_LO}]+(?:-[{_UP}{_LO}][{_LO}]+)?")


@lru_cache(maxsize=4096)
def name_in(np: str) -> str | None:
    """The personal name in a speaker phrase ("Andrei Lankov, a professor ..." -> "Andrei Lankov")."""
    if (particled := particle_name(np)) is not None:
        return particled  # "Maria de la Cruz", "Rosa Maria dos Santos"
    alias = alias_name(np)
    if alias is not None and alias[1]:
        return alias[0]
    given = _GIVEN_NAME.search(np) if ("surname" in np or "name is" in np) else None
    if given is not None:  # "a bureau official surnamed Zhao", "a guard whose surname is Ri"
        return given.group(1)
    chunks = [c.strip() for c in np.split(",")]
    for i, chunk in enumerate(chunks):
        if i > 0 and names_place(chunks[i - 1], chunk):
            continue  # "A boy from Toledo, Ohio": the larger place of the place just named, no name
        person = AFFILIATION.split(chunk, maxsplit=1)[0]  # "Ana Ruiz of the Lima Institute": Ana Ruiz
        lead = _NOUN_NAME.match(person[:1].lower() + person[1:])  # "Senior researcher Li Wen of ..."
        if person != chunk and (not _looks_like_org(person) or lead and _noun_kind(lead.group(1))):
            m = _NAME_RE.match(person) or _TITLE_NAME_RE.match(person)
            if m or (lead and _noun_kind(lead.group(1)) is not None):
                return strip_titles(m.group(1)) if m else lead.group(2) if lead else None
        lead = _NOUN_NAME.match(chunk[:1].lower() + chunk[1:])  # "Union organiser Mark Camilleri"
        if lead and _noun_kind(lead.group(1)) is not None and not _looks_like_org(lead.group(2)):
            return lead.group(2)  # "pensioner Galina Sergeyevna", "welder Tomasz Nowak": a role, then the name
        m = _NAME_RE.match(chunk) or _TITLE_NAME_RE.match(chunk)
        if m and not _looks_like_org(chunk):
            return strip_titles(m.group(1))
        if (
            _ONE_NAME.fullmatch(chunk)  # "Zielińska", "Müller" too
            and chunk.lower() not in _COMMON_CAPS and not demonym_word(chunk)  # "a source, Chinese,": no name
            and (i > 0 or len(chunks) > 1)
            and not _looks_like_org(chunk)
        ):
            return chunk
        m = _ROLE_NAME.search(chunk) or _TITLED_NAME.search(chunk)  # "Foreign Ministry spokesman Wang Wenbin"
        if m and not _looks_like_org(strip_titles(m.group(1))):
            return strip_titles(m.group(1))  # "General Secretary Paulo Mendes": both words are the title
    return None


def _looks_like_org(chunk: str) -> bool:
    lex = _lex()
    if chunk.startswith("The ") or _OUTLET_WORD.search(chunk):
        return True  # "The Harbour Herald": nobody's given name is "The"
    if chunk in lex.outlets or chunk.lower() in lex.metonyms:
        return True
    words = rx.LETTERS.findall(chunk)
    if any(w.lower() in lex.org_suffixes for w in words) or legal_initials(chunk):
        return True
    if entities.company_name(chunk.strip()):
        return True  # "Amur Stroy", "Vostok Morprodukt": a company word in the name
    low = chunk.lower()
    lowwords = {w.lower() for w in rx.LETTERS.findall(rx.SYLLABLE_NAME.sub(" ", chunk))}  # "Un-hui": no "UN"
    single, multi = _org_nouns()
    if not lowwords.isdisjoint(single) or multi.search(low) is not None:
        return True  # a source noun other than a person's: "Labour Inspectorate Office"
    return bool(
        lowwords & {"north", "south", "korea", "china", "russia", "news", "times", "daily", "international"}
    )


@lru_cache(maxsize=1)
def _org_nouns() -> tuple[frozenset[str], gated.Gated]:
    """The lexicon nouns that make a capitalised chunk an organisation (every kind but the anonymous
    sources, except the group nouns in ``_ORGISH_ANON``): one-word nouns as a set, the others as one
    pattern, gated, that finds any of them inside the lower-cased chunk (speed: one search, not a loop)."""
    phrases = [p for p, kind in _lex().nouns if kind != "anonymous_source" or p in _ORGISH_ANON]
    multi = sorted(sorted({p for p in phrases if " " in p}), key=len, reverse=True)
    return frozenset(p for p in phrases if " " not in p), gated.gated("|".join(map(re.escape, multi)) or "(?!)")


@lru_cache(maxsize=4096)
def _noun_kind(head: str) -> tuple[str, str] | None:
    """(noun, kind) of the rightmost lexicon noun in a head chunk (preferring one written in lower case or as an acronym: "Another NGO")."""
    words = rx.WORD.findall(head)
    lows = [rx.POSSESSIVE_END.sub("", w.lower()) for w in words]
    table = _lex().noun_table
    best: tuple[int, str, str] | None = None
    best_lower: tuple[int, str, str] | None = None
    for i in range(len(lows)):
        for n in (4, 3, 2, 1):
            if i + n > len(lows):
                continue
            phrase = " ".join(lows[i : i + n])
            kind = table.get(phrase)
            if kind is None:
                continue
            end = i + n
            if best is None or end > best[0]:
                best = (end, phrase, kind)
            if (i == 0 or words[i][:1].islower() or len(words[i]) > 1 and words[i].isupper()) and (best_lower is None or end > best_lower[0]):
                best_lower = (end, phrase, kind)
            break
    pick = best_lower or best
    return (pick[1], pick[2]) if pick else None


_SURNAME_ALONE = re.compile(rf"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:[A-Z]['\u2019]|Ma?c)?[{_UP}][{_LO}]+(?:-[{_UP}{_LO}][{_LO}]+)?")


_PRESS_DESKS = frozenset(("press service", "press office", "press officer", "press officers", "press secretary"))


@lru_cache(maxsize=4096)
def classify(np: str) -> str | None:
    """Speaker kind of a speaker phrase, or None when it does not look like a speaker."""
    lex = _lex()
    text = rx.EDGE_PUNCTUATION.sub("", np.strip())
    text = without_name_aside(rx.BRACKETED_FORM.sub(r"\1", text))  # "Coal (Private) Limited": a firm's legal form
    if text.endswith(")") and _ACRONYM_TAIL.search(text):  # "the Korea Labour Observatory (KLO)"
        text = _ACRONYM_TAIL.sub("", text)
    text = _HEADING_NO.sub("", text, count=1)  # "3.2 Former workers": the paragraph's number is not part of the speaker
    if not text or _PREP_START.match(text) or _NOBODY.match(text) or not_a_source(text):
        return None  # "In Ghana", "On Monday": a setting; "None of them": nobody, never a speaker
    if (head := without_relative_tail(text) or reported_people(text, classify)) is not None:  # "..., a spokesman for X, who": X's
        return classify(head)
    if trade_council(text) or rx.TO_BODY.match(text.split(",")[0].strip()):  # "the Solar Industry Council": a trade body
        return "organization"  # (not a state council); "the Right to Food Campaign"
    if _HANDLE.fullmatch(text) or rx.INITIAL_APPOSITION.match(text) or rx.BARE_CREW.fullmatch(text):  # or "K., who asked ...": an initial
        return "anonymous_source"  # "@crane_watcher": an account on social media, a person without a name
    if _FORMAL_STATE.match(text) or rank_name_kind(text) or rank_name_kind(text.split(",")[0].strip()):
        return "official"  # "The Russian Federation", "the Kingdom of Bahrain": a state speaks; "Lt Col Sarin": its force
    if "(" in text and _CITATION.search(text):  # "Noh (2019)", "Baek and Cho (2018: 12)": authors cited
        text = _CITATION.sub("", text).strip()
        if _AUTHORS.fullmatch(text.split(",")[0].strip()):
            return "named_person"
    low = text.lower()
    first = text.split(",")[0].strip()
    first_low = first.lower()
    if first in lex.outlets or speaker_kinds.outlet_core(first) in lex.outlets:  # "the state-run Global Times"
        return "outlet"
    if first_low in lex.metonyms:
        return "official"
    if rx.BUSINESS_ROLE_APPOSITION.match(text):
        return "organization"
    if (body := speaker_kinds.kind_of(first, text, classify) or body_kind(first, text)) is not None:
        return body  # mastheads, UN bodies, "the glove maker X", name pairs, "One of the women, Aisha"
    alias = alias_name(text)
    if alias is not None:  # "the former worker, who asked to be identified only as Ri": a (pseudo)named person
        return "named_person" if alias[1] else "anonymous_source"
    if _unnamed_diplomat(first, text):
        return "anonymous_source"  # "two diplomats in the Qatari capital": people talking, not the state's voice
    counted_low = rx.AT_LEAST.sub("", first_low)
    if rx.COUNTED.match(counted_low) and not rx.ONE_SOURCE.match(first_low):
        if (rx.ONE_NOT_OF.match(first_low) or first_low.startswith("one of") and " surnamed " in text) and name_in(text):
            return role_kind(text) or "named_person"  # "One defector, Ms. Cho", "One of them, surnamed Li": by name
        # "two people with knowledge of the factory": people
        counted = counted_body(cf := first[len(first_low) - len(counted_low):]) or _counted_noun(cf) or _noun_kind(first)
        if rx.COUNTED_GROUP.match(counted_low) or counted:
            kind = counted[1] if counted else "anonymous_source"
            return "organization" if kind == "outlet" else kind  # "some Western media outlets": media by kind
    said_for = STATEMENT_OF.match(first)
    if said_for:  # "the ministry's statement", "a letter from the embassy": the body speaks
        owner = classify(said_for.group("owner") or said_for.group("owner2"))
        if owner in ("official", "organization"):
            return owner
    if document_first(first) or owned_document(first):
        # "pay slips the foreman kept", "Article 9", "the State Department's Trafficking in Persons report"
        return "document"
    if distinguishing_np(first_low):
        return "anonymous_source"  # "the older of the two", "the second": one person of a group told apart
    company = None if rx.GROUP_MEMBER.match(text) else company_appositive(text)
    if company is not None:
        return company  # "The developer, Severny Kvartal": the company speaks
    if _YEAR_OLD.search(first) and not name_in(text):
        return "anonymous_source"  # "the 34-year-old", "a 52-year-old former logger"
    head_first = _head_chunk(first)
    titled = _TITLED_NAME.search(first) or _ROLE_NAME.search(first) or _TITLED_NAME.search(head_first)
    if titled and not _looks_like_org(strip_titles(titled.group(1))):
        # "Deputy Labour Minister Ivan Sorokin" speaks for the state, "Professor Kim" for herself
        return role_kind(first) or "named_person"
    member = PERSON_OF_ORG.match(first)
    if member and _NAME_RE.fullmatch(member.group("name")) and not _looks_like_org(member.group("name")):
        # "Kim Young-soo of the Korea Institute", "Maria Lopez from Human Rights Watch": a person
        state = rx.STATE_BODY_WORD.search(member.group("org"))
        return role_kind(first) or ("official" if state else "named_person")
    if _TITLED_DOC.search(first) and rx.TITLED_DOCUMENT.match(first):
        return "document"  # "the 2022 Trafficking in Persons Report", "the Global Labour Exploitation Index"
    cap = _CAP_NAME.match(first)
    personal = bool(_NAME_RE.match(first)) and not _looks_like_org(first)
    if cap and len(first.split()) >= 2 and not personal:
        if _TITLE_HEAD.match(first):
            return "official"  # "the Minister for Labour", "the Governor of Amur Oblast"
        if rx.STATE_NAME_WORD.search(first):
            return "official"
        if rx.NGO_NAME_WORD.search(first):
            return "organization"
        if rx.OUTLET_NAME_WORD.search(first):
            return "outlet"
        if any(w.lower() in lex.org_suffixes for w in rx.ASCII_LETTERS.findall(first)[1:]):
            return "organization"
    head = _head_chunk(first)
    noun = _noun_kind(head) if not personal else None
    name = name_in(text)
    if noun is not None:
        word, kind = noun
        if not name and possessor(head, word) and _owned_thing(head):
            return None  # "the women's salaries", "the contractor's payments": a thing of theirs, not a speaker
        if name and rx.PEOPLE_POSSESSOR.search(head):
            return "named_person"  # "the workers' spokesman, Ali Kamara": one of them, by name
        if name and kind != "anonymous_source" and possessor(head, word):
            return role_kind(text) or "named_person"  # "The trust's chairman, Ousmane Sarr": a person of the trust
        if name and kind in ("anonymous_source",) or name and word in _PERSON_OFFICIAL:
            return role_kind(text) or "named_person"
        if kind == "organization" and _person_like(word).search(low):
            return "anonymous_source"  # "a Russian subcontractor who has worked alongside the crews": a person
        if word in _PRESS_DESKS and (of := rx.OF_REST.search(first)) is not None and classify(of.group(1)) == "organization":
            return "organization"  # "the press service of the developer": the firm's own voice, not the state's
        if word in ("spokesperson", "spokesman", "spokeswoman", "representative"):
            m = rx.FOR_REST.search(first)
            owner = classify(m.group(1)) if m else None
            if owner in ("organization", "outlet") or company_role(first) and not _STATE_WORDS.search(first_low) \
                    or owner in (None, "named_person") and m is not None and m.group(1)[:1].isupper() \
                    or m is not None and company_owner(m.group(1), owner):
                return "organization"  # "a spokesperson for the company", "a company spokesman"
        if word in ("official", "officials") and company_role(rx.OFFICIALS.sub("official", first)) \
                and not _STATE_WORDS.search(first_low):
            return "organization"  # "union officials", "a company official": not the state
        if kind == "organization" and (_PERSON_REL.match(first_low) or person_clause(low)) and not name:
            return "anonymous_source"  # "a Chinese supplier who delivers vegetables": a person, not a firm
        if (
            word in _PERSON_OFFICIAL
            and (word not in _STATE_VOICES or _FORMER_IN.search(first_low) or workplace_inspector(first_low))
            and rx.INDEFINITE_START.match(first_low)
            and (not _INSTITUTION.search(rx.LABOUR_BEFORE_INSPECTOR.sub("", low)) or _FORMER_IN.search(first_low))
        ):
            # "a North Korean official in Hunchun", "a former inspector" are unnamed sources; an inspector,
            # a prosecutor, an ambassador speak in the state's name (product decision)
            return "anonymous_source"
        if kind == "outlet" and (first_low.split()[0] in lex.indefinite or _GENERIC_MEDIA.match(first)):
            return "organization"  # "a Scandinavian broadcaster", "local media": media cited by kind, not by name
        if kind == "official" and rx.FIRM_POSSESSOR.match(first):
            return "organization"  # "The factory's human resources officer": the firm's
        return "official" if kind == "anonymous_source" and speaker_roles.state_title(first) else kind  # "The U.S. attorney"
    if name:
        body = appositive_body(text) if "," in text else None
        if body is not None:
            return body  # "Habitat Malta, the agency that registers foreign workers": the body speaks
        # "Wang Lixin, a Foreign Ministry spokesperson": the role in apposition decides
        return (role_kind(text[len(first):]) if "," in text else None) or "named_person"
    if _AGENT_NP.match(_REL_CLAUSE.split(_head_chunk(first), maxsplit=1)[0].strip()):
        return "anonymous_source"  # "a tile setter", "another crane hoister": an unnamed person by role
    of = rx.OF_REST.search(first)
    if of and noun is None:  # "the regional branch of the Interior Ministry's press service"
        owner = classify(of.group(1))
        if owner in ("official", "organization", "outlet", "document"):
            return owner
    if cap and len(first.split()) >= 2:
        return "official" if speaker_roles.state_title(first) else "organization"  # "Hon. Grace Auma": a member
    if first_low in lex.outlets_lower:
        return "outlet"
    if _ACRONYM.fullmatch(first) and first_low not in _COMMON_CAPS:
        return "organization"  # "OFAC estimates ...": an agency or group by its initials
    if first_low.endswith("s") and " " not in first_low and _noun_kind(first_low[:-1]) is not None:
        return _noun_kind(first_low[:-1])[1]  # type: ignore[index]  # "Neighbours", "Smugglers": people, not a name
    # a surname on its own ("Pak", "Mr. Kim")
    if _SURNAME_ALONE.fullmatch(first) and (
        first_low not in _COMMON_CAPS
    ):
        return "named_person"
    return "organization" if brand_name(first) else None  # "StroyMonolit-K told us": a firm by its camel-case name


_GIVEN_NAME = re.compile(
    rf"\b(?:surnamed|whose\s+(?:sur|family\s+|first\s+)?name\s+is)\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)\b")
# a role noun before a name ("welder Tomasz Nowak", "the Seoul-based lawyer Kim Ji-ho")
_NOUN_NAME = re.compile(
    rf"^(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*|[A-Z][a-z]+-(?:based|born|area))\s+){{0,3}}([a-z][\w-]*)"
    rf"\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}})$")


def _unnamed_diplomat(first: str, text: str) -> bool:
    """ "three diplomats in the Kuwaiti capital", "one of the diplomats": diplomats talking to a reporter
    without a name speak as anonymous sources (a named ambassador or consul speaks for the state)."""
    if "iplomat" not in first:
        return False
    part = rx.ONE_OF_THE.match(first)
    noun = _noun_kind(_head_chunk(part.group(1) if part else first))
    return noun is not None and noun[0] in _DIPLOMATS and name_in(text) is None


def _owned_thing(head: str) -> bool:
    """Is the head noun after a possessive ("the women's salaries") a thing rather than a speaker: not in
    the speaker lexicon, not a person's role ("the trust's chairman", "the firm's director")?"""
    words = rx.HYPHENED_WORD.findall(head.lower())
    last = words[-1] if words else ""
    return bool(last) and _noun_kind(last) is None and last not in _OWNED_SPEAKERS and not rx.PERSON_SUFFIX.search(last)


def appositive_body(text: str) -> str | None:
    """The kind of a body described in apposition to a name ("Habitat Malta, the agency that registers
    foreign workers" -> official; "Harbour Crewing, the firm that hired them" -> organization); None when
    the apposition describes a person ("a researcher at ...", "the lawyer who ...")."""
    appos = text.split(",", 2)[1].strip()
    if not rx.ARTICLE_CI.match(appos) or rx.WHO.search(appos) or lawyer_apposition(appos):
        return None  # "a contractor who hired the team": a person
    head = _APPOS_CLAUSE.split(_head_chunk(appos), maxsplit=1)[0].strip()  # "the group running the shelter": group
    noun = _noun_kind(head)
    if noun is None or noun[1] not in ("official", "organization", "outlet") or noun[0] in _PERSON_OFFICIAL:
        return None  # ("Dalnevostochny Kurier, a Khabarovsk daily": the paper)
    last = rx.APOSTROPHE_S_END.sub("", head.split()[-1].lower()) if head.split() else ""
    if last != noun[0].split()[-1] or last in ("spokesperson", "spokesman", "spokeswoman", "representative") or (
            noun[1] == "organization" and rx.AGENT_SUFFIX.search(last)) or rx.AGENT_END.search(last):
        return None  # "a contractor", "a supplier": as often a person as a firm
    return noun[1]


_PERSON_REL = re.compile(r"^(?:a|an|one|another|the)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w-]+\s+who\b")
def _counted_noun(first: str) -> tuple[str, str] | None:
    """(noun, kind) of a counted phrase's head ("two of its foremen", "hundreds of men building a mall")."""
    part = rx.COUNTED_NOUN.match(first)  # not a participle's object
    return _noun_kind(_head_chunk(part.group(1) if part else first))


_ACRONYM = re.compile(r"[A-Z]{2,8}")  # "OFAC", "COOPAMES": a body by its initials or its short name


_TITLE_HEAD = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][a-z]+['\u2019]s\s+)?(?:(?:Deputy|Vice|Chief|Provincial|Regional|District|"
                         r"Federal|State)\s+){0,2}(?:Minister|"
                         r"Ambassador|Governor|Mayor|Prosecutor|Inspector|Consul|Consul-General|President|Premier|Commissioner)\s+(?:of|for|to|in)\b"
                         # "The Labour Superintendent", "the District Labour Officer", "the Labor Arbiter": a state officer by a titled post
                         r"|^(?:[Tt]he\s+)?(?:(?:Labour|Labor|District|Police|Revenue|Deputy|Assistant|Senior|Circle|Divisional|"
                         r"Sub-Divisional|Immigration|Customs|Border|Executive)\s+){1,3}(?:Officer|Superintendent|Magistrate|Collector|Arbiter)$")
_AGENT_NP = re.compile(  # (with an age: "a helper aged 17")
    r"^(?i:a|an|one|another)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*(?:er|or|ist|ian|man|woman|ant|ent)(?:\s+aged\s+\d{1,2})?$")
_YEAR_OLD = re.compile(r"\b\d{1,2}-year-old\b")
_CAP_NAME = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|on|[A-Z][\w&.'’-]*)){1,8}(?:\s+(?:plc|ltd\.?))?$")
_PARTICIPLES = frozenset(
    """aged based involved employed interviewed named unnamed detained connected linked affiliated qualified licensed
    registered retired dispatched returned dedicated funded backed concerned informed unidentified unnamed
    experienced respected trusted specialised specialized advanced armed displaced repatriated released
    contacted reached quoted cited obtained seen published leaked signed dated compiled prepared issued reviewed
    gathered collected conducted analysed analyzed produced presented commissioned supported organised organized
    stationed posted assigned deployed interviewed surveyed questioned photographed filmed recorded found seized
    examined inspected provided shared sent translated handed copied scanned stamped drafted attached
    circulated unsealed lodged served entered amended redacted notarised notarized updated revised appended
    handwritten exhibited tabled filed submitted read quoted surnamed nicknamed briefed acquainted authorised
    authorized allowed permitted accredited embedded hired contracted stranded trapped trafficked recruited
    rescued housed injured abandoned deported exploited smuggled bonded indebted stuck dismissed
    evicted""".split()
)
_INSTITUTION = re.compile(
    r"\b(?:ministry|government|agency|police|embassy|consulate|customs|bureau|department|office|council|"
    r"commission|administration|labou?r|immigration|security|intelligence|foreign|state|city|municipal|"
    r"provincial|regional|federal|unification|interior|home affairs|embassy|inspectorate|directorate|procuracy|court|"
    r"tribunal|prefecture|governorate|township|county|district)\b",
    re.IGNORECASE,
)
_STATE_VOICES = frozenset("spokesperson spokesman spokeswoman minister ambassador consul inspector prosecutor judge "
                          "governor".split())
_FORMER_IN = re.compile(r"\b(?:former|ex-|retired|onetime|one-time)\b")
_PERSON_OFFICIAL = frozenset(
    "official spokesperson spokesman spokeswoman minister ambassador diplomat envoy governor mayor president "
    "inspector commissioner secretary senator lawmaker legislator prosecutor judge consul".split()
)

_TOKEN = re.compile(r"[A-Za-z-]+")  # below: clause and article shapes, compiled once (the re module cache is shared and evicts)
_THAT_CLAUSE = re.compile(r"that\s+(?:all|the|some|no|every|most|many|both|each|its|their)\s|"  # (s39) "Madam Chair, I am
                          r".*,\s+(?:I|we)\s+(?:am|was|are|were|have\s+been|had\s+been)$", re.I)  # [told]": the one addressed
_WE_VERBED = re.compile(r"\b(?:we|I|they|now)\s+[a-z]+ed\b")
_ARTICLE, _WHO_RUNS = re.compile(r"^(?:a|an|the)\s", re.IGNORECASE), re.compile(r"who\s+(?:runs|owns|manages|heads)\s+(?!an?\s)")
_SPACES = re.compile(r"\s+")
_PAREN, _PART_COMMA = re.compile(r"\s*\([^()]{1,60}\)"), re.compile(r"(?<!\d),|,(?!\d{3}\b)")  # not "$1,400"'s comma


def _plausible(np: str) -> bool:
    np = _PAREN.sub("", np).strip() if "(" in np else np.strip()
    if not np or len(np.split()) > 25 or _THAT_CLAUSE.match(np):
        return False  # (a clause, "... and that all companies found in breach ...", not "that company")
    first = _PART_COMMA.split(np, maxsplit=1)[0]  # the phrase's first part ("X, a guard"); a number is whole
    before_rel = _REL_CLAUSE.split(first, maxsplit=1)[0]
    if _BAD_NP.found(before_rel) or speaker_kinds.too_long(speaker_kinds.without_time(before_rel), 16 if document_first(first) else 12):
        return False
    toks = _TOKEN.findall(_WE_VERBED.sub("", before_rel))  # "employers we approached", "a worker now resettled"
    for i, w in enumerate(toks[1:], start=1):
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""  # "supplied to us by X": the agent is still to come
        nxt = "by" if nxt in ("to", "with") and "by" in (t.lower() for t in toks[i + 2:i + 5]) else nxt
        if w.endswith("ed") and np_adjectives.verbal(toks, i, _PARTICIPLES) and nxt != "by" and "-" not in w and (nxt or w != "received"):
            return False
    return classify(np) is not None or np.lower() in ("he", "she", "they", "we", "i", "it")


def _trim_np(np: str) -> str:
    """Cut a speaker phrase after its apposition ("Pak, 41, who spent ..." -> "Pak")."""
    keep = (chunks := [c.strip() for c in np.strip().rstrip('.,;:”"').split(",")])[:1]
    for c in chunks[1:]:  # "Ana Ruiz, director of Coral Foods": a bare role of a body is kept too
        if describes_place(keep[-1], c):
            break  # "a packer at a plant in Salalah, a port city on the coast": the place's apposition
        if (_ARTICLE.match(c) or _BARE_ROLE.match(c) and classify(c) in _BODY_KINDS) and not _REL_CLAUSE.match(
                c) or _WHO_RUNS.match(c) and classify(f"{keep[0]}, {c}") == "organization":
            rel = _REL_CLAUSE.search(c)
            if rel is not None and len(c.split()) > (12 if classify(keep[0]) == "anonymous_source" else 8) and alias_name(c) is None:
                keep.append(c[: rel.start()].strip())  # "a lawyer in Dar es Salaam who ...": the role ("Another source, a trader who ..." kept)
                break
            keep.append(c)
        elif _NAME_RE.match(c) and not name_in(keep[0]):
            keep.append(c)
        else:
            break
    return ", ".join(keep)


def _cue(verb: str) -> str:
    v = _SPACES.sub(" ", verb.lower())
    base = _lex().verb_base.get(v, v)
    return {"tell": "told", "say": "said"}.get(base, base)


@lru_cache(maxsize=1024)
def _person_like(word: str) -> re.Pattern[str]:
    """ "a subcontractor who ...", "a contractor familiar with ...": a firm's noun used for a person."""
    return re.compile(rf"\b{re.escape(word)}s?\s+(?:who|familiar\s+with|close\s+to|with\s+(?:knowledge|ties))\b")

