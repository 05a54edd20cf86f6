"""Speaker kinds told by where the speaker works: an unnamed official placed in a state body by a fronted phrase is
`official`; one placed only in a town, or in a firm, is not; a works named by its trade (a smelter, a refinery) is a
firm whose human resources manager speaks for it. Mini-texts written for this probe; fictional firms and people."""

from __future__ import annotations

import pytest

from probe_helpers import speaker

LEAD = "Migrant workers at the Kestrel copper smelter in Kitwe described their conditions to this paper.\n\n"


@pytest.mark.parametrize(("sentence", "kind"), [
    ("At the State Department for Labour, an official said the department had blacklisted 14 agencies.", "official"),
    ("Inside the labour ministry, a senior official said inspectors had found workers without pay.", "official"),
    ("At the embassy in Muscat, an official said 40 women had asked for help to go home.", "official"),
    ("In Hunchun, an official said inspectors had found workers without pay.", "anonymous_source"),
    ("At the recruitment agency, an official said the workers were paid on time.", "anonymous_source"),
])
def test_an_unnamed_official_takes_the_kind_of_the_body_the_sentence_opens_with(sentence: str, kind: str) -> None:
    assert speaker(LEAD + sentence, sentence[-30:-1])[1] == kind


@pytest.mark.parametrize("works", ["smelter", "refinery", "foundry", "steel mill"])
def test_a_works_named_by_its_trade_is_a_firm_whose_manager_speaks_for_it(works: str) -> None:
    sentence = (f'"The gate is closed at night for security, and the workers are paid on time," said Mr Peter Mwale, '
                f"the {works}'s human resources manager.")
    assert speaker(LEAD + sentence, "The gate is closed")[1] == "organization"


def test_a_named_researcher_stays_a_person() -> None:
    sentence = 'The workers are paid late, said Ms Ruth Phiri, a researcher at the Copperbelt Labour Institute.'
    assert speaker(LEAD + sentence, "paid late")[1] == "named_person"
