"""A hiring notice that names a recruitment fee only to say recruits pay none, beside market figures (room rates,
occupancy), describes no forced labour; rats in a dormitory are squalor, room rates are not; a promise of no fee
that the sentence itself turns against keeps the report. Texts written for these tests; firms and people invented."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.fee_free_hiring import no_fee_promised
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-02-02", "language": "en"}

HIRING = (
    "Builder to take on 2,500 welders and fitters for Lusail towers\n\n"
    "DOHA, Feb 2 -- Qasr Line Contracting, which has built four residential towers in Qatar, will hire 2,500 "
    "welders, pipe fitters and scaffolders this year for two projects in Lusail, its human resources manager, "
    "Omar Haddad, said on Sunday.\n\n"
    "Basic pay for skilled trades will start at QAR 2,400 a month with housing and transport, and foremen will start "
    "at QAR 5,500. Selection tests will be held in Kathmandu, Colombo and Lagos in March.\n\n"
    "Recruits pay no recruitment fees and their flights are booked by the company, Haddad said.\n\n"
    "Serviced flats in Lusail let at average monthly rates of QAR 9,000 last year, and hotel room rates in Doha rose "
    "about 6 percent, according to a property consultancy.\n"
)

BROKEN_PROMISE = (
    "Welders say the fee they were told they would never pay is taken from their wages\n\n"
    "DOHA -- Twenty welders hired by a Lusail contractor were told there would be no recruitment fee, but each of them "
    "paid 120,000 rupees to a broker before leaving Nepal, they told this newspaper.\n\n"
    "The contractor now deducts QAR 400 a month from their pay, and their passports are kept in the site office, "
    "two of the men said.\n"
)


def test_a_hiring_notice_with_no_fee_and_room_rates_stays_quiet() -> None:
    result = analyse(HIRING, META)
    assert result.claims == [] and result.indicators() == []


def test_a_fee_promise_turned_against_keeps_the_report() -> None:
    result = analyse(BROKEN_PROMISE, META)
    assert result.claims and "retention_of_identity_documents" in result.indicators()


def test_rates_are_not_rats() -> None:
    hit = {h.indicator for h in indicators.match("Room rates at the hostel rose sharply in the summer.", 0).hits}
    assert "abusive_working_and_living_conditions" not in hit
    squalor = {h.indicator for h in indicators.match("Rats ran across the beds in the dormitory at night.", 0).hits}
    assert "abusive_working_and_living_conditions" in squalor


def test_no_fee_promised_shapes() -> None:
    assert no_fee_promised("Applicants do not have to pay a placement fee.")
    assert no_fee_promised("The scheme is free of agency fees for all nurses.")
    assert not no_fee_promised("He paid a placement fee of 2,000 dollars.")
    assert not no_fee_promised("There was meant to be no agency fee, but the broker took 900 dollars.")
    assert not no_fee_promised("They did not pay the recruitment fee back in time.")  # a debt, not a notice
