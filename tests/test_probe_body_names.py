"""Long names of bodies and dated documents (probe diag37-e): a spokesperson of a ministry whose name lists its
fields ("the Ministry of Public Works, Urbanism and Housing") after a quotation, and a document given with its date
in apposition ("The cable, dated March 2024, says ..."), whose wording is the document, not its date. Every text is
written for this test; people and firms are fictional (places and state institutions are real or plausible)."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
H = "Angola denies North Korean crews remain\nLUANDA (Wire) - Residents say North Korean crews still build flats in Luanda.\n\n"


@pytest.mark.parametrize("body", ["the Ministry of Public Works, Urbanism and Housing",
                                  "the Ministry of Energy and Water",
                                  "the Ministry of Health, Family and Social Welfare"])
def test_spokesperson_of_a_ministry_with_fields(body: str) -> None:
    text = (H + '"All the workers went home in 2019. Nobody was forced to stay," the spokesperson of '
            f'{body}, Rui Matondo, told the agency.\n')
    a = analyse(text, META)
    for fragment in ("went home in 2019", "forced to stay"):
        c = next(c for c in a.claims if fragment in c.text)
        src = a.source(c.source)
        assert src is not None and "Rui Matondo" in (src.wording or "") and src.kind == "official", fragment


def test_a_list_of_people_is_not_a_body() -> None:
    # negative control: two names joined by "and" after a comma stay the speakers
    m = find_mention('The workers were beaten every week, the cooks, Ivan and Oleg, said.')
    assert m is not None and "Ivan and Oleg" in m.wording


@pytest.mark.parametrize("sentence,wording", [
    ("The cable, dated March 2024, says about 200 North Korean workers are kept in sheds.", "The cable"),
    ("The memo, dated 3 May 2023, says the workers were locked in at night.", "The memo"),
    ("The letter, sent in June, says the workers were locked in at night.", "The letter"),
    ("Kim, who left on 2 May, said the workers were locked in at night.", "Kim, who left on 2 May"),  # the clause's date
])
def test_a_documents_date_is_not_its_name(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording
