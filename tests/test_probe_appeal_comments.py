"""A parent's appeal on a social network with comments below it (probe study-291): a study-abroad agency's name ("...
Overseas Scholarships", "... Education") is an organisation, so a later "she" is the daughter, not the agency; each
comment, printed as the commenter's name on a line, the comment, then the network's footer ("Like · Reply · 3d"), is
the commenter's, and the agency's reply in the comments is the agency's; "cut N from her pay" is a deduction. Every
text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2026-10-02", "language": "en"}

APPEAL = """facebook

Miriam Achieng
3 October 2026 at 20:05 · Public

PLEASE HELP ME FIND MY DAUGHTER IN POLAND

My name is Miriam Achieng, I sell vegetables in Kisumu. My daughter Brenda Atieno is 20. In March she left for Poland
through an office in Nairobi called Northstar Overseas Scholarships, who promised us she would study hotel management in
Lodz and work some hours in a hotel.

She is in a meat plant near Lodz, not in any college. She told me on the phone that the manager keeps the passports of
all the girls in a locked drawer and that they may leave the hostel only on Saturdays.

Brenda is my first born. Please share.

👍😢 820          96 comments

Peter Owino
My cousin works at the same plant. They cut 900 zloty from his pay when he was sick for a week. Be strong mama.
Like · Reply · 3d

Northstar Overseas Scholarships
Good afternoon madam. All our students in Poland are studying and safe. Her passport stays with the school for the
residence card as the law requires. Please visit our office.
Like · Reply · 2d

Write a comment…
"""


@pytest.mark.parametrize("name", ["Northstar Overseas Scholarships", "Bright Path Education", "Lakeside Scholars Hub"])
def test_study_agencies_are_organisations(name: str) -> None:
    assert classify(name) == "organization"


def _speaker(a, needle):
    c = next(c for c in a.claims if needle in c.text)
    return a.source(c.source)


def test_she_is_the_daughter_not_the_agency() -> None:
    a = analyse(APPEAL, META)
    src = _speaker(a, "keeps the passports")
    assert src is not None and "Brenda Atieno" in (src.wording or "") and src.kind == "named_person"


def test_comments_with_a_footer_are_their_writers() -> None:
    a = analyse(APPEAL, META)
    cousin = _speaker(a, "from his pay")
    assert cousin is not None and "Peter Owino" in (cousin.wording or "")
    firm = _speaker(a, "stays with the school")
    assert firm is not None and "Northstar" in (firm.wording or "") and firm.kind == "organization"


@pytest.mark.parametrize("sentence", [
    "They cut 900 zloty from his pay when he was sick for a week.",
    "The supervisor docked two days from her wages for chatting during the shift.",
])
def test_cut_from_pay_is_a_deduction(sentence: str) -> None:
    assert any(h.indicator == "withholding_of_wages" for h in indicators.match(sentence, 0).hits)
