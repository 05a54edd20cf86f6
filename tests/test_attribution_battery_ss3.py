"""Third SS battery (``battery_ss3_cases``, 67 invented texts; expected grouping written before the tool ran
on them): sources of one kind told apart and kept through back-references.

First pass: speaker wording 0.907 (206/227), same source F1 0.851 (tp 74, fp 10, fn 16). After the general
fixes it prompted ("the younger brother" after "The younger man": the same comparative; "the first worker"
after "One said ... Another said ... The third said"; "the woman" not the husband just heard): speaker
0.930, same source F1 0.886. A rule reading '"The foreman told me that ...," the deputy said' as the
foreman relayed was tried and dropped: it clashes with the convention that what a speaker was told is
the speaker's own account, and cost two diagnosis sets and a clean one.

Known misses (not asserted), by kind of wording, are listed in ``KNOWN_MISSES``."""

from __future__ import annotations

import battery_ss3_cases
from battery_sw_score import score

# index of the case: why it is left
KNOWN_MISSES = {
    12: "'The other source' after 'A source ...' and 'Another source': the code reads it as the one not just heard "
        "(an earlier session's convention); this battery expected the one introduced as 'another'",
    17: "'The first said' (an ordinal with no noun) is not read as a speaker",
    23: "'The women said' after a group and 'One woman': a new group, not the group introduced before",
    32: "'She said' after two named people whose given names (Hanna, Yonas) are not in the given-name lexicon",
    37: "'A provincial deputy' is not a speaker noun (adding bare 'deputy' cost a clean set one same-source pair); "
        "the foreman who told the deputy stays the deputy's account (convention)",
    38: "'According to the trader, the wife said ...': the trader is read as the speaker, not the wife he relays",
    42: "'\"The foreman told me ...,\" said Deputy X': the deputy's own account (convention), not the foreman's",
    43: "'The woman's husband' after 'Her husband': a new source",
    59: "'Golden Wave' after 'The supplier, Golden Wave Fishing': the first words of a firm's name",
    60: "'The retailer' after 'The retailer Bellmont' and 'The manufacturer, Teknik Glove': the last firm",
    65: "'The first woman' / 'The second woman' after 'Two women, Maria Santos and Joy Reyes': members of a named pair",
    66: "'The first man' after two named workers: ordinals count unnamed people only",
}


def test_third_source_identity_battery() -> None:
    assert len(battery_ss3_cases.CASES) >= 60
    s = score(battery_ss3_cases.CASES)
    assert s.speakers >= 220
    assert s.speaker_acc >= 0.92, s.misses
    assert s.same_source_f1 >= 0.87, s.misses


def test_third_battery_without_known_misses() -> None:
    cases = [c for i, c in enumerate(battery_ss3_cases.CASES) if i not in KNOWN_MISSES]
    s = score(cases)
    assert s.same_source_f1 == 1.0, s.misses
