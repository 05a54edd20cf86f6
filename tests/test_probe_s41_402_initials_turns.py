"""A Q&A whose answers are labelled first by the interviewee's full name, then by the initials of that name (a study of
s41 on a held-out set; every text here is written for this test, with fictional firms and people): when an answer
opens by reporting someone else ("Every firm says that.") and goes on in the speaker's own words, those words stay the
named interviewee's, never a new person called by the initials. A third person's belief told after the speaker's own
clause ("..., and he thinks he may not quit") is the speaker's account too, never the interviewer's."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

QA = """THE INTERVIEW

Serra Nova Magazine, issue 40, May 2026. Interview by Davi Quintal.

Judge Marisa Okoro Lund has heard labour cases in Porto Velho for eight years.

Serra Nova: Do you still see chains?

Marisa Okoro Lund: Seldom. What I see is debt bondage. A man arrives owing the recruiter for his bus fare. After a month the cutter is in debt to the shop, and he believes quitting is impossible until it is cleared.

SN: Employers say they had no idea.

MOL: Every firm says that. In one case the builder assured us that nobody from the firm visited the dormitory. The site manager held their identity cards in a drawer.
"""


def test_relayed_answer_stays_with_the_named_interviewee() -> None:
    a = analyse(QA, {})
    by_text = {c.text[:20]: a.source(c.source) for c in a.claims}
    for start in ("In one case the buil", "The site manager hel"):
        src = by_text.get(start)
        assert src is not None and src.wording == "Marisa Okoro Lund", (start, src)


def test_a_belief_after_the_own_clause_stays_with_the_turn() -> None:
    a = analyse(QA, {})
    claim = next(c for c in a.claims if c.text.startswith("After a month"))
    src = a.source(claim.source)
    assert src is not None and src.wording == "Marisa Okoro Lund"


MADE_FOR = """"We slept by the kilns"

An account from the Pantanal, recorded in Corumbá in May 2026 for the bulletin Vozes da Mata. The speaker asked to be called Tonho.

I went to the camp in April. The foreman kept my identity card and said I owed him for the bus.
"""

SAYS_WHAT = """RIO CLARO, a podcast about work on the river
Episode 4: "The Boats" (transcript)

HOST (Lia Matos): Welcome back. Today: deckhands who say their pay was held for months.
"""

STORY = """Pickers on a farm near Franca said the foreman kept their work booklets. "He told us we could not leave," one said,
speaking to the newspaper Folha Rural last week.
"""


def test_a_page_made_for_a_named_medium_or_saying_what_it_is() -> None:
    assert analyse(MADE_FOR, {}).meta.outlet == "Vozes da Mata"
    assert (analyse(SAYS_WHAT, {}).meta.outlet or "").lower() == "rio claro"


def test_a_story_that_mentions_another_paper_is_not_made_for_it() -> None:
    assert analyse(STORY, {}).meta.outlet != "Folha Rural"
