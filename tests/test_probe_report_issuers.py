"""The body that issues a report page without a news masthead: a research group named beside the kind of
paper after a comma ("Kama Migration Research Group, Working Paper No. 4/2023"), an audit firm's capitalised
name before its report type ("NGAO SOCIAL ASSURANCE - SUPPLIER SOCIAL AUDIT REPORT"), and a translation desk
credited in a noun phrase ("Unofficial translation from the Arabic by the Gulf Wire Translation Desk") as the
translator; a union's name on the first line, its written submission on the next. Every text is written for this test; bodies and people are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.issuing_bodies import issuing_body
from labourlens.analyse.mastheads import team_translator


@pytest.mark.parametrize("text,want", [
    ("Kama Migration Research Group, Working Paper No. 4/2023\nBrigades and arrears on Kazan sites\n\n1. Wages\n",
     "Kama Migration Research Group"),
    ("NGAO SOCIAL ASSURANCE - SUPPLIER SOCIAL AUDIT REPORT (SUMMARY OF FINDINGS)\nSite: Green Ridge Estate\n",
     "Ngao Social Assurance"),
    ("Harbour Fishers' Union (HFU)\nWritten submission to the Select Committee on Fisheries\n\n1. Who we are\n",
     "Harbour Fishers' Union"),
])
def test_issuing_body(text: str, want: str) -> None:
    assert issuing_body(text)[0] == want


def test_no_issuer_in_plain_news() -> None:
    assert issuing_body("Workers say wages vanish\nBy Ana Ruiz\n\nMiners at a pit in Kitwe say ...\n")[0] is None


@pytest.mark.parametrize("text,want", [
    ("Unofficial translation from the Arabic by the Gulf Wire Translation Desk.", "Gulf Wire Translation Desk"),
    ("Translated from Chinese by Harbour Daily staff.", "Harbour Daily staff"),
])
def test_team_translator(text: str, want: str) -> None:
    assert team_translator(text) == want


def test_person_translator_is_no_team() -> None:
    assert team_translator("Translation from the Arabic by Amira Saleh.") is None
