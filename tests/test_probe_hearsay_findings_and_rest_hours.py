"""Shapes of English reporting found in a study of distant-water fishing reports (forty-sixth session), in
mini-texts of our own wording with controls: hearsay a speaker passes on ("people say ..."), a court's finding of
a charge not proven, an accused party's assurance of monthly pay under the contract, blows by a boat's officer
named with an adjective, blows a defendant admits, a single call home allowed, and a job advert's rest hours and
own bank account (no abuse)."""

from __future__ import annotations

from attribution_helpers import speakers_of
from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse
from labourlens.model import Claim

_META = {"published": "2025-03-01", "language": "en"}


def _claim(text: str, part: str) -> Claim:
    a = analyse(text, _META)
    found = [c for c in a.claims if part in c.text]
    assert found, f"no claim with {part!r}"
    return found[0]


def _ids(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence).hits}


def test_people_say_stays_with_the_speaker_and_is_hedged() -> None:
    t = ("Amara: The recruiter took our phones on the first day. A cook from Accra went missing last year; people say "
         "he was beaten by the foreman before he vanished, but I cannot prove it.")
    pairs = speakers_of(t)
    assert pairs[1][1] is not None and pairs[1][1].wording == "Amara"
    assert _claim("A cannery in Walvis Bay holds migrant workers in debt, a union said.\n\n" + t, "people say").hedged


def test_people_say_control_a_group_that_speaks() -> None:
    t = "A welder from Dhaka said the manager kept their passports. The people in the camp say the gate is locked."
    pairs = speakers_of(t)
    assert pairs[1][1] is not None and "people" in pairs[1][1].wording.lower()


def test_charge_not_proven_is_negated() -> None:
    t = ("A court in Lahore ruled on a brick kiln where workers were held in debt bondage.\n\n"
         "The court found that the owner kept the workers' identity cards. The court did not find proven the "
         "count that the workers were beaten at night. The judge found not proven the allegation that the men "
         "were denied food.")
    assert _claim(t, "identity cards").polarity == "affirmed"
    assert _claim(t, "beaten at night").polarity == "negated"
    assert _claim(t, "denied food").polarity == "negated"


def test_party_assures_monthly_pay_under_contract() -> None:
    t = ("Crew of a trawler in Walvis Bay say they were not paid for a year.\n\n"
         "Ostrander Fishing Ltd said in a statement that all crew \"are paid each month in accordance with the "
         "contract\". The firm also said all salaries \"were remitted monthly to the crewing office as their "
         "contracts require\". A deckhand said they were not paid monthly as the contract requires.")
    assert _claim(t, "in accordance with the").polarity == "negated"
    assert _claim(t, "crewing office").polarity == "negated"
    assert _claim(t, "deckhand said").polarity == "affirmed"


def test_blows_by_an_officer_named_with_an_adjective() -> None:
    assert "physical_and_sexual_violence" in _ids("Two cooks were hit by the Portuguese fishing master last week.")
    assert "physical_and_sexual_violence" in _ids("A deckhand was slapped by the drunk skipper.")
    assert "physical_and_sexual_violence" not in _ids("The crew were hit by a wave off the cape.")


def test_blows_a_defendant_admits_or_is_charged_with() -> None:
    assert "physical_and_sexual_violence" in _ids("The mate admitted striking the cook twice.")
    assert "physical_and_sexual_violence" in _ids("The foreman was convicted of hitting a picker.")
    assert "physical_and_sexual_violence" not in _ids("The firm admitted hitting the target late.")
    assert "physical_and_sexual_violence" not in _ids("The foreman was acquitted of hitting a picker.")


def test_a_single_call_home_allowed() -> None:
    assert "isolation" in _ids("In eleven months the men were allowed one call home, on the carrier's radio.")
    assert "isolation" in _ids("She was given a single phone call to her family.")
    assert "isolation" not in _ids("If you make trouble, I make one phone call home.")


def test_job_advert_rest_hours_and_own_account_are_quiet() -> None:
    assert "excessive_overtime" not in _ids("Rest hours follow the law: at least 10 hours of rest in any 24 hours.")
    assert "withholding_of_wages" not in _ids("Payday is the 5th; wages land in an account held by you.")
    assert "excessive_overtime" in _ids("They worked at least 18 hours a day at sea.")
    assert "withholding_of_wages" in _ids("Their wages were held by the agency until the contract ended.")
