"""A part of a counted group that speaks with the whole in front ("Of the 19, six said ...") is a group of its own,
not a group that spoke before ("Several said ..."). Every text is written for this test; people and firms are
fictional (places are real)."""

from __future__ import annotations

from probe_helpers import speaker

TEXT = ("AJMAN — The Gulf Ledger spoke to 19 migrant workers at a labour camp in Ajman. Several said the company "
        "kept their passports and their wages had been withheld for two months.\n\n"
        "Of the 19, six said they had been recruited as drivers on false promises and found themselves cleaning malls.\n")


def test_fronted_part_is_its_own_group() -> None:
    part, several = speaker(TEXT, "recruited as drivers"), speaker(TEXT, "wages had been withheld")
    assert part[2] != several[2], (part, several)
    assert part[0] is not None and "six" in part[0], part
