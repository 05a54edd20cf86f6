"""Probes for the classes of miss found when heldout150 (migrant and imported workers in Russia's war economy) was
opened for study (branch diag150). Every text is written for these tests, in our own wording: names, places, outlets
and figures are invented (places and currencies are real); each class has controls that must not change."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, speaker

META = {"published": "2025-06-02", "language": "en"}


def _src(text: str, frag: str) -> tuple[str | None, str | None, str]:
    return speaker(text, frag, META)


# ---------------------------------------------------------------- a first-person account under a pseudonym's note

_ACCOUNT = ("IN THEIR WORDS | as told to the Taiga Monitor\n\n"
            "Pak Chol-min (a pseudonym) cut timber near Tynda for a North Korean company until 2021. He spoke with "
            "the Taiga Monitor in Busan; his account has been shortened.\n\n"
            "We slept twelve to a wagon with no heating.\n\n"
            "Each month the overseer kept most of our wages. Most of it, they said, was sent to Pyongyang.\n\n"
            "Editor's note: the Taiga Monitor could not check every detail of Mr Pak's story.\n")


def test_a_pseudonym_note_with_his_account_gives_the_first_person_text_to_the_witness() -> None:
    wording, kind, key = _src(_ACCOUNT, "twelve to a wagon")
    assert wording is not None and "Pak Chol-min" in wording and kind == "named_person"
    assert _src(_ACCOUNT, "most of our wages")[2] == key


def test_an_aside_crediting_the_bosses_stays_in_the_witness_account() -> None:
    assert _src(_ACCOUNT, "was sent to Pyongyang")[2] == _src(_ACCOUNT, "twelve to a wagon")[2]


def test_a_pseudonym_in_a_news_story_without_an_account_note_keeps_the_usual_reading() -> None:
    text = (LEAD + "Pak Chol-min (a pseudonym) cut timber near Tynda until 2021.\n\n"
            "North Korean loggers at the camp are not paid for months, the Taiga Monitor found.\n")
    assert _src(text, "not paid for months")[0] != "Pak Chol-min"


# ---------------------------------------------------------------- a quotation that opens on "They said:"


def test_a_quotation_opening_on_they_said_belongs_to_the_one_tagged_after_it() -> None:
    text = (LEAD + "Police detained dozens of migrant couriers in Lyubertsy on Friday.\n\n"
            "A Kyrgyz courier who was held overnight told the Oblast Herald that officers drove them to a recruiting "
            "office. \"They said: sign for a year with the army, or you will be expelled from Russia,\" he said.\n\n"
            "Couriers at the depot reportedly earned 2,000 rubles per shift.\n")
    wording, kind, key = _src(text, "sign for a year")
    assert wording == "A Kyrgyz courier who was held overnight" and kind == "anonymous_source"
    assert _src(text, "2,000 rubles per shift")[2] == "OUTLET"


def test_a_forum_header_with_a_username_still_opens_a_post() -> None:
    from labourlens.analyse.forum_posts import post_header

    assert post_header("taiga_rider77 said: the foreman kept our papers") is not None
    assert post_header('"They said: the foreman kept our papers," he said.') is None


# ---------------------------------------------------------------- a channel's readers, senders and replies


def test_readers_who_write_that_speak_as_unnamed_people() -> None:
    m = find_mention("[08:40] Readers write that the landlord at the hostel on Lenina street took their passports.")
    assert m is not None and m.wording == "Readers" and classify(m.wording) == "anonymous_source"


@pytest.mark.parametrize("np", ["Subscribers", "Readers", "Followers"])
def test_an_audience_is_unnamed_people(np: str) -> None:
    assert classify(np) == "anonymous_source"


def test_writing_something_down_is_no_report() -> None:
    assert find_mention("Foremen write down the hours of every crew.") is None


def test_the_he_after_a_sender_goes_back_to_the_sender() -> None:
    text = ("Samara Migrant Line (channel). Posts of 4 May 2025\n\n"
            "[10:02] Readers write that the landlord at the hostel on Lenina street took their passports.\n\n"
            "[11:15] Update: one of the tenants sent us a letter. He says the landlord wants 3,000 rubles to give the "
            "passports back.\n")
    wording, kind, _ = _src(text, "3,000 rubles")
    assert wording == "one of the tenants" and kind == "anonymous_source"
    assert _src(text, "3,000 rubles")[2] != _src(text, "took their passports")[2]


def test_a_body_that_sent_a_statement_is_left_to_the_other_rules() -> None:
    from labourlens.analyse.sent_messages import sent_message

    assert sent_message("The ministry sent us a statement.") is None
    assert sent_message("One of the tenants sent us a letter.") is not None


def test_a_reply_received_from_a_hostel_administration_is_the_hostel_s() -> None:
    m = find_mention('[15:30] From the administration of the hostel we received a reply: "Nobody keeps passports here.')
    assert m is not None and m.wording == "the administration of the hostel"
    assert classify(m.wording) == "organization"


@pytest.mark.parametrize("np,kind", [("the administration of the factory", "organization"),
                                     ("the hostel's administration", "organization"),
                                     ("the administration of the region", "official"),
                                     ("the city administration", "official")])
def test_the_administration_of_a_workplace_is_the_firm(np: str, kind: str) -> None:
    assert classify(np) == kind


# ---------------------------------------------------------------- counsel for a firm given by a short name


def test_counsel_for_a_firm_written_in_full_with_its_legal_form_is_the_firm() -> None:
    text = ("Tatar Court Bulletin\n\nCase: Ruwan Silva and 8 others v. Volgatex Garments LLC\n\n"
            "The claimants, nine men from Sri Lanka, say they were not paid for four months.\n\n"
            "Counsel for Volgatex, Pavel Ignatov, denied that the men were ever locked in. \"Every worker has a key,\" "
            "he said.\n")
    wording, kind, _ = _src(text, "ever locked in")
    assert wording is not None and "Pavel Ignatov" in wording and kind == "organization"


def test_counsel_for_a_person_stays_a_person() -> None:
    text = ("Tatar Court Bulletin\n\nCase: Ruwan Silva v. Anvar Petrov\n\n"
            "The claimant, a welder from Sri Lanka, says he was not paid for four months.\n\n"
            "Counsel for Petrov, Pavel Ignatov, denied that the welder was ever locked in.\n")
    assert _src(text, "ever locked in")[1] == "named_person"


# ---------------------------------------------------------------- a recording's "he says" with no comma


def test_in_the_video_he_says_without_a_comma_is_the_man_in_the_video() -> None:
    m = find_mention("In the recording she says her employer took her phone.")
    assert m is not None and m.wording == "she"


def test_in_the_video_with_a_third_person_subject_is_no_mention() -> None:
    assert find_mention("In the video the men are standing outside a locked gate.") is None


# ---------------------------------------------------------------- papers seen by the page, with a long subject


def test_papers_with_a_long_subject_seen_by_the_page_show_what_they_show() -> None:
    m = find_mention("Pay slips for March issued to nine welders at a shipyard near Vyborg, seen by the Baltic Courier, "
                     "show deductions of 20,000 rubles a month.")
    assert m is not None and m.wording.startswith("Pay slips") and classify(m.wording) == "document"


def test_people_seen_by_a_reporter_are_no_papers() -> None:
    m = find_mention("Workers from the yard near Vyborg, seen by our reporter, show bruises on their arms.")
    assert m is None or classify(m.wording) != "document"


# ---------------------------------------------------------------- a group citing its own interviews


def test_a_group_citing_its_own_interviews_speaks() -> None:
    m = find_mention("Kenyan women sent to a Tatarstan plant were charged $3,000 each, a migrant-rights group said on "
                     "Monday, citing interviews with five of the women.")
    assert m is not None and m.wording == "a migrant-rights group"


def test_a_group_citing_a_person_gives_the_person() -> None:
    m = find_mention("Kenyan women sent to a Tatarstan plant were charged $3,000 each, a migrant-rights group said on "
                     "Monday, citing a former recruiter.")
    assert m is not None and m.wording == "a former recruiter"


def test_pipeline_runs_on_the_account() -> None:
    assert analyse(_ACCOUNT, META).claims


def test_the_seen_papers_shape_cuts_the_subject_before_its_clause() -> None:
    from labourlens.analyse.seen_documents import seen_document

    m = seen_document("Payslips for May and June given to six Kazakh drivers at a depot on the edge of Omsk, seen by "
                      "the Irtysh Herald, show net pay of 18,000 rubles.")
    assert m is not None and m.wording == "Payslips" and m.cue == "show"
    assert seen_document("Payslips seen by the Irtysh Herald show net pay of 18,000 rubles.") is None


# ---------------------------------------------------------------- South Asian newspaper words in a masthead


@pytest.mark.parametrize("name", ["Terai Saptahik", "Gandaki Dainik"])
def test_a_masthead_ending_in_a_south_asian_newspaper_word_is_the_outlet(name: str) -> None:
    text = (f"{name}\n\nWorkers from Pokhara say recruiters kept their passports in Kazan\n\n"
            "Translated from Nepali by Rojina Bhattarai\n\n"
            "POKHARA — Five men from the district who paid an agent for jobs in Russia say their passports were "
            "taken on arrival, their families say.\n")
    assert analyse(text, {"language": "en"}).meta.outlet == name


def test_a_headline_line_is_still_no_masthead() -> None:
    text = ("Workers from Pokhara say recruiters kept their passports\n\n"
            "POKHARA — Five men from the district who paid an agent for jobs in Russia say their passports were "
            "taken on arrival.\n")
    assert analyse(text, {"language": "en"}).meta.outlet is None
