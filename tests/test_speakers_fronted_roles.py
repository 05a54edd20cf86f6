"""A role written before a name keeps with it after a fronted setting ("In Mwanza, a labour officer, X, said")."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse


@pytest.mark.parametrize("sentence, wording", [
    ("In Kisumu, a Kenyan labour officer, Achieng Otieno, said her office had logged 30 complaints.",
     "a Kenyan labour officer, Achieng Otieno"),
    ("In Gdansk, a labour inspector, Ewa Lisowska, said the men worked 12 hours a day.",
     "a labour inspector, Ewa Lisowska"),
    ("Last month, a local lawyer, Ivan Petrenko, said the men had not been paid since May.",
     "a local lawyer, Ivan Petrenko"),
])
def test_role_kept_with_the_name(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


@pytest.mark.parametrize("sentence, wording", [
    ("On Monday, Ivan Petrenko said the men had not been paid.", "Ivan Petrenko"),  # no role before the name
    ("Last year, the ministry, Ivan Petrenko said, fined the firm twice.", "Ivan Petrenko"),  # a parenthetical
])
def test_no_role_no_widening(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


def test_state_officer_after_setting_is_official() -> None:
    text = (
        "Road crews on a highway near Kisumu say they have gone months without overtime pay.\n\n"
        "In Kisumu, a Kenyan labour officer, Achieng Otieno, said her office had recorded 30 complaints "
        "of unpaid wages against the contractor this year.\n"
    )
    a = analyse(text)
    src = {s.key: s for s in a.sources}
    said = [c for c in a.claims if "complaints" in c.text]
    assert said and src[said[0].source].kind == "official"
    assert "Achieng Otieno" in (src[said[0].source].wording or "")
