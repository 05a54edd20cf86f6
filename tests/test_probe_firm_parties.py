"""Kinds of speakers that a case or a recruitment story names by their part (diag89): an unnamed official of a state
service given by its initials ("an NIS official") is ``official`` as "a labour ministry official" is; the
representative of a defendant that is a company speaks for the firm (``organization``); "The agency, X" after the
workers were hired through an agency is the recruitment firm (``organization``). Every text is written for this
test; people and firms are fictional (places and state services are real)."""

from __future__ import annotations

import sys
from pathlib import Path

from labourlens.analyse.speakers import classify

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import speaker  # noqa: E402


def test_an_official_named_by_the_initials_of_a_state_service() -> None:
    assert classify("an NIS official") == "official"
    assert classify("a senior FSB officer") == "official"
    assert classify("a UN official") == "anonymous_source"  # not a state service: left to the other rules


COURT = ("ZEYA DISTRICT COURT\nSummary of decision in civil case No. 2-118/2026\n\n"
         "Claimants: seven citizens of Uzbekistan.\nDefendant: {defendant}.\n\n"
         "1. The claimants worked on a logging plot without contracts and were not paid for three months.\n\n"
         "2. The defendant's representative argued that the company owed the claimants nothing. The court rejected this.\n")


def test_the_representative_of_a_firm_defendant_speaks_for_the_firm() -> None:
    assert speaker(COURT.format(defendant="Taiga-Les LLC"), "owed the claimants nothing")[1] == "organization"


def test_the_representative_of_a_person_stays_as_it_was() -> None:
    assert speaker(COURT.format(defendant="Igor Samsonov, a private entrepreneur"), "owed the claimants nothing")[1] != "organization"


TRAWLER = ("Twelve Kyrgyz fishermen were hired through a Nakhodka agency for a season on a trawler in the Sea of Okhotsk. "
           "They say they were kept at sea for six months and not paid.\n\n"
           "The agency, {name}, told us that the men \"are paid according to the catch\" and nobody was kept on board.\n")


def test_a_recruitment_agency_given_by_name_is_a_firm() -> None:
    assert speaker(TRAWLER.format(name="Primkadry"), "paid according to the catch")[1] == "organization"


def test_an_agency_where_no_worker_was_hired_through_one_stays_as_it_was() -> None:
    text = TRAWLER.replace("were hired through a Nakhodka agency for a season", "spent a season")
    assert speaker(text.format(name="Primkadry"), "paid according to the catch")[1] == "official"
