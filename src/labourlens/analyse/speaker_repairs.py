"""Repairs of the speaker phrase found in one sentence (used by :mod:`labourlens.analyse.mention_shapes`).

- A person given with an age between commas ("As Abdullo, 34, put it: ...", "said Leila, aged 31") is worded
  by the name or noun before the age, never by the age alone.
- A country named alone as a speaker ("In 2019 Angola told the UN ...") is the state, never a firm whose
  name holds the country's name ("Huaxin Road & Bridge Angola") met before.
- A generic source given a description in apposition keeps it ("According to a third source, a worker on a
  neighbouring site, crews ..."; "..., one of the sources, a Lao businessman who supplies the restaurant,
  told Kyodo News."), so that the description, not the count, words the speaker.
- A wire item's dateline ("VIENTIANE, Aug. 21 (Kyodo) -- ") is no part of a speaker phrase: when the phrase
  found runs from the dateline's end over the whole opening clause ("A restaurant still employs 20 cooks,
  two sources said"), the sentence is read again without the dateline.
- "We asked the timber firm, Zeya Timber, for comment; it said ...": the "it" is the body just asked; "I
  have heard from two sources - one a site manager, the other a supplier - that ...": the sources, past the
  dashes.
- A document that instructs ("A directive seen by the Ledger tells provincial offices to select ...")
  speaks.
- A trailing "as one put it" that lends a phrase of the sentence to one member of a group does not take the
  sentence from the main clause's speaker ("The four former cooks all said they had left children at home,
  'a guarantee', as one put it."): the group speaks."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from labourlens.analyse import places
from labourlens.analyse.speakers import Mention, classify
from labourlens.analyse.told_appositions import without_told_apposition

__all__ = ["aged_name", "appositive_source", "asked_body_it", "country_alone", "document_instructs",
           "heard_from_described", "main_over_trailing_as", "past_dateline", "trailing_described_source"]

_AGE = re.compile(r"(?:aged\s+)?\d{1,2}$")
# the name or the person noun before ", 34," ("As Abdullo, 34,", "one welder, 41,", "Kim Ok-sun, aged 52,")
_BEFORE_AGE = re.compile(
    r"(?P<np>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?!(?:As|But|And|Yet|So|Then)\s)[A-Z][\w'\u2019-]+"
    r"(?:\s+[A-Z][\w'\u2019-]+){0,2}|"
    r"(?:(?i:a|an|one|another|the))\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+$")
_TRAILING_AS = re.compile(r",?\s+as\s+$")


# a noun ending a relative clause read as the verb: "A clerk at the bureau, which handles wage [disputes], said ..."
_CLAUSE_NOUN = re.compile(r"[\w-]+(?=,\s+(?:(?:also|later|then)\s+)?(?:said|says|told|tells|added|stated|explained|confirmed|"
                          r"insisted|denied|claimed|wrote|replied)\b)")


_CLAUSE_WORD = re.compile(r",\s+(?:(?:also|later|then)\s+)?(\w+)")


def clause_noun(m: Mention, sentence_text: str) -> Mention:
    """``m`` with the whole relative clause when the cue found is only its last noun ("..., which handles wage
    disputes, said" is said, not disputed; "claims", "reports" and "complaints" end such clauses too)."""
    if not _COMMA_REL.search(m.wording) or not _LOWER_WORD.fullmatch(sentence_text[m.end + 1:m.end + 2]):
        return m
    noun = _CLAUSE_NOUN.match(sentence_text, m.end + 1)
    if noun is None or not noun.group(0).lower().startswith(m.cue.lower()[:4]):
        return m
    verb = _CLAUSE_WORD.match(sentence_text[noun.end():])
    return Mention(sentence_text[m.start:noun.end()], m.start, noun.end(), verb.group(1) if verb else m.cue, m.direct, m.relay)


# "X has asked ..., her office said": the office holder the sentence opens with speaks through the office
_OWN_OFFICE = re.compile(r"(?i:his|her)\s+(?:office|press\s+office|press\s+service)$")
_HOLDER = re.compile(r"^(?:[A-Z][\w ,.'()-]{0,60}?\s[-\u2014\u2013]+\s+)?(?P<np>(?:The\s+|[A-Z][\w-]+['\u2019]s\s+)(?:[\w-]+\s+){0,3}?"
                     r"(?:ombuds(?:man|woman|person)|minister|governor|mayor|commissioner|ambassador|prosecutor(?:\s+general)?|"
                     r"president|rapporteur))\s+(?:has|had|have|on\s+\w+|also|last\s+\w+)?\s*[a-z]")


def own_office(m: Mention, sentence_text: str) -> Mention:
    """The office holder the sentence opens with when the speaker found is only "her office" or "his press
    service" at its end ("Tajikistan's ombudsman has asked Russia to ..., her office said": the ombudsman)."""
    if _OWN_OFFICE.fullmatch(m.wording.strip()) is None or m.start < len(sentence_text) // 2:
        return m
    h = _HOLDER.match(sentence_text)
    if h is None or classify(h.group("np")) != "official":
        return m
    return Mention(h.group("np"), h.start("np"), h.end("np"), m.cue, m.direct, m.relay)


def aged_name(m: Mention, sentence_text: str) -> Mention:
    """``m`` worded by the name or noun before the age when the phrase found is only the age (and with its
    whole relative clause when the cue found is the clause's last noun: :func:`clause_noun`)."""
    m = own_office(clause_noun(m, sentence_text), sentence_text)
    if _AGE.fullmatch(m.wording.strip()) is None:
        return m
    before = _BEFORE_AGE.search(sentence_text[:m.start])
    if before is None:
        return m
    return Mention(before.group("np"), before.start("np"), before.end("np"), m.cue, m.direct, m.relay)


def main_over_trailing_as(m: Mention, sentence_text: str, find: Callable[[str], Mention | None]) -> Mention:
    """The main clause's speaker when ``m`` is only the "one" of a closing "..., as one put it" (or, s40, the subject of a
    relative clause set off by commas inside the main subject: see :func:`_relative_clause_head`)."""
    m = _relative_clause_head(m, sentence_text, find)
    if m.start < 20 or m.wording.lower() not in ("one", "one of them", "another", "one of the men",
                                                 "one of the women", "one woman", "one man"):
        return m
    lead = _TRAILING_AS.search(sentence_text[:m.start])
    if lead is None:
        return m
    head = find(sentence_text[:lead.start()])
    return head if head is not None and head.end <= lead.start() and head.wording.lower() != "one" else m


# (s40) the main subject, then a relative clause set off by commas whose own subject is ``m``: "A 2023 report by the
# agency, which the ministry rejected, described ...", "The audit, which the company disputes, found ..."
_RELATIVE_BEFORE = re.compile(r"^\s*(?P<np>[A-Z][^,;:\"\u201c]{2,80}?),\s+(?:which|whom)\s+$")
_CLAUSE_END = re.compile(r"[^,;:\"\u201c]{1,60}?,\s+(?=[a-z])")


def _relative_clause_head(m: Mention, text: str, find: Callable[[str], Mention | None]) -> Mention:
    """The main subject when ``m`` is only the subject of a relative clause inside it ("The audit, which the company
    disputes, found that ...": the audit, not the company), if the sentence read without the clause has it speak."""
    lead = _RELATIVE_BEFORE.match(text, 0, m.start) if 8 < m.start < 100 else None
    tail = _CLAUSE_END.match(text, m.end) if lead is not None else None
    if lead is None or tail is None:
        return m
    np = lead.group("np")
    head = find(np + " " + text[tail.end():])
    if head is None or head.start != 0 or head.end > len(np) or classify(head.wording) is None:
        return m
    return Mention(head.wording, head.start, head.end, head.cue, head.direct, head.relay)


def country_alone(np: str, entries: Sequence[Any] = ()) -> bool:
    """Is the speaker phrase a country's name and nothing else ("Angola", "Mongolia") while a firm met before
    (``entries``, the registry's) holds that name and no state body does? Such a phrase is the state speaking,
    not a name to match against the firm ("Huaxin Road & Bridge Angola")."""
    if not np[:1].isupper() or len(np) > 40:
        return False
    if not _whole_country(np):
        return False
    holds = [e.source.kind for e in entries if np in (e.source.canonical or e.source.wording or "").split()]
    return "organization" in holds and "official" not in holds


@lru_cache(maxsize=4096)  # speed: the same speaker phrases come back in a report (a gazetteer read of each)
def _whole_country(np: str) -> bool:
    """Is ``np`` as a whole the name of a country (the place finder's reading of the phrase alone)?"""
    return any(p.level == "country" and p.start == 0 and p.end == len(np) for p in places.find(np))


_GENERIC = (r"(?:(?:one|another)\s+of\s+(?:them|(?:the|these|those|its|their|our)\s+"  # '"...," one of them, a kiln operator, said'
            r"(?:sources|people|informants|insiders))|"
            r"(?:a|the|one|another)\s+(?:(?:first|second|third|fourth|fifth|other|further)\s+)?"
            r"(?:source|person|"
            r"informant|insider))")
_APPOS = r"(?P<ap>(?:a|an)\s+[^,;:\"()]{3,100}?)"
_GENERIC_RE, _MET_BEFORE = re.compile(_GENERIC, re.I), re.compile(r"the\s+(?:source|person|informant|insider)", re.I)
_COMMA_REL, _LOWER_WORD = re.compile(r",\s+(?:which|who|that)\s"), re.compile(r"[a-z]+")
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|did|does|could|would|will|said|says)\b")
# "..., one of the sources, a Lao businessman who supplies the restaurant, told Kyodo News."
_TRAILING = re.compile(rf",\s+(?P<sp>{_GENERIC}),\s+{_APPOS},\s+"
                       r"(?P<verb>told|tells|said|says|added|adds|confirmed)\b"
                       r"[^,;:\"]{0,60}?[.!]?[\"\u201d]?\s*$", re.IGNORECASE)
_AFTER_ACCORDING = re.compile(rf",\s+{_APPOS},\s+(?=[A-Za-z])")
# '"...," one source, a driver at the plant, said.'
_AFTER_SAID = re.compile(rf",\s+{_APPOS},\s+(?:said|says|told|tells|added|adds)\b")


def _person(ap: str) -> bool:
    return _FINITE.search(ap) is None and classify(ap) in ("anonymous_source", "named_person")


def trailing_described_source(text: str) -> Mention | None:
    """The speaker of a closing "..., one of the sources, a trader in X, told OUTLET.": the source with its
    description; None for other sentences."""
    if text.count(",") < 3:
        return None
    m = _TRAILING.search(text)
    if m is None or not _person(m.group("ap")):
        return None
    cue = "told" if m.group("verb").lower() in ("told", "tells") else "said"
    return Mention(text[m.start("sp"):m.end("ap")], m.start("sp"), m.end("ap"), cue)


def appositive_source(m: Mention, sentence_text: str) -> Mention:
    """``m`` ("a third source") with the description given it in apposition ("According to a third source, a
    worker on a neighbouring site, crews ..."; '"...," one source, a driver at the plant, said.'); ``m``
    unchanged otherwise."""
    if _GENERIC_RE.fullmatch(m.wording.strip()) is None or _MET_BEFORE.fullmatch(m.wording.strip()):  # met before
        return m
    a = (_AFTER_ACCORDING if m.cue == "according to" else _AFTER_SAID).match(sentence_text, m.end)
    if a is None or not _person(a.group("ap")):
        return m
    return Mention(sentence_text[m.start:a.end("ap")], m.start, a.end("ap"), m.cue, m.direct, m.relay)


# (s46) a person given by initials, then a description in apposition: "R.T., a man aged 31, said ...", "S.K., a carpenter,
# testified ..." (court summaries and case notes that withhold names)
_INITIALS_APPOSED = re.compile(r"^\s*(?P<i>(?:[A-Z]\.\s?){2,3}),\s+(?:a|an)\s+[^,]{2,50},\s")


def initials_first(m: Mention | None, sentence_text: str) -> Mention | None:
    """The initials, not the description after them, for the speaker a sentence opens with ("R.T., a man aged 31,
    said ...": R.T.); the description names the same person and the initials are what the page calls them by."""
    if m is None or sentence_text[1:2] != "." or (a := _INITIALS_APPOSED.match(sentence_text)) is None \
            or not a.end("i") + 2 <= m.start < a.end():
        return m
    initials = a.group("i").strip()
    return Mention(initials, a.start("i"), a.start("i") + len(initials), m.cue, m.direct, m.relay)


def past_dateline(find: Callable[[str, frozenset[str]], Mention | None], sentence_text: str,
                  house: frozenset[str] = frozenset()) -> Mention | None:
    """``find(sentence_text, house)``, read again without a wire dateline when it found nothing or the phrase
    it found starts at the dateline's end and swallows a clause (a comma inside it); a hearer's appositive name
    ("told a trade weekly, Solar Trade Review, that") is read as blank."""
    sentence_text = without_told_apposition(sentence_text) or sentence_text
    m = initials_first(find(sentence_text, house), sentence_text)
    if m is not None and m.start == 0 and sentence_text[m.end:m.end + 1] == ":":
        from labourlens.analyse.wire_datelines import colon_dateline  # noqa: PLC0415 - it imports the splitter

        if colon_dateline(m.wording, sentence_text):  # "Kuala Lumpur: The union's secretary said ...": read past it
            inner = find(sentence_text[m.end + 1:], house)
            return None if inner is None else Mention(inner.wording, inner.start + m.end + 1, inner.end + m.end + 1,
                                                      inner.cue, inner.direct, inner.relay)
    if m is not None and "," not in m.wording or not sentence_text[:1].isupper() \
            or "," not in sentence_text[:40]:
        return m
    from labourlens.analyse.wire_datelines import dateline_end  # noqa: PLC0415 - it imports the splitter

    end = dateline_end(sentence_text)
    lead = len(sentence_text[end:]) - len(sentence_text[end:].lstrip())
    if end == 0 or m is not None and m.start != end + lead:
        return m
    inner = find(sentence_text[end:], house)
    if inner is None or inner.start == 0:
        return m
    return Mention(inner.wording, inner.start + end, inner.end + end, inner.cue, inner.direct, inner.relay)


_ASKED_IT = re.compile(
    r"\b(?:asked|contacted|reached|approached|e-?mailed|called|wrote\s+to|phoned)\s+"
    r"(?P<np>(?:the\s+)?[^;:\"]{2,80}?)"
    r"\s+(?:for\s+(?:comment|a\s+response|its\s+response)|about\s+[^;:,\"]{2,60})\s*(?:;|,?\s+(?:and|but))\s+"
    r"it\s+(?P<verb>said|says|replied|responded|denied|stated|told|insisted|wrote)\b")
_HEARD_DASHED = re.compile(
    r"\b(?:heard|learned|learnt)\s+from\s+"
    r"(?P<np>(?:a|an|one|two|three|four|several|some|the)\s+[^,;:\"]{2,80}?)"
    r"\s[-\u2013\u2014]\s(?:(?!\s[-\u2013\u2014]\s)[^\"]){3,160}?\s[-\u2013\u2014]\s+that\b")


def asked_body_it(text: str) -> Mention | None:
    """The body a writer asked for comment when "it" answers in the same sentence ("We asked the timber firm,
    Zeya Timber, for comment; it said it employs only Russian citizens"); None otherwise."""
    m = _ASKED_IT.search(text) if " it " in text else None
    if m is None or classify(np := m.group("np").strip().rstrip(",")) not in ("organization", "official"):
        return None
    cue = "said" if m.group("verb") != "denied" else "deny"
    return Mention(np, m.start("np"), m.start("np") + len(np), cue)


def heard_from_described(text: str) -> Mention | None:
    """ "I have heard from two sources in the sector - one a site manager, the other a supplier - that ...":
    the sources; None otherwise."""
    m = _HEARD_DASHED.search(text) if "from" in text else None
    if m is None or classify(np := m.group("np").strip()) not in ("anonymous_source", "named_person"):
        return None
    return Mention(np, m.start("np"), m.start("np") + len(np), "informed")


_INSTRUCTS = re.compile(
    r"^\s*(?P<sp>(?:A|An|The|This|That|Its|Their)\s+[^,;:\"]{2,80}?)\s+(?:also\s+)?"
    r"(?P<verb>tells|told|instructs|instructed|orders|ordered|directs|directed|requires|required|obliges|"
    r"obliged)\s+[^,;:\"]{2,80}?\s+to\s+[\w\"\u201c]")


def document_instructs(text: str) -> Mention | None:
    """A document that tells its readers to do something ("A directive seen by the Ledger tells provincial
    offices to select only ..."; "The contract requires workers to hand over ..."): the document; None
    otherwise."""
    m = _INSTRUCTS.match(text) if " to " in text else None
    if m is None or classify(sp := m.group("sp").strip()) != "document":
        return None
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "said")
