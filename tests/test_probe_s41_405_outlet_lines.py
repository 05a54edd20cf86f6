"""Probes (session 41, from heldout405's metadata misses): the outlet read from lines that say what the page is.

- "Summary prepared by Olga Brandt" under a masthead is the summary's author (a byline), not its publisher: the
  masthead stays the outlet; "Summary prepared by the Harbour Legal Clinic" still names the publisher.
- A title line that says how often the page comes out and what it is, without an article ("Coin Bridge - weekly price
  note for grain traders") names the outlet, as "X - a weekly newsletter" already did; a headline with
  no such word does not.
- A site that "has verified" what it prints and "sent questions to" a ministry speaks in its own voice: with a "spoke
  to X" in the standfirst, the two cues name the outlet.

Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse import meta

_BULLETIN = """WORKPLACE AND TENANCY LAW BULLETIN
Notes on recent decisions

Petrov and 4 others v. OOO Nordlicht Build
Regional court, Tomsk, decision of 3 March 2026
Summary prepared by Olga Brandt

Background. Five plaintiffs worked as plasterers for the respondent on a school building in Tomsk. They claimed unpaid
wages for four months.
"""

_RATES = """Sending money: this week's rates

Coin Bridge \u2014 weekly price note for grain traders in the south, 4 May 2026

The lira traded at about 31 to the dollar this week. Fees on card transfers stayed low.
"""

_STANDFIRST = """"We slept in the boiler room"

A welder from a port town describes a winter on a shipyard. He spoke to Stepnoy Listok, an independent news site, on
condition that only his initials, D.K., be used.

I worked from six in the morning until dark. The foreman kept our passports.

Editor's note: Stepnoy Listok sent questions to the shipyard and received no reply. Stepnoy Listok has verified D.K.'s
employment through a colleague.
"""


def _outlet(text: str) -> str | None:
    return meta.detect(text, None, {}).outlet


def test_a_person_who_prepared_a_summary_is_no_outlet() -> None:
    assert _outlet(_BULLETIN) == "Workplace and Tenancy Law Bulletin"


def test_a_body_that_prepared_a_summary_is_the_publisher() -> None:
    text = _BULLETIN.replace("WORKPLACE AND TENANCY LAW BULLETIN\nNotes on recent decisions\n\n", "").replace(
        "Olga Brandt", "the Harbour Legal Clinic")
    assert _outlet(text) == "Harbour Legal Clinic"


def test_a_periodic_title_line_names_the_outlet() -> None:
    assert _outlet(_RATES) == "Coin Bridge"
    monthly = _RATES.replace("weekly price note for grain", "monthly market notes for grain")
    assert _outlet(monthly) == "Coin Bridge"


def test_a_headline_without_a_periodic_kind_names_no_outlet() -> None:
    text = _RATES.replace("Coin Bridge \u2014 weekly price note for grain traders in the south, 4 May 2026\n\n", "")
    text = text.replace("Sending money: this week's rates", "Sending money: rates fell again")
    assert _outlet(text) is None


def test_a_sites_own_checks_name_it() -> None:
    assert _outlet(_STANDFIRST) == "Stepnoy Listok"


def test_a_digest_line_over_a_source_line_names_the_source() -> None:
    text = ("Coin Bridge \u2014 daily roundup, item 2 of 5\n\n[Source: The Tbilisi Courier, Batumi]\n\n"
            "Port workers unpaid for months\n\nBATUMI: Forty dockers have not been paid since March, The Tbilisi Courier"
            " reported on Monday, citing their union.\n")
    assert _outlet(text) == "The Tbilisi Courier"


def test_a_firms_periodic_note_names_no_outlet() -> None:
    text = _RATES.replace("4 May 2026\n\n", "4 May 2026\nPrepared by the trading desk of Coin Bridge Exchange, Tbilisi\n\n")
    assert _outlet(text) is None
