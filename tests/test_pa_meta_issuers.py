"""The body that issues a report page without a masthead is its outlet: named beside the kind of
paper, in the citation of an excerpt, or in a 'Prepared by' line. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import issuing_bodies, meta


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Steppe Labour Monitor - Briefing Paper No. 4 (excerpt)\nPublished 2 March 2026\n\n"
         "Drivers in Kazan said their passports were kept.", "Steppe Labour Monitor"),
        ("Night Shifts Abroad\nAmber Coast Institute \u2014 Working Paper 7\n\n"
         "Welders in Gdynia said they were paid late.", "Amber Coast Institute"),
        ('EXCERPT \u2014 "Cut and Carried: Timber Crews in Siberia" (Taiga Rights Watch, May 2025), Section 2\n\n'
         "2.1 Loggers described shifts of fourteen hours.", "Taiga Rights Watch"),
        ("Field note 2025/02 \u2014 Yanji, Jilin province\nPrepared by the field team of Tumen Labour Watch "
         "(released 3 March 2025)\n\nObservations\nThe plant gate was locked at night.", "Tumen Labour Watch"),
        ("Compiled by Harbour Rights Forum researchers, June 2026\n\nCrews on the trawlers were paid once a year.",
         "Harbour Rights Forum"),
    ],
)
def test_issuing_body_is_the_outlet(text: str, outlet: str) -> None:
    assert meta.detect(text, None, None).outlet == outlet


@pytest.mark.parametrize(
    "text",
    [
        # a person, not a body
        "Prepared by Anna Kovalenko\n\nBuilders in Tomsk said they were unpaid.",
        # a plain name without a word of media, NGOs or institutes
        "Baltic Steel - Working Paper 3\n\nWelders said their pay was late.",
        # a citation deep in the body is not the page's own issuer
        "Builders said they were unpaid.\n\n" + "More detail follows. " * 60
        + '"A Report" (Harbour Rights Forum, May 2024).',
    ],
)
def test_no_issuing_body(text: str) -> None:
    assert issuing_bodies.issuing_body(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Excerpt | Chapter 2: The quarries\n\n2.1 Between 2024 and 2026 the Sahel Quarry Monitor documented "
         "three sites near Kayes. Our field researcher counted 30 men in one shed.", "Sahel Quarry Monitor"),
        ("Summary\nThis briefing draws on 40 interviews carried out by Steppe Wage Project researchers in Almaty.\n"
         "The main contractor told us that it complies with the law.", "Steppe Wage Project"),
    ],
)
def test_the_body_that_speaks_in_a_first_person_report(text: str, outlet: str) -> None:
    assert meta.detect(text, None, None).outlet == outlet


@pytest.mark.parametrize(
    "text",
    [
        # a news page citing an NGO, with no first person plural
        "KAZAN \u2014 The Volga Rights Monitor documented 12 cases of unpaid wages, the group said on Monday.",
        # first person, but the named body is not doing the research
        "Our researchers met the Volga Rights Monitor director, who declined to comment on the sites.",
    ],
)
def test_no_speaking_body(text: str) -> None:
    assert issuing_bodies.researching_body(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("AMBER COAST INSTITUTE \u2014 Conversations\n\n\"The pay never came\": a talk with a welder\n\n"
         "Q: When did you arrive in Gdynia?", "Amber Coast Institute"),
        ("STEPPE LABOUR WATCH | Document summary\n\nSummary: the final report on drivers in Kazan.",
         "Steppe Labour Watch"),
        ("Commentary\n\nWhy the Quota Stayed\nBy Maria Lindqvist, Senior Fellow, Nordic Asia Policy Forum | 4 May 2025\n\n"
         "I have spent two years interviewing former builders.", "Nordic Asia Policy Forum"),
        ("By Kenji Mori, Research Director at the Harbour Labour Institute\n\nCrews said the pay was late.",
         "Harbour Labour Institute"),
    ],
)
def test_capital_mastheads_and_author_lines_of_think_tanks(text: str, outlet: str) -> None:
    assert meta.detect(text, None, None).outlet == outlet


def test_a_capital_headline_with_a_dash_is_no_masthead() -> None:
    text = "BUILDERS LEFT UNPAID \u2014 Workers say wages stopped in May\n\nCrews in Kazan said so."
    assert issuing_bodies.issuing_body(text) == (None, None)


def test_a_two_word_capital_label_is_a_column_not_a_masthead() -> None:
    text = "FREIGHT BRIEF \u2014 Bulk traffic, week 12\n\nShip-tracking data show more carriers at Yantai."
    assert issuing_bodies.issuing_body(text) == (None, None)
