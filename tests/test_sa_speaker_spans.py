"""SA: speaker phrases of the right length, and the members and units that speak for themselves (all texts
invented for these tests)."""

from __future__ import annotations

import pytest

from attribution_helpers import who
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speaker_spans import appositive_tag, swallowed_verb
from labourlens.analyse.speakers import Mention, classify


@pytest.mark.parametrize("text, speaker", [
    ("The cooks, employed by Baltic Galley Ltd on river cruises out of Szczecin, told inspectors they had "
     "asked for their passports twice.", "The cooks, employed by Baltic Galley Ltd on river cruises out of Szczecin"),
    ("The pickers, employed by a farm near Huelva, told the union they were never paid for Sundays.",
     "The pickers, employed by a farm near Huelva"),
    ("Two drivers, hired through an agency in Almaty, told reporters they had slept in their cabs.",
     "Two drivers, hired through an agency in Almaty"),
])
def test_the_speaker_stops_before_its_reporting_verb(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker and m.cue == "told"


def test_swallowed_verb_leaves_a_plain_speaker_alone() -> None:
    m = Mention("The cooks", 0, 9, "said")
    assert swallowed_verb(m) is m
    cut = swallowed_verb(Mention("The cooks, hired in Lodz, told the union they", 0, 45, "ask"))
    assert cut.wording == "The cooks, hired in Lodz" and cut.cue == "told"


@pytest.mark.parametrize("text, speaker", [
    ('"The boss keeps our papers in his car," one of the drivers, a 31-year-old from Osh, told us.',
     "one of the drivers"),
    ('"We never saw a payslip," one of the cooks, a woman from Cebu, said.', "one of the cooks"),
    ('"They locked the gate at nine," one picker, a 40-year-old from Tetouan, said on Friday.', "one picker"),
    ('"Nobody asked us," another of the masons, who came from Dakar in 2021, told the paper.',
     "another of the masons"),
])
def test_a_member_named_after_a_quote_with_an_apposition_speaks(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker and m.direct


def test_no_apposition_tag_without_a_reporting_verb() -> None:
    assert appositive_tag('"We were fine," one of the cooks, a woman from Cebu, smiled.') is None
    assert appositive_tag("One of the cooks, a woman from Cebu, said the gate was locked.") is None


def test_a_member_after_a_quote_is_not_the_group() -> None:
    text = ("The welders, employed by Kestrel Marine on a yard in Gdynia, told inspectors they had asked for "
            "their documents several times.\n\n"
            '"I wanted to visit my brother in Hamburg, but the boss said no passport, no travel," one of the '
            "welders, a 33-year-old from Hai Phong, told the paper.")
    group, member = who(text, "asked for their documents"), who(text, "visit my brother")
    assert group is not None and member is not None and group.key != member.key
    assert member.wording == "one of the welders"


@pytest.mark.parametrize("np, kind", [
    ("the inspectorate's Poznan branch", "official"),
    ("the ministry's regional branch", "official"),
    ("the company's Dubai office", "organization"),
    ("the factory's HR department", "organization"),
    ("the inspection protocol", "document"),
    ("the protocol", "document"),
])
def test_units_and_protocols_take_their_kind(np: str, kind: str) -> None:
    assert classify(np) == kind


def test_a_unit_named_at_the_end_of_a_long_sentence_speaks() -> None:
    text = ("The labour inspectorate has fined a cannery 20,000 zloty after inspectors found the passports of "
            "nine workers from Nepal in a locked drawer, the inspectorate's Olsztyn branch said on Tuesday.")
    src = who(text, "locked drawer")
    assert src is not None and src.kind == "official" and "Olsztyn branch" in (src.wording or "")


def test_a_protocol_cited_in_the_middle_of_a_sentence_speaks() -> None:
    text = ("According to the inspection protocol, seen by this newspaper, the men worked 290 hours in May. "
            "The men are paid 26 zloty an hour, the protocol says, out of which 900 zloty go to the hostel.")
    first, second = who(text, "290 hours"), who(text, "26 zloty")
    assert first is not None and first.kind == "document" and second is not None and second.key == first.key


@pytest.mark.parametrize("text, body", [
    ("Coders in Harbin work under borrowed names, according to a security firm and two people who hired them.",
     "a security firm"),
    ("The crews were not paid, according to a rights group and three former workers.", "a rights group"),
    ("The crews were not paid, according to Harbour Rights Monitor and two former workers.", "Harbour Rights Monitor"),
])
def test_a_body_named_with_people_is_the_body(text: str, body: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == body and classify(m.wording) == "organization"


@pytest.mark.parametrize("text", [
    "The crews were not paid, according to two Kazakh drivers and a former camp cook.",
    "The crews were not paid, according to a driver and two cooks who worked at the camp.",
    "Wages were withheld, a union official and three drivers told the paper.",
])
def test_people_named_with_people_stay_one_group(text: str) -> None:
    m = find_mention(text)
    assert m is not None and " and " in m.wording


def test_a_trade_apposition_makes_a_member_a_person() -> None:
    assert classify("one of the subcontractors, a plumber") == "anonymous_source"
    assert classify("one of the contractors, an electrician from Kazan") == "anonymous_source"
    assert classify("one of the suppliers, a textile firm in Wuxi") == "organization"


def test_he_after_a_member_quote_is_the_member_not_the_group() -> None:
    text = ("Uzbek masons on a hotel site in Kazan work sixteen-hour shifts, according to two Russian "
            "subcontractors and a former site cook.\n\n"
            "The men arrived on tourist visas, said one of the subcontractors, a plumber who asked not to be named. "
            '"They never see daylight," he said.')
    member, quote = who(text, "tourist visas"), who(text, "never see daylight")
    assert member is not None and quote is not None and quote.key == member.key
    assert member.kind == "anonymous_source" and (member.wording or "").startswith("one of the subcontractors")


def test_she_after_a_named_firm_researcher_is_that_person() -> None:
    text = ("Coders in Harbin work under borrowed names, according to a security firm and two people who hired them.\n\n"
            '"The handlers own the accounts," said Lena Brandt, the firm\'s head of research. She said each coder '
            "had to bring in $4,000 a month.")
    first, she = who(text, "handlers own"), who(text, "bring in $4,000")
    assert first is not None and she is not None and she.key == first.key


@pytest.mark.parametrize("intro", [
    "I met a Filipino scaffolder, Jomar Reyes, who spent a year on a tower in Lusail.",
    "Our reporter spoke to a Kenyan housemaid, Achieng Otieno, outside the embassy.",
])
def test_a_trade_named_in_apposition_is_that_named_person(intro: str) -> None:
    name = "Jomar Reyes" if "Jomar" in intro else "Achieng Otieno"
    surname = name.split()[1]
    text = (f"{intro} He told me the passports were in the office safe.\n\n"
            f"{surname} said the pay was 900 riyals a month.")
    he, later = who(text, "office safe"), who(text, "900 riyals")
    assert he is not None and later is not None and he.key == later.key
    assert he.kind == "named_person" and name in (he.wording or "")


@pytest.mark.parametrize("trade", ["scaffolders", "pipefitters", "tile-fitters", "steel fixers", "housemaids",
                                   "caregivers", "programmers", "parents"])
def test_trades_unseen_before_are_people(trade: str) -> None:
    assert classify(f"Nepali {trade}") == "anonymous_source"
    assert classify(f"Several {trade} at the site") == "anonymous_source"


@pytest.mark.parametrize("text, speaker", [
    ('"The line never stops," said a Kazakh crane operator who spoke on condition of anonymity because he '
     "feared losing his job.", "a Kazakh crane operator"),
    ('"We sleep in the van," said a delivery rider who asked not to be named for fear of losing his permit.',
     "a delivery rider"),
    ('"Nobody gets a day off," said one cleaner, fearing reprisals from the agency.', "one cleaner"),
])
def test_a_tag_with_a_reason_clause_keeps_the_person(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker and m.direct


def test_a_reason_clause_alone_names_nobody() -> None:
    from labourlens.analyse.speaker_spans import tag_person

    assert tag_person("a forklift driver who asked not to be named") is None  # no reason clause: left as it was
    assert tag_person("the weather because it rained") is None


@pytest.mark.parametrize("text, code", [
    ('"If we complained, the leader said our families would suffer," Worker A said in a sworn declaration '
     "filed with the lawsuit in March.", "Worker A"),
    ('"We slept on the cutting tables," Interviewee 7 told researchers in a long interview in Busan last spring.',
     "Interviewee 7"),
    ('"Nobody paid us for overtime," said Respondent 12.', "Respondent 12"),
])
def test_a_person_known_by_a_report_code_speaks_after_a_quote(text: str, code: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == code and m.direct


def test_a_code_word_alone_is_not_a_speaker() -> None:
    from labourlens.analyse.speaker_spans import coded_person

    assert coded_person("Worker A said") == "Worker A"
    assert coded_person("Workers said") is None and coded_person("the worker") is None


def test_a_document_showing_a_coded_person_account_gives_the_person() -> None:
    text = ('Court filings show that one plaintiff, identified only as "Worker C", described sewing from 7 a.m. '
            'to midnight. "We could not refuse the night shift," Worker C said in a sworn statement filed in May.')
    first, quote = who(text, "sewing from 7 a.m."), who(text, "night shift")
    assert first is not None and quote is not None and first.key == quote.key and first.wording == "Worker C"


def test_a_document_showing_facts_stays_the_document() -> None:
    m = find_mention("Court documents show that one plaintiff worked at the line from 6 a.m.")
    assert m is not None and m.wording == "Court documents"


@pytest.mark.parametrize("text, speaker", [
    ('A Nepali cook at one of the camps told me the gate is locked at night, "for security, the boss says."',
     "A Nepali cook at one of the camps"),
    ('The driver told investigators the men sleep in the truck, "because the company says so."', "The driver"),
])
def test_a_tag_inside_a_quotation_does_not_replace_the_main_speaker(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("text, speaker", [
    ('In practice, as one bookkeeper put it to me, "the money goes north in one transfer."', "one bookkeeper"),
    ("But as a former cook put it, the kitchen never closed.", "a former cook"),
])
def test_as_someone_put_it_after_a_lead_word(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker


def test_a_quoted_tag_alone_keeps_its_speaker() -> None:
    m = find_mention('"The doors are chained at night," the manager says.')
    assert m is not None and m.wording == "the manager"
    assert find_mention("In Doha, as elsewhere, the workers live in camps.") is None


@pytest.mark.parametrize("text, speaker", [
    ("The men told inspectors they had been promised 300 dollars each.", "The men"),
    ("The women told shelter staff they were locked in after nine.", "The women"),
    ("Two cooks told doctors at the clinic that they had not eaten for two days.", "Two cooks"),
    ("The fishermen told aid workers the captain kept their papers.", "The fishermen"),
])
def test_people_who_told_an_audience_of_officials_or_helpers_speak(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker and m.cue == "told"
