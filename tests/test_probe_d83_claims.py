"""Lines that only lead in to a text printed below them (probe diag83): a label over a reply or notes ("The
company's reply:", "Our notes:") and a poster's pointer to an item copied below ("Saw this on the X site today:")
are no claims; a sentence that says something before its colon stays one. Every text is written for this test."""

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
