"""Probes: a page of written parliamentary questions, with "Asked by Jane Morrow MP" and "Answered on 4 March 2026
by Tom Reyes MP, Minister of State for Trade" on lines of their own: the question ("To ask the Secretary ... of
reports that ...") is the member's, the answer's paragraphs the minister's, both ``official``; "vocational
students" made to work are people a claim is about; "This answer was last updated on ..." is page chrome, and
"has not made an assessment that ..." a government's denial. Texts written for these tests; the members,
ministers and page are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-03-06", "language": "en"}
PAGE = """Harbour Bills Tracker
Home | Written questions | Debates | Search

Forced Labour: Fishing Fleets - Thailand

Question for Department for Business and Trade
UIN 10234, tabled on 1 March 2026

Asked by Jane Morrow MP

To ask the Business and Trade Secretary what assessment she has made of reports that vocational students from Isan were required to work 16-hour shifts on fishing boats supplying UK supermarkets.

Answered on 5 March 2026 by Tom Reyes MP, Minister of State for Trade

The Government is aware of reports that vocational students have been placed on boats for unpaid internships and had their passports held by the skippers. The Government has not made an assessment that any UK supermarket has sourced fish caught with forced labour.

This answer was last updated on 5 March 2026.
"""


def _claims():  # type: ignore[no-untyped-def]
    a = analyse(PAGE, META)
    return a, {c.text[:30]: c for c in a.claims}


def test_the_question_is_the_members_and_the_answer_the_ministers() -> None:
    a, claims = _claims()
    q = next(c for c in a.claims if "16-hour shifts" in c.text)
    ans = next(c for c in a.claims if "unpaid internships" in c.text)
    sq, sa = a.source(q.source), a.source(ans.source)
    assert sq is not None and sq.kind == "official" and "Morrow" in (sq.wording or "")
    assert sa is not None and sa.kind == "official" and "Reyes" in (sa.wording or "")


def test_a_non_assessment_is_a_denial_and_the_revision_line_no_claim() -> None:
    a, _ = _claims()
    c = next(c for c in a.claims if "has not made an assessment" in c.text)
    assert c.polarity == "negated" and not c.indicators
    assert not any("last updated" in c.text for c in a.claims)


def test_a_line_asked_by_without_a_question_after_it_gives_nothing() -> None:
    text = PAGE.replace("To ask the Business and Trade Secretary what assessment she has made of reports that",
                        "Campaigners say that")
    a = analyse(text, META)
    c = next(c for c in a.claims if "16-hour shifts" in c.text)
    src = a.source(c.source)
    assert src is None or "Morrow" not in (src.wording or "")
