"""Lines that only lead in to a text printed below them (probe diag83): a label over a reply or notes ("The
company's reply:", "Our notes:") and a poster's pointer to an item copied below ("Saw this on the X site today:")
are no claims, nor is a note that someone agreed or refused to be named, while a sentence that says something
before its colon stays one; notes that the writer could not verify an account ("It was not possible to verify
...", "couldn't verify", "could not establish the nationality") are found. Every text is written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.claim_filters import is_lead_in
from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META


@pytest.mark.parametrize("line", ["The firm's reply:", "Our notes:", "Its statement in full:",
                                  "Spotted this on the Harbour Line site today:", "Found this in a trade newsletter:"])
def test_labels_and_pointers_lead_in(line: str) -> None:
    assert is_lead_in(line)


@pytest.mark.parametrize("line", ["The workers were beaten by the guards:", "The company replied that wages are paid:",
                                  "Saw the guards lock the gate:"])
def test_sentences_with_a_claim_do_not(line: str) -> None:
    assert not is_lead_in(line)


def test_reply_label_is_no_claim_but_the_reply_is() -> None:
    text = (LEAD + "We sent questions to Kestrel Timber about the workers' passports.\n\n"
            "The company's reply:\n\n"
            "\"No worker's passport is kept by the company. Workers are paid in full every month.\"")
    claims = [c.text for c in analyse(text, META).claims]
    assert not any(c.startswith("The company's reply") for c in claims)
    assert any("passport is kept" in c for c in claims)


@pytest.mark.parametrize("line,meta", [
    ("Neither supervisor agreed to be named.", True),
    ("She refused to give her name.", True),
    ("A supervisor, who declined to give his name, said the dormitory doors were locked.", False),  # control: a claim
    ("The foreman refused to give the workers their passports.", False),  # control: a claim
    ("The manager refused to comment but said the workers were paid in full.", False),  # control: a denial stays
])
def test_naming_notes_are_about_the_reporting(line: str, meta: bool) -> None:
    from labourlens.analyse.claims import _is_meta  # noqa: PLC0415 - the filter under test

    assert _is_meta(line) is meta


@pytest.mark.parametrize("line,note", [
    ("It was not possible to verify the workers' accounts independently.", True),
    ("The paper said it couldn't verify where the photograph came from.", True),
    ("Harbour Line could not establish the nationality of the women.", True),
    ("It was not possible to leave the dormitory after ten.", False),  # control: a claim about the workers
    ("The men could not establish contact with their families.", False),  # control
    ("Satellite imagery cannot establish the nationality of the residents.", False),  # control: no check of ours
])
def test_notes_that_something_could_not_be_verified(line: str, note: bool) -> None:
    from labourlens.analyse.hedges import unconfirmed_start  # noqa: PLC0415 - the note finder under test

    assert (unconfirmed_start(line) is not None) is note
