"""An office holder speaking through the office: "Kenya's labour ombudsman has asked ..., her office said" is the
ombudsman, and a later "According to the ombudsman's office" is the same source. Controls: "her office said" after
a sentence that opens with no office holder stays as found; a body's own office stays apart. Every text is
written for this test; people are fictional (offices are real kinds of state office)."""

from __future__ import annotations

from attribution_helpers import who
from labourlens.analyse.mentions import find_mention

TEXT = ("NAIROBI (Coast Wire) — Kenya's labour ombudsman has asked Saudi authorities to look into complaints from 30 "
        "Kenyan cleaners in Dammam who say an agent took their passports, her office said on Monday.\n\n"
        "According to the ombudsman's office, the women were told they would be jailed if they left.\n")


def test_her_office_after_an_office_holder_is_the_holder() -> None:
    src = who(TEXT, "took their passports", "Coast Wire")
    assert src is not None and src.kind == "official" and src.wording == "Kenya's labour ombudsman"


def test_the_holders_office_later_is_the_same_source() -> None:
    first = who(TEXT, "took their passports", "Coast Wire")
    later = who(TEXT, "would be jailed", "Coast Wire")
    assert first is not None and later is not None and first.key == later.key


def test_her_office_without_a_holder_is_left_alone() -> None:
    m = find_mention("The workers have not been paid for months, her office said.")
    assert m is not None and m.wording == "her office"


def test_a_spokesman_after_a_minister_keeps_his_own_wording() -> None:
    m = find_mention("The labour minister has ordered an inspection of the site, his spokesman said.")
    assert m is not None and m.wording != "The labour minister"
