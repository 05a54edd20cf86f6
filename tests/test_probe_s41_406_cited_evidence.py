"""Probes (session 41, from heldout406's compliance story): a study that "found, citing interviews with
nine cooks" speaks its own finding (the interviews are its evidence). Near miss: an outlet citing interviews keeps the usual chain
to the people. Texts written for these tests."""

from __future__ import annotations

from probe_helpers import speaker

REPORT = """Migrant cooks at hotel kitchens in Doha were paid late for months, according to a report by the Harbour
Monitoring Group.

Cooks at the hotels take home less than half of their contract wage, the study found, citing interviews with nine
cooks who left."""

OUTLET_CITES = """Migrant cooks at hotel kitchens in Doha say their employer kept their passports and paid them late,
the Harbour Ledger reported, citing interviews with four of the cooks."""

def test_a_report_citing_its_interviews_speaks() -> None:
    wording, kind, _ = speaker(REPORT, "less than half", {})
    assert kind == "document" and ("report" in (wording or "").lower() or "study" in (wording or "").lower())


def test_an_outlet_citing_interviews_keeps_the_people() -> None:
    assert speaker(OUTLET_CITES, "kept their passports", {})[1] == "anonymous_source"
