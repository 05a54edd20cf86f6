"""Probes (s325b) for speaker kinds: the accused of a case whose caption names one person, and a name the text calls
an armed group. Reports are invented (places are real)."""

from __future__ import annotations

from probe_helpers import speakers_by_opening


def _of(text: str, opening: str) -> tuple[str | None, str | None]:
    """(wording, kind) of the speaker of the claim that opens with ``opening``."""
    return next(v for k, v in speakers_by_opening(text, 60).items() if k.startswith(opening))


_CASE = """CEBU LEGAL NOTES
Case Digests — Trafficking

People v. Josefina Alcantara-Lim
Regional Trial Court, Branch 9, Cebu City
Decision dated 2 March 2026

The witnesses

DDD testified that the recruiter kept her passport and that she worked eighteen hours a day at a call centre in Phnom Penh without pay.

Defence case

The accused denied keeping any passport. She claimed that the workers had chosen to stay in Phnom Penh.
"""

_FIRM_CASE = """CEBU LEGAL NOTES
Case Digests — Trafficking

People v. Kestrel Manpower Services Inc.
Regional Trial Court, Branch 9, Cebu City

DDD testified that the recruiter kept her passport and that she worked eighteen hours a day at a call centre in Phnom Penh without pay.

The accused denied keeping any passport.
"""


def test_accused_named_by_the_caption_is_a_named_person() -> None:
    assert _of(_CASE, "The accused denied keeping any passport") == ("The accused", "named_person")


def test_accused_firm_of_the_caption_is_no_named_person() -> None:
    assert _of(_FIRM_CASE, "The accused denied keeping any passport")[1] != "named_person"


_ARMED = """MAE SOT — Thai police received 52 workers from a call-centre compound across the Moei river on Monday.

The workers said guards took their passports and they were beaten when they missed their targets.

The Moei Valley Guard, an armed group holding the riverbank near the compound, said in a written statement that the workers had never been confined.

Nok Ruiz, a former militia member who now drives a taxi, said the guards at the compound beat workers every night.
"""


def test_name_the_text_calls_an_armed_group_is_an_organization() -> None:
    assert _of(_ARMED, "The Moei Valley Guard, an armed group")[1] == "organization"


def test_person_described_by_a_militia_past_stays_a_person() -> None:
    assert _of(_ARMED, "Nok Ruiz, a former militia member")[1] == "named_person"


_RULING = """CEBU LEGAL NOTES

People v. Josefina Alcantara-Lim

DDD testified that the recruiter kept her passport and that she worked eighteen hours a day at a call centre in Phnom Penh without pay.

Judgment

The court found the account of the witnesses "credible and consistent". It ruled that Alcantara-Lim lured the workers through deceit and kept their passports.
"""


def test_it_after_the_court_found_is_the_court() -> None:
    assert _of(_RULING, "It ruled that Alcantara-Lim lured") == ("The court", "official")


def test_it_after_a_report_is_still_the_report() -> None:
    text = _RULING.replace('The court found the account of the witnesses "credible and consistent".',
                           "The report, published by Harbour Watch, was based on interviews with nine workers.")
    assert _of(text, "It ruled that Alcantara-Lim lured")[1] != "official"
