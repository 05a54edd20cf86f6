"""Pages of the beat that describe no forced labour yield nothing: a glossary of the field's terms under a guide's
frame (term labels, definitions, "is not by itself considered ..."), a newsletter whose glossary sits beside one
ordinary news item, a road race with a North Korean team, and remittance inflows counted in billions. Pages that
tell what was done to workers keep their claims. Texts written for these tests; names and figures are invented."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.rules_explainer import rules_explainer
from labourlens.analyse.sentences import split

META = {"published": "2026-03-10", "language": "en"}

GLOSSARY = (
    "Know your rights: the vocabulary of labour exploitation, in brief\n\n"
    "Prepared by the advice line of the Steppe Workers Clinic. Nothing here is legal advice.\n\n"
    "Isolation.\n\nThe term describes people cut off from family, neighbours and any telephone, so that nobody outside "
    "learns how they live.\n\n"
    "Bonded labour.\n\nBonded labour arises where somebody works to clear a loan whose balance never seems to shrink, "
    "often a fee for the journey.\n\n"
    "Held papers.\n\nAn identity card locked in a drawer that its owner can open whenever she likes is not, by "
    "itself, considered retention of documents.\n\n"
    "Late pay.\n\nA single wage paid a few days late does not count as withholding on its own either; pay held back "
    "month after month to stop people quitting is.\n\n"
    "Overtime.\n\nHours beyond the legal limit, or extra shifts that cannot be refused without losing something, "
    "are counted as excessive.\n\n"
    "Where to call.\n\nOur advisers answer on weekdays from nine to five, in Kazakh, Russian and Uzbek.\n"
)

NEWSLETTER = (
    "The Friday Letter, issue 44: a guide to the terms, and the week in wages\n\n"
    "This week readers asked what some of the words in audit reports stand for, so here are short definitions.\n\n"
    "Confinement refers to people kept inside a compound or a hostel after their hours of work.\n\n"
    "Deception means being promised one job, wage or place and given another on arrival.\n\n"
    "Threats are treated as an indicator when they are used to keep people at work, such as a warning that the "
    "police will be called.\n\n"
    "None of these is proof on its own; auditors look for several together.\n\n"
    "In other news, nurses at two private clinics in Almaty agreed a six per cent rise after a week of talks, and "
    "the clinics' owners told a local paper the deal would cost them 90 million tenge a year.\n\n"
    "The city's transport board said the new night buses would start on 1 April.\n\n"
    "Send your questions by reply and the editors pick a few each month.\n"
)

ROAD_RACE = (
    "Pyongyang athletes take both titles at the Tumen riverside road race\n\n"
    "YANJI -- A North Korean runner won the men's half marathon on Saturday and his team-mate took the women's "
    "race, the first time athletes from across the river have entered since the border reopened.\n\n"
    "Kim Song-ho finished in 1:05:12, a course record, and beat the nearest entrant from Harbin by a minute. Second place in the "
    "women's race went to a runner from Changchun and third place to a local schoolteacher.\n\n"
    "The winners each took home 20,000 yuan. Some 4,000 runners paid 120 yuan each to enter.\n\n"
    "The team of six went home by bus through the Tumen crossing and returns on Tuesday, the organisers said.\n"
)

INFLOWS = (
    "Money sent home from the Gulf hits a record\n\n"
    "DHAKA, March 9 -- Migrant workers in Saudi Arabia sent home an estimated 480 billion taka in the year to "
    "February, the central bank said, and those in the UAE close to 300 billion taka.\n\n"
    "Kuwait, once the third source of inflows, slipped to fifth place as more families switched to apps.\n\n"
    "\"Fees for transfers have come down and people trust the formal channels more,\" said Rumana Haque, an "
    "economist at a Dhaka policy institute. She expects the full-year total to pass 1.1 trillion taka.\n"
)

# an explainer's frame around an account: the men it tells of keep their claims
TOLD_GLOSSARY = (
    "Explainer: what the terms mean, and what we found at one kiln\n\n"
    "Debt bondage: the term is used where a person works off an advance and the sum owed never falls.\n\n"
    "At a brick kiln outside Multan, three men told us they had worked for two years without pay to clear an "
    "advance of 60,000 rupees.\n\n"
    "One of them said the owner had taken their identity cards and locked the gate at night.\n\n"
    "Another said guards beat a man who tried to leave in May.\n\n"
    "Under the law, such debts are void.\n"
)

# money in billions beside an account of abuse: a report still
INFLOWS_AND_ABUSE = (
    "Money that Nepalis employed in Qatar sent to their families reached 210 billion rupees last year, central bank figures show.\n\n"
    "But 40 cleaners at a Doha contractor told this newspaper their wages had gone unpaid for five months and that "
    "the company kept their passports. \"We cannot leave and we cannot send anything,\" one of them said.\n"
)


@pytest.mark.parametrize("text", [GLOSSARY, NEWSLETTER, ROAD_RACE, INFLOWS])
def test_pages_with_nothing_to_find_stay_quiet(text: str) -> None:
    result = analyse(text, META)
    assert result.claims == [] and result.indicators() == []


@pytest.mark.parametrize("text", [TOLD_GLOSSARY, INFLOWS_AND_ABUSE])
def test_accounts_beside_definitions_or_figures_keep_their_claims(text: str) -> None:
    result = analyse(text, META)
    assert result.claims
    assert {"debt_bondage", "withholding_of_wages"} & set(result.indicators())


def _body(text: str) -> list[str]:
    return [s.text for s in split(text) if s.kind == "body"]


def test_a_glossary_is_an_explainer_and_an_account_is_not() -> None:
    assert rules_explainer(GLOSSARY, _body(GLOSSARY))
    assert rules_explainer(NEWSLETTER, _body(NEWSLETTER))  # one told item beside many definitions
    assert not rules_explainer(TOLD_GLOSSARY, _body(TOLD_GLOSSARY))
    unframed = GLOSSARY.replace("Know your rights: ", "").replace("Nothing here is legal advice.", "")
    assert not rules_explainer(unframed, _body(unframed))  # no guide's frame: read as any other page
