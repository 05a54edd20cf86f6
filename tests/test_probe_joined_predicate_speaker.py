"""The subject of a predicate joined by "and" to the verb of saying, after a fronted clause (probe study300): "After
two of our stewards turned up at the gate on 3 June, the site manager, Li Ming, turned them away and told them the
firm ..." is the site manager speaking (for the firm), not the page. Every text is written for this test; people and
groups are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

_STATEMENT = """MINE WORKERS' FRONT OF ZAMBIA
Press statement

Since March we have met 80 miners from two pits near Kabwe. Miners say they are locked in the compound at night and their pay is docked for broken tools.

After two of our stewards turned up at the gate on 3 June, the site manager, Li Ming, turned them away and said the firm "has no dealings with unions".
"""


def test_subject_of_the_joined_predicate_speaks() -> None:
    rows = speakers_by_opening(_STATEMENT, 30)
    assert rows["After two of our stewards turne"[:30]] == ("the site manager, Li Ming", "organization")
