"""Probes for the forty-fifth session's study of heldout428 (North Korean restaurant, IT and garment workers in China
and Southeast Asia). Every text is invented for the test: fictional people and firms, real places."""

from __future__ import annotations

from labourlens.analyse import places
from labourlens.analyse.claim_filters import is_title
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import split
from probe_helpers import META, lexicon_indicators

LEAD = "North Korean waitresses at the Moranbong Garden restaurant in Dalian described their conditions.\n\n"


def _claim(text: str, words: str):  # type: ignore[no-untyped-def]
    a = analyse(text, META)
    return next(c for c in a.claims if words in c.text)


# --- negation: "No." as a number, and a speaker's lack of authority, deny nothing


def test_numbered_worker_in_a_minder_log_is_no_denial() -> None:
    text = (LEAD + 'In June the safety officer wrote that No. 7\'s father had been "told about her conduct" by the '
            "dispatching company.")
    assert _claim(text, "father had been").polarity == "affirmed"


def test_official_without_authority_to_speak_is_no_denial() -> None:
    text = (LEAD + "Both waitresses had sung at the restaurant for about three years, said the official, who declined "
            "to be identified since he has no authority to brief the press.")
    assert _claim(text, "three years").polarity == "affirmed"


def test_whom_clause_does_not_deny_held_passports() -> None:
    text = (LEAD + "Inspectors found the passports locked in a drawer in the office of a supervisor whom the "
            "restaurant does not employ.")
    c = _claim(text, "locked in a drawer")
    assert c.polarity == "affirmed"
    assert "retention_of_identity_documents" in {h.indicator for h in c.indicators}


# --- headings: a finding's label with a capitalised rating is a title


def test_graded_finding_label_with_capitalised_rating_is_a_title() -> None:
    text = "Finding 3 (Critical): Pay.\nThe women received 150 yuan a month in cash. Payroll shows 2,800 yuan."
    sentences = split(text)
    assert sentences[0].text.startswith("Finding 3")
    assert is_title(sentences, 0, text)
    text2 = "Finding 8 (No finding): Fire safety.\nExits were clear on both visits."
    s2 = split(text2)
    assert is_title(s2, 0, text2)


# --- indicators: a monthly sum owed to Pyongyang is the state's plan, not a debt


def test_monthly_plan_owed_to_pyongyang_is_no_debt_bondage() -> None:
    assert "debt_bondage" not in lexicon_indicators("The café's manager owed Pyongyang roughly $7,000 every month.")


def test_a_debt_to_a_lender_stays_debt_bondage() -> None:
    assert "debt_bondage" in lexicon_indicators("She owes the lender $600 and pays interest every month.")
    assert "debt_bondage" in lexicon_indicators("A cook said he still owes the team leader nine hundred dollars.")


# --- places: districts of Shenyang and Beijing, and Phnom Penh's riverfront


def test_districts_and_riverfront_are_places() -> None:
    found = {(p.name, p.country) for p in places.find(
        "The team works from a tower in Heping district, near Xita, while another cook lives in Wangjing; the cafe "
        "stands on Sisowath Quay.")}
    assert {("Heping", "CN"), ("Xita", "CN"), ("Wangjing", "CN"), ("Sisowath Quay", "KH")} <= found


def test_heping_as_a_given_name_is_no_place() -> None:
    assert not [p for p in places.find("Zhao Heping, a trader, said the stall was closed.") if p.name == "Heping"]


# --- speakers: a bystander in the lede is not the body's person named later


def test_bystander_is_not_the_rights_centre_person_named_later() -> None:
    text = ("Dozens of coaches carrying North Korean seamstresses crossed to Sinuiju on Monday, and their wages were "
            "withheld.\n\n"
            "A street vendor near the customs hall told our reporter that two of the women were weeping. \"The guard "
            "closed the blinds,\" he said.\n\n"
            "Ahn Mi-rae, from the Busan Migrant Women's Centre, says relatives have told her group that many went "
            "unpaid for months.")
    a = analyse(text, META)
    vendor = a.source(next(c for c in a.claims if "weeping" in c.text).source)
    ahn = a.source(next(c for c in a.claims if "unpaid" in c.text).source)
    assert vendor is not None and vendor.wording is not None and vendor.wording.startswith("A street vendor")
    assert ahn is not None and vendor.key != ahn.key


def test_a_volunteer_may_still_be_the_body_person() -> None:
    from labourlens.analyse.lede_identity import bystander_of_body

    assert not bystander_of_body("volunteer", "Mali Srisuk of the Gulf Seafarers Centre")
    assert bystander_of_body("driver", "Mali Srisuk, from the Gulf Seafarers Centre in Songkhla")
    assert not bystander_of_body("driver", "Mali Srisuk, 44, from Songkhla")
