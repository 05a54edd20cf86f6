"""Probes for the classes studied on heldout248 (branch diag248): a first-person account under a note that gives
its teller a name to go by, bullets ending in semicolons split one per item, a firm's lawyer placed in a city, a
nation's diplomatic mission written in lower case, "the lab" as a research body, and indicator shapes (a household
benefit at stake for a missed work duty, the rest of the pay put down to upkeep, pay lost by leaving early, a
holder's signature needed to go out, no going back before the season ends, goods held at a port, pay held back
until a term ends). Every text here is invented."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators, sentences
from labourlens.analyse.counsel_voices import counsel_kind
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2026-05-04", "language": "en"}


def _inds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


def _rules(text: str) -> set[str]:
    return {h.rule for h in indicators.match(text).hits}


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    r = analyse(text, dict(META))
    out = []
    for c in r.claims:
        src = r.source(c.source)
        out.append(((src.wording or src.canonical) if src else None, src.kind if src else None))
    return out


# ---------------------------------------------------------------- a named teller's first-person account

_ACCOUNT = (
    "HILL COUNTRY JOURNAL - Voices\n\n"
    "A brick kiln worker looks back\n\n"
    "Translated from Tamil by Rani Selvam. The narrator goes by the name Murugan; he fears for his brothers.\n\n"
    "I was nineteen when a broker from Salem came to our street. He said the kiln would pay 600 rupees a day "
    "and that the advance would be cleared in one season.\n\n"
    "At the kiln we moulded bricks from four in the morning. The owner kept back most of the wages for the advance. "
    "When I asked for my money, the munshi slapped me and locked the shed.\n\n"
    "Our huts had no doors and no water. I ran away after two seasons.\n\n"
    "---\n"
    "Editor's note: We spoke to Murugan twice in 2025 and could not reach the kiln owner.\n"
)


def test_named_teller_speaks_the_account() -> None:
    said = _speakers(_ACCOUNT)
    assert said, "the account has claims"
    body = [w for w, _ in said]
    assert body.count("Murugan") >= 3
    assert all(k == "named_person" for w, k in said if w == "Murugan")


def test_named_teller_control_no_note() -> None:
    text = _ACCOUNT.replace("The narrator goes by the name Murugan; he fears for his brothers.",
                            "He asked us to print his account.")
    assert "Murugan" not in [w for w, _ in _speakers(text)]


# ---------------------------------------------------------------- bullets with semicolons


def test_semicolon_bullets_split_one_per_item() -> None:
    text = ("Our inspection of the two quarries found that:\n\n"
            "- crushers were run by boys of twelve and thirteen working without masks or gloves of any kind;\n"
            "- the foremen locked the workers' identity cards in a steel box in the site office each morning;\n"
            "- pay for the whole crew was handed to a single headman who kept a ledger no one else could read.\n")
    items = [s.text for s in sentences.split(text) if s.text.lstrip().startswith("-")]
    assert len(items) == 3


def test_semicolon_bullets_control_other_lead_in() -> None:
    text = ("The mayor listed the following steps:\n\n"
            "- the river road will be closed to lorries for the whole of the coming winter season;\n"
            "- the school bus will stop at the market square instead of outside the old mill gates.\n")
    items = [s.text for s in sentences.split(text) if s.text.lstrip().startswith("-")]
    assert len(items) == 1


def test_semicolon_bullets_control_wrapped_prose() -> None:
    text = ("The inspectors counted every worker on the night shift at the quarry, and they found that most\n"
            "of them had come from the same two districts in the north of the province last year.\n")
    assert len([s for s in sentences.split(text) if "districts" in s.text or "most" in s.text]) == 1


# ---------------------------------------------------------------- speakers


@pytest.mark.parametrize("text", [
    "The firm's lawyer in Lagos, Ada Obi",
    "the company's attorney in Manila",
    "Lena Krause, the factory's counsel in Hamburg",
])
def test_firm_lawyer_placed_in_a_city(text: str) -> None:
    assert counsel_kind(text, classify) == "organization"


@pytest.mark.parametrize("text", [
    "the union's lawyer in Lima",
    "Ada Obi, a lawyer in Lagos",
])
def test_firm_lawyer_control(text: str) -> None:
    assert counsel_kind(text, classify) is None


@pytest.mark.parametrize("text", ["The Thai mission to the UN", "the Kenyan embassy in Doha", "The Ghanaian consulate in Milan"])
def test_nations_mission_lower_case(text: str) -> None:
    assert classify(text) == "official"


@pytest.mark.parametrize("text", ["The Catholic mission in Gulu", "the Salesian mission to Fiji"])
def test_nations_mission_control(text: str) -> None:
    assert classify(text) != "official"


def test_the_lab_is_a_body() -> None:
    assert classify("The lab") == "organization"


# ---------------------------------------------------------------- indicators


@pytest.mark.parametrize("text,ind", [
    ("Villagers who fail to meet the spinning quota will lose their welfare card, the township warned.",
     "intimidation_and_threats"),
    ("Any household that missed the road work was told its pension would be suspended.", "intimidation_and_threats"),
    ("We were handed 900 pesos and the foreman said the remainder went on meals, bunks and the bus.",
     "withholding_of_wages"),
    ("Those who quit before the season ended never saw the wages that had been kept back.", "withholding_of_wages"),
    ("Pickers needed the foreman's signature to go into town on a Sunday.", "restriction_of_movement"),
    ("The women were not permitted to return before the coffee harvest was over.", "restriction_of_movement"),
])
def test_new_indicator_shapes(text: str, ind: str) -> None:
    assert ind in _inds(text)


@pytest.mark.parametrize("text,ind", [
    ("Farm exporters that fail to meet the quota will lose their tax subsidy, the ministry said.",
     "intimidation_and_threats"),
    ("The remainder of the grant covered food and rent at the shelter.", "withholding_of_wages"),
    ("The nurses were not allowed to go back to the ward until the inspection ended.", "restriction_of_movement"),
    ("Passengers could not return before the storm had passed.", "restriction_of_movement"),
    ("The welders say they cannot go back until the loan from the broker is paid off.", "restriction_of_movement"),
    ("Port officers detained 18 containers of gloves at Felixstowe on Friday.", "restriction_of_movement"),
    ("Each pensioner gets a minimum living allowance from the county.", "withholding_of_wages"),
])
def test_controls_stay_quiet(text: str, ind: str) -> None:
    assert ind not in _inds(text)


def test_pay_held_until_the_term_ends_is_no_broken_contract() -> None:
    text = "A third of every wage was held back until the three-year contract ran out, a welder said."
    assert "FL02.contracts_expired" not in _rules(text)
    assert "withholding_of_wages" in _inds(text)


def test_contract_expired_control_still_fires() -> None:
    text = "The agency promised a two-year contract, but the contract expired after four months."
    assert "FL02.contracts_expired" in _rules(text)
