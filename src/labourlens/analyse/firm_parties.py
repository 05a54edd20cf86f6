"""Speakers for a firm that a document names by its part in the story (extractor ``firm_parties.v1``), a last pass
of the attribution (:func:`labourlens.analyse.forum_posts.final_sources`):

- the representative or lawyer of a defendant that the page shows to be a company ("Defendant: Baltic Finish LLC.",
  "the defendant, Kestrel Stroi LLC") speaks for the firm: an ``organization`` (README: a company's legal
  representative and its lawyers), not the state and not a private person;
- the defendant or respondent itself, on such a page ("The Respondent denied that it was responsible"), is the firm
  (a case named on a line of its own, "Okafor v Lakeside Dairy Farms Ltd", shows its respondent so);
- counsel for a party given by a short name that the page writes in full with a company's legal form ("Counsel for
  Kestrel, Ivan Sokol" in a digest of "Petrova v. Kestrel Stroi LLC"; "Ivan Sokol, a lawyer for Kestrel"): the firm's
  lawyer, an ``organization``; a short name the page never gives a legal form keeps the classifier's reading;
- "The agency, Tundrakadry" after the workers were hired or recruited through an agency: the recruitment agency, a
  firm (``organization``), not a state agency; a name with a state word ("The agency, Federal Migration Service")
  is left as the classifier reads it, and so is any "The agency, X" where no worker was hired through an agency.

Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens.model import Source

__all__ = ["EXTRACTOR", "firm_parties"]

EXTRACTOR = "firm_parties.v1"

_PARTY_COUNSEL = re.compile(
    r"^(?:the\s+)?(?:defendant|respondent)(?:['\u2019]s|s['\u2019])\s+(?:legal\s+)?(?:representatives?|lawyers?|counsel|attorneys?)$"
    r"|^(?:an?|the)\s+(?:legal\s+)?(?:representative|lawyer|counsel|attorney)\s+(?:of|for)\s+the\s+(?:defendant|respondent)$",
    re.IGNORECASE)
# (and the legal forms of other countries' firms: "Kestrel Gradnja d.o.o.", "Orvane Textil S.A.", "Tarn Bouw B.V.")
_COMPANY_MARK = (r"(?:LLC|Ltd|LTD|LLP|JSC|PJSC|OOO|Inc|GmbH|Co\.|Corp|Limited|LIMITED|PLC|Plc|company|firm|"
                 r"d\.o\.o\.|s\.r\.o\.|S\.A\.|SRL|S\.r\.l\.|SARL|B\.V\.|N\.V\.|Sdn\s+Bhd|Ltda|[Ss]p\.\s+z\s+o\.o\.)")
# "Defendant: Baltic Finish LLC." on a line of its own; "the defendant, Kestrel Stroi LLC,"; "the defendant company"
_FIRM_DEFENDANT = re.compile(
    rf"(?:^|\n)[ \t]*(?:Defendants?|Respondents?)[ \t]*:[^\n]{{0,80}}\b{_COMPANY_MARK}"
    rf"|\b(?:the|a)\s+(?:defendant|respondent)\s*,\s*[^,.;\n]{{0,60}}\b{_COMPANY_MARK}"
    r"|\b(?:the|a)\s+(?:defendant|respondent)\s+(?:company|firm|employer)\b"
    # a case's caption: "SKYLINE MANPOWER SERVICES LIMITED ........ RESPONDENT"
    rf"|(?:^|\n)[^\n]{{0,80}}\b{_COMPANY_MARK}\b[ \t.\u2026_-]{{0,60}}(?:DEFENDANTS?|RESPONDENTS?)[ \t]*(?:\n|$)"
    # a case's name on a line of its own, the party after "v" a firm: "Okafor v Lakeside Dairy Farms Ltd"
    rf"|(?:^|\n)[ \t]*[A-Z][^\n]{{0,60}}?\s+v\.?\s+[A-Z][^\n]{{0,60}}?\b{_COMPANY_MARK}\.?[ \t]*(?:\n|$)")
# a case's name opening a line, its parties about "v" and perhaps the forum and the number after a dash or a comma
# ("Harbour Bakeries Ltd v Aiko Tanaka — Employment Appeals Board, 12 May 2025": an employer's appeal names the firm
# first); each party is a firm (with a legal form) or a person (two to four capitalised words)
_CASE_LINE = re.compile(r"(?m)^[ \t]*(?P<a>[A-Z][^\n]{2,60}?)\s+v\.?\s+(?P<b>[A-Z][^\n]{2,60}?)"
                        r"(?:[ \t]+[-\u2013\u2014|,(][^\n]*)?[ \t]*$")
_PARTY_FIRM = re.compile(rf"\b{_COMPANY_MARK}\.?$")
_PARTY_PERSON = re.compile(r"^(?:[A-Z][\w'\u2019.-]+\s+){1,3}[A-Z][\w'\u2019-]+$")
# the worker's side named by its part ("The Complainant", "the claimant")
_PARTY_WORKER = re.compile(r"^(?:the\s+)?(?:complainant|claimant)$", re.IGNORECASE)
# "Counsel for Kestrel, Ivan Sokol", "A lawyer representing Kestrel", "Ivan Sokol, counsel for Kestrel"
_SHORT_COUNSEL = re.compile(
    r"^(?:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2},\s+)?(?:(?:a|an|the)\s+)?(?:lawyers?|attorneys?|(?:legal\s+)?counsel|legal\s+representatives?)\s+"
    r"(?:for|representing|of)\s+(?P<firm>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)(?:,\s+(?:[A-Z][\w'\u2019.-]+\s*){1,3})?$",
    re.IGNORECASE)
# a firm's name with its legal form: "Kestrel Stroi LLC", "Kestrel Stroi, LLC"
_FULL_FIRM = re.compile(rf"\b(?P<name>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){{0,3}}),?\s+{_COMPANY_MARK}\b")
# the party itself named by its part ("the Respondent denied ..."), on a page whose respondent is a firm
_PARTY_BARE = re.compile(r"^(?:the\s+)?(?:defendant|respondent)s?$", re.IGNORECASE)
_AGENCY_NAMED = re.compile(r"^the\s+agency\s*,\s*(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})$", re.IGNORECASE)
_STATE_WORDS = re.compile(r"\b(?:Federal|State|National|Ministry|Service|Government|Regional|Municipal|Migration)\b")
# the workers came through an agency: "hired through a Petropavlovsk agency", "recruited by an agency in Osh"
_HIRED_THROUGH = re.compile(r"\b(?:hired|recruited|placed|sent|employed|signed\s+up)\s+(?:through|by|via)\s+(?:an?|the)\s+"
                            r"(?:[\w'\u2019-]+\s+){0,3}?agency\b", re.IGNORECASE)


def _case_parties(text: str) -> tuple[bool, bool]:
    """(a firm against a person, a person against a firm) in a case's name on a line of its own: the firm is then the
    respondent and the person the complainant, whichever side of "v" each stands (an employer's appeal names it first)."""
    for m in _CASE_LINE.finditer(text):
        a, b = m.group("a").strip(), m.group("b").strip()
        firms = [bool(_PARTY_FIRM.search(p)) for p in (a, b)]
        people = [not f and _PARTY_PERSON.match(p) is not None for p, f in zip((a, b), firms, strict=True)]
        if (firms[0] and people[1]) or (firms[1] and people[0]):
            return True, True
    return False, False


def firm_parties(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with a firm's counsel in a case and a recruitment agency given by name made ``organization``, and
    the complainant of a case named against a firm (a person named in the case's name) a ``named_person``."""
    out: list[Source] = []
    firm_defendant: bool | None = None
    hired: bool | None = None
    parties: tuple[bool, bool] | None = None
    for s in sources:
        wording = (s.wording or "").strip()
        if s.kind in ("official", "anonymous_source") and ("efendant" in wording or "espondent" in wording) \
                and (_PARTY_COUNSEL.match(wording) or _PARTY_BARE.match(wording)):
            if firm_defendant is None:
                firm_defendant = _FIRM_DEFENDANT.search(text) is not None or (
                    " v" in text and (parties := parties or _case_parties(text))[0])
            if firm_defendant:
                s = replace(s, kind="organization")
        elif s.kind == "anonymous_source" and wording.lower().endswith(("complainant", "claimant")) \
                and _PARTY_WORKER.match(wording) \
                and " v" in text and (parties := parties or _case_parties(text))[1]:
            s = replace(s, kind="named_person")  # the worker the case is named after
        elif s.kind in ("named_person", "anonymous_source") and (c := _SHORT_COUNSEL.match(wording)) is not None \
                and c.group("firm")[:1].isupper() and _firm_in_full(text, c.group("firm")):
            s = replace(s, kind="organization")
        elif s.kind == "official" and wording[:10].lower() == "the agency" and (m := _AGENCY_NAMED.match(wording)) is not None \
                and not _STATE_WORDS.search(m.group("name")):
            if hired is None:
                hired = "agency" in text and _HIRED_THROUGH.search(text) is not None
            if hired:
                s = replace(s, kind="organization")
        out.append(s)
    return out


def _firm_in_full(text: str, short: str) -> bool:
    """Does ``text`` write ``short`` as the start of a firm's name with a legal form ("Kestrel Stroi LLC")?"""
    return any(m.group("name") == short or m.group("name").startswith(short + " ") for m in _FULL_FIRM.finditer(text))
