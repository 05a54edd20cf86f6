"""Probes: speakers of a tribunal's case note and of a field report. Parties counted or named by their role in a
case ("The applicants testified", "Two applicants told the court", "Track crews reported"), a group with an '-ed'
adjective ("Four subcontracted workers"), a judge by the court's title and surname ("Justice Moyo held"), the
employer's counsel ("The respondent's counsel, Mr X"), a body's reply under a "Response from X" heading and a named
radio station in apposition. Texts written for these tests; people and firms are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import LEAD, speaker

CASE = LEAD + """The applicants testified that they had been locked in the dormitory at night. Two applicants told the tribunal that a foreman had taken their passports.

The respondent's counsel, Mr Tawanda Sibanda, argued that the men were casual labourers hired by an agent.

Justice Mapfumo held that the deductions from the workers' wages were unlawful.
"""


def test_applicants_are_a_group_of_people() -> None:
    assert speaker(CASE, "locked in the dormitory")[:2] == ("The applicants", "anonymous_source")
    assert speaker(CASE, "had taken their passports")[:2] == ("Two applicants", "anonymous_source")


def test_respondents_counsel_speaks_for_the_employer() -> None:
    assert speaker(CASE, "casual labourers")[1] == "organization"


def test_applicants_counsel_stays_a_person() -> None:
    text = LEAD + "The applicants' counsel, Mr Tawanda Sibanda, argued that the men were locked in at night.\n"
    assert speaker(text, "locked in at night")[1] == "named_person"


def test_judge_by_title_and_surname_is_official() -> None:
    assert speaker(CASE, "deductions from the workers")[:2] == ("Justice Mapfumo", "official")


def test_justice_in_a_group_name_stays_a_body() -> None:
    text = LEAD + "Justice Watch said the men were locked in at night.\n"
    assert speaker(text, "locked in at night")[1] != "official"


def test_crews_and_adjective_groups_are_people() -> None:
    text = LEAD + ("Track crews reported working fourteen hours a day without a day off.\n\n"
                   "Four subcontracted workers, interviewed outside the gate, said their passports were kept by the foreman.\n")
    assert speaker(text, "fourteen hours a day")[:2] == ("Track crews", "anonymous_source")
    assert speaker(text, "passports were kept")[1] == "anonymous_source"


def test_verb_after_a_noun_is_no_group() -> None:
    text = LEAD + "The agency recruited workers said to be owed wages.\n"
    assert speaker(text, "agency recruited")[1] != "anonymous_source"


def test_response_heading_is_no_forum_post() -> None:
    text = LEAD + ("The main contractor is Baltic Northern Engineering (BNE), which hires crews through agents.\n\n"
                   "Response from BNE\nIn a written reply, BNE stated that all passports are held with the workers' consent.\n")
    assert speaker(text, "held with the workers")[:2] == ("BNE", "organization")


def test_forum_reply_header_still_names_a_poster() -> None:
    text = "Forum thread: wages at the Kestrel yard\n\nReply from taiga_bear\nThey kept my passport for a year and paid me nothing.\n"
    assert speaker(text, "kept my passport")[1] == "named_person"


def test_named_radio_station_is_an_outlet() -> None:
    text = LEAD + "Kestrel Voice, a Khabarovsk radio station, reported in July that two loggers had been beaten by guards.\n"
    assert speaker(text, "had been beaten")[1] == "outlet"


def test_document_shown_by_a_described_worker() -> None:
    text = LEAD + "A payslip shown to the Courier by a subcontracted welder for June records 31 days worked in a 30-day month.\n"
    assert speaker(text, "31 days worked")[1] == "document"


def test_voice_on_a_recording_is_a_person() -> None:
    text = LEAD + ("The clip, which the Courier has seen, shows water dripping onto mattresses. A voice off-camera says in "
                   'Russian that the men "have stayed here for four months".\n')
    assert speaker(text, "have stayed here")[:2] == ("A voice off-camera", "anonymous_source")


def test_outlet_named_voice_stays_an_outlet() -> None:
    text = LEAD + "Voice of America reported that the loggers had not been paid since March.\n"
    assert speaker(text, "not been paid since March")[1] == "outlet"


def test_voice_notes_are_no_speaker() -> None:
    text = LEAD + "My sister is a maid in Riyadh. She sends voice notes at night because that is the only time she may hold the phone.\n"
    assert speaker(text, "only time she may hold")[0] != "She sends voice"
