"""Probes (a study of s38 on a held-out set; every text here is written for this test, with fictional people, firms and
outlets, and real countries and places):

- a letter or report that prints the answer it received under a line naming the sender ("Reply received from X, date
  (printed with permission):") gives the quoted answer to the sender, not to a person called "Reply";
- a thread headed "Thread by @handle (Full Name)" is that person's, by the name; a name with an initial keeps the handle.

Near misses: a lead line naming a document ("From the notice:") still hands the quotation to the document; a thread
under a body's account stays the body's page.
"""

from __future__ import annotations

from attribution_helpers import claim_sources, find_claim

LETTER = """Coalition for Fair Electronics
22 Harbour Road, Leeds

4 May 2026

Dear Mr Olsen,

This letter concerns a supplier of yours in Johor. Workers told our researchers that their passports were kept by an agent.

Yours sincerely,

Grace Mbeki
Coordinator

Reply received from Norland Tools Ltd, 9 May 2026 (printed with permission):
"Norland takes this seriously. Our audit found no retention of passports at either plant. We accept that recruitment
fees were charged, and the vendor will refund every worker."
"""

NOTICE = """Harbour Watch - Brief

The labour office issued a notice to the plant in March.

From the notice:
"Workers were required to work 14 hours a day and their passports were held by the employer."
"""

THREAD = """Thread by @mina_rights (Mina Sorensen), 3 Mar 2026

1/ Went to the dormitory of the cable plant in Kulim today. Twenty men share one room and the toilets were locked.

2/ The agent still keeps their passports in his office and takes RM 300 a month for a "loan".
"""

INITIAL = THREAD.replace("(Mina Sorensen)", "(Mina S.)")


def test_reply_lead_gives_the_answer_to_its_sender() -> None:
    found = claim_sources(LETTER)
    kind, wording, key = find_claim(found, "found no retention of passports")
    assert wording == "Norland Tools Ltd"
    assert kind == "organization"
    assert find_claim(found, "recruitment\nfees were charged")[2] == key


def test_near_miss_document_lead_still_the_document() -> None:
    found = claim_sources(NOTICE)
    assert find_claim(found, "14 hours a day")[0] == "document"


def test_thread_by_handle_with_full_name_is_the_person() -> None:
    found = claim_sources(THREAD)
    assert find_claim(found, "keeps their passports") == ("named_person", "Mina Sorensen", find_claim(found, "keeps")[2])


def test_near_miss_thread_name_with_initial_keeps_the_handle() -> None:
    found = claim_sources(INITIAL)
    assert find_claim(found, "keeps their passports")[1] in ("mina_rights", "@mina_rights")
