"""A general word for a paper the writer has just named by its kind ("In the petition, ..., the pickers say ...
The document says ...") refers back to that paper (labourlens.analyse.generic_documents, diag89): the speaker is
"the petition", not a new source called "The document". Every text is written for this test; people and firms are
fictional (places are real)."""

from __future__ import annotations

import sys
from pathlib import Path

from labourlens.analyse.generic_documents import generic_document
from labourlens.analyse.speakers import Mention

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import speaker  # noqa: E402

LEAD = "Kyrgyz pickers at a greenhouse near Ussuriysk asked the labour inspectorate for help.\n\n"


def test_the_document_is_the_petition_named_before() -> None:
    text = LEAD + ("In the petition, which the inspectorate forwarded to us, the pickers say they were promised 60,000 "
                   "rubles a month. The document says their passports were taken by the manager on arrival.\n")
    assert speaker(text, "passports were taken")[:2] == ("the petition", "document")


def test_only_a_general_word_is_reworded() -> None:
    m = Mention("The document", 0, 12, "said")
    assert generic_document(m, "Ten pickers signed a letter to the governor.") is not None
    assert generic_document(m, "Ten pickers signed a letter to the governor.").wording == "the letter"  # type: ignore[union-attr]
    assert generic_document(m, "Ten pickers spoke to the governor.") is None
    assert generic_document(Mention("The contract", 0, 12, "said"), "In the complaint, they say ...") is None
