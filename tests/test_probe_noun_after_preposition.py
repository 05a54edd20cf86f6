"""A reporting verb's form right after a preposition is a noun (probe study300): "Diggers at claims that feed the
mill earn by the bag" names mining claims, it is no report by "Diggers at"; "According to reports" is still
read as before. Every text is written for this test; firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.mentions import find_mention


def test_verb_form_after_a_preposition_is_a_noun() -> None:
    assert find_mention("Diggers at claims that feed the Mutare mill earn by the bag and buy tools on credit.") is None
    according = find_mention("According to reports, the men were beaten at the quarry.")
    assert according is not None and according.wording == "reports"
