"""Probes (s342): denials in a reply. A post that opens "Not true for us, ..." denies what was said, and "everybody had
their own passport" is no retention of papers; a firm that "does not charge anything" denies a fee. Near misses: "not
true to what they promised" inside a sentence denies nothing, and "nobody had their own passport" stays retention.
Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

_THREAD = """Pickers at two Wenatchee orchards say a recruiter in Honduras charged them fees and the boss kept their passports.

Reply from a crew leader: Not true for us, each of us had our own passport.

Another reply: Our firm does not charge anything to pickers, and never did.

A third picker said the job was not true to what they promised and the boss kept his passport.

A fourth picker said the foreman shouted at him once and after that he never asked for anything, but he was not paid for June.
"""


def _polarity(needle: str) -> str:
    return next(c.polarity for c in analyse(_THREAD, {}).claims if needle in c.text)


def test_a_reply_opening_not_true_denies() -> None:
    assert _polarity("Not true for us") != "affirmed"
    assert _polarity("Our firm does not charge anything") != "affirmed"
    assert _polarity("A third picker") == "affirmed"  # near miss: "not true to" inside the account
    assert _polarity("A fourth picker") == "affirmed"  # near miss: a worker who never asked for anything


def test_everybody_with_their_own_passport_is_no_retention() -> None:
    def kinds(text: str) -> set[str]:
        return {h.indicator for h in indicators.match(text, 0).hits}

    assert "retention_of_identity_documents" not in kinds("Not true at all, everyone had their own passport, the foreman said.")
    assert "retention_of_identity_documents" in kinds("Nobody had their own passport, the foreman said.")
