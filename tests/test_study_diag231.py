"""Probes for the classes of miss found when heldout231 (supply-chain and compliance material) was opened for study
(branch diag231). Every text is written for these tests, in our own wording: groups, firms, people and figures are
invented (places are real); each class has controls that must not change."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify
from probe_helpers import speaker

# an NGO's report that says whom it interviewed, then lists its results under a question heading
REPORT = ("Harvest Watch Sahel | Field Note 4 | March 2026\n\n"
          "Cocoa in the south-west: who carries the sacks?\n\n"
          "Between January and February our team interviewed 40 pickers on eleven farms around Soubré and 9 brokers in "
          "Abidjan.\n\n"
          "{heading}\n\n"
          "- 33 of the 40 pickers told us they owed a broker the cost of their bus fare north.\n"
          "- Several pickers said the farm owner held their identity papers until the harvest ended.\n"
          "- Pickers housed in the sheds behind the drying floor said twelve of them slept on one mat.\n"
          "- Men hired through a Bouaké broker, Sangaré Labour Services, said they were still owed their December wages.\n\n"
          "We did not find any picker under fifteen on the farms we visited; the brokers told us that children stay in "
          "the villages.\n")


@pytest.mark.parametrize("heading", ["What we found", "What our researchers heard:", "Key findings"])
@pytest.mark.parametrize("frag", ["owed a broker", "slept on one mat", "still owed their December wages"])
def test_bullets_of_a_sampled_findings_list_are_the_page(heading: str, frag: str) -> None:
    _, kind, key = speaker(REPORT.format(heading=heading), frag)
    assert key == "OUTLET" and kind == "outlet"


@pytest.mark.parametrize("heading", ["What we found", "Key findings"])
def test_a_vague_share_stays_with_the_group(heading: str) -> None:
    # control: "Several pickers" is not a tally of the sample; the group speaks
    _, kind, key = speaker(REPORT.format(heading=heading), "held their identity papers")
    assert key != "OUTLET" and kind == "anonymous_source"


def test_narrowed_bullets_stay_with_the_group_without_a_tally_of_the_sample() -> None:
    # control: the list never counts out of the 40 interviewed, so the pickers of one shed still speak as a group
    text = REPORT.format(heading="What we found").replace("- 33 of the 40 pickers told us they owed a broker the cost "
                                                          "of their bus fare north.\n", "")
    _, kind, key = speaker(text, "slept on one mat")
    assert key != "OUTLET" and kind == "anonymous_source"


def test_a_question_heading_about_something_else_is_not_a_findings_list() -> None:
    # control: "What we ask" introduces demands, not what the interviews showed
    text = REPORT.format(heading="What we ask")
    _, kind, key = speaker(text, "slept on one mat")
    assert key != "OUTLET"


def test_the_report_s_own_negative_finding_before_a_semicolon_is_the_page() -> None:
    _, kind, key = speaker(REPORT.format(heading="What we found"), "under fifteen")
    assert key == "OUTLET" and kind == "outlet"


@pytest.mark.parametrize("text,frag", [
    # the speaker is named in the first clause: the speaker
    ("We found no written contracts on the boats, a union organiser in Tema told us; the crews had signed nothing.",
     "written contracts"),
    # a quoted "we" is the person quoted
    ('"We saw no trace of debt bondage; our auditors checked every payroll," said Mensah Boateng, a '
     'director of Gold Coast Trawling.', "no trace of debt bondage"),
])
def test_other_semicolon_sentences_keep_their_speaker(text: str, frag: str) -> None:
    lead = "Fishermen from Ghana's coast described abuse on foreign trawlers.\n\n"
    _, _, key = speaker(lead + text, frag)
    assert key != "OUTLET"


@pytest.mark.parametrize("phrase", ["Trade newsletter Cacao Markets Africa", "The industry publication Timber Asia",
                                    "the trade journal Port Traffic Europe"])
def test_a_trade_publication_by_kind_is_an_outlet(phrase: str) -> None:
    assert classify(phrase) == "outlet"


def test_a_trade_newsletter_named_as_source_is_not_the_page() -> None:
    text = ("PALM OIL REVIEW\n\nPlantation workers in Sabah were owed three months of wages, the state labour "
            "department said.\n\nTrade newsletter Commodity Wire Asia reported last year that the estate had taken "
            "on 300 Indonesian cutters and kept their passports in the office safe.\n")
    wording, kind, key = speaker(text, "kept their passports")
    assert key != "OUTLET" and kind == "outlet" and wording is not None and "Commodity Wire Asia" in wording


def test_a_firm_s_own_newsletter_stays_out_of_the_press() -> None:
    # control: a company's staff newsletter is not a news outlet
    assert classify("The company newsletter") != "outlet"
