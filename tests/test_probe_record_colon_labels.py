"""A parliamentary record whose masthead is in capitals and whose speakers are printed as "The Hon. Name (post):" on a
line of their own, the turn in the lines below (probe study-291): each turn is its speaker's, a tally of complaints
the minister reads out is hers, the label line and the sitting's procedure (an answer tabled, thanks for a question, a further
supplementary asked for) are no claims. Every text is written for this test; members, the
ministry's figures and the seats are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.editorial_frames import editorial_frame
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-02-12", "language": "en"}

RECORD = """PARLIAMENTARY DEBATES (HANSARD)
OFFICIAL REPORT

ORAL ANSWERS TO QUESTIONS

FILIPINO WORKERS SENT TO FARMS IN POLAND

The Hon. Marisol Dagdag (Iloilo First District) asked the Secretary of Migrant Workers:

(a) How many complaints have reached the department from workers on farms in Poland?

The Hon. Teodoro Quimpo (Undersecretary for Migrant Workers):
On behalf of the Secretary of Migrant Workers, I hereby table my written reply.

*Answer tabled:

(a) The department has received 64 complaints from workers on farms in Poland since June. Thirty complaints concern
wages that were never paid, and 12 concern passports held by the farm owners. Workers in nine complaints say they took
loans from lenders in Manila to pay the placement fee.

The Hon. Marisol Dagdag:
Madam Speaker, I have a further supplementary question. A father from my district wrote to me in January. His daughter was told she
would pack apples near Grojec, and she was locked in a barn with eleven other women for three weeks.

The Hon. Teodoro Quimpo:
Madam, we thank you for your question. The welfare officer in Warsaw has met the women, and their passports were
returned to them last week.
"""


def _by_text(a):
    return {c.text: a.source(c.source) for c in a.claims}


def test_colon_labels_give_each_turn_to_its_speaker() -> None:
    a = analyse(RECORD, META)
    got = _by_text(a)
    undersec = next(s for t, s in got.items() if "Thirty complaints concern" in t)
    assert undersec is not None and "Teodoro Quimpo" in (undersec.wording or "") and undersec.kind == "official"
    tally = next(s for t, s in got.items() if "Workers in nine complaints" in t)
    assert tally is not None and tally.key == undersec.key
    member = next(s for t, s in got.items() if "locked in a barn" in t)
    assert member is not None and "Marisol Dagdag" in (member.wording or "")
    later = next(s for t, s in got.items() if "welfare officer in Warsaw" in t)
    assert later is not None and later.key == undersec.key


def test_labels_and_procedure_are_no_claims() -> None:
    a = analyse(RECORD, META)
    texts = " | ".join(c.text for c in a.claims)
    assert "(Undersecretary for Migrant Workers):" not in texts
    assert "my written reply" not in texts
    assert "thank you for your question" not in texts


@pytest.mark.parametrize("sentence", [
    "For the Secretary of Labour, I now table our written answer.",
    "Honourable Member, thank you for your question.",
    "Mr Speaker, I rise to ask a supplementary question.",
])
def test_procedure_lines_are_frames(sentence: str) -> None:
    assert editorial_frame(sentence)


def test_a_claim_after_thanks_is_no_frame() -> None:
    assert not editorial_frame("Honourable Member, thank you for your question; the workers were never paid.")
