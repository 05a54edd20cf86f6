"""Lines of a letter or a transcript that frame what follows rather than tell of workers (study s345): a host's turn
that speaks to a guest by first name ("HOST: Maria, you ...") before asking a question, and an investor letter's list
of what it asks the board to do (a lead-in "We ask the Board:" and numbered items opening "to <verb>"). A numbered
finding and a guest's own account stay claims. Every text is invented (firms and people fictional, places real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"language": "en", "published": "2026-05-03"}

PODCAST = """TRANSCRIPT — Ethical Trade Circle podcast, episode 9
Recorded 3 May 2026

Guests:
ANNA BERG, host, Ethical Trade Circle
LUIS MORA, organiser, Pacific Deckhands Union

BERG: Luis, you spent the winter on tuna boats where crews work twenty-hour shifts.

BERG: What did you find there?

MORA: We spoke to 40 deckhands. Most told us their recruiters kept their seafarer books until the contract ended.
"""

LETTER = """Ashgrove Pension Fund
To the Chair of the Board, Pelican Textiles plc

Dear Ms Okafor,

We write as holders of 2.1% of Pelican's shares. The Marlow Centre's 2025 report says pickers on farms that \
supply Pelican's spinners could not leave the farms and had their identity cards taken.

We ask the Board:

1. to publish a list of the gins and spinners that supply Pelican, down to the farm where it can;
2. to say whether pickers' identity cards are still held by farm managers;
3. to stop buying from spinners that cannot show where their cotton was picked.

1. Pickers on two farms were not allowed to leave before the harvest ended.

Yours sincerely,
Ines Varga, Head of Stewardship
"""


def test_host_address_to_a_guest_is_no_claim() -> None:
    a = analyse(PODCAST, META)
    assert not any(c.text.startswith("BERG: Luis, you") for c in a.claims)
    assert any("seafarer books" in c.text for c in a.claims)


def test_letters_requests_are_no_claims() -> None:
    a = analyse(LETTER, META)
    assert not any(c.text.startswith("We ask the Board") for c in a.claims)
    assert not any("to publish a list" in c.text or "to say whether" in c.text for c in a.claims)


def test_numbered_finding_stays_a_claim() -> None:
    a = analyse(LETTER, META)
    assert any("not allowed to leave before the harvest" in c.text for c in a.claims)


DIGEST = """The Sourcing Brief — weekly roundup no. 40

1. CAMBODIA: Brick kiln debts
Workers at three kilns near Phnom Penh told the Brief they owed their kiln owners up to $4,000 each and could not \
leave until the loans were paid off.

2. FURTHER READING
— "Bonded to the kiln", a long read on Cambodian brickmakers in Mekong Monthly (free).
— Harbour Watch's new guide to debt bondage claims, published Monday.
— Kilns near Kandal were raided last month, a partner group reported.
"""


def test_reading_list_items_are_no_claims() -> None:
    a = analyse(DIGEST, META)
    assert not any("a long read on" in c.text or "new guide to debt bondage" in c.text for c in a.claims)
    assert any("could not leave until the loans" in c.text or "owed their kiln owners" in c.text for c in a.claims)


def test_reading_item_that_tells_stays_a_claim() -> None:
    from labourlens.analyse.reading_items import reading_item

    assert not reading_item("— Kilns near Kandal were raided last month, a partner group reported.")
    assert reading_item("— Harbour Watch's new guide to debt bondage claims, published Monday.")
