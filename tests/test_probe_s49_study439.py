"""Probes for the study of heldout439 (forty-ninth session): a household job listing whose terms stand under a "What
we offer" heading and that asks the reader to apply through an app or a site (no claims), quarters of Beirut, the Metn,
east Amman and Riyadh where domestic workers are placed, Lebanon's "Saida", Sri Lanka's North Western Province and a
denial quoted right after "said that" ('said that "no housemaid ...'). People, firms and outlets are invented; the
places are real."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META

_LISTING = """NESTWORK LEVANT — Listings

Live-in nanny and cook, Sweifieh, Amman (ref. NL-5120)

Posted 3 November 2026

A couple with a baby and a toddler in Sweifieh need an experienced nanny who can also cook simple meals.

What we offer
- A salary of 380 JOD a month, transferred on the 25th to a bank account that you open yourself.
- Work from 7:30 to 17:30 with an hour's break; Friday off and every second Saturday off.
- A private room with its own bathroom and air conditioning.
- Your passport, residence card and mobile phone stay in your own hands.
- Extra hours only if you agree to them, paid at 3 JOD an hour.
- No recruitment fee is charged to you. Please report to us any broker who asks you for a fee.

Apply through the Nestwork app with two references. Nestwork never charges workers.
"""


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in analyse(text, META).places}


def test_a_listing_with_what_we_offer_and_an_app_to_apply_through_has_no_claims() -> None:
    assert analyse(_LISTING, META).claims == []


def test_a_listing_that_asks_to_apply_via_its_website_has_no_claims() -> None:
    text = _LISTING.replace("Apply through the Nestwork app", "Apply via our website")
    assert analyse(text, META).claims == []


def test_quarters_east_of_beirut_are_lebanese_places() -> None:
    text = (LEAD + "Volunteers of the Sabra Haven shelter met Ethiopian housemaids at the Dora roundabout and walked "
            "with them to the labour ministry in Chiyah. The shelter moved to a warehouse in Karantina last spring, and "
            "most of the women it takes in had worked in flats in the Metn.\n")
    found = _places(text)
    assert {("Dora", "LB"), ("Chiyah", "LB"), ("Karantina", "LB"), ("Metn", "LB")} <= found


def test_riyadh_quarters_where_agencies_house_workers_are_saudi() -> None:
    text = (LEAD + "A Riyadh agency kept returned housemaids in a flat in Al Malaz and placed them again with families "
            "in Al Olaya, two former staff members said.\n")
    assert {("Al Malaz", "SA"), ("Al Olaya", "SA")} <= _places(text)


def test_marka_in_an_amman_story_is_the_jordanian_quarter() -> None:
    text = (LEAD + "In Amman, three Ugandan women said an agency owner in Marka had kept their passports for a year.\n")
    assert ("Marka", "JO") in _places(text)


def test_saida_in_a_lebanese_story_is_the_southern_port() -> None:
    text = (LEAD + "The Lebanese charity Sabra Haven runs legal clinics in Beirut and Saida for domestic workers whose "
            "employers hold their passports.\n")
    found = _places(text)
    assert any(country == "LB" and name in ("Saida", "Sidon") for name, country in found)
    assert not any(country == "DZ" for _, country in found)


def test_north_western_province_in_a_sri_lankan_story_is_sri_lankan() -> None:
    text = (LEAD + "Mothers from villages near Kurunegala, in Sri Lanka's North Western Province, said brokers charged "
                   "them 200,000 rupees for jobs as housemaids in Kuwait.\n")
    assert ("North Western Province", "LK") in _places(text)


def test_a_denial_quoted_right_after_said_that_is_negated() -> None:
    text = (LEAD + "Housemaids placed by Pinecrest Placement said their salaries were withheld for months.\n\n"
            'Pinecrest Placement said that "no housemaid placed by our agency has ever had her salary withheld".\n')
    a = analyse(text, META)
    c = next(c for c in a.claims if "ever had her salary" in c.text)
    assert c.polarity == "negated"

