"""Outlet names that transfer to unseen pages: the masthead's full printed name over a short
own-voice form ("The Monitor could not verify" under "Weekly Labour Monitor | News"), a broadcast
transcript's outlet after its programme ('TRANSCRIPT — "Night Desk", Radio Kestrel, broadcast ...'),
an all-capitals podcast or newsletter masthead that names its genre ("LANTERN HOUR — Podcast
transcript"), and an edition ending kept when the short form is a place ("Tomsk Online").
Pages written for these tests with invented outlets."""

from __future__ import annotations

import pytest

from labourlens.analyse import meta, outlet_forms


def _outlet(text: str) -> str | None:
    return meta.detect(text, None, {}).outlet


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Weekly Labour Monitor | Investigations | Share\n\nCrews at a Tomsk site were unpaid\n\n"
         "Builders said they had not been paid since May. The Monitor could not verify their account.\n\n"
         "The Monitor has asked the firm for comment.", "Weekly Labour Monitor"),
        ("Women in Trade Journal — Voices series\n\nA seamstress from Hunchun describes her work.\n\n"
         "(Trade Journal was unable to verify the account independently.) Trade Journal could not reach the plant.",
         "Women in Trade Journal"),
    ],
)
def test_a_short_own_voice_name_takes_the_masthead_form(text: str, outlet: str) -> None:
    assert _outlet(text) == outlet


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("The Herald", "Home | Local\n\n© 2024 Baltic Coast Herald. All rights reserved.", "Baltic Coast Herald"),
        ("The Ledger", "By Tran Linh, Delta Ledger | 3 May 2025\n\nBody text.", "Delta Ledger"),
        ("The Ledger", "Crews in Phnom Penh\n\nThe Ledger could not verify the posts.", "The Ledger"),
        ("The Herald", "Story text.\n\nHe used to read the Glasgow Herald in the mornings.", "The Herald"),
        ("The Courier", "Copyright Amur Courier 2023", "Amur Courier"),
    ],
)
def test_masthead_form(name: str, text: str, expected: str) -> None:
    assert outlet_forms.masthead_form(name, text, "own_check") == expected


def test_a_name_from_the_header_is_kept_as_it_is() -> None:
    assert outlet_forms.masthead_form("Monitor", "Weekly Labour Monitor | News", "header") == "Monitor"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('TRANSCRIPT — "Night Desk", Radio Kestrel, broadcast 4 March 2025\n\nHOST: Good evening.', "Radio Kestrel"),
        ('TRANSCRIPT - "Morning Line", Channel 5 Eastern, 07:00 broadcast\n\nANCHOR: Welcome.', "Channel 5 Eastern"),
        ('Transcript | Programme: "Open Line", Radio Taiga (Omsk), call-in segment on wages\n\nCALLER: Hello.',
         "Radio Taiga"),
    ],
)
def test_a_transcript_names_its_outlet_after_the_programme(text: str, outlet: str) -> None:
    assert _outlet(text) == outlet


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("LANTERN HOUR — Podcast transcript, episode 9\n\nHOST [Ana Ruiz]: Welcome back.", "Lantern Hour"),
        ("NORTHERN TRADE BRIEF — Q&A\n\n\"We pay on time\": a factory manager answers.", "Northern Trade Brief"),
        ("RIVER NEWS NETWORK (English excerpt) / Port news\n\nCrew dispute on a trawler.", "River News Network"),
        ("THE NIGHT SHIFT — a podcast about work far from home\n\nHOST: Hello.", "The Night Shift"),
    ],
)
def test_an_all_capitals_masthead_that_names_its_genre(text: str, outlet: str) -> None:
    assert (_outlet(text) or "").lower() == outlet.lower()


@pytest.mark.parametrize(
    "text",
    [
        "HARBOUR BRIEF — Tanker traffic, week 12\n\nBulk carriers called at Yantai this week.",
        "NORTH KOREA — Interview with a defector\n\nShe left in 2019.",
        "BREAKING NEWS — Fire at a plant\n\nA fire broke out.",
    ],
)
def test_section_headings_and_places_in_capitals_are_no_masthead(text: str) -> None:
    assert outlet_forms.header_votes(text) == []


def test_an_edition_ending_stays_when_the_short_form_is_a_place() -> None:
    text = ("Tomsk Online | Tomsk Oblast | 3 May 2024\n\nBuilders in Tomsk say they are unpaid.\n\n"
            "Workers in Tomsk told Tomsk Online that the firm kept their passports.")
    assert _outlet(text) == "Tomsk Online"


@pytest.mark.parametrize(
    ("text", "translator"),
    [
        ("Amur Weekly\n\nShe worked in Tomsk until 2020. Interview translated from Korean by Min Ji-ho.\n\nQ: Pay?",
         "Min Ji-ho"),
        ("[Harbour Asia partner content] Translated from Japanese by Aoki Ren. The original ran in Osaka.", "Aoki Ren"),
        ("Consulate statement, 3 May 2021. Unofficial English translation from Russian by Taiga Monitor.\n\nText.",
         "Taiga Monitor"),
        ("丹东 | Yalu Evening (translated from Chinese; translator: Zhou Lan)\n\nA seafood firm says...", "Zhou Lan"),
    ],
)
def test_translator_credits_in_more_shapes(text: str, translator: str) -> None:
    assert meta.detect(text, None, {}).translator == translator


@pytest.mark.parametrize(
    "text",
    [
        "The report was translated into several languages, the group said.",
        "Her memoir, translated from Korean, sold well in Seoul.",
        "Translation services cost 20 dollars a page in Dandong.",
    ],
)
def test_no_translator_named(text: str) -> None:
    assert meta.detect(text, None, {}).translator is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('Excerpt from: "Locked Rooms", a briefing on care workers in Oman\nGulf Labour Collective, 2024\n\n'
         "Section 3: What the women said\n\nMost of the women worked seven days a week.", "Gulf Labour Collective"),
        ("Borrowed Names: remote coders abroad\nTern Policy Group — Working Paper 4 (excerpt)\n\n2.1 Housing\n\n"
         "The coders lived in flats rented by a broker.", "Tern Policy Group"),
        ("Briefing note | Cleaners in Doha\n\nKey points\n\n- Our hotline received 90 calls.\n\n"
         "Recommendations follow.\n\nHelping Hands Worker Network, Doha office, May 2025\n", "Helping Hands Worker Network"),
        ("Home / News / Khabarovsk\n\nBuilders sleep on the tenth floor\n\nThe Taiga Courier, 3 May 2024. Translated from "
         "Russian by Olga Petrova.\n\nResidents complain of noise.", "The Taiga Courier"),
        ('Steppe Labour Review 12(2), 2024 — excerpt from "Bricks and Debts"\n\n4.1 Wages\n\nCrews were paid late.',
         "Steppe Labour Review"),
    ],
)
def test_a_credit_line_with_a_date_or_a_genre(text: str, outlet: str) -> None:
    assert _outlet(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait City, 3 May 2025\n\nCleaners said they were not paid.",
        "By Anna Lee, Staff Reporter, 3 May 2025\n\nBody text.",
        "Body text about a camp.\n\nPosted in Tomsk, 12 March 2024\n",
    ],
)
def test_datelines_and_bylines_are_no_credit_line(text: str) -> None:
    assert outlet_forms.credit_votes(text) == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("ANGOLA — Masons still on Luanda sites\n\n[Source: Coastline Newswire, via Savanna Labour Brief]\n\n"
         "Dozens of masons are still building villas.", "Savanna Labour Brief"),
        ("Crews unpaid in Doha\n\n(Source: Harbour Wire, via Gulf Jobs Digest)\n\nThe crews said they were unpaid.",
         "Gulf Jobs Digest"),
        ("STEPPE LABOUR BRIEF | Weekly digest of labour news | Issue 40\n\nMONGOLIA — Builders unpaid\n\n"
         "Builders in Darkhan said they were unpaid, the paper said.", "Steppe Labour Brief"),
    ],
)
def test_the_reposting_page_is_the_outlet(text: str, outlet: str) -> None:
    assert (_outlet(text) or "").lower() == outlet.lower()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Radio Kestrel Korean | 2026-04-28 | Translated by Paul Yoon\n\nBuilders in Ulaanbaatar are unpaid.", "ko"),
        ("Steppe Voice Russian — 3 May 2025 — Translated by Anna Berg\n\nLoggers near Tynda were unpaid.", "ru"),
        ("THE FRONTIER NOTEBOOK\n\nI have translated the Korean version of a news item because the English one is "
         "shorter. My translation follows.", "ko"),
        ("Workers' Voices\n\nLi Mei, 40, sewed coats in Dandong. This interview took place in Chinese in 2022 and has "
         "been translated and shortened.\n\nQ: Your hours?", "zh"),
    ],
)
def test_the_original_language_in_more_shapes(text: str, language: str) -> None:
    assert meta.detect(text, None, {}).original_language == language


@pytest.mark.parametrize(
    "text",
    [
        "North Korean workers | Society\n\nThe report was translated into English by Anna Berg.",
        "Harbour Weekly\n\nShe spoke in English with our reporter. Nothing was translated.",
        "Amur Notes\n\nThe interview took place in Korean in Seoul.",
    ],
)
def test_no_original_language_named(text: str) -> None:
    assert meta.detect(text, None, {}).original_language is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Crews unpaid at a Tomsk site\n\nBuilders said they were unpaid.\n\n[Editor's note, The Harbour Desk: the firm "
         "did not answer.]", "The Harbour Desk"),
        ("Loggers near Tynda\n\nLoggers said their passports were held.\n\nTaiga Labour Monitor adds: customs data show "
         "more crews.", "Taiga Labour Monitor"),
    ],
)
def test_the_outlets_own_note_on_a_report(text: str, outlet: str) -> None:
    assert outlet_forms.note_votes(text)[0][0] == outlet


@pytest.mark.parametrize(
    "text",
    [
        "PRESS RELEASE\n\nThe embassy rejects the so-called report.\n\n[Editor's note, The Harbour Desk: it answers a "
        "report by a rights group.]",
        "STATEMENT\nKestrel Foods Ltd\n\nWe employ no foreign workers.\n\nTaiga Labour Monitor adds: customs data differ.",
    ],
)
def test_a_reprinted_statement_keeps_its_issuer(text: str) -> None:
    assert outlet_forms.note_votes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Body of a digest item.\n\n[Digest note: the amounts were not verified.]",
        "Q: And the pay?\n\nHe adds: the pay was late.",
    ],
)
def test_a_note_without_a_name_names_no_outlet(text: str) -> None:
    assert outlet_forms.note_votes(text) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("National Daily", None),  # not The National
        ("Reuters Daily", None),
        ("Yonhap News Agency (Seoul)", "Yonhap"),
        ("Daily NK English", "Daily NK"),
        ("Reuters Television", "Reuters"),
        ("Guardian Australia", "The Guardian"),
    ],
)
def test_a_known_one_word_outlet_before_a_publications_word_is_another_name(name: str, expected: str | None) -> None:
    from labourlens.analyse import outlets

    found = outlets.resolve(name)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("HARBOUR DAILY (Dalian) — Business\n\nA seafood plant hired more workers, the paper said.", "Harbour Daily"),
        ("STEPPE TIMES (Ulaanbaatar) — Society\n\nBuilders said they were unpaid.", "Steppe Times"),
    ],
)
def test_an_all_capitals_masthead_with_its_city(text: str, outlet: str) -> None:
    assert (_outlet(text) or "").lower() == outlet.lower()
