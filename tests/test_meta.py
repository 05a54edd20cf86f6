"""Document metadata: outlet, translator, original language, date, title."""

from __future__ import annotations

from labourlens.analyse import meta


def detect(text: str, **given: object) -> meta.DocMeta:
    return meta.detect(text, [], given)


def test_outlet_from_told_cues() -> None:
    text = ("Workers at a fictional plant were not paid, a source told Daily NK on Monday.\n\n"
            "\u201cThey are angry,\u201d the source told Daily NK.")
    assert detect(text).outlet == "Daily NK"


def test_outlet_from_sources_said() -> None:
    text = ("Managers took the wages, Daily NK sources said. Daily NK was unable to confirm the figure.")
    assert detect(text).outlet == "Daily NK"


def test_outlet_from_dateline() -> None:
    text = "HUNCHUN, China (AP) \u2014 Women at the Seaview Foods plant work 12 hours a day."
    assert detect(text).outlet == "Associated Press"


def test_outlet_from_source_line() -> None:
    text = "[Source: The Guardian]\nNorth Korean workers at a fictional cannery..."
    assert detect(text).outlet == "The Guardian"


def test_cited_outlet_is_not_the_publisher() -> None:
    text = ("Yonhap News Agency, citing a source in Vladivostok, reported that 300 workers arrived. "
            "Radio Free Asia reported a similar figure. Reuters said it could not reach the firm.")
    assert detect(text).outlet is None


def test_one_told_is_enough_but_a_citation_is_not() -> None:
    text = "A manager told Radio Free Asia that the workers were moved. The ministry declined to comment."
    assert detect(text).outlet == "Radio Free Asia"
    text = "According to Radio Free Asia, the workers were moved. RFA reported the same in May."
    assert detect(text).outlet is None


def test_unknown_outlet_names_from_own_voice() -> None:
    text = ("Workers at a fictional cannery were locked in, a source told Harbour Lantern News.\n\n"
            "Harbour Lantern News could not independently verify the account.")
    assert detect(text).outlet == "Harbour Lantern News"
    text = "TASHKENT (FSW) \u2014 Players said.\n\nCopyright 2024 Fictional Sports Wire. All rights reserved."
    assert detect(text).outlet == "Fictional Sports Wire"
    assert detect("The Tundra Ledger | World | Asia\n\nHeadline here\n\nBody.").outlet == "The Tundra Ledger"


def test_people_are_not_outlets() -> None:
    text = "\u201cWe were locked in,\u201d Ri told Kim Sol-hee, a fellow worker. He said he had not verified it."
    assert detect(text).outlet is None


def test_metadata_outlet_wins_and_is_resolved() -> None:
    text = "A source told Daily NK twice. A source told Daily NK again."
    assert detect(text, outlet="rfa").outlet == "Radio Free Asia"
    assert detect(text, outlet="Some Local Blog").outlet == "Some Local Blog"


def test_outlet_from_url() -> None:
    assert detect("Workers were moved.", url="https://www.dailynk.com/english/some-story/").outlet == "Daily NK"


def test_translator_forms() -> None:
    assert detect("Body.\n\n*Translated by Mira Seo\n").translator == "Mira Seo"
    assert detect("Body.\n\nTranslated from Korean by Han Yu-jin.").translator == "Han Yu-jin"
    assert detect("Body.\n\nTranslated and edited by Oleg Petrenko").translator == "Oleg Petrenko"
    assert detect("Body.\nTranslator: Ana Lim\n").translator == "Ana Lim"
    assert detect("He said the text was translated by the company into Russian.").translator is None


def test_original_language() -> None:
    assert detect("Body.\n\nRead in Korean").original_language == "ko"
    assert detect("Body. Translated from Korean by Han Yu-jin.").original_language == "ko"
    assert detect("Body.\n\nTranslated from Russian by Oleg Petrenko").original_language == "ru"
    assert detect("This article was originally published in Chinese.").original_language == "zh"
    assert detect("The workers speak Korean and some Russian.").original_language is None


def test_published_from_meta_with_precision() -> None:
    assert (detect("x", published="2024-05-15").published, detect("x", published="2024-05-15")
            .published_precision) == ("2024-05-15", "day")
    assert detect("x", published="2023-07").published_precision == "month"
    assert detect("x", published="2021").published_precision == "year"


def test_published_from_text_when_missing() -> None:
    dm = detect("Workers in limbo\nBy Jane Roe | March 4, 2021\n\nThe workers waited.")
    assert dm.published == "2021-03-04" and dm.published_precision == "day"


def test_title_from_meta_or_headline() -> None:
    assert detect("Body text.", title="Given title").title == "Given title"
    assert detect("Loggers paid in promises, worker says\n\nVLADIVOSTOK \u2014 Body.").title == (
        "Loggers paid in promises, worker says")
    assert detect("A long first paragraph that is a sentence and ends with a full stop.").title is None


def test_nothing_on_plain_text() -> None:
    dm = detect("Workers were moved to a new site.")
    assert (dm.outlet, dm.translator, dm.original_language) == (None, None, None)


def test_published_in_other_metadata_forms() -> None:
    assert detect("x", published="2024-05-15T10:00:00Z").published == "2024-05-15"
    assert detect("x", published="Tue, 14 May 2024 10:00:00 GMT").published == "2024-05-14"
    dm = detect("x", published="sometime last spring")
    assert dm.published is None and any("not a date" in n for n in dm.notes)


def test_people_in_own_voice_phrases_are_not_outlets() -> None:
    text = "Andrei Volkov could not verify the figure. Volkov has learned that the camp closed."
    assert detect(text).outlet is None


def test_photo_credits_are_not_outlets() -> None:
    assert detect("Workers at the site. Copyright Getty Images\nMore text.").outlet is None


def test_masthead_line_names_an_unknown_outlet() -> None:
    assert detect("The Kolyma Evening Lantern\n\nLoggers wait for pay\n\nMAGADAN \u2014 Body.").outlet == (
        "The Kolyma Evening Lantern")
    text = "Skip to main content\n\nUpper Nile Observer\n\nMine crews sleep in tents\n\nBody text."
    assert detect(text).outlet == "Upper Nile Observer"
    assert detect("Sakhalin Freight Bulletin\nMonday, 3 June 2024\n\nHeadline\n\nBody.").outlet == (
        "Sakhalin Freight Bulletin")


def test_headlines_are_not_mastheads() -> None:
    assert detect("Welders Protest Unpaid Wages at Fictional Yard\n\nBody text.").outlet is None
    assert detect("Ministry of Labour Orders Inspection\n\nThe ministry said on Monday.").outlet is None


def test_ngo_report_header_and_press_release() -> None:
    text = "Lower Volga Migrant Observatory \u2014 Briefing No. 3\n\nWe found that the men were not paid."
    assert detect(text).outlet == "Lower Volga Migrant Observatory"
    text = "Department of Public Information\nPress Release No. 4/2023\n\nThe ministry stated that..."
    assert detect(text).outlet == "Department of Public Information"


def test_byline_outlet_forms() -> None:
    assert detect("Headline here\nBy Ola Brzoza | Kurier Nadmorski\n\nBody.").outlet == "Kurier Nadmorski"
    assert detect("Headline\nBy Ivo Mart, Staff Reporter, Harbour Morning Star\n\nBody.").outlet == (
        "Harbour Morning Star")
    assert detect("Headline\nBy Ivo Mart for Tundra Weekly\n\nBody.").outlet == "Tundra Weekly"
    # a date after the bar is not an outlet
    assert detect("Headline\nBy Ivo Mart | April 2, 2022\n\nBody.").outlet is None


def test_agency_dateline_copyright_and_published_by() -> None:
    assert detect("MUSCAT, Mar 3 (Gulf Pitch Wire) - The squad trained.").outlet == "Gulf Pitch Wire"
    assert detect("Body.\n\n\u00a9 2023 Fictional Freight Ledger").outlet == "Fictional Freight Ledger"
    assert detect("Body.\n\nPublished by Altai Labour Monitor, Barnaul.").outlet == "Altai Labour Monitor"


def test_more_translator_shapes() -> None:
    assert detect("Body.\n\nTranslation: Sun Woo-ri").translator == "Sun Woo-ri"
    assert detect("Body.\n\nEnglish version by Dara Oh.").translator == "Dara Oh"
    assert detect("Body.\n\nTranslated by Dara Oh for Fictional Post.").translator == "Dara Oh"
    dm = detect("Body.\n\nTranslated from Polish by Ewa Lipa.")
    assert (dm.translator, dm.original_language) == ("Ewa Lipa", "pl")
    assert detect("The new version by the ministry was tabled.").translator is None


def test_translator_label_variants() -> None:
    assert detect("Body.\n\nTranslation and editing: Yoon Ha-ri").translator == "Yoon Ha-ri"
    assert detect("Body.\nTranslated by: Ana Rim\n").translator == "Ana Rim"


def test_translator_line_followed_by_a_read_in_note() -> None:
    m = detect("Headline\n\nWorkers were unpaid, a source said.\n\nTranslated by Pyo Min-ji. Read in Korean.\n")
    assert (m.translator, m.original_language) == ("Pyo Min-ji", "ko")
    assert detect("Headline\n\nWorkers were unpaid.\n\nTranslated by J. K. Rhee\n").translator == "J. K. Rhee"


def test_byline_with_the_outlet_after_a_comma() -> None:
    m = detect("Headline\n\nBy Irina Volkova, Khabarovsk Evening Courier\n\nWorkers were unpaid, a source said.\n")
    assert m.outlet == "Khabarovsk Evening Courier"
    assert detect("Headline\n\nBy Irina Volkova, Khabarovsk\n\nWorkers were unpaid, a source said.\n").outlet is None


def test_an_unknown_outlet_named_by_two_kinds_of_cue() -> None:
    text = ("Headline\n\nA trader in Hunchun told Tumen Signal on Friday that the women had no days off.\n\n"
            "Tumen Signal could not confirm the claim independently.\n")
    assert detect(text).outlet == "Tumen Signal"
    once = "Headline\n\nA trader in Hunchun told Pak Ji-hun on Friday that the women had no days off.\n"
    assert detect(once).outlet is None
