"""More ways a report names its speakers, used by :mod:`labourlens.analyse.attribution`:
a document quoting a person ("The article quotes a former welder who says ..."), names given to
unnamed people ("whom this magazine is calling Ri", "who uses the name Choi"), the subject of the
last clause ("..., and he said ..."), introductions ("We also spoke to a driver ...", "X gave a
harsher account"), "In his words", speech reported inside a quotation, initials defined in the
text ("Office of Foreign Assets Control (OFAC)"), informants ("received information from a Member State
that ...") and relative clauses ("a 2021 report by the Vostok Centre, which found that ...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from labourlens import knowledge
from labourlens.analyse.apposed_relatives import named_before_who
from labourlens.analyse.gated import gated
from labourlens.analyse.hedges import plain
from labourlens.analyse.interview_turns import initial_naming
from labourlens.analyse.speaker_groups import group_mention
from labourlens.analyse.speakers import OUTLET_KEY, Mention, _cue, _plausible, _trim_np, classify
from labourlens.analyse.told_listeners import workers_told
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.attribution import Attribution

__all__ = [
    "DET_START",
    "informed_mention",
    "relative_mention",
    "published_by_mention",
    "introduced_before",
    "DOC_ONLY_CUES",
    "HEAD_PREP",
    "IN_WORDS",
    "OBJECT_PRONOUNS",
    "QUOTES_WHO",
    "account_mention",
    "clause_tail",
    "defined_acronyms",
    "inside_open_quote",
    "named_by_clause",
    "naming_mention",
    "spoke_to_mention",
]


# "The article quotes a welder who says ...", "The report cites workers who said ...": the one quoted speaks,
# also after an aside on how they were met ("cites a cook, interviewed in Seoul, who said")
QUOTES_WHO = re.compile(
    r"(?:^|(?<=[,;:]\s))(?P<relay>[^,;“”\"]{2,80}?)\s+(?:also\s+)?(?:quotes|quoted|cites|cited)\s+"
    r"(?P<sp>(?:(?i:a|an|another|the|one|two|three|several)\s|[A-Z]|"
    r"(?=(?:(?!with\b|of\b|from\b)[a-z-]+\s+)?(?:workers|labou?rers|migrants|women|men|people|fishermen|crew\s+members|"
    r"employees|survivors|interviewees|respondents|witnesses|defectors|seafarers|builders)\b))[^,;:“”\"]{1,100}?)"
    # an aside on how the person was met or where they are ("a former worker, interviewed by the Panel in a third
    # country, who said", "a second source, in Pyongyang, who said", "a source, based in Hyesan, who said")
    r"(?:,\s+(?:interviewed|met|reached|contacted|identified|quoted|named|in|inside|near|based|living|now)\s"
    r"[^,;:“”\"]{1,80})?,?\s+(?:who|as)\s+"
    r"(?:(?:has|had|is|was)\s+)?(?P<verb>says|said|saying|tells|told|claims|claimed|alleges|alleged|describes|"
    r"described|recalls|recalled|states|stated)\b")


@lru_cache(maxsize=1)
def _naming_cues() -> str:
    """The naming cues of ``speaker_roles.yaml`` ("uses the name", "calls himself") as one alternation."""
    cues = knowledge.load("speaker_roles.yaml").get("naming_cues") or []
    return "|".join(re.escape(str(c)).replace(r"\ ", r"\s+") for c in sorted(cues, key=len, reverse=True))


@lru_cache(maxsize=1)
def _naming_search_re() -> re.Pattern[str]:
    alts = _naming_cues()
    return re.compile(
        rf"(?:\b(?:who|whom)\s[^,;:\"]{{0,60}}?\b(?:{alts or '(?!)'})|,\s+(?:identified|referred\s+to|known)"
        r"(?:\s+(?!(?:them|him|her|it|us|me)\b)[a-z]+){0,4}\s+as)\s+\"?"  # not "identified them as North Korean"
        r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z0-9][\w'\u2019-]*){0,2})")


def naming_mention(text: str) -> Mention | None:
    """ "One of them, who now lives in Seoul and uses the name Choi Min-guk, agreed to ...": a person
    introduced by a name given in a relative clause speaks what the sentence and its sequel tell."""
    if "name" not in text and "call" not in text and "known" not in text and "identified" not in text:
        return None
    n = _naming_search_re().search(text)
    if n is None or classify(n.group("name")) not in ("named_person", "anonymous_source"):
        return initial_naming(text)  # "Choi Min-guk" (a pseudonym), "Worker B", initials ("whom we call T.")
    if _counterpart_subject().match(text, 0, n.start()) is not None:
        return None  # "The broker, who calls himself Uncle Bo, took ...": the name the workers know him by, no speech
    return Mention(n.group("name"), n.start("name"), n.end("name"), "said", False)


@lru_cache(maxsize=1)
def _counterpart_subject() -> re.Pattern[str]:
    """A subject that is one of the people workers deal with (``witness_counterparts`` in ``speaker_kinds.yaml``:
    "The recruiter", "Their boss"), then the relative clause that names him."""
    words = knowledge.load("speaker_kinds.yaml").get("witness_counterparts") or []
    alts = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    # (s42) the comma may open the naming itself: "The broker, known only as Big Tom, ..."
    return re.compile(rf"^\s*(?i:the|a|an|their|his|her|our|my|one)\s+(?:[\w-]+\s+)?(?i:{alts})s?\s*,?\s*$")


@lru_cache(maxsize=1)
def _naming_re() -> re.Pattern[str]:
    alts = _naming_cues()
    return re.compile(
        rf"^\s*,?\s*(?:(?:whom|who|which)\s+)?(?:[\w'\u2019]+\s+){{0,4}}?(?:{alts or '(?!)'})\s+"
        r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})")


_WRITER_CALLS = re.compile(
    r"(?:,|\s(?:whom|who))?\s+(?:I|we)(?:['\u2019]ll|\s+will|\s+shall|['\u2019]m\s+going\s+to|\s+am\s+going\s+to)?\s+call(?:\s+(?:him|her))?\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\s*$")


def named_by_clause(m: Mention, text: str) -> Mention:
    """ "one of the women, whom this magazine is calling Ri Kyong-hee (not her real name)": an unnamed
    speaker given a name (a pseudonym) is a named person, worded by that name; so is "One of them, I'll
    call him Mr Pak"."""
    called = _WRITER_CALLS.search(m.wording) if "call" in m.wording else None
    if called is not None:
        start = m.start + called.start("name")
        return Mention(called.group("name"), start, start + len(called.group("name")), m.cue, m.direct, m.relay)
    if classify(m.wording) not in (None, "anonymous_source") or m.end > len(text):
        return m
    n = _naming_re().match(text[m.end:])
    if n is None or classify(n.group("name")) != "named_person":
        return m
    return Mention(n.group("name"), m.start, m.end + n.end("name"), m.cue, m.direct, m.relay)


IN_WORDS = re.compile(r"^\s*(?:[Ii]n|[Tt]o\s+use)\s+(his|her|their|His|Her|Their)\s+(?:own\s+)?words\b")
_SPOKE_TO = re.compile(
    r"^\s*(?:[Ww]e|I)\s+(?:(?:also|later|then|first|have|had|recently)\s+)*(?:spoke|spoken|talked|talk|speak)\s+"
    r"(?:(?:by\s+(?:tele)?phone|by\s+video|on\s+the\s+phone|briefly|separately)\s+)?(?:to|with)\s+(?P<sp>(?i:a|an|one|two|three|several|some|another)\s[^,;:\"\u201c\u201d]{2,100}?)\s*(?:[.;:]|,|$)")


# (s366) "The Harbour Times spoke by phone to a cook in Doha named by the senator.", "This newspaper talked to a
# driver ...": the publication, by its name or its noun, introduces the person who speaks what follows ("She said ...")
_PAPER_SPOKE_TO = re.compile(
    r"^\s*(?:(?:[A-Z][\w'\u2019]*\s+)?NOTE\s*:\s+)?(?P<paper>(?:The|This|Our)\s+(?:(?:news)?paper|magazine|reporter|correspondent|"
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}))\s+(?:(?:also|later|then|first|has|had|have)\s+)*"
    r"(?:spoke|spoken|talked)\s+(?:(?:by\s+(?:tele)?phone|by\s+video|briefly|separately|again)\s+)?"
    r"(?:to|with)\s+"
    r"(?P<sp>(?i:a|an|one|the)\s[^,;:\"\u201c\u201d]{2,100}?)"
    r"(?:\s+(?:described|mentioned|named|cited|quoted)\s+(?:by|in|earlier|above)\b[^;\"]*)?\s*(?:[.;:]|,|$)")


def spoke_to_mention(text: str) -> Mention | None:
    """ "We also spoke to a Chinese driver who delivers to the plant.": a source introduced by the
    reporter, who speaks what follows ("He says ...")."""
    found = group_mention(_SPOKE_TO.match(text), "told", ("anonymous_source", "named_person", "official", "organization"),
                          _trim_np)
    if found is None and " to " in text and (m := _PAPER_SPOKE_TO.match(text)) is not None and (
            m.group("paper").split()[1][0].islower() or classify(m.group("paper")) == "outlet"):
        found = group_mention(m, "told", ("anonymous_source", "named_person"), _trim_np)
    return found


_ACCOUNT = gated(
    r"^(?P<sp>(?:(?i:a|an|the|one|another|two|three|several)\s|[A-Z])[^\"\u201c\u201d]{1,200}?),?\s+"
    r"(?:gave|offered|provided|has\s+given|have\s+given|told|described|painted|related)\s+"  # "told a similar story"
    r"(?:(?:a|an|his|her|their|its|the)\s+)?(?:(?:similar|same|different|harsher|grimmer|bleaker|darker|fuller|fuller|"
    r"consistent|matching|detailed|first-hand|own|other|much|very|rather|slightly|starkly|broadly|near-identical|identical|"
    r"vivid|mixed|contrasting|more|most|less|least|[a-z]+er|[a-z]+est)\s+){0,2}"
    r"(?:account|accounts|description|descriptions|version|versions|picture|explanation|story|stories)\b")


_VOCATIVE = re.compile(r"^[A-Z][\w'\u2019-]+,\s+(?=(?:most|many|some|all|several|the|a|an|two|three|four|five)\s)")


def account_mention(text: str) -> Mention | None:
    """ "A former inspector, who ..., gave a harsher account.": a speaker introduced for what follows."""
    m = _ACCOUNT.match(text.strip())
    if m is None:
        return None
    voc = _VOCATIVE.match(m.group("sp"))  # "Joyce, most of the women we spoke to told the same story": not Joyce
    sp = _trim_np(m.group("sp")[voc.end() if voc else 0:])
    if not _plausible(sp) and " with " in sp:  # "A source in Musan with a daughter at the plant gave a similar account"
        sp = sp.split(" with ", 1)[0]
    if not _plausible(sp) or classify(sp) is None:
        return None
    start = m.start("sp") + (voc.end() if voc else 0)
    return Mention(sp, start, start + len(sp), "described", False)


OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}  # "according to his words"


HEAD_PREP = re.compile(r"\s+(?:between|of|for|with|by|from|in|on|at)\s")
_CLAUSE_BREAK = re.compile(
    r"(?:,\s+(?:(?:and|but|while|whereas|although|though|yet|so)\s+)?|;\s+|\s+(?:after|when|because|since|while|"
    r"although|though|as|until|before|once|whereas)\s+)(?=\S)")
_TAIL_PRONOUNS = frozenset(("he", "she", "they"))
_SELF_AS = re.compile(r"\b(?:identified|introduced|described|presented)\s+(?:him|her|them)sel(?:f|ves)$")
_FIRST_PERSON_SUBJECT = re.compile(r"\b(?:I|[Ww]e)\b")
_REL_WORD = re.compile(r"\b(?:which|who|whom|whose)\b")


# "Of a monthly wage of 2,000 yuan, workers interviewed by X said ...": after a fronted prepositional phrase a
# bare plural is the subject (after a clause, "..., but workers said ...", the sentence stays the writer's)
_FRONTED_PREP = re.compile(r"(?:\([a-z0-9]{1,3}\)\s*|\d+(?:\.\d+)*\s+)?(?:of|out\s+of|among|despite|in\s+spite\s+of|unlike|"
                           r"beyond|apart\s+from)\s(?:[^,;]|,(?=\d{3}))*,\s", re.IGNORECASE)  # "(b) Of 2,000 yuan, ..."
_BARE_PLURAL = r"|[a-z][a-z-]+s\b(?!')"


# the subject of a predicate joined to the verb of saying by "and", after a fronted clause, a role with a name in
# apposition: "When our team came to the gate, the site manager, Li Ming, turned them away and (said ...)"
_JOINED_PREDICATE = re.compile(
    r"^(?:When|After|As|Before|While|Once)\s[^,;\"]{3,80},\s+(?P<subj>(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s[^,;\"]{2,50}?"
    r",\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2},)\s+(?:[a-z]+ed)\b[^,;\"]{0,50}\s+and$")


# (s366) "..., and once he begged to quit she (warned him ...)", "If anyone wanted leave they (were told ...)": a
# fronted clause of time or condition with no comma before the subject of the main clause
_SUBORDINATE_TAIL = re.compile(r"(?:^|,\s+(?:(?:and|but|so)\s+)?)(?i:when|whenever|after|if|once|as\s+soon\s+as|before|"
                               r"until|because)\s[^,;\"]{3,80}?\s(?P<subj>he|she|they)$")


# (s42) "When I rang him on Sunday he (said ...)", "After we met she (told us ...)": the writer's own contact with the
# person in the fronted clause, no comma before the "he" or "she" who speaks
_CONTACT_TAIL = re.compile(r"^(?:When|After|As|Once)\s+(?:I|we)\s+(?:first\s+|later\s+|last\s+|finally\s+)?(?:called|phoned|rang|"
                           r"met|visited|reached|spoke|talked|caught\s+up|messaged|texted)\b[^,;\"]{0,60}?\s(?:he|she)$")


def subordinate_subject(np: str, contact: bool = False) -> bool:
    """(s366) Does the phrase end in the subject of a main clause after a fronted clause of time or condition? With
    ``contact``: after a fronted clause of the writer's own contact with the speaker (s42)."""
    if contact:
        return np.endswith("he") and _CONTACT_TAIL.match(np) is not None
    return np.endswith(("he", "they")) and _SUBORDINATE_TAIL.search(np) is not None


def clause_tail(np: str) -> tuple[int, str] | None:
    """The subject of the last clause of a phrase that is not a speaker as a whole ("Each member had a
    target, and he" -> "he"; "The firm is examined after two of its former foremen" -> "two of its
    former foremen"; "..., the site manager, Li Ming, turned them away and" -> "the site manager, Li Ming"):
    (offset in ``np``, speaker phrase)."""
    if subordinate_subject(np) and (sub := _SUBORDINATE_TAIL.search(np)) is not None:
        return sub.start("subj"), sub.group("subj")
    if np.endswith(" and") and (j := _JOINED_PREDICATE.match(np)) is not None:
        subj = j.group("subj").rstrip(",")
        if _plausible(subj) and classify(subj) is not None:
            return j.start("subj"), subj
    breaks = list(_CLAUSE_BREAK.finditer(np))
    if not breaks:
        return None
    last = breaks[-1]
    if not last.group(0).lstrip().startswith((",", ";")) and _FIRST_PERSON_SUBJECT.search(np, 0, last.start()):
        return None  # "Six of the men I interviewed had worked there long after both governments said ...":
        # the writer's own finding, with a statement made before it as background
    if last.group(0).strip() == "as" and _SELF_AS.search(np, 0, last.start()):
        return None  # "A man who ... identified himself as an operations supervisor": the role he gave himself
    tail = np[last.end():].strip()
    if not tail or '"' in tail or len(tail.split()) > 10 or _REL_WORD.search(tail):
        return None  # "a copy of which was seen by ...": a relative clause, not a subject
    if tail.lower() not in _TAIL_PRONOUNS and (not _plausible(tail) or classify(tail) is None):
        return None
    # a determiner or a capital opens the subject; after a fronted prepositional phrase a bare plural does too
    opening = (r"(?i:the|a|an|one|another|two|three|several|some|"
               r"both|its|their|his|her)\s|[A-Z]") + (_BARE_PLURAL if _FRONTED_PREP.match(np) else "")
    if tail.lower() not in _TAIL_PRONOUNS and not re.match(opening, tail):
        return None
    return np.rindex(tail), tail


def inside_open_quote(sentences: list[Sentence], i: int, m: Mention) -> bool:
    """Is the speaker phrase inside a quotation opened in an earlier sentence (speech reported by the
    person quoted)?"""
    s = sentences[i]
    if s.quote is not None and _opened_here(plain(s.text), m.start) and _closed_later(sentences, i) \
            and _INTERJECTED.match(s.text, m.end) is None:  # (not '"The rest, they said, was sent to ...')
        return True  # '"The day before the audit, the supervisor told us what to say.' (the tag comes later)
    if s.quote is None or i == 0 or sentences[i - 1].quote != s.quote and not opens_quote(sentences[i - 1], s):
        return False
    before = plain(s.text)[: m.start]
    if '"' not in plain(s.text) and _closed_later(sentences, i):
        return True  # '"We paid the broker. His flyer promised no costs. We owe ..."': the middle of a long quotation
    return '"' not in before and plain(s.text).rstrip().endswith('"')


def _opened_here(text: str, start: int) -> bool:
    """Is ``start`` inside a quotation that the sentence opens at its start and leaves open for the next one?"""
    return text.lstrip()[:1] == '"' and text.count('"', 0, start) == 1 and '"' not in text[start:]


_INTERJECTED = re.compile(r"\s+[a-z]+,")  # "they said,": a tag set inside the clause it reports


def _closed_later(sentences: list[Sentence], i: int) -> bool:
    """Is the quotation opened in ``sentences[i]`` closed by a later sentence of its paragraph (not a repost quoted
    whole, its mark never closed)?"""
    para = sentences[i].paragraph
    return any('"' in plain(t.text) for t in sentences[i + 1:i + 6] if t.paragraph == para)


def opens_quote(prev: Sentence, s: Sentence) -> bool:
    """Does ``prev`` (the sentence before ``s``, in its paragraph) leave a quotation open that ``s`` closes
    ('She told us: "Our fingers bled.' then 'The minder said we would be sent home."')?"""
    return prev.paragraph == s.paragraph and prev.quote is None and plain(prev.text).count('"') % 2 == 1


DOC_ONLY_CUES = frozenset("find show document conclude detail highlight identify list record count indicate "
                           "suggest reveal".split())
_ACRONYM_DEF = re.compile(
    r"((?:[A-Z][\w'\u2019&.-]*\s+(?:(?:of|for|and|on|the)\s+)*){1,7}[A-Z][\w&.-]*)\s+\(([A-Z]{2,8})\)")


# (speed) the bracket first: a pattern opening with a literal is scanned for it; the blank before it is looked behind
_INITIALS = gated(r"(?<=\s)\(([A-Z]{2,8})\)")


def defined_acronyms(text: str) -> dict[str, str]:
    """Initials defined in the text: "Office of Foreign Assets Control (OFAC)" -> {"OFAC": "Office of ..."}."""
    out: dict[str, str] = {}
    for i in _INITIALS.finditer(text):  # the expansion is read only just before each "(XYZ)"
        start = max(0, i.start() - 1 - 200)  # (i.start() - 1: where the blank before the bracket is)
        m = _ACRONYM_DEF.search(text, start, i.end())
        while m is not None and m.end() != i.end():
            m = _ACRONYM_DEF.search(text, m.end(), i.end())
        if m is not None:
            out[m.group(2)] = m.group(1)
    return out


def introduced_before(sentences: list[Sentence], result: list[Attribution], i: int) -> Attribution | None:
    """The speaker named (without a quotation of their own) in the sentence just before a quotation
    that opens in the same paragraph."""
    s = sentences[i]
    if i == 0 or sentences[i - 1].paragraph != s.paragraph or not s.text.lstrip().startswith(('"', "\u201c")):
        return None
    prev = result[i - 1]
    if not prev.explicit or prev.direct or prev.source == OUTLET_KEY or sentences[i - 1].quote is not None:
        return None
    return prev


_PUBLISHED_BY = re.compile(
    r"\b(?:published|broadcast|aired|made|raised|issued|posted|carried|circulated)\s+(?:[\w,]+\s+){0,5}?by\s+"
    r"(?P<sp>(?:(?i:a|an|the|some|several|two|three)\s|[A-Z])[^,;:\"\u201c\u201d]{1,60}?)\s+"
    r"(?:alleging|claiming|saying|suggesting|reporting|asserting|that)\b")


def published_by_mention(text: str) -> Mention | None:
    """ "an article published on 9 June by a Scandinavian broadcaster alleging that ...", "allegations
    published yesterday by a foreign news portal that ...": the publisher speaks the allegation."""
    if " by " not in text:
        return None
    m = _PUBLISHED_BY.search(text)
    if m is None or not _plausible(m.group("sp")) or classify(m.group("sp")) is None:
        return None
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), "allege", False)


_INFORMED = gated(
    r"\b(?:received\s+(?:information|reports?|a\s+report|a\s+letter|a\s+communication|communications|"
    r"testimony|evidence)|(?:was|were|has\s+been|have\s+been)\s+(?:informed|told)|learned|learnt|heard)\s+"
    r"(?:by|from)\s+(?P<sp>(?:a|an|the|one|another|two|three|several|[A-Z])[^,;:\"\u201c\u201d]{1,80}?)"
    # "by two loaders, separately, that ...": an adverb set off between the informants and what they said
    r"(?:,\s+(?:separately|independently|individually|privately|both|each|too|also|in\s+interviews|"
    r"on\s+condition\s+of\s+anonymity|speaking\s+separately),)?\s+that\b")


def informed_mention(text: str) -> Mention | None:
    """ "The Panel received information from a Member State that ...": the informant speaks."""
    m = _INFORMED.search(text)
    if not m or not _plausible(m.group("sp")) or workers_told(text[:m.start("sp")].rstrip()[:-2]):
        return None  # "The workers were told by their foreman that ...": what was done to them, in the page's voice
    sp = m.group("sp")
    return Mention(sp, m.start("sp"), m.end("sp"), "informed", False)


_RELATIVE = re.compile(
    r",\s+(?:which|who)\s+(?:had\s+|has\s+|also\s+)?(?P<verb>found|finds|said|says|reported|documented|showed|shows|"
    r"concluded|estimated|noted|stated|revealed|described|recorded|counted|listed|alleged|claimed)\s+(?:that\s+)?")
DET_START = re.compile(r"(?:^|(?<=\s))(?:an?|the|one|that|this)\s", re.IGNORECASE)


_PREPOSITION = re.compile(r"\s+(?:by|of|from|in|at|for|on)\s")


def relative_mention(text: str) -> Mention | None:
    """ "... echo a 2021 report by the Vostok Centre, which found that ...": the phrase before
    ", which found" speaks the rest of the sentence."""
    m = _RELATIVE.search(text)
    if not m:
        return None
    before = text[: m.start()]
    clause_start = max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1
    if (named := named_before_who(text, clause_start, m)) is not None:
        return named  # "Among those freed was Ana Ruiz, 31, a cook, who said": Ana Ruiz
    for d in DET_START.finditer(before, clause_start):
        sp = before[d.start():].strip()
        head = _PREPOSITION.split(sp, maxsplit=1)[0]
        if len(head.split()) > 4 or not _plausible(sp):
            continue
        kind = classify(sp)
        if kind in ("document", "organization", "official", "anonymous_source", "named_person", "outlet"):
            start = d.start() + (len(before[d.start():]) - len(before[d.start():].lstrip()))
            return Mention(sp, start, start + len(sp), _cue(m.group("verb")), False)
    return None


# An outlet that spoke to, interviewed or quoted someone, who is then the speaker (the outlet relays):
# "NK News spoke to Kim, who said ...", "RFA interviewed Kim, a former worker, who said ...",
# "The Herald quoted Kim, a defector, saying ...", "said Kim in an interview with The Diplomat",
# "According to an NK News interview with Kim, ...", "According to testimony from Kim, ..." (no relay)
_INTERVIEWED_WHO = re.compile(
    r"^(?P<relay>[A-Z][^,\"\u201c\u201d]{1,60}?)\s+(?:(?:spoke|talked)(?:\s+(?:by\s+(?:tele)?phone|by\s+video|on\s+the\s+phone|"
    r"briefly|separately))?\s+(?:to|with)|interviewed|quoted|"
    r"reached|contacted)\s+(?P<sp>[^\"\u201c\u201d]{2,140}?),?\s+(?:who\s+(?:said|says|told|described|explained|"
    r"recalled|added|alleged|claimed)|saying|as\s+saying)\b")
_SAID_IN_INTERVIEW = re.compile(
    r",\s+(?:said|says|told)\s+(?P<sp>[^,\"\u201c\u201d]{2,80}?)\s+(?:in\s+an?\s+(?:phone\s+|recent\s+|exclusive\s+)?"
    r"(?:interview|conversation)\s+with|speaking\s+to|in\s+comments\s+to)\s+(?P<relay>[^,\"\u201c\u201d]{2,60}?)\s*[.]?\s*$")
_ACCORDING_INTERVIEW = re.compile(
    r"\baccording\s+to\s+(?:(?:an?|the)\s+(?:(?P<relay>[^,\"\u201c\u201d]{1,40}?)\s+)?interview\s+with|(?:(?:the\s+)?(?:written|"
    r"sworn|oral)\s+)?(?:testimony|remarks|comments|evidence)\s+(?:from|by|of|given\s+by))\s+"
    r"(?P<sp>[^,\"\u201c\u201d]{2,80}?)\s*(?:,|$)", re.IGNORECASE)


def interview_mention(text: str) -> Mention | None:
    """The person an outlet spoke to, interviewed or quoted, with the outlet as relay."""
    if not any(w in text for w in ("interview", "spoke", "talked", "quoted", "reached", "contacted", "speaking",
                                    "comments", "testimony", "remarks", "evidence")):
        return None
    for rx in (_INTERVIEWED_WHO, _SAID_IN_INTERVIEW, _ACCORDING_INTERVIEW):
        m = rx.search(text)
        if m is None:
            continue
        sp = _trim_np(m.group("sp"))
        if not _plausible(sp) or classify(sp) not in ("anonymous_source", "named_person", "official", "organization"):
            continue
        relay = (m.group("relay") or "").strip() or None
        return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "told", False, relay=relay)
    return None
