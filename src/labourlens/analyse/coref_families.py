"""Families of words that name one source again (gold README: "a speaker keeps its id for the whole
document"). The lede's role-only speaker named in the next paragraph ("... a lawmaker said on Sunday."
then "MP Jana Vos told a committee ..."): one person. A document named again by another word of its
family: "the filing" after "court documents" or "documents filed with the court", "the listing" after
"the designation notice". The families are data (knowledge/source_roles.yaml ``lede_role_families``,
``document_families``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from labourlens import knowledge
from labourlens.analyse.lede_firms import lede_firm_named
from labourlens.analyse.lede_groups import lede_group_named
from labourlens.analyse.lede_identity import (
    bare_identity,
    bystander_of_body,
    career_clause,
    described_again,
    possessive_lede,
)
from labourlens.analyse.registry_entry import Entry, RegistryEntry

_INDEFINITE = re.compile(r"(?i)^(?:an?|one)\s")
_OTHER = re.compile(r"(?i)\b(?:second|third|another|other|further|different|fellow)\b")
_QUALIFIERS = ("former", "ex-", "retired", "current", "senior")
_DESCRIBED = ("named_person", "official")




@cache
def _families() -> tuple[frozenset[str], ...]:
    data = knowledge.load("source_roles.yaml") or {}
    return tuple(frozenset(str(w).lower() for w in fam) for fam in data.get("lede_role_families") or [])


_LOWER_WORD = re.compile(r"[a-z][a-z'-]*")
# a clause on a thing the person is given with (a body, a place): it says nothing of the person's own role
_WHICH_CLAUSE = re.compile(r",\s+which\s")


def _words(text: str) -> set[str]:
    low = " ".join(_LOWER_WORD.findall(text.lower()))
    words = set(low.split())
    words |= {w[:-1] for w in words if w.endswith("s") and not w.endswith("ss")}
    return words | {p for fam in _families() for p in fam if " " in p and f" {p} " in f" {low} "}


def role_fits(head: str, lede: str, named: str) -> bool:
    """Does the named speaker's description (``named``: "MP Jana Vos", "Jo Lind, a senior inspector")
    describe the role the lede gave (``head`` of ``lede``: "a lawmaker", "an inspector")?"""
    role = head.lower()
    words = _words(_WHICH_CLAUSE.split(named, maxsplit=1)[0])  # not "X of a group, which has helped the trapped cooks"
    if role in words:
        return True
    fams = [fam for fam in _families() if role in fam]
    if not any(fam & words for fam in fams):
        return False
    lede_q = {q for q in _QUALIFIERS if q in lede.lower()}  # "a former employee": a former one again
    return not lede_q or bool(lede_q & {q for q in _QUALIFIERS if q in named.lower()})


_GENDER_NOUN = re.compile(r"(?i)\b(?:man|woman|male|female)\b")
_ARTICLE_START_CI = re.compile(r"(?i)^(?:the|an?)\s+")


def lede_named(entries: Sequence[Entry], np: str, kind: str, name: str | None, gender: str = "",
               said: Mapping[str, str] | None = None) -> Entry | None:
    """The lede's unnamed single speaker when ``np`` names a person for the first time, nobody else has
    spoken as a person since the lede, and ``np`` describes that person's role; the entry is renamed to
    ``np`` ("a lawmaker said ..." / "MP Jana Vos said"); a spokeswoman named after her title is
    registry._named_spokesperson. None otherwise ("a worker said ... Another worker, Lin Bo, said": someone else)."""
    if kind == "organization":
        return lede_firm_named(entries, np, kind, name)  # "A Lagos cement maker ..." then "Ikeja Cement Works said"
    if kind not in _DESCRIBED or not name or _OTHER.search(np) or _common_noun(np):
        return None
    people = [e for e in entries if e.person]
    if len(people) != 1:
        return None
    e = people[0]
    wording = (e.source.wording or "").strip()
    # a possessive lede keeps its wording as its canonical form ("their church minister"): that is no name yet
    named_before = e.source.canonical is not None and not (possessive_lede(wording) and e.source.canonical == wording)
    if e.plural or named_before or not (_INDEFINITE.match(wording) or possessive_lede(wording)) \
            or _OTHER.search(wording) or e.source.kind not in ("anonymous_source", "official"):
        return None
    # "A deckhand who ..." then "Andi Saputra, 27, from Tegal, told ...": a name with no role of its own
    # "A former guard ..." then "Ri Song, who guarded a camp until 2019 and now ...": the career the lede gave
    if not role_fits(e.head, wording, np) and not (
            e.source.kind == "anonymous_source" and (bare_identity(np, name) and not bystander_of_body(e.head, np)
                                                     or career_clause(np, name, wording, e.head))
            and not described_again(e.head, (said or {}).get(e.source.key, ""))):
        return None
    lede_gender = _GENDER_NOUN.search(wording)
    if gender and lede_gender and (gender == "female") != (lede_gender.group(0).lower() in ("woman", "female")):
        return None
    e.source.wording, e.source.kind, e.source.canonical = np, kind, name
    e.norm = " ".join(_ARTICLE_START_CI.sub("", np).lower().split()).strip(" ,.")
    return e


@cache
def _doc_families() -> tuple[frozenset[str], ...]:
    data = knowledge.load("source_roles.yaml") or {}
    return tuple(frozenset(str(w).lower() for w in fam) for fam in data.get("document_families") or [])


_LOWER_LETTERS = re.compile(r"[a-z]+")


def names_document(head: str, wording: str, context: str = "") -> bool:
    """Does a later "the ``head``" name the document an earlier ``wording`` introduced: ``head`` is one of its
    words ("the report" after "a report by X") or a word of the same family ("the filing" after "an indictment
    filed in Virginia"); not by family when the ``context`` before tied "the ``head``" to a speaker
    ("Prosecutors said in the filing ...")."""
    words = set(_LOWER_LETTERS.findall(wording.lower()))
    if head in words:
        return True
    if re.search(rf"(?i)\b(?:said|says|stated|states|wrote|alleged|alleges|argued)\s+in\s+(?:the|a|an|its|their)\s+"
                 rf"{re.escape(head)}\b", context):
        return False  # "Prosecutors said in the filing ... The filing also says": the speaker's filing
    return any(head in fam and bool(fam & words) for fam in _doc_families())


_CODE = re.compile(r"[A-Z]{1,2}-?\d{0,3}")


_OWN_SHORT = re.compile(r"^(?:Our|My)\s+[a-z]+$")


def label_tail(np: str, wording: str) -> bool:
    """Is ``np`` the code of the label an earlier source was given ("K said" after "a former cook,
    identified here as Worker K"; "B2 added" after "Respondent B2"), or the name of the group a lede gave by kind
    (:mod:`labourlens.analyse.lede_groups`)?"""
    from labourlens.analyse.source_names import label_of  # source_names imports the speaker lexicon late

    if lede_group_named(np, wording):
        return True  # "Haki Migrant Watch said" after "..., a Nairobi rights group said": the group, by its name
    if np[:3] in ("Our", "My ") and _OWN_SHORT.match(np) and _OWN_SHORT.match(wording) is None:  # (s45) "Our contact also
        # says" after "Our Harbin-based contact says": the writer's own source, without its qualifier
        own = wording.lower().split()
        return len(own) > 2 and own[0] == np.split()[0].lower() and own[-1] == np.split()[-1].lower()
    label = label_of(wording) if _CODE.fullmatch(np.strip()) else None
    return label is not None and label.split()[-1] == np.strip()


_BOTH_GENERIC = frozenset("sources people persons informants interviewees witnesses".split())


def both_fits(phrase: str, group_head: str, group_wording: str = "") -> bool:
    """Can "both ..." (``phrase``) be the two people a group introduced ("two former site managers": head
    ``group_head`` "managers")? "Both", "Both managers", "Both sources" can, and so can a worker noun with the
    group's own modifiers ("Both former workers" after "two former crew members"); "Both women" after "two
    former employees" is read as a pair of its own (the two may have been met one by one since)."""
    words = phrase.lower().split()[1:]
    if not words or words[-1] in _BOTH_GENERIC or words[-1] == group_head.lower():
        return True
    own = group_wording.lower().replace(",", " ").split()
    if len(words) < 2 and words[-1] in ("men", "women", "girls"):
        return False
    return words[-1] in _worker_words() and all(w in own for w in words[:-1]) \
        and any(w in _worker_words() for w in own)


def _two_group(e: RegistryEntry) -> bool:
    return e.plural and e.source.kind == "anonymous_source" and (e.source.wording or "").lower().split()[:1] == ["two"]


_THE_START = re.compile(r"^the\s+")


def counted_fits(count: str | None, phrase: str, e: RegistryEntry, entries: Sequence[RegistryEntry]) -> bool:
    """Is ``e`` the group "the two men" / "both sources" (``phrase``; ``count`` "two", None for "both")
    goes back to: a group opened by that count; for "both", the last pair met, when the words fit it
    ("Both women" after "two former employees" is a pair of its own)."""
    if count is not None:  # "all four foremen": the group of four foremen, not "four workers and two managers"
        return _THE_START.sub("", (e.source.wording or "").lower()).split()[:1] == [count] and (
            not phrase.startswith("all ") or phrase.split()[-1] == e.head.lower())
    pairs = [x for x in entries if _two_group(x)]
    return bool(pairs) and pairs[-1] is e and (both_fits(phrase, e.head, e.source.wording or "") or _both_workers(phrase, e.source.wording or ""))


_UNCOUNTED_HEAD = re.compile(r"^(?:the\s+)?[a-z][\w-]*\s")
_COUNT_WORD = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|some|several|many|most|few|both)\b")


def uncounted_group(entries: Sequence[Entry], count: str | None) -> Entry | None:
    """ "The 63 men, most of them masons, said" after "according to workers gathered outside the camp": the one
    group of people met so far, given without a number, that a counted definite phrase (``count``) names again;
    None when there is no such group, or another group or person was met since."""
    if count is None:
        return None
    people = [x for x in entries if x.source.kind in ("anonymous_source", "named_person")]
    if len(people) != 1 or not people[0].plural:
        return None
    wording = (people[0].source.wording or "").lower()
    return people[0] if _UNCOUNTED_HEAD.match(wording) and not _COUNT_WORD.search(wording) else None


_LOWER_RUN = re.compile(r"[a-z-]+")


def _both_workers(phrase: str, wording: str) -> bool:
    """ "Both former workers" after "two former crew members": a worker noun (not "men" / "women", which may
    be another pair) for a pair introduced by a worker noun."""
    words = phrase.lower().split()[1:]
    trades = _worker_words() - {"men", "women", "girls"}
    return bool(words) and words[-1] in trades and bool(set(_LOWER_RUN.findall(wording.lower())) & trades)


@cache
def _worker_words() -> frozenset[str]:
    data = knowledge.load("indicators.yaml") or {}
    return frozenset(str(w).lower() for w in data.get("worker_people") or [])


_POSTMODIFIER = re.compile(r"\b(?:who|that|which|hired|employed|working|recruited|brought|sent|from|in|at|on|for|"
                           r"with|of)\b|[,;(]")


def is_crew(head: str, group_nouns: frozenset[str], wording: str = "") -> bool:
    """Is a plural group with this ``head`` (or the noun its ``wording`` opens with, "Ugandan tile-fitters
    hired for ...") a group of workers that "the men", "the women" or "the workers" may go back to? The
    worker nouns are the indicator lexicon's ``worker_people`` (knowledge/indicators.yaml); "two villagers"
    are not such a group."""
    lead = _POSTMODIFIER.split(wording.lower(), maxsplit=1)[0].split()
    for noun in {head.lower(), lead[-1] if lead else ""} - {""}:
        if noun in group_nouns or noun in _worker_words() or noun.rsplit("-", 1)[-1] in _worker_words():
            return True
    return False


_PARTICIPLE = re.compile(r"\s+(?:hired|employed|recruited|brought|sent|housed|placed|contracted|dispatched|"
                         r"interviewed|surveyed|questioned|contacted|reached|quoted|cited|working|living)\b.*$",
                         re.IGNORECASE | re.DOTALL)


def without_participle(np: str) -> str:
    """A person phrase without its participial postmodifier, whose verb is never the head ("Ugandan
    tile-fitters hired for a villa project" -> "Ugandan tile-fitters"; "Workers interviewed for this report"
    -> "Workers")."""
    cut = _PARTICIPLE.sub("", np)
    return cut if cut.strip() else np


def ordinal_introduced(entries: Sequence[Entry], ordinal: str) -> Entry | None:
    """The source introduced by that ordinal itself ("The second, a woman who keeps the accounts, said ..."),
    the one "the second employee" or "the second source" goes back to, whatever the noun: the last one."""
    found = [e for e in entries if e.source.kind == "anonymous_source" and not e.plural and re.match(
        rf"(?i)the\s+{ordinal}\s*,", (e.source.wording or "").strip())]
    return max(found, key=lambda e: e.order) if found else None


# "The interpreter and one former worker", "A driver and two of the cooks": two people joined, a group
_JOINED = re.compile(r"^(?:the|a|an|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+and\s+"
                     r"(?:an?|one|two|three|four|the|several|other|some)\s+[a-z]", re.IGNORECASE)


def joins_people(np: str) -> bool:
    """Does the speaker phrase join two people or groups ("The interpreter and one former worker")? Such a
    phrase names nobody met before by its last noun ("worker" is not "All five former workers")."""
    return _JOINED.match(np.strip()) is not None


_ORDINAL_INTRO = re.compile(r"^the\s+(first|second|third|fourth|fifth),\s", re.IGNORECASE)
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth")


def counted_people(entries: Sequence[Entry], noun: str, fits: Callable[[str], bool]) -> list[Entry]:
    """The single unnamed people "the second employee" counts among: those a report introduced by number
    ("Two employees ... The first, a supervisor, ... The second, a cook, ...") when it did, in that order;
    otherwise every single unnamed person whose noun ``fits`` (``noun`` empty: all of them)."""
    anon = [e for e in entries if e.source.kind == "anonymous_source" and not e.plural]
    intros = [e for e in anon if _ORDINAL_INTRO.match(e.source.wording or "")]
    said = [m.group(1).lower() for e in intros if (m := _ORDINAL_INTRO.match(e.source.wording or ""))]
    if len(intros) >= 2 and said == list(_ORDINAL_WORDS[:len(said)]):
        return intros
    fitting = [e for e in anon if not noun or fits(e.source.wording or "")]
    ones = [i for i, e in enumerate(fitting) if _ONE_INTRO.match(e.source.wording or "")]
    # "Two sources ... One source said ... The second source said": counted from the one that opened the pair
    return fitting[ones[-1]:] if ones else fitting


def body_named(e: Entry, np: str) -> bool:
    """Is ``e`` a body given the name ``np`` when it was introduced ("Korea Labour Watch said" after "The group, Korea
    Labour Watch, said")?"""
    return e.source.kind in ("organization", "official") and not e.person and (
        e.source.canonical or "").casefold() == np.casefold()


_ONE_INTRO = re.compile(r"(?i)^\s*one\s+(?!of\b)[a-z]")


def _common_noun(np: str) -> bool:
    """ "Inspectors found ...", "Police said ...": a speaker noun capitalised at the start of a sentence, not a name."""
    from labourlens.analyse.speaker_lexicon import _lex  # late: the lexicon module imports this one's users

    words = np.strip(" ,.").split()
    return len(words) == 1 and words[0].lower() in _lex().noun_table


_MEMBER = re.compile(r"(?i)^(?:the|an?|one)\s+(?:of\s+the\s+)?(?:[\w'\u2019-]+\s+){0,2}?([a-z-]+)(?=\s+(?:with|of|from|at|for|in)\b|$)")


def member_relays(speaker: str, relay: str) -> bool:
    """ "Inspectors found ..., according to the inspector", "Auditors noted ..., one of the auditors said": the
    relayer is one of the group that found it, so the relayer is the source (the group has no other voice)."""
    words = speaker.strip().lower().split()
    m = _MEMBER.match(relay.strip().split(",")[0].strip())
    if not words or len(words) > 3 or not words[-1].endswith("s") or m is None:
        return False
    return m.group(1).lower() in (words[-1][:-1], words[-1])
