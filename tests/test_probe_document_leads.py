"""A document's words set off after a lead-in line of their own (probe diag37-b): "From the notice:", "Excerpts
from the judgment:", "The memo reads, in part:" then a paragraph in quotation marks. The quotation is the
document's, not the page's and not a person called "From". A lead-in that names no document ("From the
workers:", "From our correspondent:") hands nothing over. Every text is written for this test; firms and
people are fictional (places and state bodies are real)."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speakers, speaker_in
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
H = ("North Korean coders kept in flats in Dalian\n\n"
     "The Treasury on Tuesday designated Bright Lattice Trading, which it says ran North Korean IT workers in Dalian. "
     "We set out the key passages below.\n\n")
Q = ('"The workers were required to earn at least $4,000 a month each. Team leaders kept the workers\' passports '
     'and beat those who missed their quotas."\n\nThe firm did not answer our questions.\n')



def _speaker(text: str, fragment: str) -> tuple[str | None, str]:
    return speaker_in(claim_speakers(text), fragment)


@pytest.mark.parametrize("lead,doc", [
    ("From the notice:", "the notice"),
    ("Excerpts from the designation notice:", "the designation notice"),
    ("From the court's judgment:", "the court's judgment"),
    ("The memo reads, in part:", "the memo"),
    ("The report states:", "the report"),
])
def test_lead_in_hands_the_quotation_to_the_document(lead: str, doc: str) -> None:
    text = H + lead + "\n\n" + Q
    for fragment in ("at least $4,000", "kept the workers' passports"):
        who, kind = _speaker(text, fragment)
        assert (who or "").lower() == doc and kind == "document"


@pytest.mark.parametrize("lead", ["From the workers:", "From our correspondent:", "From Dalian:"])
def test_lead_in_without_a_document_hands_nothing_over(lead: str) -> None:
    who, kind = _speaker(H + lead + "\n\n" + Q, "kept the workers' passports")
    assert kind != "document" and who != "From"


def test_a_quotation_after_ordinary_prose_is_unchanged() -> None:
    # negative control: no lead-in line; the paragraph before is running prose
    text = H + "Nobody at the firm would talk to us about the flats.\n\n" + Q
    assert _speaker(text, "kept the workers' passports")[1] != "document"


def test_the_notice_names_then_it_estimates() -> None:
    # "names ... as" is the notice speaking; "It estimates" then goes back to the notice, not to the Treasury
    text = (H + "From the notice:\n\n" + Q.split("\n\n")[0] + "\n\n"
            "The notice names Bright Lattice Trading and a Dalian shipping agent as the front companies. It estimates "
            "that the workers earned $8 million, most of it taken by their team leaders.\n")
    a = analyse(text, META)
    keys = {c.source for c in a.claims if "$4,000" in c.text or "taken by their team leaders" in c.text}
    assert len(keys) == 1 and a.source(keys.pop()).kind == "document"  # type: ignore[union-attr]


def test_a_person_named_is_no_document_verb() -> None:
    # negative control: "named" after a person is an ordinary word; only "names" after a document reports
    text = H + "A worker named Kim said the team leaders kept the workers' passports in a safe.\n"
    assert _speaker(text, "passports in a safe")[1] in ("named_person", "anonymous_source")
