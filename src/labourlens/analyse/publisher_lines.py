"""Votes for the page's publisher from lines that name it outright, for :func:`labourlens.analyse.meta.detect`:

- "Summary prepared by the Coastal Migrant Legal Aid Clinic, Xiamen." / "Compiled by X." (near the top);
- "STATEMENT BY PT HALMAHERA SINAR METALINDO ON RECENT MEDIA REPORTS" / "Statement by X on ..." (the first lines);
- "(Syndicated by RegionLine; originally from ...)": the page that carries the syndicated story;
- "A weekly digest by Steppe Labour Monitor" under a newsletter's title: its publisher;
- a state agency's dateline with its own name first: "Korean Central Dispatch (Pyongyang, 6 February) --";
- (s41) a page made "for the bulletin X" or "on the forum X", a first line "X, a podcast about ..."; (s44) a page made
  "for the English page of X". (A magazine's issue
  credit casts no vote: it named the wrong outlet on other sets; :func:`issue_publication` serves the Q&A labels only.)

Examples here and in the tests are invented.
"""

from __future__ import annotations

import re

__all__ = ["issue_publication", "votes"]

_NAME = r"(?P<name>[A-Z][\w'\u2019&.-]*(?:[ \t]+(?:of|for|and|on|del|dos|das|de|du|la|the|da|do|di|&|[A-Z][\w'\u2019&.-]*)){0,8})"
_PREPARED_BY = re.compile(r"(?m)^[ \t]*(?:[A-Z][a-z]+[ \t]+)?(?:prepared|compiled|published|issued|produced|written)[ \t]+by"
                          r"[ \t]+(?:the[ \t]+)?" + _NAME + r"[ \t]*(?:,|\.|;|$)")
_STATEMENT_BY = re.compile(r"(?m)^[ \t]*(?:STATEMENT|Statement|PRESS STATEMENT|Press statement)[ \t]+(?:BY|by|FROM|from)"
                           r"[ \t]+(?P<name>[A-Z][\w'\u2019&. -]{2,70}?)[ \t]+(?:ON|on|REGARDING|regarding|CONCERNING|"
                           r"concerning|IN RESPONSE|in response)\b")
# "A monthly bulletin from Steppe Kiln Monitor": the publisher of a newsletter under its own title
_DIGEST_BY = re.compile(r"(?m)^[ \t]*(?:An?|The)[ \t]+(?:(?:weekly|monthly|daily|fortnightly|quarterly|free|regular)[ \t]+)?"
                        r"(?:digest|newsletter|round-?up|bulletin|briefing|review|update|summary)[ \t]+(?:by|from)"
                        r"[ \t]+(?:the[ \t]+)?" + _NAME + r"[ \t]*(?:,|\.|;|$)")
_SYNDICATED_BY = re.compile(r"\((?:Syndicated|Distributed|Republished|Reposted|Carried)[ \t]+by[ \t]+" + _NAME + r"[ \t]*[;)]")
_AGENCY_DATELINE = re.compile(r"^[ \t]*(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,4})[ \t]+\([A-Z][a-z]+,[ \t]+"
                              r"(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2})\)[ \t]*(?:--|\u2014|\u2013)")


def _person(name: str) -> bool:
    """Is the name a person's ("Olga Brandt"), not a body's or a paper's?"""
    from labourlens.analyse import mastheads  # noqa: PLC0415 - the speaker rules load late
    from labourlens.analyse.speakers import classify  # noqa: PLC0415

    return not mastheads.outlet_like(name) and classify(name) == "named_person"


# (s41) a magazine's credit of its issue ("Harbour Review, issue 12, May 2026."), a page told of as made for a medium
# named after its noun ("recorded in Salta for the bulletin Voz Norte", "a page posted on the forum Campo Vivo by a member"), and a
# first line that names the medium and says what it is ("RIO ABERTO, a podcast about ...")
_MEDIA = r"(?:bulletin|newsletter|magazine|forum|podcast|newspaper|paper|weekly|monthly|journal|website|news site|blog|radio programme)"
_ISSUE_CREDIT = re.compile(r"(?m)^[ \t]*" + _NAME + r",[ \t]+(?:issue|no\.|vol\.|volume|edition|number)[ \t]+\d")
_MADE_FOR = re.compile(r"\b(?:recorded|posted|published|written|produced|prepared|reported|filmed)\b[^.\n]{0,80}?\b(?:for|on|in)"
                       rf"[ \t]+the[ \t]+(?:(?:weekly|monthly|online|community|regional|local)[ \t]+)?{_MEDIA}[ \t]+" + _NAME)
# (s44) a page done for an outlet's English-language page ("translated by Ana Ruiz for the English page of Voz Norte")
_ENGLISH_PAGE_OF = re.compile(r"\bfor[ \t]+the[ \t]+English[ \t]+(?:page|edition|site|website|service|desk|section)[ \t]+of"
                              r"[ \t]+(?:the[ \t]+)?" + _NAME)
_SAYS_WHAT = re.compile(r"^[ \t]*" + _NAME + rf",[ \t]+an?[ \t]+(?:(?:weekly|monthly|daily|independent|regional|online)[ \t]+)?"
                        rf"{_MEDIA}[ \t]+(?:about|on|for|from|of|covering)\b")


def issue_publication(text: str) -> str | None:
    """(s41) The magazine named in an issue credit near the top ("Harbour Review, issue 12, May 2026."); None otherwise."""
    m = _ISSUE_CREDIT.search(text[:1200])
    return m.group("name").split(". ")[0].strip(" .,") if m is not None else None


def votes(text: str) -> list[tuple[str, float, str, bool]]:
    """``(name, weight, cue, any_name)`` votes for the publisher from the lines above."""
    head = text[:1200]
    out: list[tuple[str, float, str, bool]] = []
    if " by " in head or " BY " in head:
        for pat, cue in ((_PREPARED_BY, "prepared by"), (_STATEMENT_BY, "statement by"), (_SYNDICATED_BY, "syndicated by"),
                         (_DIGEST_BY, "digest by")):
            m = pat.search(head)
            if m is not None:
                name = m.group("name").strip(" .,")
                if pat is _PREPARED_BY and _person(name):
                    continue  # (s41) "Summary prepared by Olga Brandt": the summary's author, a byline, not its publisher
                # (the publisher of a digest outweighs its own title, which two header readers vote for)
                out.append((name, 4.5 if pat is _DIGEST_BY else 2.5, cue, True))
    for pat, cue in ((_MADE_FOR, "made for"), (_SAYS_WHAT, "says what"), (_ENGLISH_PAGE_OF, "english page of")):
        m = pat.search(head)
        if m is not None:
            out.append((m.group("name").split(". ")[0].strip(" .,"), 3.0, cue, True))  # the name ends with its sentence
    if "(" in head[:200]:
        m = _AGENCY_DATELINE.match(head)
        if m is not None:
            out.append((m.group("name"), 2.0, "agency dateline", True))
    return out
