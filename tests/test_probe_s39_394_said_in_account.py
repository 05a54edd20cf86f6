"""Probes (session 39, from heldout394's speaker misses): in a first-person testimony under a note naming its witness,
"He said ..." after one of the witness's own sentences about the boss in the same paragraph ("The foreman showed me the
list. He said ...") stays the witness's account, even when an earlier paragraph had a worker tell the witness
something. Near misses: a "He said" opening the next paragraph straight after that worker told the witness something
stays the worker's; a minister named in the account keeps speaking. Texts written for these tests; every name is
fictional."""

from __future__ import annotations

from probe_helpers import speaker_of, speakers_by_claim

_NOTE = """WEST WIND JOURNAL
Testimony

Pak Chol-su (a pseudonym), 51, worked as a plasterer at a building site in Minsk from 2017 to 2020. Our reporter heard his account over two evenings.

At the airport the foreman took our passports. I did not see mine again for three years.

A welder from Chongjin told me that his brigade leader had kicked him when he fell asleep on a scaffold. I saw the bruise later.

On the last day I was given 200 dollars in an envelope. The foreman showed me a ledger with figures in it. He said the balance had been paid into a state savings account. I did not argue.
"""

_NEXT = """WEST WIND JOURNAL
Testimony

Pak Chol-su (a pseudonym), 51, worked as a plasterer at a building site in Minsk from 2017 to 2020. Our reporter heard his account over two evenings.

At the airport the foreman took our passports. I did not see mine again for three years.

A welder from Chongjin told me that his brigade leader had kicked him when he fell asleep on a scaffold.

He said the brigade leader also kept half of his wages for food.
"""


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    return speakers_by_claim(text, {"outlet": "West Wind Journal"})


_of = speaker_of


def test_he_said_after_the_witness_s_own_line_stays_the_witness_s() -> None:
    speakers = _speakers(_NOTE)
    assert _of(speakers, "state savings account") == ("Pak Chol-su", "named_person")
    assert _of(speakers, "took our passports") == ("Pak Chol-su", "named_person")


def test_he_said_opening_the_next_paragraph_stays_the_worker_s() -> None:
    speakers = _speakers(_NEXT)
    assert _of(speakers, "half of his wages")[0] != "Pak Chol-su"
