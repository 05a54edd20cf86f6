"""An official by title whom the interviewee quotes at the opening of a "Name:" answer (probe study300): "Ibrahim
Oumarou: The sub-prefect told us it is a family matter ..." is the sub-prefect speaking, as a body named in
apposition is; the interviewee's own answers stay his. Every text is written for this test; people and groups are
fictional (places are real)."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

_QA = """Savanna Weekly \u00b7 Society

"We work for millet": in northern Cameroon, displaced families labour without pay

Interview by Ruth Mbah.

Thousands of displaced people around Mokolo and Mora clear fields and mould bricks. Ibrahim Oumarou runs a legal aid group in Maroua.

Savanna Weekly: What work are the displaced doing?

Ibrahim Oumarou: Whatever is left. Clearing fields, moulding bricks. Many are boys of twelve or thirteen who are never paid.

Savanna Weekly: Can they leave?

Ibrahim Oumarou: No. The landowners keep their identity papers, and a boy who ran away last month was beaten when he was caught.

Savanna Weekly: And the local officials?

Ibrahim Oumarou: The sub-prefect told us it is a family matter between landowners and the boys who work for them.

Savanna Weekly: And the relief agencies?

Ibrahim Oumarou: A relief agency counted, in a study published in March, one displaced household in four with a child who works for food alone.
"""


def test_official_quoted_at_the_opening_of_an_answer() -> None:
    rows = speakers_by_opening(_QA, 30)
    assert rows["Ibrahim Oumarou: The sub-prefe"] == ("The sub-prefect", "official")
    assert rows["Many are boys of twelve or thi"][0] == "Ibrahim Oumarou"
