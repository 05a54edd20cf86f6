"""The scorer's rule for a leading "The" in an outlet's name: "The Kestrel Ledger" and "Kestrel Ledger" name
one outlet (the article does not change which outlet is meant), while any other difference of words still
fails ("Kestrel Ledger" is not "Kestrel Ledger Weekly", "Theatre Weekly" keeps its "The"-like start). Names are
invented for the test."""

from __future__ import annotations

import pytest

from labourlens.evaluate import _same_outlet


@pytest.mark.parametrize("gold,pred,ok", [
    ("Kestrel Ledger", "The Kestrel Ledger", True),
    ("The Kestrel Ledger", "Kestrel Ledger", True),
    ("the  kestrel ledger", "The Kestrel Ledger", True),
    ("Kestrel Ledger", "Kestrel Ledger Weekly", False),
    ("Kestrel Ledger", "The Kestrel", False),
    ("Theatre Weekly", "Atre Weekly", False),
    ("The Kestrel Ledger", "A Kestrel Ledger", False),
])
def test_leading_article_only(gold: str, pred: str, ok: bool) -> None:
    assert _same_outlet(gold, pred) is ok
