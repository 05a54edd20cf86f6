"""A legal explainer laid out as questions and answers ("What is bonded labour?" on a line of its own) is a page of
norms: its question headings are no sentences of the body, and words of statutes, penalties and principles count as
the words of a norm. Such a page yields nothing; a page in the same layout whose answers tell what happened to
workers keeps its claims. Texts written for these tests; names and figures are invented."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.rules_explainer import rules_explainer
from labourlens.analyse.sentences import split

META = {"published": "2026-07-01", "language": "en"}

FAQ = (
    "EXPLAINER | Held papers, unpaid months and the criminal code\n\n"
    "Almaty Law Notes\n\n"
    "Readers keep asking which practices at work are crimes in Kazakhstan. This note sets out definitions only and "
    "tells of no particular employer.\n\n"
    "What counts as trafficking?\n"
    "In the statute, trafficking covers recruiting or transporting a person by force, fraud or coercion in order to "
    "exploit them.\n\n"
    "Is holding an employee's passport a crime?\n"
    "Keeping another person's identity papers to stop them leaving a job is listed as an aggravating act. Penalties "
    "run from three to eight years in prison and fines of up to 2 million tenge.\n\n"
    "What does the ILO look for?\n"
    "The ILO's list names isolation, threats, violence, unpaid wages and long hours. It describes them as warning "
    "signs, not as a legal test.\n\n"
    "Are victims punished for what they were made to do?\n"
    "The non-punishment principle holds that victims should not be prosecuted for offences they were compelled to "
    "commit. Judges weigh each case by case.\n\n"
    "Where can I get help?\n"
    "A free hotline answers day and night in Kazakh and Russian.\n"
)

# the same layout, but its answers tell what happened to people: a report
FAQ_WITH_CASES = (
    "EXPLAINER | What happened at the Kapchagay greenhouses\n\n"
    "What did the workers say?\n"
    "Fourteen pickers told us the manager took their passports on the first day and locked the gate each night.\n\n"
    "Were they paid?\n"
    "They said they had not been paid for five months and owed the recruiter 300,000 tenge each.\n\n"
    "What did the company say?\n"
    "A spokesman for the greenhouse firm denied holding any documents.\n"
)


def _body(text: str) -> list[str]:
    return [s.text for s in split(text) if s.kind == "body"]


def test_a_question_and_answer_explainer_is_a_page_of_norms() -> None:
    assert rules_explainer(FAQ, _body(FAQ))
    result = analyse(FAQ, META)
    assert result.claims == [] and result.indicators() == []


def test_the_same_layout_with_accounts_of_workers_is_a_report() -> None:
    assert not rules_explainer(FAQ_WITH_CASES, _body(FAQ_WITH_CASES))
    result = analyse(FAQ_WITH_CASES, META)
    assert result.claims
    assert {"retention_of_identity_documents", "withholding_of_wages"} <= set(result.indicators())
