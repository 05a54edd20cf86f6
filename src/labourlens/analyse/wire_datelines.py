"""Wire datelines that carry a date ("BEIJING, Jan. 9 (Xinhua) --", "MOSCOW, March 3, 2024 (Reuters) -", and
"Moscow, 26 November (Interfax) -" with the place in title case before an agency).

:func:`labourlens.analyse.sentences.dateline_end` knows datelines with a place and an agency
("HUNCHUN, China (AP) —"); agencies also put the day between the place and the agency. A speaker
phrase that opens the first sentence starts after either kind, so the attribution modules use
:func:`dateline_end` from here, and :func:`without_dateline` cuts a bare dateline ("KITWE —") from a speaker
phrase a finder read from the start of the line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from labourlens.analyse import sentences

__all__ = ["colon_dateline", "dateline_end", "place_label", "without_dateline"]

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATED = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'-]+(?:[ -][A-Z][A-Za-z.'-]+){0,3})"  # BEIJING, NEW DELHI (Moscow before an agency)
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})?"  # , China
    rf",\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?"  # , Jan. 9 / 9 January 2024
    r"\s*(?:\((?P<agency>[A-Za-z .&/-]{1,30})\))?"  # (Xinhua)
    r"\s*(?:--|[\u2014\u2013]|-(?=\s))\s*"
)

# a press release's dateline with the date in brackets: "GENEVA (3 March 2025) -", "NEW YORK (March 3, 2025) —"
_BRACKET_DATED = re.compile(
    r"^\s*[A-Z][A-Z.'-]+(?:[ -][A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})?"
    rf"\s*\(\s*(?:{_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH})(?:\s+(?:19|20)\d{{2}})?\s*\)"
    r"\s*(?:--|[\u2014\u2013]|-(?=\s))\s*")

# a repost's tag before the story's first sentence: "[Source: Baltic Wire] A worker said ..."
_REPOST_TAG = re.compile(r"^\s*\[(?:Source|Via|From|Courtesy of)\s*:?\s*[^\]\n]{2,80}\]\s*", re.IGNORECASE)


# the time stamp of a channel post or a live-blog entry, with an update mark: "[12:58] ", "[14:05] UPD: ", "09:14 GMT - "
# (also "Update 16:40 - ", and a stamp with a zone and no dash: "07:25 CET The police said ...", "21:10 MSK")
_STAMP = re.compile(r"^\s*(?:(?:Update|UPDATE|Updated)\s+(?=\d))?"
                    r"(?:\[\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\]|\d{1,2}[:.]\d\d(?:\s*(?:GMT|UTC|[AaPp]\.?[Mm]\.?))?"
                    r"\s*(?:--|[\u2014\u2013]|-)|\d{1,2}[:.]\d\d\s+(?:GMT|UTC|[A-Z]{2}[SD]?T|MSK|CET|CEST|EET|EEST)\b)"
                    r"\s+(?:(?:UPD|UPDATE|Update|NEW|BREAKING)\s*:\s+)?(?=[A-Z\"\u201c])")


# a feed item's field label: "SUMMARY: Residents of a block say ...", "Excerpt: ..."
_FIELD = re.compile(r"^\s*(?:SUMMARY|Summary|DESCRIPTION|Description|EXCERPT|Excerpt|SNIPPET|Snippet|TEASER|Teaser)\s*:\s+"
                    r"(?=[A-Z\"\u201c])")


@lru_cache(maxsize=512)  # speed: the mention finder's shapes ask about the same sentence several times
def dateline_end(text: str) -> int:
    """Length of a dateline prefix at the start of ``text``, with or without a date, after a repost's tag
    ("[Source: X]") if any; 0 if none."""
    tag = _REPOST_TAG.match(text) or _STAMP.match(text) or _FIELD.match(text)  # "[Source: X]"; "[12:58]"; "SUMMARY:"
    if tag is not None:
        return tag.end() + dateline_end(text[tag.end():])
    plain = sentences.dateline_end(text)
    if plain:
        return plain
    m = _DATED.match(text)
    if m is None:
        bracketed = _BRACKET_DATED.match(text)
        return bracketed.end() if bracketed is not None else 0
    letters = [c for c in m.group("place") if c.isalpha()]
    # a place in title case only with the agency in brackets after the date ("Moscow, 26 November (Interfax) -") or
    # with a full date and a dash, as translated papers print it ("Hue, 4 May 2026 - ")
    return m.end() if len(letters) >= 3 and (all(c.isupper() for c in letters) or m.group("agency") or m.group("year")) else 0


# "KITWE — ", "NEW DELHI - ", "LIMA / QUITO —": a bare dateline, a place (or two) in capitals and a dash
_BARE = re.compile(r"^\s*[A-Z][A-Z.'-]+(?:(?:[ -]|[ \t]?/[ \t]?)[A-Z][A-Z.'-]+){0,3}\s*(?:--|[\u2014\u2013]|-)\s+(?=[A-Z])")


def without_dateline(m: Any, sentence_text: str) -> Any:
    """The speaker mention ``m`` without a bare dateline it took along from the start of the sentence ("KITWE -
    Zambian workers at a mine" -> "Zambian workers at a mine"); ``m`` otherwise."""
    if m is None or m.start > 2:
        return m
    d = _BARE.match(sentence_text)
    if d is None or d.end() >= m.end:
        return m
    cut = sentence_text[d.end():m.end]
    return type(m)(cut, d.end(), m.end, m.cue, m.direct, m.relay)


# the colon dateline of South Asian papers, "KOZHIKODE: Fourteen workers ...", is told in the third person; a
# speaker's turn ("ASHA: We were never paid") speaks in the first
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s|[Yy]ou|[Yy]our)\b|[\"\u201c]")
_LEDE_WORDS = 16  # a news lede is a long sentence


def colon_dateline(label: str, sentence_text: str) -> bool:
    """Is the capitalised line label ``label`` ("KOZHIKODE", "NEW DELHI", "Kuala Lumpur") the place of a colon dateline, which the
    gazetteer finds at the start of ``sentence_text``, before a sentence told in the third person?"""
    from labourlens.analyse import places  # noqa: PLC0415 - places imports the sentence stages this module serves

    head = sentence_text.lstrip()
    if not (head[:len(label)].isupper() or head[:len(label)].istitle()) or not head.upper().startswith(f"{label.upper()}:") or \
            _FIRST_PERSON.search(head, len(label) + 1) or len(head.split()) < _LEDE_WORDS:
        return False  # a turn speaks in the first person, or briefly ("SANTOS: There was no day off.")
    offset = len(sentence_text) - len(head)
    return any(p.start == offset and p.end == offset + len(label) for p in places.find(sentence_text))


def place_label(label: str, sentence_text: str = "") -> bool:
    """"NORTH KOREA: ...", "PRIMORSKY KRAI: ...": a place heading; "KOZHIKODE: Fourteen men ...": a dateline."""
    from labourlens.analyse import places  # noqa: PLC0415 - places imports the sentence stages this module serves

    return any(p.start == 0 and p.end == len(label) for p in places.find(label)) or colon_dateline(label, sentence_text)


def topic_place(label: str, rest: str) -> bool:
    """(s45) A town heading an item of a digest or a case, a topic and no speaker: "Zhuanghe: photographs of a fenced
    yard", "Case 4: Busan, South Korea (...)": a place in the gazetteer that is no given name ("Victoria: ..." in a
    transcript is a woman), heading words in lower case or a place's own qualifiers ("Busan, South Korea")."""
    from labourlens.analyse import mastheads  # noqa: PLC0415 - mastheads reads the speaker stages
    from labourlens.analyse.source_refs import given_name_gender  # noqa: PLC0415

    if place_label(label) or not mastheads.is_place(label) or given_name_gender(label):
        return place_label(label)
    rest = rest.lstrip(" :\u2014\u2013-")
    return rest[:1].islower() or rest[:1].isdigit() or bool(_PLACE_AFTER.match(rest)) and not _AGE_AFTER.match(rest)


_PLACE_AFTER = re.compile(r",\s+[A-Z]")  # "Busan, South Korea", "Hunan, prison"
_AGE_AFTER = re.compile(r",\s+(?:aged\s+)?\d")  # "Sofia, 29": a person's age


_TOPIC_HEAD = re.compile(r"^\W{0,2}(?:\d{1,2}[.)]\s+)?(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}):\s+"
                         r"(?P<rest>[a-z][^.!?\n]{0,80})$")


def topic_heading(sentence_text: str) -> bool:
    """(s45) A short line headed by a town and a colon, in lower case after it, with no full stop: a digest's item
    heading ("Zhuanghe: photographs of a fenced yard"), where no one speaks."""
    m = _TOPIC_HEAD.match(sentence_text.strip())
    return m is not None and len(m["rest"].split()) <= 10 and topic_place(m["place"], m["rest"])
