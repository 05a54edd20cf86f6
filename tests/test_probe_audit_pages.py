"""An audit page speaks as the audit, named after the firm its particulars name ("Auditor: Harbour Compliance Ltd"),
also under a heading with a status word ("AUDIT REPORT (EXCERPT) - CONFIDENTIAL": the bracket before a dash is no
dateline outlet). "On day two, auditors saw ..." opens with a time, not a speaker "two, auditors". Pages without the
particulars stay as they were. Every text is written for this test; firms and sites are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.document_voice import document_voice
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}

_BODY = ("\n\nSection 3: Findings\n\n3.1 Hours. Packing line staff worked 80 hours a week in the peak "
         "season, with no day off for 15 days.\n\n3.2 Migrant workers. On day two, auditors observed about 40 workers who were not on the payroll "
         "and whose passports were kept by the site manager.\n")


@pytest.mark.parametrize("heading,fields,who", [
    ("AUDIT SUMMARY (EXCERPT) \u2014 CONFIDENTIAL", "Auditor: Harbour Compliance Ltd. | Site: Lotus Seafood Co., Qingdao",
     "Harbour Compliance Ltd."),
    ("SOCIAL AUDIT REPORT - DRAFT", "Audit firm: Northgate Assurance Group\nSite: Jade Garment Co., Ningbo",
     "Northgate Assurance Group"),
    ("Supplier audit: key findings", "Audited by: Kestrel Ethical Services\nFacility: Amber Foods, Dalian",
     "Kestrel Ethical Services"),
    ("AUDIT REPORT (SUMMARY) \u2013 INTERNAL", "Site: Orchid Textiles, Wuxi | Dates: 2-4 June 2025", "The audit"),
])
def test_audit_voice_named_after_firm(heading: str, fields: str, who: str) -> None:
    text = f"{heading}\n{fields}{_BODY}"
    voice = document_voice(text)
    assert voice is not None and voice.wording == who
    a = analyse(text, META)
    assert a.meta.outlet is None
    wordings = {a.source(c.source).wording for c in a.claims}
    assert wordings == {who}, [(c.text, a.source(c.source).wording) for c in a.claims]


def test_lead_auditor_is_no_firm() -> None:
    text = f"AUDIT SUMMARY\nLead auditor: Jana Novak | Site: Lotus Seafood Co., Qingdao{_BODY}"
    voice = document_voice(text)
    assert voice is not None and voice.wording == "The audit"


@pytest.mark.parametrize("sentence,who", [
    ("On day two, auditors observed about 40 workers who were not on the payroll.", "auditors"),
    ("On day three, the foreman said the workers would not be paid.", "the foreman"),
    ("On week one, inspectors found 12 men locked in a dormitory.", "inspectors"),
    ("On May 5, the ministry said 40 workers had been deported.", "the ministry"),
])
def test_day_number_adjunct(sentence: str, who: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == who, m


def test_news_dateline_still_gives_outlet() -> None:
    text = ("Workers locked in\n\nQINGDAO, China (Harbour Wire) \u2014 About 40 workers at a seafood plant had their "
            "passports taken by the manager, two people who work there said.\n")
    assert analyse(text, META).meta.outlet == "Harbour Wire"
