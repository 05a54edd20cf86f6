"""A magazine Q&A that prints each answer as the plain paragraph after a "Q:" line, never saying "worker", is still
a worker's testimony (analyse.interview_answers); a help page whose unlabelled answers speak of "you" stays out.
Texts written for this test; people, firms and places are fictional or used only as settings."""

from __future__ import annotations

from labourlens.analyse.interview_answers import first_person_interview
from labourlens.analyse.sentences import split
from probe_helpers import claim_rows

_QA = """Weekend Ledger - Portraits

Ramesh Oraon, 41, from Gumla in Jharkhand, has carried sacks at a rice mill outside Raipur since 2023. He spoke to
our correspondent in Sadri. The conversation has been shortened.

Q: Why did you go there?
A broker from our village gave my father money before the harvest. He told us we would be home within a year.

Q: Were you paid?
Only food money each Sunday. The mill owner kept the rest and claims we are still in his debt.

Q: Could you go home?
A guard sits at the gate all night. The manager took our voter cards when we came.
"""

_HELP = """City Water Board - Help

Q: How do I pay my bill?
You can pay at any branch or online with a card.

Q: What if the meter is broken?
You should call the helpline and a technician will visit within a week.
"""


def _body(text: str) -> tuple[list, list[int]]:
    sents = split(text)
    return sents, [i for i, s in enumerate(sents) if s.kind == "body"]


def test_unlabelled_first_person_answers_make_an_interview() -> None:
    assert first_person_interview(*_body(_QA))


def test_help_page_answers_in_the_second_person_do_not() -> None:
    assert not first_person_interview(*_body(_HELP))


def test_answers_become_the_interviewees_claims() -> None:
    rows = claim_rows(_QA)
    texts = " ".join(r[0] for r in rows)
    assert "guard sits at the gate" in texts
    assert "voter cards" in texts
    kinds = {r[3] for r in rows if "voter cards" in r[0]}
    assert kinds == {"named_person"}
