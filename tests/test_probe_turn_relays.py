"""A caller in a phone-in who relays what a relative told her keeps the words ("CALLER 2 (Sunita, ...): ... He told me
the supervisor keeps the passports"): the "He" is not the caller of the turn before. A host's own "He said ..." and
a caller's own words stay as they were. Every text is written for this test; people and firms are fictional (places
are real)."""

from __future__ import annotations

from probe_helpers import speaker

TEXT = ("Radio Sahyadri — \"Abroad Hour\" phone-in, transcript\n\n"
        "HOST (Meena): Good evening. Our first caller is from Dammam.\n\n"
        "CALLER 1 (Suresh, Kozhikode district): Namaste. My company took my passport at the airport. For four months "
        "they have not paid my salary.\n\n"
        "HOST: Our next caller is from Muscat.\n\n"
        "CALLER 2 (Sunita, calling about her husband): Madam, my husband is in a labour camp in Sohar. He told me the "
        "supervisor locked the workers in the camp at night. He is afraid to complain.\n")


def test_he_told_me_in_a_callers_turn_is_the_caller() -> None:
    who = speaker(TEXT, "locked the workers")
    assert who[0] is not None and "Sunita" in who[0], who


def test_the_earlier_caller_keeps_his_words() -> None:
    who = speaker(TEXT, "took my passport")
    assert who[0] is not None and "Suresh" in who[0], who
    assert speaker(TEXT, "took my passport")[2] != speaker(TEXT, "locked the workers")[2]
