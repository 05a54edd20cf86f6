"""Probes for the classes of miss found when heldout241 was opened for study (branch diag241). Every text is
written for these tests, in our own wording: names, firms and figures are invented; each class has controls."""

from __future__ import annotations

from labourlens.analyse.speakers import classify

# ------------------------------------------------ a romanised given name is no body's initials


def test_hyphened_given_name_is_no_acronym() -> None:
    # the first syllable spells a body's initials ("Un", "Hon"), the name stays a person's
    assert classify("Choe Un-sil") == "named_person"
    assert classify("Pak Hon-gyu") == "named_person"


def test_real_acronym_still_a_body() -> None:
    # controls: the initials written as initials still name a body
    assert classify("the UN") == "organization"
    assert classify("UN experts") == "organization"
