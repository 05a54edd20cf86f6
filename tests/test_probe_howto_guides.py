"""Probes: a how-to guide for the reader ("How to replace your ...", "Step by step", questions that open a line with
their answer after them) tells of nothing done to anyone, even where it names the office's complaints desk; an account
of abuse in the same layout keeps the page in the domain. Texts written for these tests; the site, the agency and the
people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.rule_notices import tells_of_abuse

META = {"published": "2026-08-14", "language": "en"}
GUIDE = """KerjaAman.my - Guides for migrant workers in Malaysia
Home > Permits > i-Kad

How to replace a lost or damaged i-Kad at the immigration office in Johor Bahru

Last checked 9 August 2026 - 3 minute read

Your i-Kad is issued in your own name and should stay in your wallet. This guide walks you through replacing a card that was lost, stolen or broken. The same steps apply at the branches in Muar and Batu Pahat.

When can I apply?
As soon as you notice the card is missing. Make a police report first if it was stolen.

What should I bring?
1. The police report, or the broken card
2. Your passport and a copy of the photo page
3. A letter from your employer confirming your job
4. The replacement fee of RM 200, paid at the counter by card

Step by step
1. Book a slot on the immigration department's website.
2. Hand in the documents and pay the fee. Take the passport back with you; staff must return it at the counter.
3. Give your fingerprints and have a photo taken.
4. Pick up the new card after five working days, or ask a friend to pick it up with a signed letter.

Can my employer collect the card for me? Yes, with your signed letter, but it should be handed to you the same day.
Do I need an agent? No. If somebody asks you for money to "fix" the card faster, say no and tell the complaints desk at the office.

Read next: Checking your permit status online - Choosing a clinic for the FOMEMA medical
"""


def test_a_how_to_guide_tells_of_nothing_done_to_anyone() -> None:
    a = analyse(GUIDE, META)
    assert [c.text for c in a.claims] == []


def test_a_complaints_desk_is_no_account_of_abuse() -> None:
    assert not tells_of_abuse(["Say no and tell the complaints desk at the office."])
    assert not tells_of_abuse(["Ring the abuse hotline on 1-800 if you need help."])
    assert tells_of_abuse(["Their complaints about the unpaid overtime were ignored."])


def test_an_account_of_abuse_in_a_guide_keeps_the_page_in_the_domain() -> None:
    told = GUIDE.replace("Read next:", "Three workers from Sabah told us their agent confiscated the new cards and "
                                       "threatened to report them as absconders.\n\nRead next:")
    a = analyse(told, META)
    assert any(h.indicator == "retention_of_identity_documents" for c in a.claims for h in c.indicators)
