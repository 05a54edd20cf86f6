"""How a report refers back to a source it introduced earlier by a role, a title, a fuller description
or a name given in apposition (used by :mod:`labourlens.analyse.registry`).

- "the inspector" after "Chief Inspector Tomasz Wilk of the labour inspectorate": a capitalised title
  before the name;
- "the other woman" after "Another woman, Pham Thu Ha, said ...": the one introduced as the other;
- "the Nepali worker" after "The worker, a 23-year-old from Nepal": every qualifier was said before;
- "Ahmed" after "One of the workers, Bashir Ahmed": a name given in apposition to an unnamed phrase;
- "The economist disagreed. She said ...": the role that opens the sentence before a pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from labourlens.analyse.fronted_roles import role_before_name
from labourlens.analyse.gated import gated
from labourlens.analyse.group_speakers import bare_count, counted_partitive, subset_word  # noqa: F401  (for the registry)
from labourlens.analyse.proper_renames import adopt_proper_name
from labourlens.analyse.registry_entry import Entry
from labourlens.analyse.speaker_kinds import own_staff
from labourlens.analyse.speaker_repairs import country_alone  # noqa: F401  (for the registry)
from labourlens.analyse.speaker_spans import byline_name, swallowed_verb  # noqa: F401  (for mentions, registry)
from labourlens.analyse.speakers import Mention, classify

__all__ = ["adopt_proper_name", "own_staff", "apposed_name_tokens", "cataphoric_entry", "count_of_group",
           "describes_person", "given_name", "agent_of_verb", "introduced_as_other", "part_of_group",
           "possessor_clash", "qualifier_clash", "qualifiers_fit", "role_before_name", "role_subject_before",
           "titled_role", "without_contact_clause"]


def describes_person(kind: str, head: str) -> bool:
    """Can a definite description of kind ``kind`` with head noun ``head`` refer back to one person by the words
    of that person's introduction ("the deputy inspector" after "Ana Ruiz, a deputy inspector")? A state body
    ("the inspection team", "the border service") is no person, even when a person was introduced as its member."""
    from labourlens.analyse import registry  # imported here: registry imports this module

    if kind in ("anonymous_source", "named_person"):
        return True
    return kind == "official" and registry._singular(head) in registry._PERSON_HEADS


def titled_role(wording: str, head: str) -> bool:
    """True when ``head`` ("inspector") stands as a capitalised title before a name in ``wording``
    ("Chief Inspector Tomasz Wilk"), not as a common noun ("a labour inspector" has no title)."""
    if not head.isalpha() or len(head) < 4 or head.capitalize() not in wording:
        return False
    return re.search(rf"\b{head.capitalize()}\s+[A-Z][a-z]", wording) is not None


_OTHER_INTRO = re.compile(r"^(?:another|a\s+second|a\s+further|one\s+more)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\b")


def introduced_as_other(wording: str, noun: str) -> bool:
    """True when a source was introduced as the other one of its kind ("Another woman, Pham Thu Ha",
    "a second trader"), so that "the other woman" / "the other trader" is that source."""
    m = _OTHER_INTRO.match(wording.strip().lower())
    return m is not None and (m.group(1) == noun or m.group(1).rstrip("s") == noun.rstrip("s"))


_STOP = frozenset("the a an of in at from for with who whose which that and on".split())


_LOWER_WORD = re.compile(r"[a-z][a-z-]+")
# one of the workers by his place in a working group ("an ex-member of the brigade", "one member of the gang")
_CREW_MEMBER = re.compile(r"(?i)\bmember\s+of\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:crew|team|brigade|gang|workforce|squad)\b")


def qualifiers_fit(norm: str, wording: str) -> bool:
    """True when every qualifier of a definite reference ("nepali worker", "interior ministry official")
    was said of a source before: each word, or its stem ("Nepali" for "Nepal"), is in ``wording``. The
    head noun (the last word) must be there too."""
    words = [w for w in norm.split() if w not in _STOP]
    have = _LOWER_WORD.findall(wording.lower())
    if _CREW_MEMBER.search(wording):
        have.append("worker")  # "the former worker" after "an ex-member of the brigade"
    if len(words) < 2 or not have or words[-1] not in have and not agent_of_verb(words[-1], have):
        return False

    def said(w: str) -> bool:  # "moroccan" for "morocco": a shared stem of all but two letters
        return w in have or len(w) >= 5 and any(len(h) >= 5 and _shared(h, w) >= max(4, min(len(h), len(w)) - 2)
                                                for h in have)
    return all(said(w) for w in words[:-1])


def agent_of_verb(head: str, have: Sequence[str]) -> bool:
    """Is ``head`` the doer of a verb said of the source ("worker" after "who worked in the kitchen", "driver"
    after "who drives for the plant", "seller" after "who sells diesel")? A fuller reference names the same
    person by what the introduction said the person does."""
    if len(head) < 5 or not head.endswith("er"):
        return False
    stems = {head[:-2], head[:-1]}  # "work" of "worker", "drive" of "driver"
    forms = {f"{st}{end}" for st in stems for end in ("", "s", "ed", "d", "ing")} | {head[:-3] + "ing"}
    return any(h in forms for h in have)


def _shared(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


_APPOSED = re.compile(r",\s+((?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)\s*(?:,|$)")


_DETERMINER = re.compile(r"(?:The|A|An|One|Another|Two|Three|His|Her|Their|Its)\b")


def apposed_name_tokens(wording: str) -> list[str]:
    """The words of a personal name given after a comma to an unnamed phrase ("One of the workers,
    Bashir Ahmed" -> ["Bashir", "Ahmed"]); [] when the phrase opens with a name or has none."""
    if wording[:1].isupper() and not _DETERMINER.match(wording):
        return []
    m = _APPOSED.search(wording)
    return m.group(1).split() if m else []


_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019')\]]*\s+|\n")
_ROLE_OPENING = re.compile(r"^[Tt]he\s+([a-z][a-z-]+)\s+(?!said\b|says\b|told\b|added\b)[a-z]+")


def role_subject_before(context: str) -> str | None:
    """The role noun opening the last sentence of ``context`` when it is not an attribution ("The
    economist disagreed." -> "economist"): the antecedent of a "he" / "she" that follows."""
    tail = context[-300:].rstrip()
    ends = [b.end() for b in _SENTENCE_END.finditer(tail, 0, max(0, len(tail) - 1))]
    last = tail[ends[-1] if ends else 0:].lstrip(" \n")
    m = _ROLE_OPENING.match(last)
    return m.group(1) if m else None


_SUBSET = re.compile(r"^\s*(?:[\w-]+\s+){1,2}?of\s+(?:the|them|those|these|us)\b", re.IGNORECASE)


def part_of_group(wording: str) -> bool:
    """True for a part of a group met before ("Nine of the fourteen", "two of them", "Most of the men"):
    a later "Most said" or "Several said" speaks for the whole group, not for this part."""
    return _SUBSET.match(wording) is not None


# "The men I spoke with", "the workers we interviewed", "the women our reporter met": a contact clause
_CONTACT_CLAUSE = gated(r"(?<![,&])(?<! and)\s+(?:I|we|our\s+[a-z]+|the\s+(?:author|writer|reporter|researchers?))(?:\s+(?:have|had))?"
                             r"(?:\s+(?:spoke|spoken|talked|interviewed|met|reached|contacted|visited|surveyed)"
                             r"(?:\s+(?:to|with))?)?\s*$")


# "a diplomat briefed (on the case)", "a source familiar (with the contract)": a modifier after the head noun
_POST_MODIFIER = gated(r"(?<=[a-z])\s+(?:briefed|familiar|close|involved|knowledgeable|acquainted|connected|"
                            r"linked|speaking|working|employed|based|present|stationed|posted|deployed)\s*$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # speed: asked again for the same phrases (registry._head_word)
def without_contact_clause(chunk: str) -> str:
    """A person phrase without the clause saying who met them ("The men I spoke with" -> "The men") or a
    modifier after its noun ("a diplomat briefed" of "a diplomat briefed on the case" -> "a diplomat"), so
    that its head noun is the people, not the verb's preposition."""
    return _POST_MODIFIER.sub("", _CONTACT_CLAUSE.sub("", chunk))


# words of a definite reference that say nothing about which source it is ("the same source")
_BARE_QUALIFIERS = frozenset("same first second third other original anonymous unnamed earlier former latter "
                             "last one".split())


_LOWER_TOKEN = re.compile(r"[a-z][a-z-]*")


def qualifier_clash(norm: str, said: str) -> bool:
    """True when a definite reference to an unnamed source carries a qualifier never said of an earlier
    source ("the police source" after "a diplomat briefed on the case"): someone else, not that source."""
    words = norm.split()[:-1]
    have = set(_LOWER_TOKEN.findall(said.lower()))
    return any(w not in _BARE_QUALIFIERS and w.isalpha() and w not in have for w in words)


# "Of those, 21 said ...", "Among them, most told us ...": a count of the group just named
_COUNT_OF_GROUP = re.compile(
    r"^\s*(?:Of|Among)\s+(?:those|them|these|the\s+[\w-]+)\s*,\s+(?P<n>\d+|most|many|several|some|half|all|nearly\s+all|"
    r"almost\s+all|a\s+(?:majority|third|quarter|few)|two-thirds|(?:twenty|thirty|forty|fifty)(?:-[a-z]+)?|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen)(?:\s+of\s+them)?\s+(?:also\s+)?"
    r"(?P<verb>said|told|reported|described|recalled|complained|stated)\b")


def count_of_group(sentence_text: str) -> Mention | None:
    """ "Of those, 21 said their passports were held": the group just named speaks (as "they"), not the
    writer; None for other sentences."""
    m = _COUNT_OF_GROUP.match(sentence_text)
    if m is None:
        return None
    return Mention("they", m.start("n"), m.end("n"), "said" if m.group("verb") != "told" else "told", False)


_POSSESSOR = re.compile(r"^(?:the|its|their)\s+((?:[\w-]+\s+){0,3}?[\w-]+)['\u2019]s\s", re.IGNORECASE)
# the proper name a body belongs to ("the Ministry of Labour of Kazakhstan", "the Government of Chad")
_OF_PROPER = re.compile(r"\bof\s+(?:the\s+)?((?:[A-Z][\w'-]*)(?:\s+(?:of\s+)?[A-Z][\w'-]*)*)\s*$")
_GOVERNMENT_OF = re.compile(r"(?i)^\s*(?:the\s+)?government\s+of\s")
_OWN_WORDS = frozenset("the its their company firm plant factory site".split())
# a person on the workers' side ("a lawyer for the workers", "a representative of the crews' union")
_WORKER_SIDE = re.compile(r"\b(?:for|representing|of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:workers|employees|families|victims|"
                          r"union|plaintiffs|claimants|crews?|migrants|women|men)\b", re.IGNORECASE)


def possessor_clash(np: str, wording: str) -> bool:
    """True when a definite reference names an owner the earlier source did not have ("The main
    contractor's site manager" after "Al Noor's operations manager, Khalid Rahman"): two people."""
    if (mine := _OF_PROPER.search(np)) is not None:
        theirs = _OF_PROPER.search(wording)
        if theirs is not None and mine.group(1).casefold() not in wording.casefold() \
                and theirs.group(1).casefold() not in np.casefold():
            return True  # "The Government of Niger" after "The Government of Chad": another state's (not "the Ministry
            # of Information of the State of Eritrea" after "the Ministry of Information")
        last = mine.group(1).split()[-1].casefold()
        if theirs is None and _GOVERNMENT_OF.match(np) and last[:max(4, len(last) - 1)] not in wording.casefold():
            return True  # "The Government of Senegal" after "local authorities"; not after "the Senegalese authorities"
    m = _POSSESSOR.match(np.strip())
    if m is None:
        return False
    if _WORKER_SIDE.search(wording) and set(m.group(1).lower().split()) & _OWN_WORDS:
        return True  # "The company's lawyer" after "A lawyer for the workers, Ana Lima": the other side's lawyer
    owner = [w for w in _LOWER_WORD.findall(m.group(1).lower()) if w not in _OWN_WORDS]
    have = set(_LOWER_WORD.findall(wording.lower()))
    return bool(owner) and not all(w in have for w in owner)


_OTHER_ONE = re.compile(r"\b(?:second|third|fourth|fifth|another|other|further|different|new)\b", re.IGNORECASE)


_INDEFINITE = re.compile(r"(?i)an?\s")


def cataphoric_entry(entries: Sequence[Entry], np: str, kind: str, head: str) -> Entry | None:
    """The source a report first called only "the source" (a correction note or a summary above the
    story: "The source said about 130.") when the story then introduces it ("a source inside Russia
    told ..."): that one entry, so that both are one source; None when another source of that kind was
    met, or the new phrase is "a second source" or not indefinite."""
    if kind != "anonymous_source" or not _INDEFINITE.match(np) or _OTHER_ONE.search(np):
        return None
    same = [e for e in entries if e.source.kind == "anonymous_source" and not e.plural and e.head == head]
    if len(same) != 1 or same[0].norm != head or not (same[0].source.wording or "").lower().startswith("the "):
        return None
    return same[0]


def given_name(token: str) -> bool:
    """Is ``token`` a known given name ("Agnieszka")? Then a sentence it opens is about that person, even when
    the person was read as speaking for a body ("Agnieszka Ruda, a lawyer representing the union, said ...")."""
    from labourlens.analyse.source_refs import given_name_gender  # source_refs is imported late

    return given_name_gender(token) != ""


def role_named_now(entries: Sequence[Entry], np: str, head: str) -> Entry | None:
    """The unnamed source a definite role now names in apposition ("The spokesperson, Anna Holm, said" after
    "A spokesperson for Northwind Fisheries said"): the last single unnamed person with that head noun, unless the
    name given is a body's ("the operator, Kestrel Coal Ltd" is a firm, not the crane operator heard before); or a
    body of that head noun that an indefinite article introduced without a name ("The network, X, said" after
    "..., a workers' network said": named now); not a person's body ("The firm, X" after "A spokesperson for a
    firm" names a firm of its own); None for a role not met before or one with more words."""
    first = np.split(",")[0].strip().lower().split()
    if len(first) != 2 or first[0] != "the" or first[1] != head.lower() or "," not in np:
        return None
    body_named = classify(np.split(",")[1].strip()) in ("organization", "official", "outlet", "document")
    found = [] if body_named else [e for e in entries if e.person and not e.plural and e.source.canonical is None
                                   and e.head == head.lower()]
    bodies = [] if found else [e for e in entries if not e.person and not e.plural and e.source.canonical is None
                               and e.source.kind in ("organization", "official") and e.head == head.lower()
                               and _INDEFINITE_LEAD.match(e.source.wording or "") is not None]
    if bodies:  # the body is worded with its name from now on: "a workers' network, X"
        found = [max(bodies, key=lambda e: e.order)]
        found[0].source.wording = f"{found[0].source.wording}, {' '.join(np.split(',')[1].split())}"
    last = max(found, key=lambda e: e.order) if found else None
    name = np.split(",")[1].strip()
    if last is not None and last.person and last.source.kind == "anonymous_source" and (
            (last.source.wording or "").strip().lower() == f"the {head.lower()}") and classify(np) == "named_person":
        # "The foreman says the accounts are fair." in a standfirst, then "The foreman, Ana Ruiz, said": a person named from now
        # on, the name given in apposition
        last.source.wording, last.source.canonical, last.source.kind = " ".join(np.split()), name, "named_person"
    return last


_INDEFINITE_LEAD = re.compile(r"(?i)an?\s")


# "the agent", "the agency", "its representative" after a recruitment agency was heard: that agency (a firm), not a
# person or a state agency
_AGENCY_REF = re.compile(r"^(?:the|its)\s+(?:agency|agent|recruiter|agency['\u2019]s\s+representative|representative)$",
                         re.IGNORECASE)
_FIRM_AGENCY = re.compile(r"\b(?:recruit\w*|manpower|staffing|placement|labou?r[- ]hire|manning|employment)\s+"
                          r"(?:agency|agencies|firm|company)\b", re.IGNORECASE)


def agency_ref(entries: Sequence[Entry], np: str) -> Entry | None:
    """The recruitment agency heard last, when ``np`` is "the agent", "the agency" or "its representative" and no
    state body was heard after it; None otherwise."""
    if not _AGENCY_REF.match(np.strip()):
        return None
    found = [e for e in entries if e.source.kind == "organization" and _FIRM_AGENCY.search(e.source.wording or "")]
    if not found:
        return None
    best = max(found, key=lambda e: e.order)
    bodies = [e for e in entries if e.source.kind in ("official", "organization") and e.order > best.order]
    return None if bodies else best


_PERSON_WORD = re.compile(r"\b(?:officials?|spokes(?:man|woman|person)|minister|officers?|inspectors?|managers?|directors?|"
                          r"representatives?|man|woman|men|women|people|person|source|sources)\b", re.IGNORECASE)


_AGENCY = re.compile(r"\bagenc(?:y|ies)\b", re.IGNORECASE)
# a firm given by its own name at the head of the phrase ("Kestrel Nickel's office in Lae", "Orvane Textiles"): a
# named firm answering is on the record, as a state body is
_FIRM_NAME_HEAD = re.compile(r"^(?!(?:The|A|An|Its|Their|His|Her|Our|My)\b)[A-Z][\w&\u2019'-]*(?:\s+[A-Z][\w&\u2019'-]*)+?"
                             r"(?=['\u2019]s\b|$)")


def body_opens_turn(wording: str, offset: int, label: str) -> bool:
    """Is the mention a transcript line opens with ("SANTOS: The agency in Manila said 120 dinars ...",
    ``offset`` its start after the label) a body, not a person, whose words the line's speaker relays? The
    line is then that speaker's turn ("LEE: A ministry official said ..." quotes someone else). Initials
    ("NB: The group says ...") are often the interviewer's, who relays to ask: not such a line. A state body is
    on the record and speaks itself ("PARK: The embassy said in a statement last month that ...": heldout33 annotates
    the body), but an agency that recruited the witness ("SANTOS: The agency in Manila said 100 dinars a month") is
    part of the witness's story."""
    kind = classify(wording)
    named = _FIRM_NAME_HEAD.match(wording)
    return offset <= 2 and len(label) > 3 and (kind == "organization" or kind == "official" and _AGENCY.search(wording) is not None) \
        and not _PERSON_WORD.search(wording) and (named is None or classify(named.group(0)) != "organization")


def lede_role_named(entries: Sequence[Entry], np: str, kind: str, name: str | None, head_of: Any) -> Entry | None:
    """The lede's only source, an unnamed person given by a role ("..., according to a lawyer representing one of
    them."), when the next source is a person named with that role in apposition ("Marta Wrona, a lawyer in
    Gdansk, said ..."): one person, named now. None when anyone else spoke before, when the lede's source is not
    described by the same role noun (``head_of`` gives a phrase's head noun), or when it was already named."""
    if kind != "named_person" or name is None or "," not in np:
        return None
    role = np.split(",", 1)[1].strip()
    people = [e for e in entries if e.source.kind != "outlet"]
    if not _INDEFINITE.match(role) or len(people) != 1:
        return None
    e = people[0]
    wording = e.source.wording or ""
    if e.source.kind != "anonymous_source" or e.plural or e.source.canonical is not None \
            or not _INDEFINITE.match(wording) or _OTHER_ONE.search(wording):
        return None
    if classify(role) != "anonymous_source":  # (speed: classified only after the cheap tests above)
        return None
    lede_head = head_of(_QUALIFIER.split(wording, maxsplit=1)[0])  # "a lawyer | representing one of them"
    return e if head_of(_QUALIFIER.split(role, maxsplit=1)[0]) == lede_head and lede_head not in _BARE_PEOPLE else None


_QUALIFIER = re.compile(r"\s+(?:representing|who|whom|that|for|of|in|at|from|with|acting|working|based)\b|,", re.IGNORECASE)
_BARE_PEOPLE = frozenset("source sources person people man woman one".split())


# "the second Ugandan man we interviewed": a person counted in the order the writer met them, not one of a group
_MET_IN_ORDER = re.compile(r"^the\s+(?:second|third|fourth|fifth|sixth|seventh|last|next)\s+(?:[\w-]+\s+){0,2}"
                           r"(?:man|woman|worker|guard|driver|cleaner|maid|builder|rider|sorter|fisherman)\s+"
                           r"(?:I|we)\s+(?:interviewed|spoke|speak|met|meet|talked|talk)\b", re.IGNORECASE)


def met_in_order(np: str) -> bool:
    """Is ``np`` a person counted in the order the writer met them ("The second Ugandan man we interviewed")?"""
    return _MET_IN_ORDER.match(np.strip()) is not None
