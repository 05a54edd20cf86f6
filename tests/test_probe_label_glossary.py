"""A glossary whose entries open with the term as a label and a full stop, no number and no colon ("Crewing agent. A
firm that ..."), defines words: no claims, though its definitions name held papers and unpaid wages. A report that
opens two paragraphs with a one-word sentence still gets its claims. Texts invented for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-03-10", "language": "en"}

GLOSSARY = """Harbour Desk Briefings
A short glossary for importers of frozen fish (2026 update)

These terms turn up in vessel audits and port inspection reports. The glossary explains the words; it names no vessel.

Crewing agent. A firm that hires fishers for a vessel owner and arranges their travel. Some agents charge the fishers
a placement fee, which many buyer codes forbid.

Transshipment. Moving catch from one vessel to another at sea, which lets a fishing vessel stay out for months.

Seaman's book. The record of a fisher's service at sea. A captain who keeps the book, or the passport, holds a
fisher's means of leaving the job.

Allotment. The part of a fisher's pay sent straight to the family at home. Allotments paid late or not at all are a
common complaint in audits.

Port state control. Inspections of foreign vessels by the authorities of the port they call at.

Further notes are in our members' library.
"""

REPORT = """Crew of a reefer say the captain held their passports

Yes. The eleven fishers told inspectors in Walvis Bay that the captain kept their passports in his cabin.
Nothing. That is what two of them said they had been paid in seven months at sea, a labour inspector said.
Again. The agent in Jakarta had charged each man a fee of $1,200, the inspector said.
"""


def test_a_glossary_of_labelled_entries_gets_no_claims():
    assert analyse(GLOSSARY, META).claims == []


def test_one_word_openers_in_a_report_do_not_make_it_a_glossary():
    found = {h.indicator for c in analyse(REPORT, META).claims for h in c.indicators}
    assert "retention_of_identity_documents" in found
