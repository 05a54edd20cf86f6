"""Probes (study 336, crews of fishing boats): a labour arbiter who rules on a wage claim speaks for the state
(``official``), by a capitalised title or not; a vessel whose record shows no port entry, or that has not put into
any port, keeps its crew from shore (``isolation``), as does catch passed to carriers at sea; a dead cook's body kept
in a freezer is an abusive condition; a fisher told he must pay for a replacement if he leaves is kept from leaving.
Near misses stay quiet: a port visit that happened, a reefer ship unloaded at a quay, a replacement part paid for.
Texts written for these tests; the firms, boats and people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-04-02", "language": "en"}


def _claim(text: str, part: str):  # type: ignore[no-untyped-def]
    a = analyse(text, META)
    c = next(c for c in a.claims if part in c.text)
    return a, c


def _kinds(c) -> set[str]:  # type: ignore[no-untyped-def]
    return {h.indicator for h in c.indicators}


RULING = """Tribunal sides with trawler hands over back pay

MANILA — Six trawler hands from Leyte have won a wage case against Coralpoint Crewing Corp.

The complainants told the hearing that their salaries were held back for eleven months. The Labour Arbiter found that the skipper had taken their passports when they boarded in Kaohsiung. The Arbiter also ruled that Coralpoint owed each man the unpaid balance.
"""


def test_a_capitalised_labour_arbiter_speaks_for_the_state() -> None:
    a, c = _claim(RULING, "skipper had taken their passports")
    src = a.source(c.source)
    assert src is not None and src.kind == "official"


def test_the_arbiter_again_is_the_same_official_not_the_firm() -> None:
    a, c = _claim(RULING, "owed each man")
    src = a.source(c.source)
    assert src is not None and src.kind == "official"


def test_a_lower_case_labour_arbiter_is_official_too() -> None:
    text = RULING.replace("The Labour Arbiter found", "The labour arbiter found")
    a, c = _claim(text, "skipper had taken their passports")
    src = a.source(c.source)
    assert src is not None and src.kind == "official"


SEA = """Crew of squid boat describe life far from land

APIA, Samoa — Deckhands from the Kestrel Star told a welfare group in Apia that they had not seen a harbour in a long while.

The skipper's register shows no port entry from January 2025 to the day the boat was boarded, the group said. The Kestrel Star is thought to have unloaded its squid to reefer ships at sea every few weeks. A cook died of a fever in the third month, a deckhand said. His corpse was stored in the freezer for five weeks before a supply ship collected it. Two others said the skipper warned them that anyone who quit before the contract ended must pay for his own airfare and a replacement crewman. "The bosun said if I left at the next port the company would bill me for a substitute," one said.
"""


def test_a_record_without_port_entry_is_isolation() -> None:
    _, c = _claim(SEA, "no port entry")
    assert "isolation" in _kinds(c)


def test_a_vessel_not_putting_into_port_is_isolation() -> None:
    text = SEA.replace("The skipper's register shows no port entry from January 2025 to the day the boat was boarded",
                       "The Kestrel Star has not put into any port since the start of 2025")
    _, c = _claim(text, "has not put into any port")
    assert "isolation" in _kinds(c)


def test_catch_passed_to_carriers_at_sea_is_isolation() -> None:
    _, c = _claim(SEA, "reefer ships at sea")
    assert "isolation" in _kinds(c)


def test_a_body_kept_in_the_hold_is_an_abusive_condition() -> None:
    _, c = _claim(SEA, "stored in the freezer")
    assert "abusive_working_and_living_conditions" in _kinds(c)


def test_paying_for_a_replacement_to_go_home_restricts_movement() -> None:
    _, c = _claim(SEA, "replacement crewman")
    assert "restriction_of_movement" in _kinds(c)


def test_being_billed_for_a_substitute_on_leaving_restricts_movement() -> None:
    _, c = _claim(SEA, "bill me for a substitute")
    assert "restriction_of_movement" in _kinds(c)


NEAR = """Longliner crew describe a hard season

SUVA, Fiji — Deckhands from the Opal Crest told a welfare group in Suva about their last trip.

The longliner entered port in Nuku'alofa on Tuesday and her crew spent two nights ashore, the group said. The reefer ship Blue Tern unloaded frozen tuna at the main quay on Friday. Deckhands on the Opal Crest said they went ashore at every port and that the owner paid for a replacement winch when the old one broke. One deckhand said the skipper kept their passports locked in his cabin for the whole trip.
"""


def test_near_misses_stay_quiet() -> None:
    a = analyse(NEAR, META)
    assert any("passports locked" in c.text for c in a.claims)  # the page has claims: the checks below are not vacuous
    found = {h.indicator for c in a.claims if "passports locked" not in c.text for h in c.indicators}
    assert not found & {"isolation", "restriction_of_movement", "abusive_working_and_living_conditions"}
