"""A text that is itself a formal document speaks as that document.

A company's statement pasted whole ("STATEMENT BY THE BOARD OF ORION FREIGHT LTD", numbered points,
"We reject ...") has no outlet: its own sentences are the statement's (kind ``document``, one source
named after the issuing body), and so are "the company", "the Board", "we" and "our records" in it.
An excerpt headed by the report it comes from ('Excerpt from "Title" (Some Watch, May 2021)') speaks
as that report. A statement by a state body keeps the older reading (the body speaks, ``official``):
see ``_press_release`` in :mod:`labourlens.analyse.attribution`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from labourlens.analyse import legal_forms
from labourlens.analyse.audit_summaries import audit_summary
from labourlens.analyse.digest_credits import digest_credits
from labourlens.analyse.digest_sources import digest_sources
from labourlens.analyse.gated import gated
from labourlens.analyse.printed_letters import printed_letter
from labourlens.analyse.release_findings import release_findings
from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.analyse.study_voices import study_pass

if TYPE_CHECKING:
    from labourlens.analyse.attribution import Attribution
    from labourlens.analyse.registry import Registry
    from labourlens.model import Sentence, Source

__all__ = ["DocumentVoice", "apply_document_voice", "document_voice", "refers_to_issuer"]

_BOARD = (r"(?:(?:the\s+)?(?:(?:management|supervisory|executive)\s+board|board\s+of\s+directors|board|"
          r"management|directors|executive\s+committee)\s+of\s+)?")
_STATEMENT = (r"(?:joint\s+|public\s+|official\s+|press\s+|media\s+|company\s+)?(?:statement|press\s+release|"
              r"news\s+release|announcement|position\s+statement)")
_ABOUT = r"(?:\s+(?:regarding|on|concerning|about|in\s+response\s+to|in\s+connection\s+with|following)\b.*)?"
# "STATEMENT BY THE MANAGEMENT BOARD OF ORION FREIGHT LTD", "Statement from Kestrel Foods Co. on recent reports"
_BY_LINE = re.compile(rf"^\s*{_STATEMENT}\s+(?:by|of|from|issued\s+by)\s+(?:the\s+)?{_BOARD}(?:the\s+)?"
                      rf"(?P<body>[^\n]{{3,90}}?){_ABOUT}\s*$", re.IGNORECASE)
# a bare heading under the issuer's letterhead: "STATEMENT REGARDING RECENT MEDIA REPORTS", "PRESS RELEASE"
_BARE = re.compile(rf"^\s*{_STATEMENT}{_ABOUT}\s*$", re.IGNORECASE)
_LEGAL = re.compile(rf"(?:(?<!\w){legal_forms.alternation()}(?!\w)\.?|(?i:\bgroup\b))")
# 'EXCERPT — "Title" (Some Watch, June 2023)', 'Excerpt from "Title" (Some Group, May 2020), pages 4-5'
_TAIL_LEGAL = re.compile(rf"(?:[\s,]+{legal_forms.alternation()})+\.?$")
_EXCERPT = re.compile(
    r"^\s*(?:an\s+)?excerpts?\s*(?:from|of|[:\u2014\u2013-]+)\s*(?:the\s+report\s+)?[\"\u201c](?P<title>[^\"\u201d\n]{4,160})"
    r"[\"\u201d]\s*\((?P<body>[A-Z][^,()\n]{2,80}?)(?:,\s*[^()\n]{0,40})?\)", re.IGNORECASE)
# a report's own pages under its citation: 'Far East Watch — "Title: subtitle" (2024)', then its findings
_REPORT_HEAD = re.compile(
    r"^\s*(?P<body>[A-Z][^\n\"\u201c\u2014\u2013|:]{2,80}?)\s*(?:[\u2014\u2013|:]|\s-)\s*[\"\u201c]"
    r"(?P<title>[^\"\u201d\n]{4,160})[\"\u201d]\s*\((?:[^()\n]{0,30}\s)?(?:19|20)\d\d\)")
_FINDINGS = gated(r"^\s*(?:(?:section|chapter|part)\s+\w+\s*[:.\u2014-]\s*)?(?:key\s+|main\s+|summary\s+of\s+)?"
                  r"(?:findings|conclusions)\b|^\s*finding\s+1\b", re.IGNORECASE | re.MULTILINE)
# "ASIA LABOUR PANEL: ANNUAL REPORT (EXCERPT, PARAGRAPHS 12-19)": a body's report, excerpted in its own words
_REPORT_EXCERPT = re.compile(r"^\s*(?P<body>[A-Z][^:\n\u2014\u2013|]{2,80}?)\s*[:\u2014\u2013|]\s*(?:[\w ]{0,30}\s)?"
                             r"report\b[^\n]{0,20}\bexcerpts?\b", re.IGNORECASE)
# an excerpt's first line naming the report it is taken from by its title: "From: Annual Review of the Labour
# Inspectorate for 2024", "Source: Report of the Special Rapporteur on ..." (a report word in a title-cased name)
_FROM_TITLE = re.compile(r"^\s*(?:from|source|taken\s+from|extracted\s+from)\s*:\s*(?P<title>[A-Z][^\n@<>:|]{0,80}?"
                         r"\b(?:report|review|survey|assessment|study|yearbook|bulletin|communication)\b[^\n@<>:|]{0,120}?)"
                         r"[\s.]*$", re.IGNORECASE)
# a body's name on its own line, then the report's designation on the next: "Regional Labour Observatory" /
# "Third report, issued 4 May 2024", "Final report (advance version)": the body's numbered report in its own words
_DESIGNATION = re.compile(r"^(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|"
                          r"final|interim|annual|mid-?term|quarterly|progress|periodic|midyear|mid-year)\s+)+report\b"
                          r"(?:\s*(?:[,:(\u2014\u2013]|\s-)[^\n]{0,60})?$", re.IGNORECASE)
# "Kestrel Foods Co. responds to allegations ...", "Orion Freight Ltd rejects media reports ..."
_RESPONDS = re.compile(r"^\s*(?P<body>[A-Z][^\n]{2,80}?)\s+(?:responds|replies|reacts)\s+to\b", re.IGNORECASE)
# under a bare "STATEMENT" heading, a line that opens with a company's legal name: "Orion Freight Ltd — statement
# regarding media reports", "Kestrel Foods JSC (Korsakov) regarding publications about foreign workers"
_BODY_HEADING = re.compile(rf"^\s*(?P<body>[A-Z][^\n\u2014\u2013:|(]{{2,80}}?)\s*(?:\([^()\n]{{0,60}}\)\s*)?"
                           rf"(?:(?:[\u2014\u2013:|]|\s-)\s*{_STATEMENT}{_ABOUT}|(?:[\u2014\u2013:|]\s*)?{_ABOUT[3:-2]})\s*$",
                           re.IGNORECASE)
# a statement set out in numbered points reads as a formal document; a prose one speaks as its body
_NUMBERED = re.compile(r"^\s*\d{1,2}\.\s+\S", re.MULTILINE)
_RELEASE_HEAD = re.compile(r"^\s*(?:press|media|news)\s+(?:release|statement)\s*$", re.IGNORECASE)  # a bare release line
# the page's own addendum below a statement: a rule line ("---") ends the statement
_RULE_LINE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|#{3,})\s*$", re.MULTILINE)
_STATE_BODY = re.compile(r"\b(?:ministry|government|embassy|consulate|department|bureau|authority|agency|office|"
                         r"police|prosecutor|court|council|commission|administration|inspectorate|parliament|"
                         r"mission|state|republic|kingdom|federation)\b", re.IGNORECASE)
_SMALL = frozenset("of and the for in on at to a an de".split())
# a body of members or a campaigning group, not a firm: "Association of ...", "... Federation", "... Network"
_MEMBERS_BODY = re.compile(r"\b(?:association|federation|confederation|union|alliance|coalition|network|council|"
                           r"chamber|society|foundation|institute|centre|center|campaign|collective)\b", re.IGNORECASE)
# an audit report's own heading: "SOCIAL COMPLIANCE AUDIT - SUMMARY OF FINDINGS", "Audit report", "SUPPLIER AUDIT:
# EXECUTIVE SUMMARY", "FACTORY AUDIT: PUBLIC SUMMARY" (a few words before "audit", none of them "of the ...": "Summary of the audit" is somebody's)
_AUDIT_HEAD = re.compile(r"^\s*(?:(?!(?:of|on|by|from|about|the|an?|into|re|fw|fwd|why|how)\b)[A-Za-z&-]+\s+){0,4}"
                         r"audit(?:\s+(?:report|summary))?(?:\s*(?:[\u2014\u2013:|]|\s-)\s*(?:(?:executive\s+|public\s+)?summary"
                         r"(?:\s+of\s+findings)?|(?:key\s+)?findings|(?:final\s+)?report))?(?:\s*\([^()\n]{1,30}\))?\s*$",
                         re.IGNORECASE)  # "... AUDIT REPORT (SUMMARY)"
# the audit's particulars under its heading: "Facility: ...", "Audit firm: ...", "Site: ..."
_AUDIT_FIELDS = re.compile(r"^\s*(?:(?:audited\s+)?(?:facility|site|factory|supplier|workplace)(?:\s+(?:name|address))?|"
                           r"audit\s+(?:firm|type|date|scope|body|company)|auditors?|auditee|lead\s+auditor|"
                           r"date\s+of\s+(?:audit|report|visit))\s*:", re.IGNORECASE | re.MULTILINE)


# (s331) a state body's formal notice set out in numbered rules, under its own title line ("Notice on Properly Handling the
# Transfer of ...", "Circular on ...", "Implementation Plan for ..."): its rules are the notice's own words, whoever
# archived or reproduced the page; the archive's or the translator's note below it is the page's again
_NOTICE_TITLE = re.compile(r"^(?P<genre>notice|circular|opinions|decision|measures|provisions|implementation\s+plan|"
                           r"work\s+plan)\s+(?:on|regarding|concerning|about)\s+[A-Z][^\n]{5,200}$", re.IGNORECASE)
# the notice's preamble: "..., the following matters are hereby notified." (what follows is the notice; this line is none)
_PREAMBLE = re.compile(r"\bthe\s+following\s+(?:matters|provisions|rules|measures|requirements)\s+(?:are|is)\s+(?:hereby\s+)?"
                       r"(?:notified|announced|set\s+out|issued|laid\s+down)\s*[.:]?\s*$", re.IGNORECASE)
_PAGE_NOTE = re.compile(r"^\s*(?:archive|archivist|translator|editor|publisher)(?:['\u2019]s)?\s+note\s*:",
                        re.IGNORECASE | re.MULTILINE)


# the audit's own team: "Auditors", "The auditors", "The audit team"
_AUDIT_TEAM = re.compile(r"(?:the\s+)?(?:auditors|audit\s+team|assessors)", re.IGNORECASE)


@dataclass(frozen=True)
class DocumentVoice:
    """The document a text is: its wording as a speaker, and the words that refer back to it."""

    wording: str
    kind: str  # "statement", "excerpt", "audit" or "numbered" (a body's numbered report: the page's own voice)
    names: tuple[str, ...]  # lower-case words of the body's name that refer to it ("orion", "freight")
    speaker_kind: str = "document"  # a prose statement speaks as its body ("organization")


def _title(name: str) -> str:
    """ "BALTIC HULL SERVICES SP. Z O.O." -> "Baltic Hull Services Sp. Z O.O." (all-capitals headings only)."""
    if any(c.islower() for c in name):
        return name
    words = name.split()
    return " ".join(w.lower() if i and w.lower() in _SMALL else w if len(w) <= 3 and w.isalpha() else w.capitalize()
                    for i, w in enumerate(words))  # "UN", "ILO" stay acronyms


_NAME_WORD = re.compile(r"[A-Za-z][\w'&-]*")


def _name_like(body: str) -> bool:
    """Does ``body`` read as a name ("Orion Freight Ltd", "KESTREL FOODS CO."), not a phrase ("claims
    filed against Orion Freight")?"""
    words = _NAME_WORD.findall(body)
    return bool(words) and all(w[0].isupper() or w.lower() in _SMALL or w.lower() in ("z", "o", "co") for w in words)


_PLAIN_NAME_WORD = re.compile(r"[A-Za-z][\w'-]+")
_CAPITAL_WORD = re.compile(r"[A-Z][\w'-]*")


def _names(body: str) -> tuple[str, ...]:
    core = _LEGAL.sub("", body)
    names = tuple(w.lower() for w in _PLAIN_NAME_WORD.findall(core)
                  if len(w) > 2 and w.lower() not in _SMALL and w.lower() not in ("company", "board", "management"))
    initials = {"".join(w[0] for w in _CAPITAL_WORD.findall(part)).lower() for part in (core, body)}
    return names + tuple(sorted(x for x in initials if len(x) >= 3))  # "KBPA", "HFL" (with its Ltd) for the name


def _head_lines(text: str, n: int = 6) -> list[str]:
    lines = [ln.strip() for ln in text[:1200].splitlines()]
    return [ln for ln in lines if ln][:n]


def _letterhead_company(line: str) -> bool:
    """Is a heading line a company's name ("Orion Freight Sp. z o.o.", "KESTREL FOODS CO., LTD.")?"""
    return len(line) <= 80 and len(line.split()) <= 8 and _LEGAL.search(line) is not None


def _legal_heading(line: str) -> re.Match[str] | None:
    """A heading line that names a company by its legal name before "statement ..." or "regarding ..."."""
    m = _BODY_HEADING.match(line)
    return m if m is not None and _LEGAL.search(m.group("body")) is not None else None


def _body_report(lines: list[str], i: int, text: str) -> bool:
    """Is heading line ``i`` a (non-state) body's name, with its report's designation on the next line and the report
    set out in numbered paragraphs below?"""
    line = lines[i]
    return (i < 3 and i + 1 < len(lines) and _DESIGNATION.match(lines[i + 1]) is not None and len(line) <= 80
            and len(line.split()) <= 8 and _name_like(line) and not _STATE_BODY.search(line)
            and len(_NUMBERED.findall(text)) >= 3)


def document_voice(text: str) -> DocumentVoice | None:
    """The formal document a text is, from its heading: a non-state body's statement, or a report
    excerpt; None for anything else (news, a ministry's press release, a report's own pages)."""
    lines = _head_lines(text)
    if lines and _AUDIT_HEAD.match(lines[0]) and _AUDIT_FIELDS.search("\n".join(lines[1:])):
        return DocumentVoice("The audit", "audit", ("audit", "auditors", "report", "summary", "findings"))
    notice = next((m for m in (_NOTICE_TITLE.match(ln) for ln in _head_lines(text, 8)) if m is not None), None)
    if notice is not None and notice.group(0)[0].isupper() and len(_NUMBERED.findall(text)) >= 3:
        genre = notice.group("genre")
        return DocumentVoice(genre[0].upper() + genre[1:].lower(), "notice", (genre.lower(),))
    bare = any(_BARE.match(ln) for ln in lines)
    for i, line in enumerate(lines):
        ex = _EXCERPT.match(line) or (_REPORT_HEAD.match(line) if i < 2 and _FINDINGS.search(text[:1500]) else None) \
            or (_REPORT_EXCERPT.match(line) if i < 2 else None)
        if ex is not None and _name_like(ex.group("body")):
            body = ex.group("body").strip()
            return DocumentVoice(f"the report by {_title(body)}", "excerpt", _names(body))
        if _body_report(lines, i, text):  # "Regional Labour Observatory" / "Third report, issued ..."
            return DocumentVoice(_title(line), "numbered", _names(line), "organization")
        title = _FROM_TITLE.match(line) if i < 2 else None
        if title is not None and _name_like(title.group("title")):
            wording = title.group("title").strip()
            return DocumentVoice(wording, "excerpt", _names(wording))
        by = _BY_LINE.match(line) or (_RESPONDS.match(line) or _legal_heading(line) if bare else None)  # under "STATEMENT"
        body = by.group("body").strip().rstrip(".,:;") if by is not None else None
        if body is None and _BARE.match(line):  # the letterhead above or below "STATEMENT REGARDING ..."
            body = next((ln.strip().rstrip(".,:;") for ln in lines[max(0, i - 2):i + 3] if _letterhead_company(ln)
                         and not _BARE.match(ln)), None)
        if body and _name_like(body):
            if _STATE_BODY.search(_LEGAL.sub("", body)) and not _LEGAL.search(body):
                return None  # a ministry's or an embassy's statement: the state body speaks
            short = _TAIL_LEGAL.sub("", body).strip() or body  # "Orion Freight Sp. z o.o." -> "Orion Freight"
            # (s36) a members' body's or a group's statement speaks as that body even in numbered points ("Association of
            # Nordic Shoe Importers responds ...": the association in its own voice); a firm's reads as a formal document
            # (s41) a firm's press or media release speaks as the firm, numbered points or not: it is an announcement
            # to the press, not a formal document of record ("PRESS RELEASE" / "X responds to media report ...")
            kind = "document" if len(_NUMBERED.findall(text)) >= 2 and not _MEMBERS_BODY.search(body) and not any(
                _RELEASE_HEAD.match(ln) for ln in lines) else "organization"
            return DocumentVoice(_title(short), "statement", _names(body), kind)
    return None


# the people a report studied, named as a bare plural or as the whole sample ("All 40 interviewees"): the report sums
# up what they told it
_STUDY_GROUP = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:all\s+(?:the\s+|\d[\d,]*\s+)?)?(?:interviewees|respondents|participants|informants|"
                          r"those\s+interviewed|the\s+interviewees|the\s+respondents)$", re.IGNORECASE)
# the site's own records an audit read: "Time records", "Payroll and attendance records", "Gate logs"
_SITE_RECORDS = re.compile(r"^(?:the\s+)?(?:[\w'-]+\s+){0,3}(?:records|logs|timesheets|time\s+cards|registers|rosters|"
                           r"payslips|pay\s+slips|files)$|^(?:payroll|attendance|time|gate|wage|dormitory|shift)"
                           r"(?:\s+(?:and|&)\s+[\w-]+)?$", re.IGNORECASE)  # "Payroll and attendance" (records cut)
# a verb the mention took along: "The Panel examined"
_VERB_TAIL = re.compile(r"(?<=\w)\s+(?:[a-z]+ed|says|notes|finds|states|writes|considers|concludes|recommends)$")
# a record the report obtained, named again by a definite phrase: "The ledger lists ...", "The contracts show ..."
_CITED_RECORD = re.compile(r"^the\s+(?:\w+\s+){0,2}\w+$", re.IGNORECASE)
_OWN_TEAM = re.compile(r"^(?:we|us|our)\b", re.IGNORECASE)  # "Our researchers saw ...": the report's own finding
# "Our researchers saw nothing ...; several reported ...": the report's own team opens the sentence
_OWN_SUBJECT = re.compile(r"^\s*(?:(?:finding\s+)?\d+(?:\.\d+)*\.?\s+)?(?:we|our\s+(?:researchers?|team|staff|"
                          r"investigators?|field\s+researchers?|monitors?))\s+(?:also\s+)?[a-z]+\b",
                          re.IGNORECASE)
_SELF = re.compile(r"^(?:we|us|our(?:\s+\w+)?|the\s+(?:company|firm|board|management(?:\s+board)?|group|"
                   r"management|undersigned)(?:['\u2019]s?(?:\s+\w+)?)?)$", re.IGNORECASE)


_POSSESSIVE_END = re.compile(r"['\u2019]s$")
_ISSUER_WORD = re.compile(r"[A-Za-z][\w'\u2019-]+")


def refers_to_issuer(wording: str | None, voice: DocumentVoice) -> bool:
    """Does a speaker phrase inside a statement name its issuer ("We", "The company's records",
    "the Board", "Orion Freight")?"""
    if not wording:
        return False
    w = _VERB_TAIL.sub("", _LEGAL.sub("", wording).strip())  # 'Orion Freight Ltd ("OF")', "The Panel examined"
    if _SELF.match(w) and voice.kind == "statement":
        return True
    words = [_POSSESSIVE_END.sub("", x.lower()) for x in _ISSUER_WORD.findall(w)]
    return bool(voice.names) and bool(words) and all(x in voice.names or x in _SMALL or x == "company"
                                                     and voice.kind == "statement"
                                                     for x in words if x not in ("'s",))


def _report_finding(wording: str, kind: str, voice_kind: str = "excerpt") -> bool:
    """Inside a report's own pages, is a speaker the report itself: the people it studied as a bare plural,
    its own team ("our researchers"), or a record it obtained named again ("The ledger lists ...")? In an
    audit's own pages the site's records it read are its findings too ("Time records show ...")."""
    return bool(_STUDY_GROUP.match(wording) or _OWN_TEAM.match(wording)
                or kind == "document" and (_CITED_RECORD.match(wording)
                                           or voice_kind == "audit" and _SITE_RECORDS.match(wording)))


# "..., but workers said they received ...": the people a report studied, named by their bare plural mid-sentence
_GROUP_SAID = re.compile(r"\b(?P<noun>workers|interviewees|respondents|migrants|labou?rers|builders|fishermen|crews?|"
                         r"women|men)\s+(?:said|say|told|reported|described|recalled|complained)\b", re.IGNORECASE)


_LOWER_LETTERS = re.compile(r"[a-z]+")


def _studied_group(sentence: str, before: list[Source | None]) -> str | None:
    """The key of the group a report's sentence quotes ("workers said ...") when the sentences ``before`` it
    named that group ("Workers interviewed for this report described ..."); None otherwise."""
    m = _GROUP_SAID.search(sentence)
    if m is None:
        return None
    noun = m.group("noun").lower()
    return next((src.key for src in reversed(before) if src is not None and src.kind == "anonymous_source"
                 and noun in _LOWER_LETTERS.findall((src.wording or "").lower())[:3]), None)


_LOWER_WORD = re.compile(r"[a-z][\w'-]+")


def _audit_team(text: str, span: tuple[int, int] | None) -> bool:
    """Does the sentence name the audit's own team as its speaker ("Auditors saw no ...", "The auditors noted
    ...")? On an audit's own summary they are the page, whatever longer phrase an earlier sentence gave them."""
    return span is not None and _AUDIT_TEAM.fullmatch(text[span[0]:span[1]].strip()) is not None


def apply_document_voice(text: str, sentences: list[Sentence], result: list[Attribution], reg: Registry,
                         outlet: str | None) -> bool:
    """Give a formal document's own sentences to the document (in place); False when the text is not one
    (or when a news site other than the issuer published it)."""
    study_pass(text, sentences, result, reg, outlet)  # "This report finds ..." on its publisher's page
    release_findings(text, sentences, result, reg)  # a press release's own survey and its "Key findings:" counts
    audit_summary(text, sentences, result, reg)  # (s43) an audit's summary printed in a firm's statement
    digest_sources(text, sentences, result, reg)  # (s43) "The NGO says" in a digest item from that group's report
    digest_credits(text, sentences, result, reg)  # "* ... found in a basement workshop (Stolitsa-Ekspress, 17 Nov)."
    printed_letter(text, sentences, result, reg)  # a paper's whole text set out by the outlet: its own numbered points
    voice = document_voice(text)
    if voice is None:
        return False
    rule = _RULE_LINE.search(text)  # a rule line ends the statement: the page adds its own lines below
    end = rule.start() if rule is not None else len(text)
    note = _PAGE_NOTE.search(text) if voice.kind == "notice" else None
    end = min(end, note.start()) if note is not None else end
    if outlet and rule is None and voice.kind != "notice" and not any(w in voice.names for w in _LOWER_WORD.findall(outlet.lower())):
        return False  # "Harbour News" carried the statement: the site is an outlet, the statement is cited
    if voice.kind == "numbered":  # a body's numbered report: the page's own voice, its body named or not
        by_key = {e.source.key: e.source for e in reg.entries}
        for i, s in enumerate(sentences):
            a = result[i]
            if s.kind == "body" and a.source != OUTLET_KEY and refers_to_issuer(by_key[a.source].wording, voice):
                result[i] = replace(a, source=OUTLET_KEY)
        return True
    existing = next((e.source for e in reg.entries if refers_to_issuer(e.source.wording, voice)
                     and _names(e.source.wording or "")), None) if voice.kind == "statement" else None
    src = existing or reg._new(Mention(voice.wording, 0, 0, "stated"), voice.wording, "document", None, 0)
    src.kind, src.wording, src.canonical = voice.speaker_kind, voice.wording, voice.wording
    by_key = {e.source.key: e.source for e in reg.entries}
    for i, s in enumerate(sentences):
        if s.kind != "body" or s.start >= end:
            continue
        a = result[i]
        if voice.kind == "notice" and (_NOTICE_TITLE.match(s.text.strip().split("\n")[0]) or _PREAMBLE.search(s.text)):
            result[i] = replace(a, source=src.key, cue="label")  # the notice's title and preamble: no claims
            continue
        if a.source == OUTLET_KEY and not a.explicit:
            before = [by_key.get(r.source) for r in result[:i]]
            group = _studied_group(s.text, before) if voice.kind in ("excerpt", "audit") else None
            result[i] = replace(a, source=group or src.key, cue="said" if group else "stated")
        elif a.source != OUTLET_KEY and (refers_to_issuer(by_key[a.source].wording, voice) or voice.kind in ("excerpt", "audit")
                                         and (_report_finding(by_key[a.source].wording or "", by_key[a.source].kind, voice.kind)
                                              or a.span is not None and a.span[0] > 0 and _OWN_SUBJECT.match(s.text))
                                         or voice.kind == "audit" and _audit_team(s.text, a.span)):
            result[i] = replace(a, source=src.key)  # "3.1 Interviewees described ...": the report's finding
    return True
