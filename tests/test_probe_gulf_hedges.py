"""What investigators only believe or suspect is hedged ("police believed she had fallen from the third floor"); a
worker who believes in something, or police who found something, is not. Every text is written for this test; people
are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META


def _hedged(sentence: str, frag: str) -> bool:
    a = analyse(LEAD + sentence, META)
    return next(c for c in a.claims if frag in c.text).hedged


def test_what_police_believe_is_hedged() -> None:
    assert _hedged("The Kuwait Herald, citing a security source, said police believed she had fallen from the "
                   "balcony of the house where her employer had locked her in.", "locked her in")


def test_what_police_found_is_not_hedged() -> None:
    assert not _hedged("The Kuwait Herald, citing a security source, said police found she had been locked in the "
                       "house by her employer for months.", "locked in the")


def _negated(text: str, frag: str) -> bool:
    a = analyse(LEAD + text, META)
    return next(c for c in a.claims if frag in c.text).polarity == "negated"


def test_an_accused_denies_in_the_first_person_or_through_counsel() -> None:
    assert _negated("\"My client never confiscated a passport from these workers,\" said Omar Haddad, the lawyer for "
                    "the sponsor accused of withholding the wages of 30 workers.", "never confiscated")
    assert _negated("\"I never took money from anyone, I only sent them to the agency for their visas,\" the sub-agent "
                    "said of the fees the workers paid.", "never took money")
    assert _negated("The sponsor's lawyer said the employer denied beating the housemaid and withholding her wages.",
                    "denied beating")


def test_workers_who_never_received_their_wages_are_not_denying() -> None:
    assert not _negated("\"We never received our wages for four months and the supervisor kept our passports,\" said "
                        "Bikram, a mason.", "never received")
    assert not _negated("\"I never took a day off in two years, and they kept my passport,\" said Bikram, a mason.",
                        "never took a day off")
