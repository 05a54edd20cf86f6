"""The antecedent of "he" or "she" when the sentence just before opens with a person given by the first word of a name
introduced earlier ("My brother Tomas Ruiz left in May. ... Tomas called last night. He said ..."), for
:class:`labourlens.analyse.registry.Registry`. That person has not spoken before, so no source fits the name; the
pronoun is theirs, not the last speaker's (a broker or agent quoted a paragraph before). Examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.sandwiched_accounts import FEMALE_KIN, MALE_KIN
from labourlens.analyse.source_refs import name_gender
from labourlens.analyse.speakers import classify

__all__ = ["AGE_BAND", "unspoken_subject"]

_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019')\]]*\s+|\n")
# the sentence's subject: one capitalised word, then its verb ("Tomas called", "Tomas has", "Tomas rang"); not a word
# in "-s" ("Russian statistics show": an adjective and its plural noun)
_LEAD = re.compile(r"(?P<name>[A-Z][a-z'\u2019-]{2,})\s+(?:(?:also|then|later|finally)\s+)?(?:[a-z]+ed|was|is|has|had|"
                   r"came|went|left|got|sent|wrote|rang|spoke|told|took|made|met|ran|fled|found|saw|said|managed|began)\b")
# a name of two or three capitalised words on one line ("Tomas Ruiz", "Tomas Ruiz Vega")
# (s359) a person the page gives by initials alone at the head of the last sentence ("R.T. was 16 when ...",
# "K.M. told the court ..."): the "she" or "he" after it is that person's
_INITIALS_LEAD = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s))(?P<ini>(?:[A-Z]\.){2,3})\s+(?:(?:also|then|later)\s+)?"
                            r"(?:[a-z]+ed|was|is|has|had|came|went|left|got|told|said|spent|took|fled|ran)\b")
_RUN = re.compile(r"(?<![\w.])[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){1,2}\b")


def unspoken_subject(context: str, clash: str, spoken: list[str | None]) -> str | None:
    """The full name ("Tomas Ruiz") whose first word opens the last sentence of ``context`` ("Tomas called ..."), when
    it stands earlier in ``context`` as a two- or three-word name and is none of the names in ``spoken`` (the
    canonical names of the sources met so far) and not of the gender ``clash`` ("male" for a "she"); None otherwise."""
    if not clash:
        return None  # "I", "we": the speaker's own
    tail = context[-400:].rstrip()
    ends = [b.end() for b in _SENTENCE_END.finditer(tail, 0, max(0, len(tail) - 1))]
    last = tail[ends[-1] if ends else 0:].lstrip(" \n")
    m = _LEAD.match(last)
    if m is None:
        return (_initials(tail, spoken) or _kin_subject(last, clash, spoken) or _full_subject(last, clash, spoken)
                or _described_subject(last, clash, spoken))
    token = m["name"]
    if f" {token.lower()} " in context:
        return None  # "The", "Several", "Police": a word of the text, not a given name
    head = context[:len(context) - len(last)] if context.endswith(last) else context
    fulls = {f for f in _RUN.findall(head) if f.split()[0] == token}
    if len(fulls) != 1:
        return None
    full = fulls.pop()
    if any(token in (name or "").replace("-", " ").split() for name in spoken):
        return None
    return None if name_gender(full) == clash or classify(full) != "named_person" else full


def _initials(tail: str, spoken: list[str | None]) -> str | None:
    """(s359) The initials ("H.A.") that open the last sentence of ``tail`` and that no source has yet."""
    found = list(_INITIALS_LEAD.finditer(tail))
    if not found:
        return None
    m = found[-1]
    if _SENTENCE_END.search(tail.rstrip(), m.end()) is not None or m["ini"] in spoken:
        return None  # (a sentence after it: not the last one's subject)
    return m["ini"]


# (s35) a relative named by whom they are kin to at the head of the last sentence ("The brother of a deckhand from Tegal
# came to our office in May."): the "he" (or, for a sister, mother ..., the "she") after it is that relative, who has not
# spoken before; not the last speaker of an earlier case
_KIN_LEAD = re.compile(r"(?P<np>(?:The|An?)\s+(?:(?:older|younger|elder|eldest)\s+)?(?P<kin>"
                       + "|".join(sorted(MALE_KIN | FEMALE_KIN | {"cousin"}, key=lambda w: (-len(w), w))) + r")\s+of\s+"
                       r"[^,;:\"\u201c]{3,80}?)\s+(?:also\s+)?(?:came|went|wrote|called|rang|spoke|visited|contacted|approached|"
                       r"turned|reached|walked|travell?ed|arrived)\b")


def _kin_subject(last: str, clash: str, spoken: list[str | None]) -> str | None:
    """(s35) The relative ("The brother of a deckhand from Tegal") opening ``last``, when the pronoun fits the kin."""
    m = _KIN_LEAD.match(last)
    if m is None or m["np"] in spoken:
        return None
    gender = "male" if m["kin"] in MALE_KIN else "female" if m["kin"] in FEMALE_KIN else ""
    return None if gender == clash else m["np"]


# (s41) a person named in full, perhaps with the body they work at, at the head of the last sentence, doing something
# other than speaking ("Ana Lind of the Harbour Institute has published a study of cleaners."): the "she" after it is
# hers, not the last speaker's (a worker quoted a paragraph before)
_FULL_LEAD = re.compile(r"(?P<full>[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){1,2})(?:\s+(?:of|at|from)\s+(?:the\s+)?"
                        r"[A-Z][^,;:.\"\u201c]{2,60}?)?\s+(?:(?:also|recently|now|has|have|had)\s+){0,2}"
                        r"(?:published|wrote|written|led|leads|runs|ran|studied|studies|researched|researches|visited|"
                        r"spent|completed|released|compiled|edited|worked|works)\b")


def _full_subject(last: str, clash: str, spoken: list[str | None]) -> str | None:
    """(s41) The full name opening ``last`` ("Ana Lind of ... has published ..."), a person no source has yet."""
    m = _FULL_LEAD.match(last)
    if m is None:
        return None
    full = m["full"]
    if any(full == name or full in (name or "") for name in spoken) or classify(full) != "named_person":
        return None
    return None if name_gender(full) == clash else full


# (s45) a person the page introduces by a description alone at the head of the last sentence, doing something other than
# speaking ("A woman in her forties from Kollam, Kerala, worked as a cleaner in Muscat for three years. She said ..."): the
# case notes of a shelter or a legal clinic give each interviewee so; the "she" after it is that person's, not the
# interviewee of the case before
_FEMALE_HEADS = frozenset("woman girl mother widow wife daughter sister grandmother housemaid maid waitress seamstress".split())
_MALE_HEADS = frozenset("man boy father husband son brother grandfather fisherman".split())
_NEUTRAL_HEADS = frozenset("worker migrant labourer laborer returnee defector survivor teenager seafarer deckhand crewman "
                           "cook cleaner nurse teacher student picker cutter farmhand harvester driver carer caregiver "
                           "welder mason porter miner weaver trainee".split())
# the decade of life that tells an unnamed person apart ("in her thirties", "in his late forties"), shared with case_heads
AGE_BAND = r"in\s+(?:her|his|their)\s+(?:early\s+|mid-?|late\s+)?(?:teens|twenties|thirties|forties|fifties|sixties)"
_HEADS = "|".join(sorted(_FEMALE_HEADS | _MALE_HEADS | _NEUTRAL_HEADS, key=lambda w: (-len(w), w)))
_DESCRIBED_LEAD = re.compile(
    r"(?P<np>An?\s+(?:(?:\d{1,2}-year-old|young|former|elderly|older|middle-aged|single|married|widowed|domestic|"
    r"migrant|farm|factory|garment|construction)\s+){0,3}"
    rf"(?P<head>{_HEADS})"
    # what tells the person apart: age, home town, trade ("in her fifties from Sinuiju", "aged 19", "of 24")
    r"(?:\s+(?:" + AGE_BAND + "|"
    r"aged\s+\d{1,2}|of\s+\d{1,2}|from\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}(?:\s+(?:district|province|"
    r"region|state))?)){0,3})"
    # an apposition between commas ("..., Ryanggang Province, worked"), then a verb of a life, not of speech
    r"(?:,[^,;:\"\u201c]{2,80},)?\s+(?:also\s+|then\s+|later\s+|first\s+)?"
    r"(?:worked|spent|arrived|landed|left|came|went|fled|escaped|returned|travell?ed|moved|migrated|joined|borrowed|"
    r"was\s+(?:recruited|hired|sent|brought|taken|trafficked|employed|placed|rescued)|"
    r"had\s+(?:worked|spent|gone|travell?ed|borrowed|been\s+(?:recruited|hired|sent|employed|working)))\b")


def _described_subject(last: str, clash: str, spoken: list[str | None]) -> str | None:
    """(s45) The description of a person opening ``last`` ("A man in his sixties from Kimchaek worked ..."), when the
    pronoun fits its head noun and no source has that wording yet."""
    m = _DESCRIBED_LEAD.match(last)
    if m is None or m["np"] in spoken:
        return None
    head = m["head"].lower()
    gender = "female" if head in _FEMALE_HEADS else "male" if head in _MALE_HEADS else ""
    return None if gender == clash and gender else m["np"]
