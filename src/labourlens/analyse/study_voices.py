"""Voices of research writing: authors cited with a year, interviewee codes, and a report speaking of itself.

* An in-text citation makes the cited authors the speaker of what follows ("As Lee and Park (2021) found in
  40 interviews, ...", "Kim (2019) had earlier recorded that ...", "We also note, as Baek (2023) has argued,
  that ..."): ``named_person``, worded with the year so that a pair of surnames is not read as a firm.
* A bare interviewee code opening a sentence ("R-4 said ...", "AO-9 added that ...", "5.3 K-2 told us ...") is
  that interviewee, an ``anonymous_source`` (a code is not a name), the same source as "Respondent R-4".
* A report's own voice ("This report finds ...", "This briefing finds ...", "the developers described in this
  paper ...") is the voice of the page that publishes it (the outlet) when the page names its publisher; a
  report cited by another text ("the report said") stays a document.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from labourlens.analyse.counted_interviewees import counted_interviewees, sample_tallies
from labourlens.analyse.document_backrefs import document_backrefs
from labourlens.analyse.gated import gated
from labourlens.analyse.own_teams import own_team
from labourlens.analyse.speakers import NAME_WORD, OUTLET_KEY, Mention, _cue, classify
from labourlens.analyse.survey_samples import own_study, sample_phrase
from labourlens.analyse.transcript_roles import continue_paragraph_turns, firm_label_name, official_label_name

if TYPE_CHECKING:
    from labourlens.analyse.attribution import Attribution
    from labourlens.analyse.registry import Registry
    from labourlens.model import Sentence, Source

__all__ = ["CODE", "code_kind", "own_report", "publisher", "study_mention", "study_pass"]

_YEAR = r"\((?:19|20)\d\d[a-z]?(?:[:,]\s*[\d\u2013-]+)?(?:;\s*[^()]{2,40})?\)"
_AUTHORS = rf"{NAME_WORD}(?:\s+(?:and|&)\s+{NAME_WORD}|\s+et\s+al\.?)?"
_VERBS = (r"(?:puts?|places?|reports?|reported|argues?|argued|finds?|found|estimates?|estimated|suggests?|suggested|"
          r"notes?|noted|shows?|showed|shown|documents?|documented|describes?|described|records?|recorded|counts?|"
          r"counted|observes?|observed|concludes?|concluded|claims?|claimed|writes?|wrote|says?|said|gives?|cites?|"
          r"calculates?|calculated|recounts?|recounted|explains?|explained|identifies|identified|warns?|warned)")
_AUX = r"(?:(?:has|have|had)\s+)?(?:(?:also|earlier|already|previously|similarly|likewise|first)\s+)?"
# "As Lee and Park (2021) found in 40 interviews, ...", "Kim (2019) had earlier recorded that ..."
_LEAD_CITATION = re.compile(
    rf"^\s*(?:(?:As|But|And|Yet|Similarly,?|Likewise,?|Earlier,?)\s+)?(?:(?:Research|Work|Fieldwork|Interviews|Survey\s+data)"
    rf"\s+(?:by|of)\s+)?(?P<name>{_AUTHORS})\s*(?P<year>{_YEAR})"
    rf"(?:,\s*(?:by\s+contrast|in\s+contrast|however|similarly|for\s+example|too),)?\s+{_AUX}(?P<verb>{_VERBS})\b")
# ("Research by Lee and Cho (2022) found ...": the authors of the work)
# "We also note, as Baek (2023) has argued, that ...", "..., as Osei (2017) shows, ..."
_AS_CITATION = re.compile(rf"(?:^|,\s*)as\s+(?P<name>{_AUTHORS})\s*(?P<year>{_YEAR})\s+{_AUX}(?P<verb>{_VERBS})\s*,")
_NOT_AUTHORS = frozenset("table figure chart annex appendix section article paragraph map box graph note "
                         "chapter part page law act decree resolution".split())

# a record cited inside a relative clause: "a firm registered in Tomsk, which, according to the regional business
# registry, leases its cutting rights to ...": the record speaks for the rest of the sentence
_WHICH_ACCORDING = re.compile(r",\s+which,\s+according\s+to\s+(?P<doc>(?:the|a|an|its|their)\s+[^,;:\"]{3,70}?),\s+[a-z]")

# an interviewee code: "R-4", "AO-6", "K-12", "W3" (one to three capitals); a bare one opening a sentence has its
# hyphen ("R-4 said ..."), so that "G7 said" (a group of states) is not read as an interviewee
CODE = r"(?:[A-Z]{1,3}-\d{1,3}|[A-Z]{1,2}\d{1,2})"
_CODE_SAID = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?P<code>[A-Z]{1,3}-\d{1,3})(?:,\s*[^,]{2,60},)?\s+(?:also\s+|later\s+|then\s+)?"
    r"(?P<verb>said|says|added|adds|told|tells|described|describes|recalled|recalls|reported|reports|explained|"
    r"explains|remembered|remembers|stated|states|insisted|insists|confirmed|confirms|claimed|claims|noted|notes)\b")
# a person named by a code: the code alone, after a study's noun, after "identified here as", or in apposition
_CODE_NAMED = re.compile(rf"^{CODE}$|\b(?:respondent|interviewee|informant|participant|case)\s+{CODE}\b|"
                         rf"\b(?:identified|referred\s+to|known|coded)\s+(?:here\s+|below\s+)?as\s+{CODE}\b|,\s*{CODE}$",
                         re.IGNORECASE)


def study_mention(text: str) -> Mention | None:
    """The authors of an in-text citation, or an interviewee code, that speaks in a sentence."""
    if "(" in text:
        m = _LEAD_CITATION.match(text) or _AS_CITATION.search(text)
        if m is not None and m.group("name").split()[0].lower() not in _NOT_AUTHORS:
            paired = " " in m.group("name")  # "Lee and Park (2021)": the year keeps the pair a pair of authors
            end = m.end("year") if paired else m.end("name")
            return Mention(text[m.start("name"):end], m.start("name"), end, _cue(m.group("verb")), False)
    w = _WHICH_ACCORDING.search(text) if "which, according to" in text else None
    if w is not None and classify(w.group("doc")) == "document":  # "..., which, according to the land register, ..."
        return Mention(w.group("doc"), w.start("doc"), w.end("doc"), "according to", False)
    c = _CODE_SAID.match(text)
    if c is not None:
        return Mention(c.group("code"), c.start("code"), c.end("code"), _cue(c.group("verb")), False)
    return None


_CODE_APPOSITION = re.compile(r",\s*(?:who|now|aged)\b")


def code_kind(wording: str | None) -> bool:
    """Is a speaker named only by an interviewee code ("AO-6", "a site manager, identified here as AO-6",
    "Respondent K-3, who left in 2022")? Then it is an unnamed person, whatever its wording's name-like look."""
    if not wording:
        return False
    head = _CODE_APPOSITION.split(wording.strip(), maxsplit=1)[0]
    return _CODE_NAMED.search(head) is not None


_OWN_REPORT = re.compile(
    r"^(?:this|the\s+present|our)\s+(?:(?:full|short|present|annual|research|policy|working|briefing|country)\s+)?"
    r"(?:report|briefing(?:\s+note)?|paper|study|chapter|section|submission|note|analysis|investigation|research|"
    r"review|survey|brief|assessment)(?:,?\s*[\"\u201c][^\"\u201d]{2,80}[\"\u201d])?$", re.IGNORECASE)  # 'Our briefing, "Title"'
_OURS = re.compile(r"our\s", re.IGNORECASE)
# a UN communication's formula for the allegations it sets out ("According to the information received, ..."): the
# letter's own summary, as much its voice as "this report"
_RECEIVED = re.compile(r"the\s+information\s+(?:we\s+have\s+|we\s+)?received$", re.IGNORECASE)
# "Most of the developers described in this paper": the people a report describes, the report's own finding
_DESCRIBED_HERE = re.compile(r"(?:described|studied|interviewed|documented|surveyed|covered|profiled)\s+(?:in|for|by)"
                             r"\s+this\s+(?:report|paper|study|briefing|chapter|section)\b", re.IGNORECASE)


# a report's own heading names its publisher: "A report by the Steppe Labour Watch | Section 4", "Harbour Policy
# Group - Working Paper 11 (excerpt)", "Steppe Watch - Briefing Note No. 6"
_KINDS = r"(?:report|briefing(?:\s+note|\s+paper)?|working\s+paper|research\s+paper|policy\s+(?:brief|paper)|discussion\s+paper|study)"
_PUBLISHED_BY = re.compile(
    rf"^\s*(?:an?\s+(?:new\s+|joint\s+)?{_KINDS}\s+(?:by|from|of)\s+(?:the\s+)?(?P<by>[A-Z][^\n|\u2014\u2013:]{{2,70}}?)"
    rf"\s*(?:[|\u2014\u2013:]|\s-\s|$)|(?P<body>[A-Z][^\n|\u2014\u2013:]{{2,70}}?)\s*(?:[|\u2014\u2013:]|\s-)\s*{_KINDS}"
    r"\s+(?:no\.?\s*)?\d+\b)", re.IGNORECASE | re.MULTILINE)


def publisher(text: str) -> str | None:
    """The body a report's heading says published it, from the first lines ("A report by the X", "X - Working
    Paper 11"); None when the heading names none."""
    for m in _PUBLISHED_BY.finditer(text[:600]):
        line = text[text.rfind("\n", 0, m.start()) + 1:].split("\n", 1)[0].strip()
        if len(line) <= 120 and not line.endswith((".", "?", "!", '"')):  # a heading, not a news sentence
            return (m.group("by") or m.group("body")).strip()
    return None


# the page's own designation in its heading, a brief and its number: "Imagery Brief No. 14 | May 2024", "Policy
# Brief 3": then "the brief" in its text is the page itself (not "the report", "the note": gold sets keep those apart)
_DESIGNATED = re.compile(r"^[^\n]{0,40}?\b(?P<kind>brief)\s+"
                         r"(?:no\.?\s*|number\s+|#\s*)?\d{1,4}\b", re.IGNORECASE | re.MULTILINE)


def _designated_kind(text: str) -> str | None:
    """The kind of paper the page's first lines number as itself ("brief" for "Imagery Brief No. 14")."""
    head = "\n".join(ln for ln in text[:600].splitlines()[:4] if len(ln) <= 120)
    m = _DESIGNATED.search(head)
    return m.group("kind").lower() if m is not None else None


def own_report(wording: str | None) -> bool:
    """Does a speaker phrase name the text itself ("This report", "this briefing", "the present study")?"""
    return bool(wording) and bool(_OWN_REPORT.match((wording or "").strip()))


# "a Harbour Times analysis of the records", "an HT review of inspection data": the outlet's own work on papers
_OUTLET_WORK = re.compile(r"^(?:a|an|the)\s+(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4})(?:['\u2019]s)?\s+"
                          r"(?:own\s+)?(?:analysis|review|investigation|tally|count|calculation|examination)\b")
_THE = re.compile(r"^the\s+", re.IGNORECASE)


# what a body was told, named as the information it received: its own account of it
_RECEIVED_BY = re.compile(r"^(?:the\s+)?information\s+(?:received|obtained|gathered|collected)\s+by\s+"
                          r"(?P<by>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,5})$")


def _received_by_page(wording: str | None, outlet: str | None) -> bool:
    """Is ``wording`` "information received by" the body whose page this is ("the Panel" in a panel's report)?"""
    m = _RECEIVED_BY.match(wording or "") if outlet else None
    return m is not None and outlet is not None and m.group("by").split()[-1].lower() in outlet.lower().split()


def _receivers(sources: list[Source]) -> dict[str, str]:
    """Sources worded as information some other source received -> that source's key."""
    out = {}
    for src in sources:
        m = _RECEIVED_BY.match(src.wording or "")
        by = m.group("by").lower() if m is not None else ""
        fits = [o.key for o in sources if by and o.key not in (OUTLET_KEY, src.key) and (
            by in ((o.wording or "").lower(), (o.canonical or "").lower()) or (o.wording or "").lower().startswith(by + " "))]
        if fits:  # (the wording given in full before: "Inspector X of the labour office")
            out[src.key] = fits[0]
    return out


def own_outlet_work(wording: str | None, outlet: str | None) -> bool:
    """Is ``wording`` the outlet's own analysis, named by the outlet's name or its initials?"""
    m = _OUTLET_WORK.match(wording or "") if outlet else None
    if m is None or outlet is None:
        return False
    name, own = _THE.sub("", m.group("name")).lower(), _THE.sub("", outlet).strip()
    initials = "".join(w[0] for w in own.split() if w[:1].isupper()).lower()
    return name == own.lower() or len(initials) >= 2 and name == initials


def study_pass(text: str, sentences: list[Sentence], result: list[Attribution], reg: Registry,
               outlet: str | None) -> None:
    """Research writing's own conventions, in place: a report that speaks of itself on its publisher's page is
    the outlet's voice; a speaker named by an interviewee code is an unnamed person."""
    for src in reg.sources():
        if src.key != OUTLET_KEY and src.kind == "named_person" and code_kind(src.wording):
            src.kind = "anonymous_source"  # "a former site manager, identified here as AO-6"
        elif src.key != OUTLET_KEY and src.kind == "named_person" and official_label_name(src.wording, text):
            src.kind = "official"  # "Mr PAUL HALE (European Commission): ...": he speaks for a state body
        elif src.key != OUTLET_KEY and src.kind == "named_person" and firm_label_name(src.wording, text):
            src.kind = "organization"  # "MS. LUND (Head of Sourcing, Kessel Parts): ...": she answers for the firm
    _merge_names(result, reg)
    continue_paragraph_turns(sentences, result)  # "Spokesperson Li: ..." then a paragraph with no label
    counted_interviewees(sentences, result, reg)  # "We interviewed three former workers. All three said ..."
    sample_tallies(sentences, result)  # "Our team interviewed 38 workers. Thirty-one said ...": the team's own tally
    document_backrefs(sentences, result, reg.sources())  # "The sheets list ...": the documents seen before
    published = bool(outlet or publisher(text))  # with no publisher, "this briefing" is the only name the page has
    designated = _designated_kind(text) if published else None  # "the brief" under "Imagery Brief No. 14"
    own = {src.key for src in reg.sources() if src.key != OUTLET_KEY and (
        _RECEIVED.match(src.wording or "")  # a UN letter's "the information received"
        or own_report(src.wording) and (published or _OURS.match(src.wording or ""))  # "our briefing" is the page
        or designated is not None and (src.wording or "").strip().lower() == f"the {designated}"
        or own_outlet_work(src.wording, outlet)  # "a Harbour Times analysis of the entries": the page's own work
        or _received_by_page(src.wording, outlet)  # a panel's own report citing what it was told, worded as information it received
        or published and (own_team(src.wording, text)
                          or src.kind == "anonymous_source" and sample_phrase(src.wording) and own_study(text)))}
    receivers = _receivers(reg.sources())  # "information received by Inspector Vale" after the inspector spoke
    for i, a in enumerate(result):
        if a.source in receivers:
            result[i] = a = replace(a, source=receivers[a.source])
        if a.source in own or published and a.source != OUTLET_KEY and a.span is not None \
                and _DESCRIBED_HERE.match(sentences[i].text[a.span[1]:].lstrip()):
            result[i] = replace(a, source=OUTLET_KEY)  # "Most of the workers described in this paper lived ..."


# a label the writer gives an unnamed person: "a foreman we refer to as Foreman B", "a driver, identified here as D1"
_GIVEN_NAME = gated(r"\b(?:(?:we|I)\s+(?:will\s+)?(?:refer\s+to|call)\s+(?:him|her|them\s+)?|referred\s+to\s+(?:here\s+)?|"
                         r"identified\s+(?:here\s+)?|known\s+(?:here\s+)?)as\s+[\"\u201c]?(?P<alias>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)"
                         r"{0,2})[\"\u201d]?$")
_CITED_YEAR = re.compile(r"\s*\((?:19|20)\d\d[a-z]?[^()]*\)$")


_CODE_WORD = re.compile(rf"\b{CODE}\b")


def _merge_names(result: list[Attribution], reg: Registry) -> None:
    """One source for one interviewee code ("Respondent R-4, now 29" ... "R-4 said ...") and for authors cited
    with a year and named again without it ("Lee and Park (2021) found ..." ... "Lee and Park argue ..."), in place."""
    first: dict[str, str] = {}
    alias: dict[str, str] = {}
    order = list(dict.fromkeys(a.source for a in result if a.source != OUTLET_KEY))
    by_key = {src.key: src for src in reg.sources()}
    for key in order:
        src = by_key.get(key)
        if src is None or not src.wording:
            continue
        codes = set(_CODE_WORD.findall(src.wording)) if src.kind == "anonymous_source" else set()
        names = {"code:" + c for c in codes} if len(codes) == 1 else set()
        if src.kind == "named_person":
            names.add("name:" + _CITED_YEAR.sub("", src.wording).lower())
        given = _GIVEN_NAME.search(src.wording)  # "a site foreman we refer to as Foreman B"
        if given is not None:
            names.add("name:" + given.group("alias").lower())
        elif key in alias or "name:" + src.wording.strip().lower() not in first:
            pass
        elif src.kind in ("anonymous_source", "named_person"):  # "Foreman B told us ...": the one named so before
            alias[key] = first["name:" + src.wording.strip().lower()]
        for n in names:
            if n in first and first[n] != key:
                alias[key] = first[n]
            first.setdefault(n, key)
    # "Lee and Park argue ...": a pair of surnames read as a firm, named before as cited authors
    for key in order:
        src = by_key.get(key)
        if src is not None and src.wording and key not in alias and src.kind == "organization":
            cited = first.get("name:" + src.wording.lower())
            if cited is not None and cited != key and _CITED_YEAR.search(by_key[cited].wording or ""):
                alias[key] = cited
    for i, a in enumerate(result):
        if a.source in alias:
            result[i] = replace(a, source=alias[a.source])
