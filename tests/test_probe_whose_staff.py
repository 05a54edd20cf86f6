"""A body that speaks through its own staff ("state radio X, whose correspondent in Y said ...", "the union,
whose organisers reported ...") is the source. Every text is written for this test; outlets, unions and people
are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
H = "Builders seen at housing site\nThe ministry denied that North Korean builders work in the province.\n"


def _who(text: str, part: str) -> tuple[str | None, str | None]:
    a = analyse(text, META)
    claim = next(c for c in a.claims if part in c.text)
    src = a.source(claim.source)
    return (src.wording if src else None), (src.kind if src else None)


@pytest.mark.parametrize("sentence,part,who", [
    ("The denial followed a broadcast by Radio Benguela Sul, whose correspondent in Lobito said about 50 North "
     "Korean builders were seen on a housing site.", "50 North", "Radio Benguela Sul"),
    ("The case was first aired on the Magadan Courier, whose reporter said the North Korean welders were locked "
     "in their dormitory at night.", "locked", "Magadan Courier"),
    ("It came after a complaint by the Harbour Workers' Union, whose organisers reported that the North Korean "
     "crews were paid nothing for months.", "paid nothing", "Harbour Workers' Union"),
])
def test_the_body_speaks_through_its_staff(sentence: str, part: str, who: str) -> None:
    assert who in (_who(H + sentence, part)[0] or "")


def test_a_persons_lawyer_does_not_make_the_person_a_body() -> None:
    got = _who(H + "The workers later met Kim Sol, whose lawyer said the North Korean crews were never paid.",
               "never paid")
    assert got[1] != "outlet", got
