""""Forced labour" in the name of a law, a ban or a compliance duty ("the EU Forced Labour Regulation",
"the forced labour import ban", "due diligence on forced labour") describes no worker: no indicator,
and an event notice that only names such laws gets no claims. Texts are invented for the tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse


@pytest.mark.parametrize("sentence", [
    "Getting ready for the EU forced labour ban: a one-day seminar for importers.",
    "The session explains the Forced Labour Regulation and what customs will ask for.",
    "Lawyers discussed the new forced labour legislation and its reporting duties.",
    "Buyers must carry out due diligence on forced labour in their supply chains.",
    "The Uyghur Forced Labor Prevention Act applies to goods from the region.",
])
def test_forced_labour_in_the_name_of_a_law_is_no_indicator(sentence: str) -> None:
    assert not [h for h in indicators.match(sentence).hits if h.rule.endswith("slave_labour")]


@pytest.mark.parametrize("sentence", [
    "The men were subjected to forced labour on the building site for two years.",
    "Former workers described the camp as slave labour.",
])
def test_forced_labour_said_of_workers_still_counts(sentence: str) -> None:
    assert [h for h in indicators.match(sentence).hits if h.rule.endswith("slave_labour")]


def test_an_event_notice_about_forced_labour_rules_has_no_claims() -> None:
    text = ("Compliance Forum 2025: Preparing for the EU forced labour ban\nKrakow, 3 June 2025\n\n"
            "The Baltic Responsible Trade Network invites buyers and auditors to a day of sessions on the "
            "Forced Labour Regulation and the due diligence directive.\n\n"
            "Fees: 900 zloty for members, 1,200 zloty for others.\n")
    a = analyse(text, {"published": "2025-05-01", "language": "en"})
    assert a.claims == [] and a.indicators() == []


@pytest.mark.parametrize("sentence", [
    "Secondary sanctions threaten penalties against foreign firms that deal with a listed person.",
    "That threat is what keeps compliance officers awake.",
    "Banks have paid penalties ranging from a few million dollars to several billion dollars.",
    "Finally tried the restaurant near the station everyone keeps talking about.",
    "At 8 pm there was a short singing performance, two songs, people clapped.",
])
def test_sanctions_talk_and_restaurant_reviews_are_no_indicators(sentence: str) -> None:
    assert indicators.match(sentence).hits == []


@pytest.mark.parametrize("sentence, rule", [
    ("The foreman threatened the workers with fines if they complained.", "FL06.threatened_with"),
    ("They worked until 11 pm every day.", "FL11.r6_late_night_stop"),
    ("The workers keep only about 10 percent of their pay.", "FL08.share_kept"),
])
def test_the_same_rules_still_fire_on_workers(sentence: str, rule: str) -> None:
    assert rule in {h.rule for h in indicators.match(sentence).hits}
