"""Workers a feature introduces by one name before they speak (used by :mod:`labourlens.analyse.attribution`).

A feature about several workers often names each by a first name with an age or a trade ("Rustam, a
29-year-old welder from Osh, keeps his pay slips in a tin.", "Leila, 31, shows the blisters on her
hands.") and only then quotes them ("'We were told ...,' he says."). That opening is not yet speech, but
it is the antecedent of the "he" / "she" that follows, not a person named further up the page.
"""

from __future__ import annotations

import re

from labourlens.analyse import places
from labourlens.analyse.speakers import classify

__all__ = ["quoted_name_opening", "single_name_subject"]

# "Rustam, a 29-year-old welder from Osh, keeps ...", "Leila, 31, from Sumy, shows ...", "Dilnoza, 40, says",
# "Ji-ho, who asked that only her first name be used, spent ..." (a name withheld in part says it is a person)
_SINGLE_NAME_SUBJECT = re.compile(
    r"^\s*(?P<np>[A-Z][a-z'\u2019]{1,}(?:-[A-Za-z][a-z]+)?),\s+(?:(?P<age>\d{2})\s*,\s+(?:(?:from|of)\s+[A-Z][^,\"]{1,40},\s+)?"
    r"|(?P<appos>(?:a|an)\s+[^,;:\"()]{2,80}?)\s*,\s+"
    r"|(?P<withheld>who\s+(?:ask(?:s|ed)|request(?:s|ed)|agree[sd]|wish(?:es|ed)|prefer(?:s|red)|want(?:s|ed))\b"
    r"[^,;:\"()]{0,60}?\b(?:name|names|named|surname|identified|used)\b[^,;:\"()]{0,30}?)\s*,\s+)"
    r"(?:(?:who|and)\s+)?(?!(?:said|says|told|tells|added|adds)\b)[a-z]{2,}")
# (s345) the one name in quotation marks, its apposition set off by dashes: '"Jairo" — a picker from Honduras who gave
# a first name only — has worked ...' (a name given in part, as a feature gives it)
_DASHED_NAME_SUBJECT = re.compile(
    r"^\s*[\"\u201c](?P<np>[A-Z][a-z'\u2019]{1,}(?:-[A-Za-z][a-z]+)?)[\"\u201d]\s*(?:[\u2014\u2013]|--?)\s*"
    r"(?:(?P<appos>(?:a|an)\s+[^\u2014\u2013;:\"()]{2,140}?)|(?P<withheld>who\s+[^\u2014\u2013;:\"()]{2,100}?))"
    r"\s*(?:[\u2014\u2013]|--?)\s*(?:(?:who|and)\s+)?(?!(?:said|says|told|tells|added|adds)\b)[a-z]{2,}")
# the apposition's head before its modifiers (three words at most): "a welder" of "a welder from Bihar who ..."
_APPOS_HEAD = re.compile(r"\s+(?:who|whom|that|which|of|from|in|at|on|for|with|whose)\s")
# words that open a sentence with a capital and a comma but name no person ("Yesterday, a ...", "Dandong, a city")
_NOT_A_NAME = frozenset("Yesterday Today Tomorrow Meanwhile However Instead Later Earlier Still Then Now Here There "
                        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June "
                        "July August September October November December Last Next This That".split())


# "Chol-su was the most cautious.", "Aziz hesitated.": one name and a predicate only a person has
_NAME_PREDICATE = re.compile(
    r"^\s*(?P<np>[A-Z][a-z'\u2019]{2,}(?:-[A-Za-z][a-z]+)?)\s+(?:(?:was|is)\s+(?:the\s+)?(?:most|least|youngest|oldest|"
    r"quietest|first|last|only|more|less)\b|(?:hesitated|shrugged|nodded|laughed|smiled|sighed|paused|spoke|talked|"
    r"agreed|refused|declined|wept|frowned|winced)\b"
    # "Kholod spoke to a man who ...": an outlet or writer meeting someone, who is the one introduced
    r"(?!\s+(?:to|with)\s+(?:a|an|one|two|three|four|five|several|some|another)\s))")


_GROUP_NOUN = re.compile(r"\b(?:men|women|people|workers)\b")

# "One of the signatories, Sherzod (he asked that his surname not be printed), met our correspondent ...",
# "Another of the cutters, Dilnoza, 34, showed ...": one of a group just met, named by one name in apposition
_PARTITIVE_NAMED = re.compile(
    r"^\s*(?:One|Another)\s+of\s+(?:them|those|the\s+(?:[a-z][\w'\u2019-]*\s+){0,2}[a-z][\w'\u2019-]*),\s+"
    r"(?P<np>[A-Z][a-z'\u2019]{2,}(?:-[A-Za-z][a-z]+)?)\s*(?:\([^()\"]{2,80}\)\s*)?(?:,\s+(?:\d{2},\s+)?(?:who\s+)?|\s+)"
    r"(?!(?:said|says|told|tells|added|adds)\b)[a-z]{2,}")


def single_name_subject(text: str) -> re.Match[str] | None:
    """The match (group ``np``, the name) when a sentence opens with a person named by one name and
    described by an age or a person noun in apposition ("Rustam, a 29-year-old welder, keeps ..."), as one of a
    group named in apposition ("One of the signatories, Sherzod (...), met ..."), or with
    a predicate only a person has ("Chol-su was the most cautious."); None for a place ("Dandong, a city on the
    river, ...") or a sentence where the person already speaks."""
    m = _SINGLE_NAME_SUBJECT.match(text) if ", " in text[:40] else None
    if m is None and text.lstrip()[:1] in ("\"", "\u201c"):
        m = _DASHED_NAME_SUBJECT.match(text)
        head = " ".join(_APPOS_HEAD.split(m.group("appos"))[0].split()[:3]) if m is not None and m.group("appos") else None
        if head is not None and classify(head) != "anonymous_source":
            return None  # '"Fichas" — a word the pickers use — are ...': a word in quotation marks, no person
    if m is None and text.lstrip()[:3] in ("One", "Ano"):
        p = _PARTITIVE_NAMED.match(text)
        if p is not None and _person_name(p.group("np")):
            return p
    if m is None:
        m = _NAME_PREDICATE.match(text)
        return m if m is not None and _person_name(m.group("np")) and classify(m.group("np")) == "named_person" else None
    if m.group("np") in _NOT_A_NAME or len(m.group("np")) < 3 and m.group("withheld") is None:
        return None  # the apposition says it is a person: no gazetteer look-up ("Bikram"), "Ri, who asked ..."
    appos = m.group("appos")
    if appos is not None and (classify(appos) != "anonymous_source" or _GROUP_NOUN.search(appos)):
        return None
    return m


def _person_name(word: str) -> bool:
    """A capitalised word that may be a person's name: no calendar or discourse word, no place in the gazetteer."""
    return word not in _NOT_A_NAME and not places.find(f"in {word}")


def quoted_name_opening(text: str) -> bool:
    """Does the sentence open with a person's one name in quotation marks and an apposition set off by dashes ('"Jairo"
    — a picker who gave a first name only — has worked ...')? Its quotation marks give a name, not
    anyone's words: the sentence introduces the person a later "he said" goes back to."""
    return text.lstrip()[:1] in ("\"", "\u201c") and single_name_subject(text) is not None
