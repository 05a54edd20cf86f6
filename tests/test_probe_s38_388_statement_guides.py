"""Probes: a how-to guide on the compliance document a law requires of large firms names the document by its statutory
title, which holds a word of an account ("an anti-trafficking statement", "its trafficking disclosures"): the kind of
document, not a case told. Such a guide stays quiet. Near misses stay in the domain: a guide that tells of trafficking
found at a supplier, and a sentence in which workers were trafficked. Texts written for these tests; the firm and the
places are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.rule_notices import tells_of_abuse

META = {"published": "2026-10-02", "language": "en"}

GUIDE = """Brightwater Compliance Notes - A practical guide

How to prepare your first supply chain transparency report

Published by Fernhill Governance, Bristol, 14 May 2026

If your company sells goods in the country and earns more than £50 million a year, the act requires you to publish an
annual forced labour and human trafficking statement on your website. Most boards sign it without reading it. This guide
gives five steps to make yours worth reading.

Step 1: List your suppliers
Begin with the factories you buy from directly and note where your list ends.

Step 2: Rank the risks
Use country indices and your own order data to rank suppliers.

Step 3: Say what you checked
State the number of visits made and the count of staff interviewed away from the site.

Step 4: Train your buyers
Record who took part and for how long.

Step 5: Publish on time
The board must approve the document and a director must sign it.

Our review of a draft costs £900 plus VAT. Write to desk@fernhill.example
"""

GUIDE_WITH_CASE = GUIDE.replace(
    "Most boards sign it without reading it.",
    "Last year inspectors found that twelve workers at one of our clients' suppliers had been trafficked from Nepal.")


def test_statutory_statement_is_no_account() -> None:
    assert not tells_of_abuse(["Firms above the threshold file an anti-trafficking statement each year."])
    assert not tells_of_abuse(["The retailer filed its forced labour disclosures late."])


def test_guide_on_statements_is_quiet() -> None:
    assert analyse(GUIDE, META).claims == []


def test_near_miss_trafficked_workers_still_told() -> None:
    assert tells_of_abuse(["Twelve workers were trafficked and their statements were taken by the police."])
    assert analyse(GUIDE_WITH_CASE, META).claims


def test_near_miss_trafficking_word_alone() -> None:
    assert tells_of_abuse(["The firm's supplier was accused of human trafficking."])
