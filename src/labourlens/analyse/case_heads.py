"""A casework summary under a heading that names the person it is about ('CASE 7 \u2014 "Amina", 29, Ethiopia, Doha',
"Case 3: Ruth (not her real name)", or an anonymised case by its description line, "Case 2-031 — Filipino woman, 29"):
a "she" or "he" speaking in the paragraph under that heading is that person,
never someone met in the case before it. (s33) A case log's entry by its code alone, the description after it
("RF-2025-031. Nepali, 29, from Jhapa."), is an anonymised case too: its speaking "she" is the code's. (s34) So is a
case's number alone with the person's changed name in quotation marks opening the next sentence ('Case 2. "Ruth",
31, Kenyan, Doha.'): its speaking "she" is Ruth.
Used by :func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.case_initials import CASE_INITIALS, INITIALS_LINE
from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.analyse.unspoken_subjects import AGE_BAND
from labourlens.analyse.wire_datelines import topic_place
from labourlens.model import Sentence, Source

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["case_heads"]

# 'CASE 14 \u2014 "Joy", 38, ...', "Case 3: Ruth (not her real name)", "Case no. 5 - Mary, 41, Kenya"
# (a case number may carry its quarter or year: "Case 2-031", "Case 24/7")
_HEAD = re.compile(r"^\W{0,2}(?:CASE|Case)\s+(?:[Nn]o\.?\s*)?\d{1,3}(?:[-/.]\d{1,4})?\s*[\u2014\u2013:.-]\s*[\"\u201c]?"
                   r"(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?)[\"\u201d]?(?=\s*(?:,|\(|$))")
# an anonymised case named by its description line: "Case 2-031 — Filipino woman, 29, Dubai."
_DESCRIBED = re.compile(r"^\W{0,2}(?P<case>(?:CASE|Case)\s+(?:[Nn]o\.?\s*)?\d{1,3}(?:[-/.]\d{1,4})?)\s*[\u2014\u2013:.-]\s*"
                        r"(?P<name>(?:[A-Z][a-z]+\s+)?(?:woman|man|girl|boy|worker|mother|father|wife|husband|caller|"
                        r"migrant|student|teenager|domestic\s+worker)\s*,\s*\d{1,2})\b")
# (s33) a case log's entry by its code alone, on a line with the person's description after it: "RF-2025-031. Nepali,
# 29, from Jhapa." (the splitter makes the code a sentence of its own); the "she" who speaks under it is that case
_CODE = re.compile(r"^\W{0,2}(?P<name>[A-Z]{1,4}-\d{2,4}(?:-\d{1,4}){0,2})\.?\s*$")
_CODE_DESCRIPTION = re.compile(r"^\W{0,2}[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*,\s*(?:aged\s+)?\d{1,2}\b")
# (s34) a case's number alone ("Case 1."), then the person's changed name in quotation marks with an age or a nationality
# in the same paragraph ('"Rosa", 31, Peruvian, Lima.'): the splitter makes the two sentences apart
# (s39) the number may carry a short note on the case's state ("Case 4 (closed).") or a note of its dates in brackets
# ("Case 4 (opened 2 May, closed 9 May)")
# (s40) or a note of the case's trade, place and years ("Case 2 (fishing, Busan, 2021-2023).")
_NUMBER_ONLY = re.compile(r"^\W{0,2}(?:CASE|Case)\s+(?:[Nn]o\.?\s*)?\d{1,3}(?:[-/.]\d{1,4})?(?:\s*\([a-z ]{1,20}\)"
                          r"|\s*\([a-z][a-z -]{2,30}(?:,\s+[A-Z][\w'\u2019 -]{1,40})?,\s+\d{4}(?:\s*[-\u2013]\s*\d{2,4})?\))?"
                          r"\s*[\u2014\u2013:.-]?\s*"
                          r"(?:\((?:opened|closed|filed|logged|received|updated|reported)\b[^()\n]{0,60}\)\s*)?$")
_QUOTED_NAME = re.compile(r"^\s*[\"\u201c](?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?)[\"\u201d]\s*,\s*"
                          r"(?:aged\s+)?\d{1,2}\b")
# (s382) or the person's initials with an age, the case named only by them ("Case 3." then "K., 31, Nepali, bakery";
# "M. and S., 20 and 22, ..."): an anonymised case, its account in the paragraph below the heading's (case_initials)
_PRONOUNS = frozenset(("she", "he"))
# (s38) or the person described in the sentence after the number, an indefinite phrase opening it ("Case 2." then "A woman
# from Osh was recruited ...", "Two brothers from Naryn worked ..."): the case's person, whose "he", "she" or "they" speaks
# (s41) a group so described ("A group of five Uzbek men ...", "A family of four ...")
_DESCRIBED_OPENING = re.compile(
    r"^\W{0,2}(?P<name>(?:An?|One|Two|Three|Four)\s+(?:(?:group|family|crew)\s+of\s+(?:[\w-]+\s+){0,2}?|(?:[\w-]+\s+){0,2}?)(?P<noun>man|woman|girl|boy|worker|widow|mother|father|"
    r"men|women|workers|brothers|sisters|cousins|couple|friends)"
    # (s45) with the age band that tells the person apart ("A man in his twenties from Cebu")
    rf"(?:\s+{AGE_BAND})?"
    r"(?:\s+from\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)?"
    # (s40) a person by their trade and age ("A net mender aged 51 worked ...", "A cook aged 27 was hired ...")
    r"|(?:An?|One)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<trade>[a-z][\w-]*)\s+aged\s+\d{1,2}(?=\s+[a-z]))\b")
_PLURAL = frozenset(("men", "women", "workers", "brothers", "sisters", "cousins", "couple", "friends"))
# a sentence in which the case's person speaks: "She told our lawyers that ...", "They said ..."
# (s41) or what they believe or allege ("They believe the agent also ...")
_SPEAKS = re.compile(r"^\W{0,2}(?P<p>He|She|They)\s+(?:also\s+)?(?:told|said|says|tell|tells|complained|reported|stated|"
                     r"believe|believes|allege|alleges|alleged)\b")
_SUBJECT = re.compile(r"^\W{0,2}(?:She|He)\b")
# (s41) a case note's verb of saying with no subject: "Said she and two others slept ...", "Told us the agent ..."
_BARE_SAID = re.compile(r"^\W{0,2}(?:Said|Says|Told\s+(?:us|our\s+\w+)|Reported|Stated|Alleged|Alleges)\s+(?:that\s+)?[a-z]")


# (s45) a case by its letter or number with its person described in the same sentence, as a field report lists stories:
# "Case B. A 15-year-old girl from Kita went ...", "Case 3. Two brothers from Sikasso worked ..."
_CASE_AND_PERSON = re.compile(r"^\W{0,2}(?:CASE|Case)\s+(?:[A-Z]|\d{1,3})\.\s+(?=[A-Z])")
_HE = frozenset(("man", "boy", "father", "brother", "son", "husband"))
_SHE = frozenset(("woman", "girl", "mother", "widow", "sister", "daughter", "wife"))
_PRONOUN_RX = {p: re.compile(rf"\b{p}\b", re.IGNORECASE) for p in ("he", "she")}


def _coded_case(sentences: Sequence[Sentence], h: int) -> re.Match[str] | None:
    """The case code of a log's entry opening at sentence ``h``, when the person's description follows it."""
    s = sentences[h]
    m = _CODE.match(s.text) if s.text[:1].isupper() or s.text[:1] in "*#" else None
    if m is None or h + 1 >= len(sentences) or sentences[h + 1].paragraph != s.paragraph:
        return None
    return m if _CODE_DESCRIPTION.match(sentences[h + 1].text) else None


def case_heads(sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give a pronoun speaking under a case heading to the person the heading names (in place)."""
    for h, s in enumerate(sentences):
        coded = None
        if s.text[:6].lower().lstrip("\"' ")[:4] != "case":  # (speed)
            if not s.text[:1].isupper() or "-" not in s.text[:6] or (coded := _coded_case(sentences, h)) is None:
                continue
        if coded is None and (lettered := _CASE_AND_PERSON.match(s.text)) is not None \
                and (opening := _DESCRIBED_OPENING.match(s.text[lettered.end():])) is not None:
            _told_case(sentences, h, opening, result, reg)  # (s45) "Case F. A widow of 40 from Mopti went ..."
            continue
        head = coded or _HEAD.match(s.text)
        initials = None
        if head is None and (initials := CASE_INITIALS.match(s.text)) is not None:
            _initials_case(sentences, h, h, initials, result, reg)  # "Case 3: K., 31, Nepali, bakery"
            continue
        if head is None and h + 1 < len(sentences) and _NUMBER_ONLY.match(s.text):
            if sentences[h + 1].paragraph == s.paragraph:
                head = _QUOTED_NAME.match(sentences[h + 1].text)  # "Case 4." + '"Rosa", 31, ...'
            # (the initials' line may stand on a line of its own below the number)
            if head is None and sentences[h + 1].paragraph <= s.paragraph + 1 \
                    and (initials := INITIALS_LINE.match(sentences[h + 1].text)) is not None:
                _initials_case(sentences, h, h + 1, initials, result, reg)
                continue
            # (s39) the description may open the paragraph under a heading that stands on a line of its own
            if head is None and sentences[h + 1].paragraph <= s.paragraph + 1 \
                    and (opening := _DESCRIBED_OPENING.match(sentences[h + 1].text)) is not None:
                _described_case(sentences, h + 1, opening, result, reg)
                continue
        described = None if head is not None else _DESCRIBED.match(s.text)
        if described is not None:
            head = described
        elif head is None or coded is None and classify(head.group("name")) != "named_person":
            continue
        elif coded is None and topic_place(head.group("name"), s.text[head.end("name"):]):
            continue  # (s45) "Case 1 - Hunan, prison, ...": the case's place, no person
        name, source = head.group("name"), None
        if described is not None:  # (s45) "Case 6 — man, 52": the case's number tells its person apart from the others
            name = s.text[described.start("case"):described.end("name")]
        kind = "named_person" if described is None and coded is None else "anonymous_source"
        if described is not None and len(s.text) - described.end() < 40:  # the description line: no claim of its own
            result[h] = replace(result[h], cue="label")
        para = sentences[h + 1].paragraph if h + 1 < len(sentences) else -1
        for i in range(h + 1, min(len(sentences), h + 20)):
            if sentences[i].paragraph != para:
                break
            att = result[i]
            pronoun = att.span is not None and sentences[i].text[att.span[0]:att.span[1]].strip().lower() in _PRONOUNS
            # (under a described case, a sentence that tells of "she" or "he" unattributed is the case's account too)
            told = described is not None and not att.explicit and _SUBJECT.match(sentences[i].text) is not None
            if not pronoun and not told:
                continue
            if source is None:
                source = reg.resolve(Mention(name, 0, len(name), "introduced"), s.start, "")
                source.kind = kind
            if att.source != source.key:
                result[i] = replace(att, source=source.key)



def _initials_case(sentences: Sequence[Sentence], h: int, d: int, head: re.Match[str], result: list[Any],
                   reg: Registry) -> None:
    """A case under its number, named by initials on the description line below it ("Case 3." + "K., 31, Nepali,
    bakery"): the description line is a label, not a claim; the initials are an anonymous source; a "she", "he" (or,
    for two, "they") speaking in the paragraph under the heading is theirs, and so is a sentence the initials open."""
    name = head.group("name")
    result[d] = replace(result[d], cue="label")
    pronouns = _PRONOUNS | {"they"} if " and " in name else _PRONOUNS
    firsts = {name} | {p.strip() for p in name.split(" and ")}
    source = None
    body = d + 1
    para = sentences[body].paragraph if body < len(sentences) else -1
    quoting = False  # (s48) inside the case's person's own words, opened by a quotation with no speaker of its own
    for i in range(body, min(len(sentences), body + 20)):
        if sentences[i].paragraph != para:
            break
        att, text = result[i], sentences[i].text
        said = text[att.span[0]:att.span[1]].strip() if att.span is not None else ""
        # (s48) the case's words quoted bare under its description ('Case 2: T.N., 29. "We slept ten to a cabin."')
        quoted = not att.explicit and (quoting or text.lstrip()[:1] in _OPENING_QUOTES)
        quoting = quoted and _open_quote(text, quoting)
        if not quoted and said.lower() not in pronouns and said not in firsts and (
                att.explicit or not _BARE_SAID.match(text)):
            continue  # (s41) a note's "Said she was ..." with its subject left out is the case's person's too
        source = _give(result, i, source, name, reg, sentences[d].start)


_OPENING_QUOTES = frozenset("\"\u201c")


def _open_quote(text: str, open_before: bool) -> bool:
    """Is a quotation still open at the end of ``text`` (open at its start when ``open_before``)? Straight marks are
    counted; a curly pair is read by its own marks."""
    curly = text.count("\u201c") - text.count("\u201d")
    if curly or "\u201c" in text or "\u201d" in text:
        return open_before + curly > 0
    return (open_before + text.count('"')) % 2 == 1


def _described_case(sentences: Sequence[Sentence], d: int, head: re.Match[str], result: list[Any], reg: Registry) -> None:
    """(s38) A case under its number whose first sentence describes its person ("A woman from Osh was ..."): a "she" or
    "he" (for a group, "they") who speaks in the paragraph is that person (an ``anonymous_source`` worded by the
    description), never the person of an earlier case; the first sentence itself stays the page's account."""
    name = head.group("name")
    pronoun = "they" if head.group("noun") in _PLURAL else None
    source = None
    for i in range(d + 1, min(len(sentences), d + 20)):
        if sentences[i].paragraph != sentences[d].paragraph:
            break
        att = result[i]
        said = sentences[i].text[att.span[0]:att.span[1]].strip().lower() if att.span is not None else ""
        speaks = _SPEAKS.match(sentences[i].text)
        if pronoun is not None and said == f"the {head.group('noun')}":  # (s41) "The men said" in a group's case: the group
            said = pronoun
        if said not in (_PRONOUNS if pronoun is None else {pronoun}) and (speaks is None or att.explicit or (
                (speaks.group("p").lower() == "they") != (pronoun is not None))):
            continue
        source = _give(result, i, source, name, reg, sentences[d].start)


def _give(result: list[Any], i: int, source: Source | None, name: str, reg: Registry, start: int) -> Source:
    """Give sentence ``i`` to ``source``, first made (an ``anonymous_source`` worded ``name``, introduced at ``start``)
    when it is None; return it."""
    if source is None:
        source = reg.resolve(Mention(name, 0, len(name), "introduced"), start, "")
        source.kind = "anonymous_source"
    if result[i].source != source.key:
        result[i] = replace(result[i], source=source.key)
    return source


def _told_case(sentences: Sequence[Sentence], d: int, head: re.Match[str], result: list[Any], reg: Registry) -> None:
    """(s45) A case whose heading sentence describes its person ("Case F. A widow of 40 from Mopti went ..."): what
    the paragraph tells of that person with no speaker of its own ("At the farm he sprayed ...", "She received no
    money.") is the case's account, the person's (an ``anonymous_source`` worded by the description), as a speaking
    "he" or "she" is; the heading sentence stays the page's. A case of a group ("Two brothers ...") is left to
    :func:`_described_case`."""
    noun = head.group("noun") or ""
    pronoun = "he" if noun in _HE else "she" if noun in _SHE else None
    if pronoun is None:
        _described_case(sentences, d, head, result, reg)
        return
    told = _PRONOUN_RX[pronoun]
    # (where the heading sentence has the person speak, "Case A. A man from X said ...", that speaker is the case's)
    spoken = result[d].source if result[d].explicit and result[d].source != OUTLET_KEY else None
    source = None
    for i in range(d + 1, min(len(sentences), d + 20)):
        if sentences[i].paragraph != sentences[d].paragraph:
            break
        att = result[i]
        said = sentences[i].text[att.span[0]:att.span[1]].strip().lower() if att.span is not None else ""
        if said != pronoun and (att.explicit or told.search(sentences[i].text) is None):
            continue
        if spoken is not None:
            result[i] = replace(att, source=spoken)
            continue
        source = _give(result, i, source, head.group("name"), reg, sentences[d].start)

