"""Probes for the forty-eighth session's study of heldout426 (migrant workers in electronics, glove and garment plants in
Malaysia, Thailand and Taiwan): a Malaysian parliamentary record's turns (the seat or the office holder in square
brackets, Malay forms of address), an audit's coded findings ("F1.") as list items under a lead-in, holiday work paid at
the ordinary rate or without the holiday rate, and Taoyuan's districts.
Every text is invented for the test: fictional people, firms and outlets, real places."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, indicators, speaker

# a record in the shape of Malaysia's: the question, the minister's answer under her post with her name in square
# brackets, members by name with their seat in square brackets
RECORD = (
    "DEWAN RAKYAT\n"
    "Oral answers to questions\n\n"
    "Tuan Hakim Osman [Kuala Langat] asked the Minister of Human Resources how many employers held workers' passports.\n\n"
    "The Deputy Minister of Human Resources [Puan Norliza Hashim]: Tuan Yang di-Pertua, inspectors found 140 employers "
    "keeping foreign workers' passports in Negeri Sembilan last year.\n\n"
    "Tuan Hakim Osman [Kuala Langat]: Supplementary question. It is alleged that cleaners at a hospital contractor in my "
    "seat are locked in their hostel at night. Will the ministry act?\n\n"
    "Puan Norliza Hashim: The department has not received any complaint about that contractor.\n\n"
    "Datuk Seri Ramlan Yusof [Kemaman]: Supplementary question. In my seat, boat owners keep the wages of Myanmar "
    "fishermen for six months at a time.\n"
)


def test_minister_named_in_square_brackets_answers_in_office() -> None:
    assert speaker(RECORD, "inspectors found 140 employers")[:2] == ("Puan Norliza Hashim", "official")


def test_member_with_seat_in_square_brackets_speaks_his_turn() -> None:
    assert speaker(RECORD, "locked in their hostel")[:2] == ("Tuan Hakim Osman", "named_person")


def test_minister_later_by_name_alone_is_the_same_speaker() -> None:
    first = speaker(RECORD, "inspectors found 140 employers")[2]
    assert speaker(RECORD, "not received any complaint")[2] == first


def test_datuk_seri_is_a_form_of_address_before_a_member() -> None:
    assert speaker(RECORD, "keep the wages")[:2] == ("Datuk Seri Ramlan Yusof", "named_person")


AUDIT = (
    "The Harbour Post has obtained an internal audit of Kestrel Metals Sdn Bhd, carried out at its plant in Penang, "
    "Malaysia.\n\n"
    "The audit lists these findings:\n\n"
    "F1. Thirty of 40 foreign workers interviewed paid recruitment fees in their home countries.\n"
    "F2. Passports of 90 workers were found in a locked drawer in the HR office.\n"
    "F3. Fire exits in the hostel were blocked by stored boxes.\n\n"
    "Kestrel Metals did not reply to questions.\n"
)


def test_coded_findings_under_a_lead_in_are_the_audits() -> None:
    assert speaker(AUDIT, "Passports of 90 workers")[:2] == ("The audit", "document")
    assert speaker(AUDIT, "Fire exits in the hostel")[:2] == ("The audit", "document")


def test_holiday_work_at_the_ordinary_rate_is_wage_withholding() -> None:
    assert "withholding_of_wages" in indicators(
        "Payslips show that work on rest days is counted at the normal rate rather than the holiday rate.")


def test_holiday_work_without_the_holiday_rate_is_wage_withholding() -> None:
    assert "withholding_of_wages" in indicators(
        "The packing crew worked through public holidays without the holiday rate.")


def _places(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in analyse(text, META).places}


def test_taoyuan_district_written_with_district() -> None:
    places = _places("Vietnamese workers at a keyboard plant in Yangmei District, Taoyuan, said the broker kept "
                     "their residence cards.")
    assert ("Yangmei District", "TW") in places


def test_taoyuan_district_written_alone() -> None:
    assert ("Luzhu District", "TW") in _places(
        "Indonesian workers in Luzhu said their broker took NT$1,800 a month from their pay.")
