"""The frame of compliance documents and their credits.

A distribution notice, a redaction note, an extract's heading, a board's sign-off and a signature line of a role and
a firm are no claims; an auditor's "Not verified against payroll yet" and a newsletter's "was unable to obtain a copy
of the boarding report" are notes that something is unverified; "Subscribe to the Digest" under the masthead "HARBOUR
TRADE DIGEST" is the masthead's short form; "X - Translated by Y" credits Y as translator. Texts written for this
probe: fictional firms, outlets and people."""

from __future__ import annotations

import pytest

from labourlens.analyse.document_frames import document_frame
from labourlens.analyse.pipeline import analyse
from probe_helpers import META


@pytest.mark.parametrize("line", [
    "Not for distribution beyond the commissioning buyer.",
    "Names of junior staff redacted.",
    "Extract from the Modern Slavery Statement 2025 of Larkfield Apparel plc",
    "This statement was approved by the Board on 3 June 2025 and signed by Ana Ruiz, Chief Executive Officer.",
    "Sales Director, Harbin Ocean Foods Co., Ltd.",
])
def test_frame_lines(line: str) -> None:
    assert document_frame(line)


@pytest.mark.parametrize("line", [
    "Not paid for three months, the workers said.",
    "Names of the workers who complained were passed to the police.",
    "This report was approved by the Board after workers said they were beaten.",
    "HR Manager, Sunrise Garments Ltd, said the workers were paid in full.",
])
def test_claims_are_no_frame(line: str) -> None:
    assert not document_frame(line)


def test_unverified_notes() -> None:
    text = ("Migrant workers at a Ningbo dye works described their conditions to the auditor.\n\n"
            "W4 said the first month's wage was held as a deposit. Not verified against payroll yet.\n\n"
            "The newsletter was unable to obtain a copy of the inspection report.\n")
    flagged = [s.text for s in analyse(text, META).sentences if s.unconfirmed]
    assert any(t.startswith("Not verified against payroll") for t in flagged)
    assert any("unable to obtain a copy" in t for t in flagged)


def test_a_checked_gate_is_no_note() -> None:
    text = ("Migrant workers at a Ningbo dye works described their conditions to the auditor.\n\n"
            "Passports were not checked at the gate, and pay was not checked by anyone.\n")
    assert not [s for s in analyse(text, META).sentences if s.unconfirmed and "gate" in s.text]


def test_the_masthead_for_its_short_form() -> None:
    text = ("HARBOUR TRADE DIGEST | Detention Notices This Week\n\n"
            "Customs detained a shipment of gloves made by workers who said their passports were held.\n\n"
            "Subscribe to the Digest | Unsubscribe\n")
    assert analyse(text, {"language": "en"}).meta.outlet == "Harbour Trade Digest"


def test_a_translator_after_a_dash() -> None:
    text = ("Fishermen come home from the boats with nothing\n\n"
            "Le Van Binh - Translated by Tran Thi Mai\n\n"
            "Fishermen from Nghe An said the agency kept eight months of their pay as a guarantee.\n")
    assert analyse(text, {"language": "en"}).meta.translator == "Tran Thi Mai"
