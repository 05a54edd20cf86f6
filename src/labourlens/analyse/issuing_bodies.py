"""The body that issues or speaks in a report page without a masthead, as its outlet, for the metadata stage
(:mod:`labourlens.analyse.meta`): named beside the kind of paper in its first lines ("Harbour Watch \u2014 Working
Paper 11"), in the citation of an excerpt, in a "Prepared by" line, or doing the research in the opening of a page
written in the first person plural. (Split from :mod:`labourlens.analyse.mastheads`, which reads mastheads.)"""

from __future__ import annotations

import re

from labourlens.analyse.mastheads import is_section, name_like, outlet_like

__all__ = ["issuing_body", "researching_body"]

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DOC_TYPE = (r"(?:(?:Working|Briefing|Policy|Research|Discussion|Occasional|Background|Position)[ \t]+Paper|"
             r"Field[ \t]+[Nn]ote|Policy[ \t]+Brief|Research[ \t]+Note|Briefing[ \t]+Note|Issue[ \t]+Brief)\b")
_ISSUER = r"([A-Z][\w'\u2019&-]*(?:[ \t]+(?:of|for|on|and|the|[A-Z][\w'\u2019&-]*)){0,6})"
_ISSUING = (
    # "Harbour Watch \u2014 Working Paper 11", "Steppe Labour Monitor - Briefing Paper No. 9"
    re.compile(rf"(?:^|\n)[ \t*_#]*{_ISSUER}(?:[ \t]+[-\u2013\u2014|:]|,)[ \t]+{_DOC_TYPE}"),
    # an excerpt cited on its first line: '"Title" (Harbour Watch, June 2023), Section 3'
    re.compile(rf"\)?\"?[\u201d\"][ \t]*\({_ISSUER},[ \t]+(?:{_MONTHS}[ \t]+)?(?:19|20)\d\d\)"),
    # a think tank's author line: "By Ana Reyes, Senior Fellow, Harbour Policy Forum | 3 May 2025"
    re.compile(r"(?:^|\n)[ \t*_#]*By[ \t]+[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3},[ \t]+"
               r"(?:(?:Senior|Visiting|Research|Non-resident|Nonresident|Associate|Principal)[ \t]+)*"
               r"(?:Fellow|Researcher|Director|Analyst|Scholar|Economist)(?:[ \t]+(?:at|of|for))?,?[ \t]+"
               rf"(?:the[ \t]+)?{_ISSUER}"),
    # "Prepared by the field team of Harbour Watch", "Compiled by Harbour Watch researchers", a shadow report's "Submitted by"
    re.compile(r"(?:^|\n)[ \t*_#]*(?:Prepared|Compiled|Written|Published|Submitted)[ \t]+by[ \t]+(?:the[ \t]+)?"
               rf"(?:(?:field|research|monitoring)[ \t]+(?:team|staff)[ \t]+of[ \t]+(?:the[ \t]+)?)?{_ISSUER}"),
    # a union's name on the first line and its submission on the next: "X Union (XU)\nWritten submission to ..."
    re.compile(rf"^[ \t]*{_ISSUER}(?:[ \t]*\([A-Z]{{2,8}}\))?[ \t]*\n[ \t]*(?:Written[ \t]+)?[Ss]ubmission[ \t]+(?:to|by)\b"),
)


# three words or more: a two-word label in capitals ("MARITIME BRIEF \u2014 Tanker traffic") is a column's
_CAPS_MASTHEAD = re.compile(r"[ \t*_#]*([A-Z][A-Z'&-]+(?:[ \t]+[A-Z][A-Z'&-]+){2,5})[ \t]+[-\u2013\u2014|][ \t]+[A-Z][A-Za-z]")


def issuing_body(text: str) -> tuple[str | None, str | None]:
    """The body that issues a report page without a masthead, as its outlet: named beside the
    kind of paper in the first lines ("Harbour Watch \u2014 Working Paper 11"), in the citation of
    an excerpt ('"Title" (Harbour Watch, June 2023)') or in a "Prepared by" line. Only a name
    with a word of media, NGOs or institutes ("Watch", "Monitor", "Institute") counts."""
    head = text[:800]
    caps = _CAPS_MASTHEAD.match(head)  # "HARBOUR POLICY FORUM — Conversations"
    if caps:
        name = name_like(" ".join(w if len(w) <= 3 else w.capitalize() for w in caps.group(1).split()))
        if name and outlet_like(name) and not is_section(name):
            return name, "masthead"
    for pat in _ISSUING:
        m = pat.search(head)
        if m is None:
            continue
        name = name_like(m.group(1))
        if name and outlet_like(name) and not is_section(name):
            return name, "issuing body of a report"
    return researching_body(text)


_RESEARCH_BY = re.compile(
    rf"(?:\b(?:carried[ \t]+out|conducted|interviewed|collected|gathered|compiled|documented)[ \t]+by[ \t]+(?:the[ \t]+)?"
    rf"{_ISSUER}|(?:^|[.\n][ \t]*|\b[Tt]he[ \t]+|\d[ \t]+){_ISSUER}[ \t]+(?:documented|interviewed|recorded|counted|"
    r"identified|visited|reviewed|examined|analy[sz]ed|surveyed|monitored))"
)
_WE = re.compile(r"\b(?:[Oo]ur[ \t]+(?:field|research|researchers?|monitors?|team|staff|interviews?|findings)|told[ \t]+us|"
                 r"[Ww]e[ \t]+(?:interviewed|visited|spoke|found|documented|counted|were[ \t]+(?:not[ \t]+)?able|did[ \t]+not[ \t]+find))\b"
                 r"|^\[\d+\][ \t]*Interviews?[ \t]+\d", re.MULTILINE)  # or a report's footnotes on its interviews: "[12] Interviews 1-19"


def researching_body(text: str) -> tuple[str | None, str | None]:
    """The body a report page speaks for, when it has no masthead and writes in the first person
    plural ("our field researcher", "told us"): the institute, watch or project named doing the
    research in its opening ("the Taiga Rights Monitor documented", "carried out by Steppe
    Wage Project researchers")."""
    head = text[:1500]
    if _WE.search(text) is None:
        return None, None
    m = _RESEARCH_BY.search(head)
    while m is not None:  # matches may overlap: "3.1 Workers interviewed by Taiga Labour Watch"
        name = name_like(m.group(1) or m.group(2) or "")
        if name and outlet_like(name) and not is_section(name):
            return name, "body that speaks in the report"
        m = _RESEARCH_BY.search(head, m.start() + 1)
    return None, None
