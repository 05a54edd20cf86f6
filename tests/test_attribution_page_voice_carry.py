"""Page voice against a named source: a text that is itself an audit report (a heading such as "SOCIAL
COMPLIANCE AUDIT - SUMMARY OF FINDINGS" over the audit's numbered findings) speaks as the audit in its own
sentences, as a company's statement speaks as the statement; news about an audit keeps its page voice (all
texts fictional, written for these tests)."""

from __future__ import annotations

import pytest

from attribution_helpers import who
from labourlens.analyse.document_voice import document_voice

_AUDITS = [
    ("ETHICAL TRADE AUDIT - SUMMARY OF FINDINGS\nSite: Lotus Bay Garments Ltd, Chittagong, Bangladesh\n"
     "Audit firm: Meridian Assurance | Date: 4 March 2024\n\n"
     "1. Employment. The site employs 230 workers, of whom 41 were hired through a labour broker in Dhaka.\n\n"
     "2. Wages. The audit found that the brokered workers are paid a month late. Pay slips show deductions for a "
     "recruitment fee. Major finding.\n\n"
     "3. Movement. The hostel gate is locked at night and the key is kept by a supervisor. Zero Tolerance.\n",
     "The hostel gate is locked"),
    ("Social Compliance Audit Report\nFacility: Green Reed Foods, Samut Sakhon, Thailand\n"
     "Auditor: Northstar Verification\n\n"
     "Findings\n\nMigrant workers from Myanmar make up most of the processing line. Their identity documents are "
     "held by the line supervisor. The audit found no written contracts in Burmese.\n",
     "Their identity documents are held"),
    ("SUPPLIER AUDIT: EXECUTIVE SUMMARY\nFacility: Redwood Timber Works, Kaunas, Lithuania\nAudit type: unannounced\n\n"
     "Overtime reached 80 hours a month in the peak season. The audit found that workers from Belarus were housed "
     "in containers behind the sawmill. Wages are paid in cash without a payslip.\n",
     "Wages are paid in cash"),
    ("AUDIT REPORT\nSite: Harbour Star Seafood Co., Ltd., Mombasa, Kenya\nAudit date: 2 May 2023\n\n"
     "1. Hours. Workers start at 5 a.m. and finish after 8 p.m. during the tuna season.\n\n"
     "2. Documents. The audit found that passports of the contract workers are kept in the manager's safe.\n",
     "Workers start at 5 a.m."),
]


@pytest.mark.parametrize("text, fragment", _AUDITS)
def test_an_audit_report_speaks_as_the_audit_in_its_own_sentences(text: str, fragment: str) -> None:
    voice = document_voice(text)
    assert voice is not None and voice.wording == "The audit" and voice.speaker_kind == "document"
    src = who(text, fragment)
    assert src is not None and src.kind == "document" and src.wording == "The audit"


def test_the_audit_named_again_is_the_same_voice() -> None:
    text, _ = _AUDITS[0]
    a, b = who(text, "The hostel gate"), who(text, "brokered workers are paid")
    assert a is not None and b is not None and a.key == b.key


def test_a_manager_quoted_in_an_audit_keeps_his_own_voice() -> None:
    text = _AUDITS[3][0] + "\nManagement response: The general manager said the safe is only for safekeeping.\n"
    src = who(text, "only for safekeeping")
    assert src is not None and src.wording != "The audit"


@pytest.mark.parametrize("text", [
    # news about an audit: the page keeps its own voice
    "Audit finds locked dormitories at Kenyan tuna plant\n\nBy Mary Otieno\n\nMOMBASA - An audit of Harbour Star "
    "Seafood found that passports were kept in the manager's safe. Workers start at 5 a.m., the audit said.\n",
    # a dossier that summarises somebody else's audit under its own heading
    "SUPPLIER RISK DOSSIER | INTERNAL\nSummary of the third-party social audit\n\nThe audit was carried out by "
    "Meridian Assurance. Auditors found 40 workers from Nepal on the packing line.\n",
    # an email forwarding an audit summary
    "From: Sourcing Desk\nSubject: FW: audit summary - Kaunas sawmill\n\nTeam - key points below.\n\n"
    "Overtime reached 80 hours a month.\n",
    # a report on audits in general
    "Why factory audits miss forced labour\n\nAudits are announced weeks ahead, researchers say.\n",
])
def test_other_pages_about_audits_are_not_an_audit_report(text: str) -> None:
    voice = document_voice(text)
    assert voice is None or voice.wording != "The audit"


@pytest.mark.parametrize("record", ["Time records show", "Payroll and attendance records show", "Gate logs show",
                                    "The timesheets show"])
def test_the_site_records_an_audit_read_are_its_findings(record: str) -> None:
    text = ("SOCIAL AUDIT - KEY FINDINGS\nFacility: Amber Coast Knitwear, Tirupur, India\nAudit type: announced\n\n"
            f"1. Hours. {record} 72 working hours a week for the hostel workers in March. Major finding.\n")
    src = who(text, "72 working hours")
    assert src is not None and src.wording == "The audit"


def test_records_in_a_news_story_stay_a_document() -> None:
    text = ("Knitwear workers in Tirupur worked 72-hour weeks\n\nBy Priya Nair\n\nTIRUPUR - Time records show 72 "
            "working hours a week for the hostel workers at Amber Coast Knitwear, a union said on Monday.\n")
    src = who(text, "72 working hours")
    assert src is None or src.wording != "The audit"


# ---------------------------------------------------------------- people named by a trade noun the lexicon lacked

@pytest.mark.parametrize("text, fragment, wording", [
    ("Two buyers we contacted said they dealt only with the broker in Gdansk.", "dealt only", "Two buyers"),
    ("Several growers we spoke to in Almeria said the pickers came from Morocco.", "pickers came", "Several growers"),
    ("Passengers on the Batumi ferry said the cleaners worked through the night.", "cleaners worked", "Passengers"),
    ("Three wholesalers in Busan told the Harbour Courier that the squid came from a plant in Dalian.",
     "squid came", "Three wholesalers"),
    ("Tenants of the block said the men slept twelve to a room.", "slept twelve", "Tenants"),
])
def test_people_named_by_a_trade_noun_speak(text: str, fragment: str, wording: str) -> None:
    src = who(text, fragment, "The Danube Post")
    assert src is not None and src.wording.startswith(wording) and src.kind == "anonymous_source"


@pytest.mark.parametrize("text, fragment", [
    ("Growers in the valley pay the pickers less this year.", "pickers less"),
    ("Visitors to the site are searched at the gate.", "searched at the gate"),
    ("The buyers' market in Dalian has slowed since March.", "has slowed"),
])
def test_a_trade_noun_without_a_speech_verb_leaves_the_page_voice(text: str, fragment: str) -> None:
    assert who(text, fragment, "The Danube Post") is None


# ---------------------------------------------------------------- people who wrote or complained, then "saying that"

@pytest.mark.parametrize("text, fragment, wording", [
    ("Parents in Osh have written to the mayor complaining that their sons were not paid for six months.",
     "not paid", "Parents in Osh"),
    ("Neighbours of the plant have petitioned the governor, saying that the workers sleep in shipping containers.",
     "shipping containers", "Neighbours of the plant"),
    ("Villagers near Kumasi, in the Ashanti region, have written to the district assembly complaining that the men "
     "work through the night.", "through the night", "Villagers near Kumasi"),
    ("Relatives of the crew sent a letter to the ministry alleging that the men had not been paid since May.",
     "since May", "Relatives of the crew"),
    ("Two unions have filed a complaint with the labour office, alleging that the drivers work 16-hour days.",
     "16-hour days", "Two unions"),
])
def test_people_who_wrote_or_complained_speak_in_the_participle(text: str, fragment: str, wording: str) -> None:
    src = who(text, fragment, "The Danube Post")
    assert src is not None and src.wording == wording


@pytest.mark.parametrize("text, fragment", [
    ("The workers have written letters home every month since 2019.", "letters home"),
    ("The crews sent letters to their families through the agency in Manila.", "through the agency"),
    ("The company has filed a lawsuit against the newspaper over its reporting on the mine.", "over its reporting"),
])
def test_writing_without_a_report_leaves_the_page_voice(text: str, fragment: str) -> None:
    assert who(text, fragment, "The Danube Post") is None


@pytest.mark.parametrize("heading", [
    "THIRD-PARTY SOCIAL AUDIT REPORT (SUMMARY)\nFactory name: Blue Heron Apparel, Hai Phong, Vietnam\n",
    "Workplace Audit - Findings\nAuditee: Kestrel Bricks Pvt Ltd, Bhaktapur, Nepal\nLead auditor: R. Tamang\n",
    "ETHICAL AUDIT\nAudited site: Silver Fern Orchards, Hawke's Bay, New Zealand\nDate of visit: 3 April 2024\n",
])
def test_audit_headings_in_other_wordings(heading: str) -> None:
    voice = document_voice(heading + "\nThe audit found that overtime was unpaid.\n")
    assert voice is not None and voice.wording == "The audit"


def test_an_audit_heading_without_the_audit_particulars_is_not_one() -> None:
    assert document_voice("Energy audit\n\nThe council wants homes to use less gas this winter.\n") is None
