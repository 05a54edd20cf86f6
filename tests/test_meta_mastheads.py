"""Document metadata from page headers, credits and reposts (analyse/mastheads.py with
meta.detect). Every page here is invented for the test."""

from __future__ import annotations

import pytest

from labourlens.analyse import mastheads, meta

BODY = ("\n\nSeamstresses at a fictional knitwear plant in Yanji said their pay had been held back "
        "since spring, and a supervisor kept their passports.\n")


def outlet(text: str) -> str | None:
    return meta.detect(text, [], {}).outlet


# ------------------------------------------------------------------ mastheads and header lines

@pytest.mark.parametrize(
    "header,expected",
    [
        # all-capitals masthead beside section labels
        ("THE LARCH VALLEY COURIER | Regional | Monday, 4 March 2024", "The Larch Valley Courier"),
        ("KESTREL BAY TIMES  |  Features  |  Labour", "Kestrel Bay Times"),
        # a name with no media word beside section labels, a date and a view count
        ("Ussuri Vecher | Society | 04.03.2024 | Views: 1,204", "Ussuri Vecher"),
        # breadcrumbs
        ("Ridgeline Asia > News > Labour", "Ridgeline Asia"),
        ("Pinecrest Online  \u00bb  World  \u00bb  Asia", "Pinecrest Online"),
        # a site written as its domain: the domain ending stays when the page never writes the name without it
        # (the gold sets give "NGS-Sibir.ru", and "AmurLine" for a page that also writes "AmurLine" alone)
        ("KrasnoyarskToday.ru | Home / News / Incidents", "KrasnoyarskToday.ru"),
        # an edition note after the name
        ("Gazeta Brzegowa (English digest)", "Gazeta Brzegowa"),
        ("Folha do Litoral \u2014 English edition", "Folha do Litoral"),
        # a kicker before the name, an acronym after it
        ("STATEMENT | Coastal Dockers' and Riggers' Union (CDRU)", "Coastal Dockers' and Riggers' Union"),
        # a transcript header
        ("SILVER RIVER RADIO - \"Night Shift\" - Programme transcript", "Silver River Radio"),
        ("MIDNIGHT LEDGER | Episode 12: \"The Long Winter\"", "Midnight Ledger"),
        # a date, then the outlet
        ("Khabarovsk, 2 April 2024 \u2014 Amur Trade Bulletin", "Amur Trade Bulletin"),
        ("2 April 2024 \u2014 Pacific Storm Desk", "Pacific Storm Desk"),
        ("Posted 2 April 2024 \u00b7 Birch Hill Radio \u00b7 China", "Birch Hill Radio"),
        # the author, then the publisher
        ("Aigerim Sadykova | Steppe Policy Circle Forum | 2 April 2024", "Steppe Policy Circle Forum"),
        # a report's publisher
        ("An investigation by the Salt Marsh Labour Project | May 2023", "Salt Marsh Labour Project"),
        # a bracketed name before the headline, as Korean outlets write it
        ("[Hanul Bridge News] Returnees made to hand over savings", "Hanul Bridge News"),
    ],
)
def test_outlet_from_header_lines(header: str, expected: str) -> None:
    assert outlet(header + BODY) == expected


def test_all_capitals_masthead_alone_takes_the_texts_own_spelling() -> None:
    text = "FERNHOLLOW INSTITUTE\nCommentary | Korea Programme" + BODY + \
        "\nMina Oh is a fellow at the Fernhollow Institute.\n"
    assert outlet(text) == "Fernhollow Institute"


def test_all_capitals_observatory_without_any_other_mention() -> None:
    text = "TAIGA MIGRANT RIGHTS OBSERVATORY\nCountry brief: Russia\nJune 2022 | Brief No. 3" + BODY
    assert outlet(text) == "Taiga Migrant Rights Observatory"


def test_company_letterhead_drops_its_legal_form_when_the_text_does() -> None:
    text = ("Baltic Hullworks Sp. z o.o.\nul. Stoczniowa 3, Szczecin, Poland\n\nSTATEMENT ON PRESS REPORTS\n"
            "\nBaltic Hullworks has never employed citizens of the DPRK." + BODY)
    assert outlet(text) == "Baltic Hullworks"


def test_law_firm_keeps_its_legal_form_when_the_text_always_writes_it() -> None:
    text = "Carrow & Finch LLP - Client Alert - Sanctions" + BODY
    assert outlet(text) == "Carrow & Finch LLP"


def test_edition_word_dropped_when_the_body_uses_the_short_name() -> None:
    text = ("Source: Hanul Bridge Online (English edition) | Date: 2023-01-05" + BODY +
            "\nA trader said in comments to Hanul Bridge that the order came from the trading company.\n")
    assert outlet(text) == "Hanul Bridge"


def test_edition_word_kept_when_the_text_never_drops_it() -> None:
    text = "Northgate Daily Online | Home > Jilin > Society" + BODY
    assert outlet(text) == "Northgate Daily Online"


# ------------------------------------------------------------------ headers that name no outlet

@pytest.mark.parametrize(
    "header",
    [
        "Culture | Exhibitions",                      # section labels only
        "Weather | East Asia",
        "Home > Economy > Trade",
        "Dandong | China",                           # a place line
        "Vladivostok | 3 May 2024",
        "THE LONG READ",                             # a kicker
        "STATEMENT REGARDING RECENT MEDIA REPORTS",  # a kicker line in capitals with a media word
        "GOVERNMENT OF MALTA",                       # capitals without a media or organisation word
        "Mina Oh | 21 May 2025",                     # an author and a date
        "RUSSIA-DPRK TRADE: FREIGHT THROUGH KHASAN RISES",  # a headline in capitals
        "Loggers' wages withheld - residents - say",  # a headline with dashes
    ],
)
def test_headers_without_an_outlet(header: str) -> None:
    assert outlet(header + BODY) is None


def test_header_votes_prefer_the_first_line() -> None:
    votes = mastheads.header_votes("QUILL HARBOUR REVIEW | Features\nThe Stitchers Behind the Wire\n")
    assert votes and votes[0][0] == "QUILL HARBOUR REVIEW" and votes[0][1] == 2.0


def test_masthead_beats_a_title_cased_headline_with_a_media_word() -> None:
    text = "THE QUILL HARBOUR REVIEW | Features | Labour\nSubscribe | Sign in\n\nThe Stitchers Behind the Wire" + BODY
    assert outlet(text) == "The Quill Harbour Review"


# ------------------------------------------------------------------ credits, chrome and own voice

@pytest.mark.parametrize(
    "text,expected",
    [
        ("Published: 2024-03-15 18:22  Source: Songhua Evening Online  Editor: Wang Mei" + BODY,
         "Songhua Evening Online"),
        (BODY + "\nEditor: Li Na | Source: Yanbian Morning | Jilin news network\n", "Yanbian Morning"),
        (BODY + "\nExcerpted from: A. Lee and B. Kim, \"Quotas at Sea,\" Journal of Maritime Labour 9, no. 1 "
         "(2021): 3-30.\n", "Journal of Maritime Labour"),
        ("By Ha Jin-soo, Cedar Line staff reporter" + BODY, "Cedar Line"),
        (BODY + "\nPinewood Gazette \u00a9 2023 | About | Contact\n", "Pinewood Gazette"),
        ("[Logo: Riverside Signal]" + BODY, "Riverside Signal"),
        (BODY + "\n(This article first appeared in the Tumen Evening Post.)\n", "Tumen Evening Post"),
        ("SEOUL, South Korea, May 3 (Granite Wire Service) - " + BODY.strip(), "Granite Wire Service"),
        (BODY + "\nSubscribe to The Steppe Lantern for weekly updates.\n", "The Steppe Lantern"),
        (BODY + "\nThis article is republished from Lowland Review under a Creative Commons licence.\n",
         "Lowland Review"),
        (BODY + "\nReprinted with permission from the Quarry Gazette.\n", "Quarry Gazette"),
        (BODY + "\n\u00a9 2024 Borderline Media Group. All rights reserved.\n", "Borderline Media Group"),
        ("Skip to main content\nMenu\nTHE NORTHERN LENS\nWorld | Asia" + BODY, "The Northern Lens"),
    ],
)
def test_outlet_from_credits_and_chrome(text: str, expected: str) -> None:
    assert outlet(text) == expected


def test_podcast_host_welcomes_listeners_to_the_show() -> None:
    text = ("HOST: Welcome back to Taiga Tapes. I'm Ana Ruiz." + BODY +
            "\nHOST: Thanks for listening to Taiga Tapes.\nSubscribe to Taiga Tapes\n")
    assert outlet(text) == "Taiga Tapes"


def test_unknown_name_with_two_own_voice_checks() -> None:
    text = ("A foreman said the crew worked every night, Larkspur Review has learned." + BODY +
            "Larkspur Review could not independently verify the figures.")
    assert outlet(text) == "Larkspur Review"


def test_contacted_by_and_in_comments_to_agree() -> None:
    text = ("The owner, contacted by Frostline, denied the account." + BODY +
            "A trader said in comments to Frostline that the women never leave the site.")
    assert outlet(text) == "Frostline"


# ------------------------------------------------------------------ mentions are not the outlet

@pytest.mark.parametrize(
    "text",
    [
        "Yonhap reported on Monday that about 300 workers had arrived, citing a source in Seoul." + BODY,
        "According to Kyodo, the crews were moved to Nakhodka in March." + BODY,
        "The Amur Pravda newspaper reported that the camp had closed." + BODY,
        "A lawmaker told Parliament that the permits had lapsed." + BODY,
        BODY + "Photo: Getty Images\n",
    ],
)
def test_a_relay_or_mention_in_the_body_is_not_the_outlet(text: str) -> None:
    assert outlet(text) is None


def test_repost_line_names_the_original_outlet() -> None:
    text = ("[Source: Willow Creek Herald, 2 March 2024]" + BODY +
            "Willow Creek Herald could not independently verify the account.\n"
            "Reposted for non-commercial discussion.\n")
    assert outlet(text) == "Willow Creek Herald"


def test_repost_rewritten_by_a_site_that_checks_facts_itself() -> None:
    text = ("[Source: Willow Creek Herald, 2 March 2024]\n\nA driver told the Willow Creek Herald that fifty "
            "men live at the camp." + BODY + "The accounts could not be verified, and Birchwood Watch has not "
            "visited the camp.\n")
    assert outlet(text) == "Birchwood Watch"


def test_repost_whose_original_checks_under_a_short_name() -> None:
    text = ("Source: Marram Courier (Valletta), reposted by Dune Labour Watch\n\nAccording to the Marram Courier:"
            + BODY + "The Courier could not confirm the crew's whereabouts.\n")
    assert outlet(text) == "Marram Courier"


# ------------------------------------------------------------------ translators and languages

@pytest.mark.parametrize(
    "text,expected",
    [
        (BODY + "\n*This article was translated from Korean by Bae Yu-ri.\n", "Bae Yu-ri"),
        ("Source: Hanul Bridge | Date: 2022-01-02 | Translated from Korean by Bae Yu-ri" + BODY, "Bae Yu-ri"),
        ("[Translated from Chinese. Translation: Zhou Lan for the Border Review]" + BODY, "Zhou Lan"),
        (BODY + "\nReporting by Kim Do-hee; English by Tomas Reyes.\n", "Tomas Reyes"),
        (BODY + "\nEdited and translated by Ines Moreau\n", "Ines Moreau"),
        (BODY + "\nEnglish translation by Priya Nair\n", "Priya Nair"),
        (BODY + "\n\u041f\u0435\u0440\u0435\u0432\u043e\u0434: \u041e\u043b\u044c\u0433\u0430 "
         "\u0421\u0435\u0434\u043e\u0432\u0430\n", "\u041e\u043b\u044c\u0433\u0430 \u0421\u0435\u0434\u043e\u0432\u0430"),
        (BODY + "\n\ubc88\uc5ed: \uae40\ubbfc\uc9c0\n", "\uae40\ubbfc\uc9c0"),
    ],
)
def test_translator_credits(text: str, expected: str) -> None:
    assert meta.detect(text, [], {}).translator == expected


@pytest.mark.parametrize(
    "text",
    [
        BODY + "\nThe ministry said the figures had been translated into English for the inspectors.\n",
        BODY,
    ],
)
def test_no_translator_named(text: str) -> None:
    assert meta.detect(text, [], {}).translator is None


def test_original_language_from_a_translated_pages_outlet_name() -> None:
    text = "Kurier Zatokowy (English digest)" + BODY + "\nTranslated by Ewa Nowak\n"
    dm = meta.detect(text, [], {})
    assert dm.outlet == "Kurier Zatokowy" and dm.original_language == "pl"


def test_original_language_from_a_known_outlets_country() -> None:
    text = "A source told Daily NK that the order came on Monday." + BODY + "\nTranslated by Ha Yoon\n"
    assert meta.detect(text, [], {}).original_language == "ko"


def test_no_original_language_guessed_without_a_translation_credit() -> None:
    text = "Kurier Zatokowy (English digest)" + BODY
    assert meta.detect(text, [], {}).original_language is None


def test_stated_language_wins_over_the_outlet() -> None:
    text = "A source told Daily NK that the order came." + BODY + "\nTranslated from Chinese by Ha Yoon\n"
    assert meta.detect(text, [], {}).original_language == "zh"


@pytest.mark.parametrize(
    "name,country,expected",
    [
        ("Jornal do Sul", None, "pt"),
        ("Amurskaya Nedelya", None, "ru"),
        ("Some Daily", "JP", "ja"),
        ("Harbour Notes", None, None),
        (None, None, None),
    ],
)
def test_language_from_outlet(name: str | None, country: str | None, expected: str | None) -> None:
    assert mastheads.language_from_outlet(name, country) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (BODY + "\nRead the story in Russian\n", "ru"),
        (BODY + "\nView this article in Korean | Share\n", "ko"),
        (BODY + "\nKorean version: https://example.org/ko/123\n", "ko"),
        (BODY + "\n(Adapted from a Mongolian-language article by the same author.)\n", "mn"),
        (BODY + "\nThis article was originally written in Polish.\n", "pl"),
        (BODY + "\nTranslated from the Russian.\n", "ru"),
    ],
)
def test_original_language_cues(text: str, expected: str) -> None:
    assert meta.detect(text, [], {}).original_language == expected


@pytest.mark.parametrize(
    "text",
    [
        BODY + "\nKorean text messages seen by the reporter show the order.\n",
        BODY + "\nThe Korean version of the contract sets pay at 300 dollars.\n",
        BODY + "\nThe workers speak Russian and some Chinese.\n",
    ],
)
def test_no_original_language_from_mentions_of_languages(text: str) -> None:
    assert meta.detect(text, [], {}).original_language is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("North Korean Crews Return To Siberian Camps | Analysis" + BODY, None),   # a title-case headline
        ("Photo: Pinewood Studio | Workers queue at the gate" + BODY, None),
        # a person who "could not reach" someone is no site rewriting a repost
        ("[Source: Willow Creek Herald]" + BODY + "Park could not reach his family for months.\n",
         "Willow Creek Herald"),
        (BODY + "Kim could not reach her family. Kim was unable to reach the embassy either.\n", None),
    ],
)
def test_more_pages_without_a_false_outlet(text: str, expected: str | None) -> None:
    assert outlet(text) == expected


def test_podcast_outro_and_intro_agree_on_the_show() -> None:
    text = ("HOST: This is Ana Ruiz and you are listening to Coldwater Tapes." + BODY +
            "HOST: Thanks for listening to Coldwater Tapes.\n")
    assert outlet(text) == "Coldwater Tapes"


def test_a_single_listening_line_naming_an_unknown_show_is_not_enough() -> None:
    text = "A worker said he was listening to Morning Songs." + BODY
    assert outlet(text) is None


@pytest.mark.parametrize("label", ["Report", "News", "Asia", "World", "Special report", "Shipping & Ports"])
def test_a_section_label_on_the_first_line_is_no_masthead(label: str) -> None:
    assert outlet(label + "\n" + BODY) is None


@pytest.mark.parametrize("name", ["Dandong Daily", "Steppe Weekly", "Labour Report"])
def test_a_media_name_on_the_first_line_is_still_a_masthead(name: str) -> None:
    assert outlet(name + "\n" + BODY) == name
