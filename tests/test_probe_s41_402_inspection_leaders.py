"""Brazil's labour auditors and the people who lead a state inspection's team speak as ``official`` (a study of s41 on a
held-out set; every text here is written for this test, with fictional firms and people): "the labour auditor" unnamed,
"Name, the auditor who led the team" and "the team's coordinator, Name" once the report has named the state's
inspection team or its labour auditors. A brand's own auditor, and a charity's coordinator in a report with no state
inspection, stay as they were read."""

from __future__ import annotations

import pytest

from labourlens.analyse import speakers
from labourlens.analyse.pipeline import analyse


@pytest.mark.parametrize("phrase", ["the labour auditor", "The labour auditors", "a labour tax auditor",
                                    "The labor auditor in charge of the raid"])
def test_labour_auditors_are_official(phrase: str) -> None:
    assert speakers.classify(phrase) == "official"


@pytest.mark.parametrize("phrase", ["the auditor", "the auditors", "an auditor"])
def test_a_bare_auditor_is_not_the_state(phrase: str) -> None:
    assert speakers.classify(phrase) != "official"


def _kinds(text: str) -> dict[str, str]:
    a = analyse(text, {})
    out = {}
    for c in a.claims:
        s = a.source(c.source)
        if s is not None and s.kind != "outlet":
            out[c.text[:30]] = s.kind
    return out


LED = ("RECIFE - A state inspection team freed 14 men from a sugar cane estate last week after finding them held in debt "
       "bondage.\n\n\"The men slept on the floor of a cattle shed,\" said Marta Quaresma Leite, the auditor who led the "
       "team. Quaresma said the foreman kept the men's identity cards in a locked drawer.\n")
COORD = ("Labour auditors reached the quarry at dawn and rescued nine cutters held by debts to the canteen. According to "
         "the team's coordinator, Ivo Pestana Rocha, the cutters were charged for their own tools and had not been paid "
         "for three months.\n")
UNNAMED = ("The prosecution service sued Lagoa Seca Ltda after a state inspection found pickers held in debt bondage on "
           "its cotton farm. The prosecution asked for damages.\n\nThe labour auditor who headed that inspection "
           "testified that a foreman held on to the pickers' work booklets.\n")


@pytest.mark.parametrize("text", [LED, COORD])
def test_a_named_leader_of_the_state_team_is_official(text: str) -> None:
    kinds = _kinds(text)
    assert kinds and all(k == "official" for k in kinds.values()), kinds


def test_an_unnamed_labour_auditor_keeps_his_own_voice() -> None:
    a = analyse(UNNAMED, {})
    claim = next(c for c in a.claims if "booklets" in c.text)
    src = a.source(claim.source)
    assert src is not None and src.kind == "official" and "auditor" in (src.wording or "")


BRAND = ("Pickers at a Minas coffee farm said the recruiter kept their identity cards and charged them for the bus.\n\n"
         "\"We found deductions for transport,\" said Lena Fisch, the auditor who led the team for the roaster Brunholt "
         "AG.\n")
CHARITY = ("Volunteers of the Harbour Mission found 30 fishermen held by debts on a trawler.\n\n\"They had not been paid "
           "for a year,\" said Tom Ekwe, the coordinator of the team.\n")


@pytest.mark.parametrize("text", [BRAND, CHARITY])
def test_no_state_team_no_official(text: str) -> None:
    kinds = _kinds(text)
    assert "official" not in kinds.values(), kinds
