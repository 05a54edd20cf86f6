"""In a witness's transcript turn, what others told the witness is the witness's own account (texts
written for these tests)."""

from __future__ import annotations

from attribution_helpers import who
from labourlens.analyse.interviewees import told_the_witness
from labourlens.analyse.speakers import Mention

TRANSCRIPT = """HOST: Lena, could you leave the farm?
LENA: Nobody could leave. The gate was locked at night, and the foreman told us the police would send us back. He also said our wages would be cut if we complained.

HOST: And the pay?
LENA: The agency kept it. Our team leader said the agency would keep our passports too.

HOST: Thank you, Lena.
"""


def test_what_the_witness_was_told_stays_in_her_turn() -> None:
    lena = who(TRANSCRIPT, "Nobody could leave")
    assert lena is not None and lena.kind == "named_person"
    for frag in ("foreman told us", "wages would be cut", "our passports"):
        src = who(TRANSCRIPT, frag)
        assert src is not None and src.key == lena.key


def test_a_third_party_without_the_witness_in_it_speaks_for_itself() -> None:
    text = ("HOST: What happened next?\nLENA: I left in May. The embassy said it had opened an inquiry into "
            "the farm.\n")
    lena, embassy = who(text, "left in May"), who(text, "opened an inquiry")
    assert lena is not None and embassy is not None and embassy.key != lena.key


def test_a_source_the_witness_relays_speaks_for_itself() -> None:
    text = ("HOST: What did the engineer see?\nDORN: I ran the site for a year. Their foreman told me that anyone "
            "who left the site alone would be sent home.\n")
    dorn, foreman = who(text, "ran the site"), who(text, "sent home")
    assert dorn is not None and foreman is not None and foreman.key != dorn.key


def test_told_the_witness() -> None:
    m = Mention("the foreman", 30, 41, "told")
    assert told_the_witness(m, "The gate was locked, and then the foreman told us we had to wait.")
    assert not told_the_witness(m, "The gate was locked, and then the foreman told us the men had left.")
    assert not told_the_witness(m, "The gate was locked, and then the foreman told the police.")
    assert not told_the_witness(Mention("I", 0, 1, "said"), "I said we were tired.")
    assert not told_the_witness(None, "We were tired.")


def test_and_i_quote_is_not_the_witness_in_what_was_said() -> None:
    m = Mention("Their foreman", 0, 13, "told")
    assert not told_the_witness(m, "Their foreman told me, and I quote, that runaways would be flown home.")
    assert told_the_witness(m, "Their foreman told me, and I quote, that I would be flown home.")
