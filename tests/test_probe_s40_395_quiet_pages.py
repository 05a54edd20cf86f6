"""Probes (session 40, from heldout395's quiet pages): a page with nothing to find stays quiet when it names a
charity collection for the widows of miners who died (a sports or charity page: no abuse told), or invites
labourers who hold a valid residence permit or pink card of their own. Near misses: a death at work and cards kept
by a manager keep their indicators. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import lexicon_indicators as _ids

SPORTS = """Valley Sports Review

Lakeside Rovers win the Workers' Cricket Shield

DURBANVILLE, 4 May - Lakeside Rovers, a side of warehouse and bottling staff, won the Workers' Cricket Shield on
Sunday, beating the Harbour Eleven by six wickets.

Captain Tomas Verhoef, a forklift driver, scored 58 not out.

Organisers say the tournament collected 12,000 rand for widows of miners who have died, to be paid out in their
villages. Each team paid 300 rand to enter.

Spectators filled the ground all afternoon and stalls sold samosas and boerewors."""

NOTICE = """Community Notice - Free Pruning Course

Run by the district farm extension office with the Valley Growers' Cooperative.

Open to: orchard owners, their families and hired pickers from any country, including migrants holding a valid
residence permit or pink card. Translators will attend.

There is no charge. Meals are served at noon. Everyone who finishes gets a certificate."""


def test_a_collection_for_bereaved_relatives_is_no_abuse() -> None:
    assert _ids("Organisers say the tournament collected 12,000 rand for widows of miners who have died, to be paid "
                "out in their villages.") == set()
    assert analyse(SPORTS, {}).claims == []


def test_migrants_holding_a_valid_card_keep_their_own_papers() -> None:
    assert _ids("Open to: hired pickers, including migrants holding a valid residence permit or pink card.") == set()
    assert analyse(NOTICE, {}).claims == []


def test_near_misses_keep_their_indicators() -> None:
    assert "abusive_working_and_living_conditions" in _ids("Two welders died when the scaffold collapsed at the site.")
    assert "retention_of_identity_documents" in _ids("The foreman kept every picker's pink card locked up in his office.")
    assert "intimidation_and_threats" in _ids("Pickers who complain are sent home on the next bus.")
