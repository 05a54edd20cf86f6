"""Attribution shapes of Gulf labour reports (diagnosis of heldout91): an unnamed person described in apposition who
shows a paper, a firm's manager whose surname opens with a particle ("al-"), an embassy's diplomatic ranks, a
party's case "submitted" to a court, an embassy's notice naming itself "the Embassy", and money written "Rs." that
does not end a sentence. Every text is written for this test; people and companies are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import split
from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, speaker


def test_described_person_who_shows_a_contract() -> None:
    text = LEAD + ("A second worker, a plasterer from Khulna, showed a contract signed in Dhaka that promised "
                   "1,500 riyals a month, but he is paid 900.")
    wording, kind, _ = speaker(text, "showed a contract")
    assert wording is not None and wording.startswith("A second worker") and kind == "anonymous_source"


def test_described_person_who_shows_a_payslip() -> None:
    text = LEAD + "One driver, a man from Swat, showed a payslip that listed deductions for fuel and fines."
    wording, kind, _ = speaker(text, "showed a payslip")
    assert wording is not None and "driver" in wording and kind == "anonymous_source"


def test_a_thing_shown_by_nobody_stays_the_page() -> None:
    # control: a document that shows something is no person
    text = LEAD + "A payslip seen by this paper shows deductions of 40 rials for housing."
    _, kind, _ = speaker(text, "shows deductions")
    assert kind == "document"


def test_firm_manager_with_particle_surname_speaks_for_the_firm() -> None:
    text = LEAD + ("The contractor, Dune Crest Building, said in an emailed reply that it pays on time. "
                   "Its human resources manager, Salem al-Dosari, said no worker is kept past his shift.")
    wording, kind, _ = speaker(text, "no worker is kept")
    assert wording is not None and "al-Dosari" in wording and kind == "organization"
    text2 = text.replace("Its human resources manager, Salem al-Dosari", "Its general manager, Hana bin Zayed")
    assert speaker(text2, "no worker is kept")[1] == "organization"


def test_embassy_ranks_are_official() -> None:
    assert classify("Ana Ruiz, a first secretary at the embassy") == "official"
    assert classify("The embassy's first secretary, Ana Ruiz") == "official"
    assert classify("Ana Ruiz, first secretary at the Indian mission") == "official"
    # control: a named lawyer is no diplomat
    assert classify("Ana Ruiz, a lawyer in Doha") == "named_person"


def test_counsel_submitted_that() -> None:
    text = LEAD + ("The firm's counsel submitted that the delays were caused by a client's late payment. "
                   "The court found that wages had been withheld for five months.")
    wording, kind, _ = speaker(text, "the delays were caused")
    assert wording == "The firm's counsel" and kind == "organization"


def test_embassy_notice_speaks_of_itself_as_the_embassy() -> None:
    text = ("EMBASSY OF NEPAL \u2014 DOHA\nLabour Section\n\nNOTICE TO NEPALI WORKERS\n\n"
            "1. The Embassy has received complaints from workers whose passports are held by their employers.\n"
            "2. Workers whose wages are unpaid may contact the Labour Section.\n")
    a = analyse(text, {"published": "2026-03-01", "language": "en"})
    c = next(c for c in a.claims if "received complaints" in c.text)
    assert c.source == "OUTLET"


def test_rupees_abbreviated_do_not_end_a_sentence() -> None:
    text = "Her brother said the family paid Rs. 250,000 to an agent in Kandy. The agent has since vanished."
    assert len(split(text)) == 2
    # control: a sentence that ends with a word and a period still ends
    assert len(split("He paid in rupees. 20 men were waiting.")) == 2
