"""Outlets and translators named in credit lines: a masthead with its date, a bracketed
translation note before a header, a report's publisher in an extract line or a citation,
and a team credited with a translation. All texts are written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import meta

BODY = ("\n\nForeign builders at a housing site said they had not been paid since March, and that "
        "their foreman kept their passports in a safe.\n")


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("Home / News / Society\n\nWorkers sleep in the boiler room\n\n"
         "The Tomsk Evening Post, 3 March 2025. Translated from Russian by Olga Danilova.", "The Tomsk Evening Post"),
        ("Home / Society / Incidents          Omsk  -12\u00b0C\n\n\"They live in the cellar\"\n\n"
         "Sibirskaya Pravda, 9 January 2024\nTranslated from Russian by Ivan Lebedev", "Sibirskaya Pravda"),
        ("Steppe Daily, March 3, 2024\n\nBuilders complain", "Steppe Daily"),
        ("[Translated from Arabic]  Al-Mashriq Business | Jeddah | 4 March 2024", "Al-Mashriq Business"),
        ("Threads and Locks: Garment Work in Jilin\nA report by the Seoul-based Free Hands Labour Watch, May 2025",
         "Free Hands Labour Watch"),
        ("Gdynia: welders on short permits\nExtract from the annual review of the Baltic Workers' Aid Network "
         "(BWAN), published April 2025, pages 12-14", "Baltic Workers' Aid Network"),
    ],
)
def test_outlet_from_a_credit_line_at_the_top(head: str, outlet: str) -> None:
    assert meta.detect(head + BODY, [], {}).outlet == outlet


def test_outlet_from_a_reports_citation_line_at_the_end() -> None:
    text = ("3. Findings\n\n3.1 Of the 40 workers we interviewed, 31 said their passports were held.[4]\n\n"
            "[4] Interview records.\n\nSource: \"Behind the Gate: Migrant Builders in Oman\", Gulf Workers "
            "Watch, 2024, pp. 8-9.")
    assert meta.detect(text, [], {}).outlet == "Gulf Workers Watch"


@pytest.mark.parametrize(
    "head",
    [
        "Khabarovsk, 14 October 2025\n\nBuilders complain",  # a dateline: a place, not an outlet
        "Builders complain\n\nLena Voronova, 3 May 2024",  # a byline: the person speaks below
    ],
)
def test_no_outlet_from_a_place_or_a_persons_dated_line(head: str) -> None:
    text = head + BODY + "\"We were never paid,\" Lena Voronova said of her brother's crew.\n"
    assert meta.detect(text, [], {}).outlet is None


@pytest.mark.parametrize(
    ("credit", "team"),
    [
        ("Translated from Chinese by Amur Daily staff", "Amur Daily staff"),
        ("This article was translated from Arabic by the Gulf Press Notes team.", "Gulf Press Notes team"),
        ("(Translated from Mongolian by the Steppe News English desk)", "Steppe News English desk"),
    ],
)
def test_a_team_credited_with_the_translation_is_the_translator(credit: str, team: str) -> None:
    assert meta.detect(credit + BODY, [], {}).translator == team


def test_a_named_translator_still_wins_over_a_team_word_elsewhere() -> None:
    text = "Translated from Russian by Pavel Orlov." + BODY + "The site's staff declined to comment.\n"
    assert meta.detect(text, [], {}).translator == "Pavel Orlov"
