"""Probes (session 39, from heldout389's speaker misses): a paper's note over a first-person testimony that names the
witness by four names, as South Asian names often run ("Maya Devi Singh Thakuri, 41, from Lamjung, ... She told her
story to ..."), gives the testimony to the witness as a shorter name does. Near misses: a note naming no teller keeps
the paper's voice, and the paper's own closing paragraph stays the paper's. Texts written for these tests; every name
is fictional."""

from __future__ import annotations

from probe_helpers import speakers_by_claim

_NOTE = """HILL WEEKLY | Returnee voices

A welder's story from Dubai

{name}, 41, from Lamjung, came home from Dubai in March after three years as a cleaner with a hotel firm. She told her story to Hill Weekly at a bus stand in Pokhara.

I paid 300,000 rupees to the agent in Kathmandu. The firm kept my passport the whole time. Our shift ran from five in the morning until nine at night.

---

Hill Weekly wrote to the firm in Dubai. It did not reply.
"""


_speakers = speakers_by_claim


def test_a_witness_named_by_four_names_tells_the_testimony() -> None:
    speakers = _speakers(_NOTE.format(name="Maya Devi Singh Thakuri"))
    passport = speakers[next(k for k in speakers if "kept my passport" in k)]
    assert passport == ("Maya Devi Singh Thakuri", "named_person")
    fee = speakers[next(k for k in speakers if "300,000 rupees" in k)]
    assert fee[0] == "Maya Devi Singh Thakuri"


def test_a_witness_named_by_three_names_still_tells_it() -> None:
    speakers = _speakers(_NOTE.format(name="Maya Devi Thakuri"))
    passport = speakers[next(k for k in speakers if "kept my passport" in k)]
    assert passport == ("Maya Devi Thakuri", "named_person")


def test_a_note_without_a_teller_keeps_the_papers_voice() -> None:
    text = _NOTE.format(name="Maya Devi Singh Thakuri").replace(" She told her story to Hill Weekly at a bus stand in Pokhara.", "")
    speakers = _speakers(text.replace("I paid", "Workers paid").replace("kept my passport", "kept their passports"))
    passport = speakers[next(k for k in speakers if "kept their passports" in k)]
    assert passport[1] != "named_person"
