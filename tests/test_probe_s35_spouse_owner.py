"""A paragraph that opens on a person's spouse, named through the person ("Leela Karki's husband, Dev Karki, ...";
a study of s35 on a held-out set; every text here is written for this test, with fictional people and firms): the
"She said" (with "husband") or "He said" (with "wife") that follows in the paragraph is the named owner's, who tells
of the spouse, not a speaker quoted earlier in the story. A paragraph that does not open on the spouse, or whose
pronoun does not fit the kin word, is read as before."""

from __future__ import annotations

from attribution_helpers import claim_sources, find_claim

STORY = """KATHMANDU - Families of men who went to build stadium seating for Orvane Contracting say the firm still owes them.

Ramesh Gurung, who leads a returnees' group in Pokhara, said at least forty men were owed three months of wages.

Leela Karki's husband, Dev Karki, 38, left for the site in 2024 and died after a fall in March. She said the contractor kept his passport until the body was sent home.

Sunil Tamang's wife, Maya Tamang, waited two years for him. He said the agent took 300,000 rupees from the family before he flew out.
"""


def test_she_after_a_husband_opening_is_the_wife() -> None:
    found = claim_sources(STORY)
    assert find_claim(found, "kept his passport")[1] == "Leela Karki"
    assert find_claim(found, "kept his passport")[2] != find_claim(found, "forty men")[2]


def test_he_after_a_wife_opening_is_the_husband() -> None:
    found = claim_sources(STORY)
    assert find_claim(found, "took 300,000 rupees")[1] == "Sunil Tamang"


def test_the_helper_reads_only_a_paragraph_that_opens_on_the_spouse() -> None:
    from labourlens.analyse.pronoun_agreement import spouse_owner

    assert spouse_owner("Leela Karki's husband, Dev Karki, left in 2024.", "she") == "Leela Karki"
    assert spouse_owner("Leela Karki's husband, Dev Karki, left in 2024.", "he") is None  # the husband is not "he" here
    assert spouse_owner("Sunil Tamang's wife, Maya, stayed home.", "he") == "Sunil Tamang"
    assert spouse_owner("The men left in 2024. Leela Karki's husband was one.", "she") is None  # not the opening
    assert spouse_owner("Old news.\n\nLeela Karki's husband left.", "she") == "Leela Karki"  # the last paragraph
    assert spouse_owner("Leela Karki's husband left.\n\nThe firm said nothing.", "she") is None
    assert spouse_owner("Leela Karki's husband left.", "they") is None
