"""Speakers and places of supply-chain reports, in our own wording: forum users by username, local officials,
buyers and importers off the record, "Said X:" put first, "continues" as a verb of going on, a researcher's count,
an NGO named after its city, cities that share a name with a smaller town, and photo credits."""

from __future__ import annotations

import pytest

from labourlens.analyse import places
from labourlens.analyse.claim_filters import is_method_line
from labourlens.analyse.editorial_frames import editorial_frame
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import line_kind
from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, META, speaker, speakers_by_opening

BASE = LEAD + "Workers at a crab plant in Dandong are not allowed to leave the compound, a source said.\n\n"


def test_a_forum_user_posting_as_a_username_is_that_named_person() -> None:
    text = BASE + ('A user posting as "SeaGull88" wrote that the factory in Jimo had taken in a busload of women '
                   "who sleep in the cold store annex.")
    assert speaker(text, "busload")[:2] == ("SeaGull88", "named_person")


def test_a_local_official_speaks_for_the_local_government() -> None:
    text = LEAD + ("About 60 workers from Kashgar arrived last week at a toy plant in Ganzhou, a local official said.\n\n"
                   "The official, from the Ganzhou human resources bureau, said the workers came voluntarily.")
    assert speaker(text, "About 60 workers")[1] == "official"
    assert speaker(text, "came voluntarily")[1] == "official"


@pytest.mark.parametrize("who", ["one buyer", "another buyer"])
def test_an_unnamed_buyer_is_a_person(who: str) -> None:
    text = BASE + f'"You cannot get that price with Chinese workers," said {who}.'
    assert speaker(text, "that price")[:2] == (who, "anonymous_source")


def test_a_buyer_named_as_a_brand_stays_the_firm() -> None:
    text = BASE + "The buyer, a Swedish outdoor brand, said it had suspended orders after workers said their passports were held."
    assert speaker(text, "suspended orders")[1] == "organization"


def test_an_importer_off_the_record_is_a_person_and_he_is_that_person() -> None:
    text = BASE + ('Asked about the report, a Chinese foreign ministry spokesperson said that the workers "choose their '
                   'jobs freely."\n\nOne Korean importer, who asked not to be named, said he would ask his supplier. '
                   '"We were never told that the workers came from North Korea," he said.')
    wording, kind, _ = speaker(text, "We were never told")
    assert kind == "anonymous_source" and wording is not None and wording.startswith("One Korean importer")


def test_said_put_first_before_a_colon_gives_its_speaker_and_the_quote_runs_on() -> None:
    text = BASE + ('Said one trader, who sells frozen fish to restaurant chains: "Everyone in this trade knows. The '
                   'North Korean women never complain, because they cannot."')
    found = speakers_by_opening(text, 30)
    assert found['Said one trader, who sells fro'] == ("one trader, who sells frozen fish to restaurant chains", "anonymous_source")
    assert found["The North Korean women never c"][0] == "one trader, who sells frozen fish to restaurant chains"


def test_said_put_first_keeps_the_official_role() -> None:
    text = BASE + ('Said Anton Belov, a spokesman for the regional migration directorate of the Interior Ministry: '
                   '"Holding a foreign worker\'s passport is against the law."')
    assert speaker(text, "Holding a foreign")[1] == "official"


def test_continues_with_a_place_after_it_is_no_speech_cue() -> None:
    text = BASE + ('"Nobody here chose to come," Li Na said in an interview. "They are picked by county cadres, they '
                   'travel with a minder, and their political study continues in the dormitory. A worker who says no '
                   "risks losing her family's welfare payments.\"")
    assert speaker(text, "picked by county cadres")[:2] == ("Li Na", "named_person")
    assert speaker(text, "who says no")[:2] == ("Li Na", "named_person")


def test_continued_after_a_quote_is_still_a_cue() -> None:
    text = BASE + '"The gate is locked at nine," the source continued. "Nobody goes out after that."'
    assert speaker(text, "gate is locked")[1] == "anonymous_source"


def test_a_named_researcher_who_identified_a_count_of_plants_speaks() -> None:
    text = BASE + ("Dr. Ruth Calder, a fellow at the Fictional Institute for Trade, identified at least four plants "
                   "whose own websites show workers arriving by bus.")
    assert speaker(text, "identified at least four")[1] == "named_person"


def test_a_state_body_counting_in_its_own_advisory_is_no_finder() -> None:
    text = LEAD + ("EMBASSY ADVISORY\n\nThe Embassy has recorded 93 complaints from housemaids in Jordan this year. In 58 of "
            "these complaints the worker stated that her passport was kept by the employer.")
    found = speakers_by_opening(text, 30)
    assert found["The Embassy has recorded 93 co"] == (None, "outlet")


@pytest.mark.parametrize("text", ["The Amsterdam NGO Fair Stitch Watch said the women were locked in.",
                                  "The NGO Fair Stitch Watch said the women were locked in."])
def test_an_ngo_named_after_its_descriptor_is_an_organization(text: str) -> None:
    assert speaker(BASE + text, "locked in")[1] == "organization"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Amsterdam-based retailer Klompe said its supplier in Dandong used North Korean workers, U.S. officials said.",
     "Amsterdam", "NL"),
    ("Goods were shipped from Dalian to Rotterdam, where U.S. customs flagged them.", "Rotterdam", "NL"),
    ("A firm in Amsterdam, New York, hired the workers.", "Amsterdam", "US"),
    ("Workers from Kashgar and Aksu arrived by chartered train.", "Aksu", "CN"),
    ("Workers in Aksu, Kazakhstan, were not paid.", "Aksu", "KZ"),
    ("The plant in Wendeng employs 300 women.", "Wendeng", "CN"),
    ("A knitting plant in Huangdao, Qingdao, employs them.", "Huangdao", "CN"),
])
def test_places_by_their_best_known_namesake(text: str, name: str, country: str) -> None:
    assert (name, country) in {(p.text, p.country) for p in places.find(text)}


def test_a_camel_case_name_before_a_town_word_is_a_name() -> None:
    found = {p.text for p in places.find("Workers leave the park in Kano after a shift. Photo: AfriLink Hub archive")}
    assert found == {"Kano"}


@pytest.mark.parametrize("line", [
    "The Yalu River at Dandong, with Sinuiju on the far bank. (Ledger file photo)",
    "(Harbour Dispatch file photo)",
    "Courtesy of the Kestrel Workers Centre",
    "A container used as housing at the farm, Oct. 30. Courtesy of the Kestrel Workers Centre",
])
def test_photo_credits_make_a_caption(line: str) -> None:
    assert line_kind(line) == "caption"


@pytest.mark.parametrize("line", [
    "Workers said the photo (taken in May) showed the dormitory.",
    "He showed a photograph of the dormitory and said the door was locked at night.",
])
def test_sentences_about_photos_are_no_captions(line: str) -> None:
    assert line_kind(line) is None


def test_the_user_after_a_user_posting_as_a_username_is_that_user() -> None:
    text = BASE + ('A user posting as "SeaGull88" wrote that the factory had taken in a busload of women.\n\n'
                   '"They have a minder with them. One of them told my wife they had to sign a paper saying they came '
                   "willingly, but they didn't,\" the user wrote.")
    assert speaker(text, "had to sign")[:2] == ("SeaGull88", "named_person")


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Analysts at Hollis Sourcing", "organization"),
    ("Researchers at the Carrow Institute", "anonymous_source"),  # academics speak as people
    ("Officials at the Ministry of Labour", "official"),
    ("Fenghe management", "organization"),
    ("An analyst at Hollis Sourcing", "anonymous_source"),  # one of them: a person
    ("Workers at the Kestrel Timber yard", "anonymous_source"),
])
def test_staff_of_a_named_body_in_the_plural_speak_for_it(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_firms_management_named_by_the_firm_told_auditors() -> None:
    text = BASE + ("5. Kestrel management told auditors that the workers' identity cards were \"held for registration "
                   "purposes\" and returned on request.")
    assert speaker(text, "identity cards")[:2] == ("Kestrel management", "organization")


@pytest.mark.parametrize("sentence", [
    "Thank you for your letter of 2 September regarding the Dandong Hengfa Garment Factory.",
    "We take these allegations seriously.",
    "Below is the reply we received from Kestrel Outdoor AB, reproduced unedited with the company's permission.",
    "Another source, a trader who supplies packing film to two of the plants, gave a slightly different picture.",
    "A woman who has worked beside them at one compound for two years described the routine.",
])
def test_a_reports_frames_are_no_claims(sentence: str) -> None:
    assert editorial_frame(sentence)
    a = analyse(BASE + sentence, META)
    assert not [c for c in a.claims if c.text.startswith(sentence[:30])]


def test_how_the_reporting_was_done_is_no_claim() -> None:
    sentence = "Over three weeks this reporting team spoke with fourteen people in Donggang, Dandong and Seoul."
    assert is_method_line(sentence)
    a = analyse(BASE + sentence, META)
    assert not [c for c in a.claims if c.text.startswith(sentence[:30])]


@pytest.mark.parametrize("sentence", [
    "We take these allegations seriously, but the workers were paid in full.",
    "A second worker gave a similar account of beatings in the dormitory.",
    "She described the routine of 16-hour shifts and locked gates.",
])
def test_frames_that_carry_a_fact_stay_claims(sentence: str) -> None:
    assert not editorial_frame(sentence)



@pytest.mark.parametrize(("text", "found"), [
    ("DONGGANG, China - At dawn the road along the Dayang River estuary is full of carts.", ("Dayang River", "CN", "other")),
    ("Workers crossed the Yalu River at Dandong.", ("Yalu River", "CN", "other")),
])
def test_a_river_named_like_its_town_is_the_river(text: str, found: tuple[str, str, str]) -> None:
    assert found in {(p.name, p.country, p.level) for p in places.find(text)}


def test_a_towns_name_used_as_a_persons_surname_is_the_person_later_too() -> None:
    text = "The complaint was filed by Danielle Orcutt in Seattle. Orcutt is seeking damages."
    assert {p.text for p in places.find(text)} == {"Seattle"}


def test_a_capital_in_a_title_line_says_nothing_about_surnames() -> None:
    text = ('FAR EAST FILES | Episode 47: "The Camp Past Tynda"\n\nThe camp in Russia\'s Amur region is four hours north '
            "of Tynda by logging road.")
    assert "Tynda" in {p.text for p in places.find(text)}


def test_one_other_name_of_a_country_does_not_move_a_big_city_there() -> None:
    text = ("Amsterdam-based retailer Klompe ended its contract with a supplier in Dandong. Analysts at Hollis Sourcing "
            "estimate that a tenth of the fleece passes through such plants.")
    assert ("Amsterdam", "NL") in {(p.text, p.country) for p in places.find(text)}
