"""Evidence, records and inspection findings as speakers (probe R4, own wording; every firm, body and person is
invented): papers put before a court or tribunal ("The contracts produced in evidence promised ...", "Payslips seen by
the tribunal showed", "Bank records presented by the prosecution show", "Exhibit 14, a notebook kept by the foreman,
lists"), imagery and footage reviewed by an outlet, the reporters' own visit (the page's voice), inspectorates and
their units (all ``official``), and social-audit reports ("The audit found": a document; "Facility management
stated": the firm; "Worker interviews indicated": the interviewed workers; "The audit team was told by management
that": management).

A unit of a body ("the inspectorate's press service", "a spokesperson for the inspectorate") is ``official`` like its
body; whether it is the same source as the body named before it is not settled by the README (it says only that two
bodies of different fields are two sources), so those cases check the kind and leave the sharing unasserted."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

H = ("Migrant builders at a housing site describe abuse\n"
     "About 200 migrant builders worked on a housing site near Kazan in 2023.\n")
META = {"published": "2025-03-01", "language": "en"}
DOC, ORG, OFF, ANON, NP, OUT = "document", "organization", "official", "anonymous_source", "named_person", "outlet"

# (shape, body, [(claim fragment, speaker head or None, kind or kinds, group: same letter = same source, "?" = unchecked)])
CASES = [
 # --- court evidence as speaker
 ("ev_contracts_promised", "The contracts produced in evidence promised a monthly salary of €1,200 and stipulated "
  "that workers shall not leave the site without permission.", [("€1,200", "contracts", DOC, "a")]),
 ("ev_contracts_continue", "The contracts produced in evidence promised a monthly salary of €1,200. "
  "They stipulated that the workers shall not leave the site without written permission. "
  "Workers who broke the rule were to forfeit two months' wages.",
  [("€1,200", "contracts", DOC, "a"), ("shall not leave", "contracts", DOC, "a"), ("forfeit", None, (DOC, OUT), "?")]),
 ("ev_payslips_tribunal", "Payslips seen by the tribunal showed deductions of €300 a month for housing.",
  [("€300", "Payslips", DOC, "a")]),
 ("ev_bank_records", "Bank records presented by the prosecution show that the workers' wages were paid into an "
  "account held by the recruiter.", [("account held", "Bank records", DOC, "a")]),
 ("ev_agreement_copy", "The employment agreement, a copy of which was filed with the court, states that the worker "
  "must repay a debt of $3,000 before leaving.", [("$3,000", "agreement", DOC, "a")]),
 ("ev_exhibit", "Exhibit 14, a notebook kept by the foreman, lists fines of up to $50 for workers who tried to leave the site.",
  [("fines of up to", "Exhibit 14", DOC, "a")]),
 ("ev_exhibit_bare", "Exhibit 7 shows that the workers were locked in the dormitory at night.",
  [("locked in the dormitory", "Exhibit 7", DOC, "a")]),
 ("ev_timesheets", "Timesheets submitted to the court show the builders worked 84 hours a week.",
  [("84 hours", "Timesheets", DOC, "a")]),
 ("ev_text_messages", "Text messages shown to the jury show the foreman threatening to report workers to police.",
  [("threatening", "messages", DOC, "a")]),
 ("ev_ledger_seized", "A ledger seized by police recorded debts of $2,000 owed by each worker.",
  [("$2,000", "ledger", DOC, "a")]),
 ("ev_wage_slips_reviewed", "Wage slips reviewed by the court showed that the workers were paid only $90 a month in wages.",
  [("$90 a month", "slips", DOC, "a")]),
 ("ev_court_documents", "Court documents show the workers were recruited with promises of $800 a month.",
  [("$800 a month", "documents", DOC, "a")]),
 ("ev_evidence_showed", "Evidence presented at trial showed that the workers' passports were kept in a safe.",
  [("kept in a safe", "Evidence", DOC, "a")]),
 ("ev_records_then_judge", "Payroll records filed with the court show the workers were not paid for five months. "
  "The judge said the workers had been held in servitude.",
  [("five months", "records", DOC, "a"), ("servitude", "judge", OFF, "b")]),
 ("ev_contract_then_company", "The contract, a copy of which was seen by the tribunal, says the worker owes the "
  "agency $4,000. The agency said the workers were free to leave at any time.",
  [("$4,000", "contract", DOC, "a"), ("free to leave", "agency", (ORG, OFF), "b")]),
 ("ev_tribunal_heard", "The tribunal heard that the workers were made to work 14-hour shifts.",
  [("14-hour", None, (OUT, OFF, DOC), "?")]),
 ("ev_according_to_payslips", "According to payslips produced in court, wages of $300 were withheld from each worker.",
  [("$300 were", "payslips", DOC, "a")]),
 ("ev_cctv", "CCTV footage shown in court showed guards locking the gates of the dormitory.",
  [("locking the gates", "footage", DOC, "a")]),
 ("ev_medical_records", "Medical records submitted by the prosecution show that two workers suffered broken ribs.",
  [("broken ribs", "records", DOC, "a")]),
 ("ev_written_judgment", "The written judgment says the workers were threatened with deportation.",
  [("deportation", "judgment", DOC, "a")]),
 ("ev_two_docs", "The contracts produced in evidence stipulated that the workers must hand over their passports. "
  "Payslips seen by the court showed the workers were not paid overtime.",
  [("hand over", "contracts", DOC, "a"), ("not paid overtime", "Payslips", DOC, "b")]),
 # --- imagery and media reviewed
 ("img_satellite_group", "Satellite imagery analysed by the Yalu Research Group shows a fenced dormitory block next "
  "to the factory.", [("fenced dormitory", "imagery", DOC, "a")]),
 ("img_photos_reviewed", "Photographs and video reviewed by the newspaper show workers sleeping on the factory floor.",
  [("sleeping on", "Photographs", DOC, "a")]),
 ("img_video_obtained", "Video obtained by the Kestrel Herald shows a supervisor beating a worker with a stick.",
  [("beating a worker", "Video", DOC, "a")]),
 ("img_photos_seen", "Photos seen by the BBC show men sleeping in shipping containers at the site.",
  [("shipping containers", "Photos", DOC, "a")]),
 ("img_footage_verified", "Footage verified by the outlet shows workers locked inside the dormitory.",
  [("locked inside", "Footage", DOC, "a")]),
 # --- the reporter's eyewitness sentences are the outlet's voice
 ("eye_reporters_visited", "When reporters visited in March, about 60 men were plastering walls without pay.",
  [("plastering walls", None, OUT, "o")]),
 ("eye_our_reporter_saw", "Our reporter saw workers carrying bags of cement while guards held their passports.",
  [("bags of cement", None, OUT, "o")]),
 ("eye_on_a_visit", "On a visit to the site in April, the newspaper found workers sleeping in unheated cabins.",
  [("unheated cabins", None, (OUT,), "o")]),
 ("eye_photo_then_eye", "Photographs reviewed by the newspaper show workers sleeping on the floor. "
  "When reporters visited in May, the gates were locked from outside.",
  [("sleeping on the floor", "Photographs", DOC, "a"), ("gates were locked", None, OUT, "o")]),
 # --- inspectorates and their units
 ("insp_said", "The regional labour inspectorate said the workers had not been paid for four months.",
  [("four months", "inspectorate", OFF, "a")]),
 ("insp_press_service", "The inspectorate's press service said that 40 workers were found without contracts.",
  [("without contracts", "press service", OFF, "a")]),
 ("insp_prosecutor_press", "The prosecutor's office press service said the workers had their passports confiscated.",
  [("passports confiscated", None, OFF, "a")]),
 ("insp_ministry_press_office", "The ministry's press office said the workers were owed $40,000 in wages.",
  [("$40,000", None, OFF, "a")]),
 ("insp_spokesperson", "A spokesperson for the inspectorate said the builders had been working 12-hour shifts.",
  [("12-hour", "spokesperson", OFF, "a")]),
 ("insp_body_then_unit", "The State Labour Inspectorate said it found 30 workers without permits. "
  "The inspectorate's press service said the workers had been paid in cash.",
  [("without permits", "Inspectorate", OFF, "?"), ("paid in cash", None, OFF, "?")]),
 ("insp_body_then_spokes", "The State Labour Inspectorate said it found 30 workers without permits. "
  "A spokesperson for the inspectorate said the workers were housed in a basement.",
  [("without permits", "Inspectorate", OFF, "?"), ("basement", None, OFF, "?")]),
 ("insp_two_fields", "The State Labour Inspectorate said the workers were not paid for three months. "
  "The regional prosecutor's office said the workers' passports had been seized.",
  [("three months", "Inspectorate", OFF, "a"), ("passports had been", "prosecutor", OFF, "b")]),
 ("insp_inspectors_found", "Inspectors found 25 workers living in a basement without heating.",
  [("basement", "Inspectors", OFF, "a")]),
 ("insp_inspection_found", "An inspection by the labour inspectorate found that the workers had no contracts.",
  [("no contracts", None, (OFF, DOC), "a")]),
 ("insp_report_of", "The inspectorate's report says the workers were paid below the minimum wage.",
  [("minimum wage", "report", DOC, "a")]),
 ("insp_ministry_spokesman", "Labour ministry spokesman Oleg Varin said the workers were owed three months' pay.",
  [("three months' pay", "Oleg Varin", OFF, "a")]),
 ("insp_named_inspector", "Chief inspector Ilse Brandt said the workers had been locked in the site overnight.",
  [("locked in the site", "Ilse Brandt", OFF, "a")]),
 ("insp_migration_service", "The regional migration service said 18 of the workers had no valid permits.",
  [("valid permits", "migration service", OFF, "a")]),
 ("insp_press_service_of", "The press service of the regional prosecutor's office said the workers were paid "
  "nothing for five months.", [("five months", "press service", OFF, "a")]),
 ("insp_in_statement", "In a statement, the labour inspectorate said the workers were housed in containers.",
  [("containers", "inspectorate", OFF, "a")]),
 ("insp_according", "According to the labour inspectorate, 60 workers were employed without contracts.",
  [("without contracts", "inspectorate", OFF, "a")]),
 ("insp_trailing", "The workers had not been paid since January, the inspectorate's press service said.",
  [("since January", None, OFF, "a")]),
 # --- audit reports
 ("aud_auditors_observed", "Auditors observed that fire exits in the dormitory were locked.",
  [("fire exits", "Auditors", (DOC, ORG, ANON), "a")]),
 ("aud_told_by_management", "The audit team was told by management that the workers' passports were kept in the office.",
  [("kept in the office", "management", ORG, "a")]),
 ("aud_worker_interviews", "Worker interviews indicated that overtime was compulsory during peak season.",
  [("overtime was compulsory", None, ANON, "a")]),
 ("aud_facility_management", "Facility management stated that workers' passports were kept in a safe for safekeeping.",
  [("safekeeping", "management", ORG, "a")]),
 ("aud_found", "The audit found that 12 workers had paid recruitment fees of $1,500.",
  [("$1,500", "audit", DOC, "a")]),
 ("aud_mixed", "The audit found that workers' passports were held by the employer. "
  "Facility management stated that the passports were kept for safekeeping. "
  "Worker interviews indicated that workers could not get their passports back on request.",
  [("held by the employer", "audit", DOC, "a"), ("safekeeping", "management", ORG, "b"),
   ("on request", None, ANON, "c")]),
 ("aud_interviewed_workers_reported", "Interviewed workers reported that they were charged for their uniforms.",
  [("uniforms", "workers", ANON, "a")]),
 ("aud_according_to_workers_interviewed", "According to workers interviewed by the auditors, wages were paid two "
  "months late.", [("two months late", "workers", ANON, "a")]),
 ("aud_report_noted", "The audit report noted that the dormitory housed 14 workers per room.",
  [("14 workers per room", "report", DOC, "a")]),
 ("aud_firm_said", "Clearview Audits, which inspected the factory, said the workers had paid recruitment fees of $900.",
  [("$900", "Clearview Audits", ORG, "a")]),
 ("aud_records_reviewed", "Records reviewed by the auditors showed that 30 workers worked more than 70 hours a week.",
  [("70 hours", "Records", DOC, "a")]),
 ("aud_hr_manager", "The HR manager told auditors that the workers' passports were held by the company.",
  [("held by the company", "HR manager", (ORG, ANON), "a")]),
 ("aud_finding_then_mgmt", "Auditors found that wages were withheld for up to three months. "
  "Management said the wages were withheld because the client paid late.",
  [("up to three months", "Auditors", (DOC, ORG, ANON), "a"), ("client paid late", "Management", (ORG, ANON), "b")]),
 # --- more variants (round 2)
 ("v_copy_contract_seen", "A copy of the contract, seen by the tribunal, shows that the workers owed the recruiter $2,500.",
  [("$2,500", "contract", DOC, "a")]),
 ("v_contract_read_out", "The employment contract, which was read out in court, obliges workers to surrender their passports.",
  [("surrender their passports", "contract", DOC, "a")]),
 ("v_invoices_investigators", "Invoices obtained by investigators show the agency charged each worker fees of $2,500.",
  [("fees of $2,500", "Invoices", DOC, "a")]),
 ("v_police_records", "Police records show that 14 workers were locked in the dormitory at night.",
  [("locked in the dormitory", "records", DOC, "a")]),
 ("v_company_records", "Company records presented in court show the workers were not paid for four months.",
  [("four months", "records", DOC, "a")]),
 ("v_immigration_records", "Immigration records seen by the newspaper show the workers' visas had expired.",
  [("visas had expired", "records", DOC, "a")]),
 ("v_drone_footage", "Drone footage filmed in March shows workers living in tents behind a locked fence.",
  [("living in tents", "footage", DOC, "a")]),
 ("v_inspection_report", "According to the inspection report, the workers had no written contracts.",
  [("written contracts", "report", DOC, "a")]),
 ("v_inspectors_visited_found", "Labour inspectors who visited the site in May found that wages were withheld.",
  [("wages were withheld", "inspectors", OFF, "a")]),
 ("v_press_officer", "A press officer for the prosecutor's office said the workers had been held in debt bondage.",
  [("debt bondage", "press officer", OFF, "a")]),
 ("v_office_statement_website", "The prosecutor's office said in a statement on its website that the workers were beaten.",
  [("were beaten", "prosecutor's office", OFF, "a")]),
 ("v_inspectorate_told", "The inspectorate told the newspaper that the workers had been paid half their wages.",
  [("half their wages", "inspectorate", OFF, "a")]),
 ("v_site_management_told", "Factory management told auditors that the workers' passports were kept in a safe.",
  [("kept in a safe", "management", ORG, "a")]),
 ("v_workers_interviewed_for_audit", "Workers interviewed for the audit said they were fined for using their phones.",
  [("fined for using", "Workers", ANON, "a")]),
 ("v_auditors_told_by_hr", "The auditors were told by the HR manager that overtime was compulsory.",
  [("overtime was compulsory", "HR manager", (ORG, ANON), "a")]),
 ("v_interviews_with_workers", "Interviews with 30 workers indicated that wages were paid two months late.",
  [("two months late", None, ANON, "a")]),
 ("v_audit_carried_out", "The audit, carried out by Clearview Audits in May, found that the workers had paid "
  "recruitment fees.", [("recruitment fees", "audit", DOC, "a")]),
 ("v_our_visit", "During our visit, guards stopped workers from leaving the compound.",
  [("stopped workers", None, OUT, "o")]),
 ("v_this_reporter_saw", "This reporter saw workers sleeping on cardboard next to the cement mixers.",
  [("sleeping on cardboard", None, OUT, "o")]),
 ("v_evidence_then_visit", "Evidence heard by the tribunal showed the workers were not paid for months. "
  "When our correspondent visited the site, the gates were padlocked.",
  [("not paid for months", "Evidence", DOC, "a"), ("padlocked", None, OUT, "o")]),
 ("v_unit_apart", "The Federal Labour Inspectorate said the workers had not been paid. "
  "The inspectorate's regional office said 12 workers were locked in at night.",
  [("had not been paid", "Inspectorate", OFF, "a"), ("locked in at night", None, OFF, "?")]),
 ("v_investigators_from_body", "Investigators from the Investigative Committee found that the workers were kept in "
  "debt bondage.", [("debt bondage", "Investigators", OFF, "a")]),
 ("v_inspectors_of_office", "Inspectors of the prosecutor's office said the workers had not been paid for six months.",
  [("six months", "Inspectors", OFF, "a")]),
 ("v_screenshots", "Screenshots of the chat, seen by the newspaper, show the manager threatening to withhold wages.",
  [("threatening", "Screenshots", DOC, "a")]),
 ("neg_investigators_from_ngo", "Investigators from the Harbour Rights Project said the workers had not been paid.",
  [("not been paid", "Investigators", ANON, "a")]),
 ("v_contract_set_then_stated", "The contract seen by the tribunal set wages at $300. "
  "The contract also stated that the workers could not leave the site.",
  [("$300", "contract", DOC, "a"), ("could not leave", "contract", DOC, "a")]),
 ("v_payslips_also_show", "Payslips seen by the tribunal showed deductions of $300 a month. "
  "The payslips also show that overtime was never paid.",
  [("$300 a month", "Payslips", DOC, "a"), ("never paid", "Payslips", DOC, "a")]),
 ("v_possessive_head", "The inspectorate's head, Anna Petrova, said the workers had not been paid for five months.",
  [("five months", "Anna Petrova", OFF, "a")]),
 ("v_head_of_body", "Anna Petrova, head of the regional labour inspectorate, said the workers had not been paid.",
  [("not been paid", "Anna Petrova", OFF, "a")]),
 ("v_office_added", "Tatarstan's prosecutor's office said the workers had not been paid. "
  "The office added that the passports were confiscated.",
  [("not been paid", "prosecutor's office", OFF, "a"), ("passports were confiscated", None, OFF, "a")]),
 ("v_inspectors_also_found", "Labour inspectors said the workers had not been paid. "
  "The inspectors also found 12 workers sleeping in a container.",
  [("not been paid", "inspectors", OFF, "a"), ("sleeping in a container", None, OFF, "a")]),
 ("v_audit_it_also", "The audit noted that fire exits were locked. It also found that wages were withheld for two months.",
  [("fire exits", "audit", DOC, "a"), ("withheld for two months", "audit", DOC, "a")]),
 ("neg_union_head", "The union's head, Ivan Korol, said the workers had not been paid for five months.",
  [("five months", "Ivan Korol", (NP, ORG), "a")]),
 ("neg_police_found_passports", "Police found the workers' passports in the manager's office.",
  [("passports in the manager", None, OUT, "o")]),
 ("neg_contract_signed_promised", "The contract the workers signed promised $800 a month, but they were paid $200.",
  [("$800 a month", None, OUT, "o")]),
 ("neg_recruiter_promised", "The recruiter promised them jobs paying $900 a month, but they were never paid.",
  [("never paid", None, OUT, "o")]),
 ("neg_their_contracts_promised", "Their contracts promised a monthly wage of $700, yet they were paid nothing.",
  [("paid nothing", None, OUT, "o")]),
 ("neg_management_changed", "Management at the plant changed in 2022, and since then wages have been withheld for months.",
  [("withheld for months", None, OUT, "o")]),
 # --- negatives: evidence words that are not speakers
 ("neg_evidence_of", "There is evidence that the workers were paid less than promised.",
  [("less than promised", None, OUT, "o")]),
 ("neg_contracts_signed", "The workers signed contracts promising $700 a month but were paid $200.",
  [("$700", None, OUT, "o")]),
 ("neg_records_kept", "The company kept no records of the hours the workers worked, and wages were withheld for months.",
  [("withheld for months", None, OUT, "o")]),
 ("neg_inspectors_visited", "Inspectors visited the site in March. The workers were housed in tents.",
  [("housed in tents", None, OUT, "o")]),
]


@pytest.mark.parametrize(("shape", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_evidence_voices(shape: str, body: str, expected: list[tuple[str, str | None, object, str]]) -> None:
    a = analyse(H + body, META)
    groups: dict[str, str] = {}
    for snippet, head, kind, group in expected:
        claim = next((c for c in a.claims if snippet in c.text), None)
        assert claim is not None, (snippet, [c.text for c in a.claims])
        src = a.source(claim.source)
        kinds = kind if isinstance(kind, tuple) else (kind,)
        assert (src.kind if src else OUT) in kinds, (snippet, src)
        if kinds == (OUT,):
            assert claim.source == "OUTLET", (snippet, src)
        if head is not None:
            assert src is not None and head.lower() in (src.wording or "").lower(), (snippet, src)
        if group == "?":
            continue
        assert groups.setdefault(group, claim.source) == claim.source, (snippet, groups)
        assert all(sid != claim.source for g, sid in groups.items() if g != group), (snippet, groups)


def _last(body: str) -> tuple[str, str, str]:
    a = analyse(H + body, META)
    claim = a.claims[-1]
    src = a.source(claim.source)
    return claim.source, src.kind if src else OUT, (src.wording or "") if src else ""


# papers put forward as evidence "promised"; contracts, recruiters and firms that promised pay are the page's story
@pytest.mark.parametrize(("body", "head"), [
    ("The contracts produced in evidence promised wages of $900 a month and barred the workers from leaving.",
     "contracts"),
    ("The job adverts, copies of which were filed with the court, promised wages of $800, but the workers were paid nothing.", "job adverts"),
    ("The agreements seen by the tribunal promised the workers $600 a month, though they were paid nothing.",
     "agreements"),
    ("Their contracts promised a monthly wage of $700, yet they were paid nothing.", None),
    ("The recruiter promised them jobs paying $900 a month, but they were never paid.", None),
    ("The agency promised the workers $500 a month, but their wages were withheld for a year.", None),
    ("The contract the workers signed promised $800 a month, but they were paid $200.", None),
])
def test_evidence_that_promised(body: str, head: str | None) -> None:
    sid, kind, wording = _last(body)
    if head is None:
        assert sid == "OUTLET", (sid, kind, wording)
    else:
        assert kind == DOC and head in wording.lower(), (sid, kind, wording)


def test_a_letter_that_says_the_men_were_promised_is_the_letter() -> None:
    sid, kind, wording = _last("The letter says the men were promised $900 a month but were paid nothing for months.")
    assert kind == DOC and wording == "The letter", (sid, kind, wording)


# a compound record noun keeps its head also when a participle clause stands before its verb
@pytest.mark.parametrize(("body", "wording"), [
    ("Bank records presented by the prosecution show that the wages went into the recruiter's account.",
     "Bank records presented by the prosecution"),
    ("Payroll records filed with the court show the workers were not paid for five months.",
     "Payroll records filed with the court"),
    ("Company records seized by police show the workers were not paid for five months.",
     "Company records seized by police"),
])
def test_record_compounds_with_a_participle(body: str, wording: str) -> None:
    sid, kind, got = _last(body)
    assert kind == DOC and got == wording, (sid, kind, got)


@pytest.mark.parametrize("body", [
    "The company kept no records of the hours the workers worked, and wages were withheld for months.",
    "The agency kept no lists of the workers, whose passports were confiscated on arrival.",
])
def test_kept_no_records_is_no_speaker(body: str) -> None:
    assert _last(body)[0] == "OUTLET"


# those who were told are auditors, inspectors or reporters: the one who told them speaks
@pytest.mark.parametrize(("body", "head", "kinds"), [
    ("The audit team was told by management that the workers' passports were kept in the office.", "management",
     (ORG,)),
    ("Auditors were told by the plant's managers that overtime was compulsory in the peak season.", "managers",
     (ORG, ANON)),
    ("Inspectors were told by two workers that their wages had been withheld for months.", "two workers", (ANON,)),
    ("We were told by a former cook that the guards locked the dormitory at night.", "former cook", (ANON,)),
])
def test_told_by(body: str, head: str, kinds: tuple[str, ...]) -> None:
    sid, kind, wording = _last(body)
    assert kind in kinds and head in wording, (sid, kind, wording)


def test_told_by_inside_the_pages_own_account_is_the_page() -> None:
    sid, kind, wording = _last("We saw the men arriving in a locked bus, and we were told by guards that nobody "
                               "could leave the site.")
    assert sid == "OUTLET", (sid, kind, wording)


# interviews named by the people interviewed are those people; bare "the interviews" stay a document
@pytest.mark.parametrize(("body", "kind"), [
    ("Worker interviews indicated that overtime was compulsory and unpaid.", ANON),
    ("Interviews with 30 workers indicated that wages were withheld for two months.", ANON),
    ("Employee interviews suggested that the workers' passports were held by the supervisor.", ANON),
    ("Management interviews indicated that the passports were held for safekeeping.", ORG),
    ("The interviews showed that wages were withheld for two months.", DOC),
    ("Our interviews showed that wages were withheld for two months.", OUT),
])
def test_interviews(body: str, kind: str) -> None:
    assert _last(body)[1] == kind


# inspectors and police who "found" counted workers somewhere report it; "found the passports" is the story
@pytest.mark.parametrize(("body", "kind"), [
    ("Inspectors found 25 workers living in a basement without heating.", OFF),
    ("Labour inspectors found more than 40 migrants working without contracts or pay.", OFF),
    ("Police found dozens of workers locked in a warehouse outside the city.", OFF),
    ("Police found the workers' passports in the manager's office.", OUT),
])
def test_state_finders(body: str, kind: str) -> None:
    assert _last(body)[1] == kind


# a firm's management given with its workplace speaks for the firm
@pytest.mark.parametrize(("body", "kind"), [
    ("Facility management stated that the workers' passports were kept in a safe for safekeeping.", ORG),
    ("Factory management told auditors that the workers' passports were kept in a safe.", ORG),
    ("Plant management said the wages were withheld because the client paid late.", ORG),
])
def test_workplace_management(body: str, kind: str) -> None:
    assert _last(body)[1] == kind


# the reporters' own visit ends the voice of a document carried over the paragraph
@pytest.mark.parametrize("visit", [
    "When reporters visited in May, the gates were locked from outside.",
    "When our correspondent visited the site, the gates were padlocked and the workers could not leave.",
    "As our reporters arrived, guards locked the workers inside the dormitory.",
])
def test_reporters_visit_is_the_page(visit: str) -> None:
    a = analyse(H + "Photographs reviewed by the newspaper show workers sleeping on the floor. " + visit, META)
    assert a.claims[-1].source == "OUTLET", [(c.source, c.text) for c in a.claims]


def test_document_still_carries_without_a_visit() -> None:
    a = analyse(H + "The contracts produced in evidence promised a monthly salary of $900. They stipulated that "
                "the workers shall not leave the site without written permission.", META)
    sources = {c.source for c in a.claims[-2:]}
    assert len(sources) == 1 and "OUTLET" not in sources, [(c.source, c.text) for c in a.claims]


# evidence and inspections speak as documents; the page's own evidence and evidence as an object do not
@pytest.mark.parametrize(("body", "kind"), [
    ("Evidence presented at trial showed that the workers' passports were kept in a safe.", DOC),
    ("An inspection by the labour inspectorate found that the workers had no contracts.", DOC),
    ("The foreman's ledger, entered into evidence, records fines for workers who tried to leave.", DOC),
    ("Our evidence suggests that the workers' wages were withheld for months.", OUT),
    ("There is evidence that the workers were paid less than promised.", OUT),
])
def test_evidence_nouns(body: str, kind: str) -> None:
    assert _last(body)[1] == kind


# a fronted setting of cross-examination is no part of the witness's name
@pytest.mark.parametrize(("body", "wording"), [
    ("Cross-examined, the foreman admitted that he had kept the workers' passports.", "the foreman"),
    ("Questioned by the prosecutor, the recruiter said the workers owed him $3,000 each.", "the recruiter"),
    ("Under cross-examination, the site manager said the workers' passports were kept in a safe.", "the site manager"),
    ("Giving evidence, the foreman said the workers' passports were kept in a safe.", "the foreman"),
    ("Ahmed, a welder, said he had not been paid for five months.", "Ahmed, a welder"),
])
def test_fronted_cross_examination(body: str, wording: str) -> None:
    sid, kind, got = _last(body)
    assert got == wording, (sid, kind, got)


# an audit's "Per management, ..." is management's account; "Per the workers" the workers'
@pytest.mark.parametrize(("body", "kind"), [
    ("Per management, the workers' passports are held in the office for safekeeping.", ORG),
    ("Per factory management, the workers' passports are held in the office for safekeeping.", ORG),
    ("Per the workers, the manager kept the passports in his office.", ANON),
])
def test_per_management(body: str, kind: str) -> None:
    assert _last(body)[1] == kind


# "Auditors reviewed payroll records and found ...": the auditors found it ("payroll records" is the object)
@pytest.mark.parametrize(("body", "wording", "kind"), [
    ("Auditors reviewed payroll records and found that overtime wages were not paid.", "Auditors", ORG),
    ("Labour inspectors checked the dormitory and found that the fire exits were locked.", "Labour inspectors", OFF),
    ("The audit team examined the ledgers and concluded that wages were withheld for months.", "The audit team", DOC),
    ("Payroll records reviewed by the auditors show that wages were withheld for months.",
     "Payroll records reviewed by the auditors", DOC),
])
def test_finders_who_reviewed_records(body: str, wording: str, kind: str) -> None:
    sid, got_kind, got = _last(body)
    assert got == wording and got_kind == kind, (sid, got_kind, got)


# footage or papers put forward, fronted with "In", and no speaker after them: they show what follows
@pytest.mark.parametrize(("body", "kind"), [
    ("In one video reviewed by the newspaper, a supervisor can be seen beating a worker with a stick.", DOC),
    ("In one of the photographs seen by the tribunal, workers sleep on the floor of a locked container.", DOC),
    ("In documents filed with the court, the workers were listed as volunteers who were paid nothing.", DOC),
    ("In a letter seen by the newspaper, workers complained that they had not been paid for months.", ANON),
    ("In the town, the workers were not paid for months.", OUT),
])
def test_fronted_evidence(body: str, kind: str) -> None:
    assert _last(body)[1] == kind


# an inspectorate or its unit, then a state body of another field: two sources (README: two bodies of different fields)
@pytest.mark.parametrize("first", [
    "The inspectorate's press service said the workers were housed in a basement without heating.",
    "The regional labour inspectorate said the workers were housed in a basement without heating.",
    "Labour inspectors said the workers were housed in a basement without heating.",
])
@pytest.mark.parametrize("second", [
    "The prosecutor's office said the workers had been threatened with deportation.",
    "The migration service said the workers had been threatened with deportation.",
    "Police said the workers had been threatened with deportation.",
])
def test_inspectorate_then_another_field(first: str, second: str) -> None:
    a = analyse(H + first + " " + second, META)
    got = [(c.source, a.source(c.source)) for c in a.claims[-2:]]
    assert got[0][0] != got[1][0] and all(s is not None and s.kind == OFF for _, s in got), got


def test_inspectorate_named_again_is_one_source() -> None:
    a = analyse(H + "The regional labour inspectorate said the workers were housed in a basement without heating. "
                "The inspectorate said the workers had been threatened with deportation.", META)
    assert a.claims[-1].source == a.claims[-2].source != "OUTLET"


def test_a_ministrys_press_office_then_the_prosecutors_office_are_two_sources() -> None:
    a = analyse(H + "The ministry's press office said the workers were housed in a basement without heating. "
                "The prosecutor's office said the workers had been threatened with deportation.", META)
    assert a.claims[-1].source != a.claims[-2].source, [(c.source, c.text) for c in a.claims]


def test_a_ministry_named_again_by_its_press_office_keeps_one_source() -> None:
    a = analyse(H + "The labour ministry said the workers were housed in a basement without heating. "
                "The ministry's press office said the workers had been threatened with deportation.", META)
    assert a.claims[-1].source == a.claims[-2].source != "OUTLET"
