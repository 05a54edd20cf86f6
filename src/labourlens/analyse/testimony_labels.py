"""Labels that stand for one person in a report's testimonies, used by :mod:`labourlens.analyse.interviewees`
(line labels), :mod:`labourlens.analyse.speaker_kinds` (their kind) and
:mod:`labourlens.analyse.testimony_blocks` (headed blocks).

NGO, union and UN-style reports number or letter the people they quote: "Testimony 4:", "Worker A said",
"Interviewee 7 (female, 34):", "Respondent R-17", "W3:", "Witness K", "Former worker B, interviewed in Seoul,".
Each such label is one unnamed person, an ``anonymous_source`` worded by the label; the same label again is
the same person, another label another person. The nouns are data (``testimony_label_nouns`` in
``reporting_verbs.yaml``). Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["coded_label", "label_line", "label_nouns", "label_subject", "label_wording", "people_interviews", "LABEL_CODE"]

# the code after the noun: "4", "No. 14", "#4", "12b", "R-17", "TT-05", "A", "K"
LABEL_CODE = r"(?:No\.?\s*|#\s?)?(?:[A-Z]{1,3}-?\d{1,3}|\d{1,3}[a-z]?|[A-Z])(?![\w'\u2019-])"
# a short code alone as a line label: "W3:", "P12:", "R-5:"; not a question or answer ("Q1:", "A2:")
_SHORT_CODE = r"(?![QA]-?\d)[A-Z]{1,2}-?\d{1,3}(?![\w'\u2019-])"
# a code that reads as a worker's, respondent's or interviewee's in running text ("W3 said", "P-22, a steel fixer,
# said"), unlike "G20", "P5", "M23"
# (s36) "A1", "A2": the accused as a Korean or Japanese court's summary codes them
_PERSON_CODE = r"(?:(?:[WRIDA]|KI|FW)-?\d{1,3}|[A-Z]{1,3}-\d{1,3}[a-z]?)(?![\w'\u2019-])"  # or "P-22", "AO-6"; "D1", "D2": a judgment's defendants


_HEADING_NOUNS = frozenset(("case", "box", "story", "account", "profile"))
_TESTIFIES = re.compile(r"[\"\u201c]|\b(?:I|we|We|my|My|our|Our|me|us)\b")


@lru_cache(maxsize=1)
def label_nouns() -> str:
    """The label nouns as a regular-expression alternation ("case\\s+study|testimony|...")."""
    data = knowledge.load("reporting_verbs.yaml")
    words = data.get("testimony_label_nouns") if isinstance(data, dict) else None
    nouns = sorted((str(w) for w in words or []), key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns) or "(?!)"


@lru_cache(maxsize=1)
def _label_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:former\s+)?(?i:{label_nouns()})\s+{LABEL_CODE}")


@lru_cache(maxsize=1)
def _line_re() -> re.Pattern[str]:
    # "Testimony 2:", "Worker A (male, 41):", "Interviewee 7, female, 34:", "W3:", "**Interviewee 6:**": a label
    # opening its line
    return re.compile(rf"^\s*[*_]{{0,2}}(?P<label>(?=[A-Z])(?i:(?:former\s+)?(?:{label_nouns()}))\s+{LABEL_CODE}"
                      rf"|{_SHORT_CODE})"
                      r"(?:[ \t]*\([^)]{1,80}\)|(?:,[ \t]*[\w-]+(?:[ \t]+[\w-]+)?){1,3})?[*_]{0,2}"
                      r"(?P<sep>:|[ \t][\u2014\u2013])[*_]{0,2}[ \t]+(?=\S)")


def coded_label(text: str, short: bool = True) -> bool:
    """Is ``text`` (up to its first comma) a label standing for one person ("Testimony 4", "Worker A",
    "Interviewee No. 14", "former worker B", a worker's, respondent's or interviewee's code "W3", "R12", and with
    ``short`` any short code, as a line label speaking in the first person: "P4: We ...")?"""
    first = text.split(",")[0].strip()
    return bool(first) and (_label_re().fullmatch(first) is not None or re.fullmatch(
        _SHORT_CODE if short else _PERSON_CODE, first) is not None)


def label_line(sentence_text: str) -> re.Match[str] | None:
    """A coded label opening a line ("Worker A: We were ...", "Testimony 3: ..."), in the shape of
    :func:`labourlens.analyse.interviewees.house_label`'s match (group ``label``)."""
    if ":" not in sentence_text[:120] and "\u2014" not in sentence_text[:60] and "\u2013" not in sentence_text[:60]:
        return None
    m = _line_re().match(sentence_text)
    # "Case 3: Ri v. Nordhavn", "Box 2: Fees charged": a heading, whose block :mod:`testimony_blocks` reads
    if m is None or m.group("label").split()[0].lower() in _HEADING_NOUNS:
        return None
    # a code alone speaks only in the first person or in quotation ("W3: We worked ..."), not "G20: Leaders agree"
    if (" " not in m.group("label") or m.group("sep") != ":") and not _TESTIFIES.search(sentence_text, m.end()):
        return None  # "Testimony 4 - We cut trees ...", not "Testimony 10 - former logger, Amur Oblast"
    return m


_LABEL_CODE_RX = re.compile(LABEL_CODE)


def label_wording(label: str) -> str:
    """A line label worded as a speaker: capitals made ordinary case ("WORKER 2" -> "Worker 2"), a code kept
    ("WORKER A" -> "Worker A", "Worker B" as written)."""
    if not coded_label(label):
        return label.capitalize()  # "TAXI DRIVER" -> "Taxi driver"
    if not label.isupper():
        return label
    words = label.split()
    return " ".join([words[0].capitalize()] + [w if _LABEL_CODE_RX.fullmatch(w) else w.lower() for w in words[1:]])


_SPEECH = r"(?:said|says|told|tells|added|adds|described|describes|recalled|recalls|explained|explains|reported|reports)"


@lru_cache(maxsize=1)
def _subject_re() -> re.Pattern[str]:
    return re.compile(rf"^\W{{0,3}}(?P<np>(?=[A-Z])(?i:(?:former\s+)?(?:{label_nouns()}))\s+{LABEL_CODE})"
                      rf"(?=,|\s+(?!{_SPEECH}\b)[a-z]+)")


def label_subject(text: str) -> re.Match[str] | None:
    """A coded person opening a sentence before they speak ("Worker A, a 38-year-old welder, spent three years in
    Russia.", "Interviewee 3 worked on a farm."): the antecedent of a later "he said" (group ``np``)."""
    if not text[:1].isupper() and not text.lstrip()[:1].isupper():
        return None
    m = _subject_re().match(text)
    return m if m is not None and m.group("np").split()[0].lower() not in _HEADING_NOUNS else None


# "Worker interviews indicated ...", "Interviews with returnees showed ...": the people interviewed speak
_PEOPLE = (r"(?:workers?|employees?|migrants?|migrant\s+workers?|returnees?|survivors?|defectors?|interviewees?|"
           r"labou?rers?|crew(?:\s+members)?|seafarers?|fishers?|fishermen|women|men)")
_PEOPLE_INTERVIEWS = re.compile(
    rf"^(?:the\s+|our\s+|these\s+|further\s+)?(?:{_PEOPLE}['\u2019]?\s+)(?:interviews|testimon(?:y|ies)|accounts)$"
    rf"|^(?:the\s+|our\s+)?(?:interviews|conversations|testimon(?:y|ies)|accounts)\s+(?:with|of|from|by)\s+"
    rf"(?:the\s+|some\s+|several\s+|\d+\s+|[a-z]+\s+)?(?:[\w-]+\s+){{0,2}}{_PEOPLE}$", re.IGNORECASE)


_LABEL_ACCOUNT = re.compile(r"^(?P<label>.+?)['\u2019]s\s+(?:testimony|account|statement|interview|story)$")


def people_interviews(text: str) -> bool:
    """Is ``text`` the interviews or testimonies of people ("Worker interviews", "interviews with 12 returnees",
    "testimonies of former seafarers", "Interviewee 7's testimony"), who speak through them (an
    ``anonymous_source``)?"""
    first = text.split(",")[0].strip()
    own = _LABEL_ACCOUNT.match(first)  # "Interviewee 7's testimony": the person's own account
    return _PEOPLE_INTERVIEWS.match(first) is not None or own is not None and coded_label(own.group("label"))
