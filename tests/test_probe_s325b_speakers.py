"""Probes (s325b) for speakers: a firm's spokesperson given by the short form of the firm's name, what someone told the
narrator about the narrator's own lot inside a transcript turn or a post, "he" after a person named by a given name
who has not spoken, and a commenter's name that ends in initials. Reports are invented (places are real)."""

from __future__ import annotations

from probe_helpers import speakers_by_opening


def _of(text: str, opening: str) -> tuple[str | None, str | None]:
    """(wording, kind) of the speaker of the claim that opens with ``opening``."""
    return next(v for k, v in speakers_by_opening(text, 60).items() if k.startswith(opening))

_FIRM = """KRABI — Occupancy at the Lotus Bay Tower dropped sharply this year, according to the building's owner, Teak Star Holdings.

Several returnees said the guards stopped anyone who tried to go out and that passports were taken on arrival.

Teak Star's spokeswoman, Malee Sorn, rejected the allegations. "We have never confined a worker," she said.
"""

_STATE = """KRABI — The Krabi Provincial Office opened an inquiry into the Lotus Bay Tower this year.

Several returnees said the guards stopped anyone who tried to go out and that passports were taken on arrival.

Krabi's spokeswoman, Malee Sorn, said inspectors had found no confined workers at the tower.
"""


def test_firm_spokeswoman_by_short_name_speaks_for_the_firm() -> None:
    assert _of(_FIRM, '"We have never confined a worker," she')[1] == "organization"


def test_spokeswoman_of_a_state_office_stays_official() -> None:
    assert _of(_STATE, "Krabi's spokeswoman")[1] == "official"


_TURNS = """Harbour Weekly
Migrant Workers | Interview

Amani Odhiambo, 31, spent four months at a fishing camp near Ranong before he escaped in April.

Harbour Weekly: What happened when you arrived?

Amani: The boat took us out at night and we reached a pier with a fence and dogs. A manager from the camp announced that we would gut fish sixteen hours a day with no pay until the fare was cleared.

Harbour Weekly: And the other crews?

Amani: They had been there longer. A cook from the camp said the older crews were beaten when the catch was small.
"""


def test_what_a_manager_announced_about_the_narrator_stays_in_the_turn() -> None:
    assert _of(_TURNS, "A manager from the camp announced that we") == ("Amani Odhiambo", "named_person")


def test_what_a_cook_said_about_others_keeps_the_cook() -> None:
    assert _of(_TURNS, "A cook from the camp said the older crews")[0] == "A cook from the camp"


_POST = """Grace Wanjiru
4 March 2026 at 19:02 · Mombasa · Public

PLEASE HELP. My husband Otieno Baraka (30, from Kilifi) left for a warehouse job in Dubai in January. The broker told us it is a big company. It is NOT.

Otieno called on Tuesday for one minute. He said the bosses lock the dormitory at night and keep his passport.

We already gave the broker 80,000 shillings.

Most relevant comments

Juma K.O.
My brother paid the same broker and still got resold.
Reply · 1d
"""


def test_he_after_a_given_name_is_that_person_not_the_last_speaker() -> None:
    assert _of(_POST, "He said the bosses lock the dormitory at") == ("Otieno Baraka", "named_person")


def test_commenter_named_with_initials_speaks_the_comment() -> None:
    assert _of(_POST, "My brother paid the same broker and still") == ("Juma K.O.", "named_person")


_SPOKEN = """NAIROBI — Otieno Baraka, 30, said he was recruited for a warehouse job in Dubai. "They took my passport on the first day," Otieno Baraka said.

A broker in Mombasa said the job was real. Otieno called his wife on Tuesday. He said the bosses lock the dormitory at night.
"""


def test_he_after_a_name_that_spoke_before_stays_with_that_source() -> None:
    assert _of(_SPOKEN, "He said the bosses lock the dormitory at")[0] == "Otieno Baraka"


_DEMAND = """Grace Wanjiru
4 March 2026 at 19:02 · Mombasa · Public

PLEASE HELP. My husband Otieno Baraka left for a warehouse job in Dubai in January. The bosses took his passport and he works eighteen hours a day without pay.

Then a man on Signal says we must wire 300,000 shillings or Otieno will be moved. My neighbour said the broker took passports from three other workers.
"""


def test_a_demand_made_of_the_poster_is_the_posters_account() -> None:
    assert _of(_DEMAND, "Then a man on Signal says we must wire") == ("Grace Wanjiru", "named_person")


def test_what_a_neighbour_said_of_others_in_a_post_keeps_the_neighbour() -> None:
    assert _of(_DEMAND, "My neighbour said the broker took passports")[0] == "My neighbour"


_ADVISER = """PHNOM PENH — Workers rescued from a compound in Kampot described their treatment to our researchers.

A Vietnamese survivor, Tran, said he was beaten by guards for missing a target and his passport was kept in the office.

We contacted Bright Lotus Estates, which owns the compound's main block. Its legal adviser wrote back that the firm "knows of no abuse by tenants". He said tenants never confined staff.
"""


def test_he_after_a_firms_adviser_is_the_adviser() -> None:
    assert _of(_ADVISER, "He said tenants never confined staff") == ("Its legal adviser", "organization")


def test_he_after_a_firm_alone_is_not_the_firm() -> None:
    text = _ADVISER.replace("Its legal adviser wrote back", "The firm wrote back")
    assert _of(text, "He said tenants never confined staff")[1] != "organization"


_FIGURES = """VIENTIANE — Workers are being moved to casino towers in the Lao Golden Zone, a trafficking researcher said on Monday.

Lao figures show that about 3,000 foreigners entered the zone this spring, most of them on tourist visas, a Vientiane researcher, Noy Phasouk, said in comments to reporters. "Tourists do not come in buses of eighty with a shift boss and have their passports taken," she said.
"""


def test_she_after_a_national_adjective_is_no_name_of_a_place() -> None:
    assert (_of(_FIGURES, '"Tourists do not come in buses')[0] or "").endswith("Noy Phasouk")
