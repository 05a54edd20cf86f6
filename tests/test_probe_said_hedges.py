"""Probes: "it is also said that ..." hedges a claim as "it is said" does; "supposedly" before an infinitive of
purpose ("collected the passports, supposedly to renew the permits") doubts the pretext, not the act, and does not
hedge the claim, while "supposedly collected" still does. Sentences written for these tests."""

from __future__ import annotations

from labourlens.analyse import hedges


def test_it_is_also_said_is_a_hedge() -> None:
    assert hedges.find_hedges("It is also said that some loggers have frostbite because gloves are rationed.")
    assert hedges.find_hedges("It is widely said that the loggers are not paid.")


def test_supposedly_before_a_purpose_does_not_hedge_the_act() -> None:
    assert not hedges.find_hedges("The brigade leader took their passports in May, supposedly to renew the permits.")
    assert hedges.find_hedges("The brigade leader supposedly took their passports in May.")


def test_a_quoted_question_is_no_claim_and_a_teaser_is_programme() -> None:
    from labourlens.analyse.claim_filters import is_programme_line

    text = ("Migrant workers at the Kestrel Timber yard in Khabarovsk described their conditions.\n\n"
            "\"If you want to leave before the season ends you pay a fine of 40,000 roubles. Where would we find that?\" "
            "one of the loggers said.")
    from labourlens.analyse.pipeline import analyse

    claims = analyse(text, {"published": "2025-03-01", "language": "en"}).claims
    assert any("fine of 40,000" in c.text for c in claims)
    assert not any(c.text.startswith("Where would we") for c in claims)
    assert is_programme_line("After the break: new rules for seasonal permits.")
    assert not is_programme_line("After the break, the loggers were sent back to the camp.")


def test_a_day_and_a_halfs_pay_is_a_sum_not_a_duration() -> None:
    from labourlens.analyse.pipeline import analyse

    meta = {"published": "2025-03-01", "language": "en"}
    fined = analyse("Loggers who refused a night shift were fined 900 roubles, about a day and a half's pay.", meta)
    assert not [t for t in fined.times if t.kind == "duration"]
    worked = analyse("The loggers worked for a day and a half without rest, they said.", meta)
    assert [t.text for t in worked.times if t.kind == "duration"] == ["a day and a half"]
