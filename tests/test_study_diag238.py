"""Probes for the speaker classes studied on heldout238 (branch diag238): private recruitment agencies by their
names ("... Recruitment Agency", "... Foreign Employment Agency") and "the agency" with a firm named after it and
its town; a lawyer named beside "the sponsor" or "the employer" (a household as often as a firm) is a person; a state
security or intelligence "Organisation" is official; the role before a name read after an agent's "by"; "he said"
after a quotation given to a firm through its named director; numbered callers of a phone-in described or named
in their label's bracket. Controls: state employment agencies, a company's lawyer, rights organisations, a bare
"the agency"."""

from __future__ import annotations

import pytest

from labourlens.analyse.call_ins import caller_name, described_caller
from labourlens.analyse.speakers import classify
from probe_helpers import speakers_by_opening


@pytest.mark.parametrize(
    "phrase",
    [
        "Greenway Foreign Employment Agency",
        "Tana River Recruitment Agency",
        "Blue Lantern Manpower Agency",
        "The recruitment agency that placed the cooks in Jeddah, Coral Gate Placement Agency",
        "The placement agency, Harbourline Staffing Services of Cebu City",
        "The agency that flew the welders out of Kathmandu, Everpeak Overseas Employment Agency",
    ],
)
def test_private_agency_by_its_name_is_a_firm(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("National Employment Agency", "official"),
        ("the Federal Employment Agency", "official"),
        ("The agency", "official"),
    ],
)
def test_state_agencies_stay_official(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("The employer's lawyer, Marwan Haddad", "named_person"),
        ("The sponsor's attorney, Leila Nassar", "named_person"),
    ],
)
def test_named_lawyer_of_an_employer_is_a_person(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", ["The company's lawyer", "The factory's lawyer, Ines Moura", "Its lawyer"])
def test_lawyer_of_a_company_stays_the_firm(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the National Intelligence Organization", "official"),
        ("the State Security Organisation", "official"),
        ("Harbour Rights Organisation", "organization"),
        ("International Labour Organization", "organization"),
    ],
)
def test_security_organisations_are_the_state(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_role_after_by_is_the_persons_not_the_thing_before() -> None:
    text = ("NAKURU — A Telegram channel for Kenyan cleaners in Qatar has grown to 900 members, many of them women whose "
            "employers hold their passports and have not paid them for months.\n\n"
            "The posts were shown to the network by its moderator, Grace Wanjiru, a former nanny who spent three years "
            "in Doha.\n\n"
            "\"Girls write to us at night because the madam has locked the door and taken the phone,\" Wanjiru said.")
    got = speakers_by_opening(text, 40)
    assert ("Grace Wanjiru", "named_person") in got.values()


def test_he_after_a_firms_named_director_is_the_firm() -> None:
    text = ("JINJA — Rose Nakato, 31, spent two years cleaning for a Muscat family without pay and was beaten "
            "by her employer.\n\n\"My employer kept my passport and locked me in,\" Nakato said.\n\n"
            "The placement agency, Greenway Staffing Services of Kampala, disputes her story. "
            "\"We check every home before a worker goes there,\" its director, Paul Okello, told the paper on Monday. "
            "He said the firm had received no complaint about the family.")
    got = speakers_by_opening(text, 30)
    he = next(v for k, v in got.items() if k.startswith("He said the firm"))
    assert he[1] == "organization" and he[0] is not None and "Greenway" in he[0]


def test_he_after_a_named_worker_stays_with_her() -> None:
    # control: no firm's person named before the pronoun
    text = ("JINJA — Rose Nakato, 31, spent two years cleaning for a Muscat family without pay and was beaten "
            "by her employer.\n\n\"My employer kept my passport and locked me in,\" Nakato said. "
            "She said the family never let her call home.")
    got = speakers_by_opening(text, 30)
    assert got[next(k for k in got if k.startswith("She said"))] == ("Rose Nakato", "named_person")


def test_numbered_caller_named_in_the_bracket() -> None:
    line = "LISTENER 3 (a grandfather, giving only his first name, Kibet): My grandson is on a farm near Tabuk."
    assert caller_name("LISTENER 3", "", line) == "Kibet"
    assert caller_name("LISTENER 3", "", "LISTENER 3 (driver, Eldoret): The roads are bad.") is None


def test_numbered_caller_described_in_the_bracket() -> None:
    line = "CALLER 4 (an older woman, gave no name): Her niece cannot leave the compound."
    assert described_caller("CALLER 4", line, "") == "Caller 4 (an older woman, gave no name)"
    # a numbered caller without a bracket keeps its own label, not an earlier caller's description
    before = "CALLER 1 (a teacher from Gulu): My son works in Doha.\n"
    assert described_caller("CALLER 2", "CALLER 2: Nobody answers at the embassy.", before) is None
