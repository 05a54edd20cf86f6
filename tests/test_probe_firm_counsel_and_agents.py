"""People and firms that speak for an employer, in shapes met in a court digest and Gulf and West African
reports (probe diag62; README, speaker kinds: a company's lawyers, its named directors and managers given as
such, and a firm in apposition are ``organization``):

- "Counsel for the employer, Mr X" (no article; "Counsel for the claimant" stays a person), and "He said" after
  it is still that person;
- "The joint venture's human resources director, Mr X" (a firm noun of two words before the role);
- "The local agent for the vessels, Seaway-like Crew Supply" (a trade noun with whom it works for, then a name
  whose last word is a firm's: "Supply", "Supplies", "Manpower"); "The agent, Ram Prasad" stays a person.

Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2026-04-10", "language": "en"}


@pytest.mark.parametrize("phrase,kind", [
    ("Counsel for the employer, Mr Faisal Al-Kaabi", "organization"),
    ("Counsel for the company, Ms Dana Haddad", "organization"),
    ("Counsel for the claimant, Mr Faisal Al-Kaabi", "named_person"),
    ("A lawyer for the workers, Ana Ruiz", "named_person"),
    ("The joint venture's human resources director, Mr Idrissa Camara", "organization"),
    ("The venture's general manager, Idrissa Camara", "organization"),
    ("The union's general secretary, Idrissa Camara", "named_person"),
    ("The local agent for the trawlers, Bluewater Crew Supply", "organization"),
    ("The manning agent for the vessels, Harbour Marine Supplies", "organization"),
    ("The agent, Ram Prasad Sharma", "named_person"),
    ("Annapurna Overseas Manpower", "organization"),
])
def test_kind(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_counsel_then_he_is_the_same_source() -> None:
    text = ("Case note: wages of a mason in Sharjah\n\n"
            "The claimant, a mason from Kerala, said his wages had not been paid for four months and that the "
            "foreman kept his passport. Counsel for the employer, Mr Faisal Al-Kaabi, denied that the company held "
            "any passport. He said wages had been withheld because the claimant stopped coming to work.\n")
    a = analyse(text, META)
    denial = next(c for c in a.claims if "denied that the company" in c.text)
    withheld = next(c for c in a.claims if "withheld because" in c.text)
    src = a.source(denial.source)
    assert src is not None and src.kind == "organization" and "Al-Kaabi" in (src.wording or "")
    assert withheld.source == denial.source


def test_agent_firm_denial_speaks_as_the_firm() -> None:
    text = ("Deckhands in Takoradi say they were not paid. Two deckhands said the captain kept half of their wages for three trips. The local agent for the "
            "trawlers, Bluewater Crew Supply, denied holding back wages.\n")
    a = analyse(text, META)
    c = next(c for c in a.claims if "holding back wages" in c.text)
    src = a.source(c.source)
    assert src is not None and src.kind == "organization" and "Bluewater Crew Supply" in (src.wording or "")
