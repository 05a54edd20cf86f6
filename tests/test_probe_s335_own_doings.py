"""Probes (s335): what a page, a monitor, a buyer or a poster says of its own doings is no claim about workers: coverage
and follow-up ("We will keep following the case."), outreach that failed, findings passed on and replies not received,
a buyer's own steps (ties cut, stock pulled from sale), a privacy promise, a sign-off, a poster's caveat or suggestion,
a speaker's stress on their own words, an appeal to readers. A note that the page could not check someone's account of
a thing, or cannot tell how or whether, asserts nothing either, and reads as unverified. The near misses keep their
claims: a worker's "we could not reach our families" and a note that goes on with "but". Texts written for these tests;
the people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse import hedges
from labourlens.analyse.own_doings import note_on_accounts, own_doing
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-07-01", "language": "en"}


def test_own_doings_are_recognised() -> None:
    for text in ("We wrote about the mill in our March issue.", "We will keep following the case.",
                 "We couldn't reach the recruiter by phone.", "We passed these findings to the ministry in June.",
                 "We have had no reply to our follow-up letter.", "We have cut ties with that vendor.",
                 "We pulled the remaining boots from the shelves last week.", "We never pass on a caller's name.",
                 "That's all for this week.", "That's how we found ours.", "Let's not blame the whole region.",
                 "I want to make that clear.", "This note sets out what the drivers told us.",
                 "Ask the factory for its own shift logs, but take it for what it's worth."):
        assert own_doing(text), text


def test_near_miss_workers_first_person_accounts_are_no_own_doing() -> None:
    assert not own_doing("We worked until the sun came up.")
    assert not own_doing("We were paid half of what the agent said.")
    assert not own_doing("We sent our findings to the guild, which replied that its members hire no minors.")


def test_notes_on_unchecked_accounts_are_no_claims() -> None:
    assert note_on_accounts("Our reporters were unable to confirm the drivers' accounts of the lock-ins.")
    assert note_on_accounts("We cannot say from the papers we hold whether the men were ever paid.")
    assert note_on_accounts("It is impossible to determine how many of the parts came from the mine.")
    assert note_on_accounts("If you or your brother worked on that site and want to talk, email our desk.")
    assert not note_on_accounts("We could not confirm the drivers' accounts of the lock-ins, but two payslips show the fines.")


def test_unverified_notes_of_papers_and_posters() -> None:
    assert hedges.is_unconfirmed("We can't tell from our files how the cutters were treated.")
    assert hedges.is_unconfirmed("Our agent said the owner paid a fee to the jail. Not sure whether it is accurate.")
    assert not hedges.is_unconfirmed("I can't say if that is true of every boat, but ours was locked.")


def test_a_buyers_statement_keeps_only_its_claims() -> None:
    text = ("Statement from Larchmont Boots\n\n"
            "An audit found that two stitchers at our supplier in Bursa had worked 70 hours in one week.\n\n"
            "The auditors said the supplier kept the stitchers' passports in the office safe.\n\n"
            "We have cut ties with that vendor. We pulled the remaining boots from the shelves last week. "
            "We will keep following the case.\n\n"
            "We did not knowingly source from any site where passports were held.\n")
    a = analyse(text, META)
    texts = [c.text for c in a.claims]
    assert not any(t.startswith(("We have cut ties", "We pulled", "We will keep")) for t in texts), texts
    assert any("passports in the office safe" in t for t in texts)
    assert any(t.startswith("We did not knowingly") for t in texts)


def test_near_miss_a_worker_who_could_not_reach_family_keeps_the_claim() -> None:
    text = ("Coastline Post\n\nDeckhands held at sea\n\n"
            "Five migrant deckhands said the captain took their phones on the first day.\n\n"
            "\"We could not reach our families for months,\" one of them said.\n")
    a = analyse(text, META)
    assert any("reach our families" in c.text for c in a.claims)
