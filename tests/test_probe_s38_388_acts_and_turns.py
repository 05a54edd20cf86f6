"""Probes (a study of s38 on a held-out set; every text here is written for this test, with fictional people, firms and
outlets, and real countries and places):

- a state that acts and then says why ("The ministry last week imposed penalties on X, saying its plants held
  workers' papers") speaks the participle's report, as "X stepped in, saying ..." does;
- in an interview turn written "Name: ...", the head of the firm the speaker inspected, by role, who answered ("The
  plant manager told me the logs were for training") speaks, as "A guard said ..." does.

Near misses: a count before the act is no state ("Five workers imposed sanctions ..."), and a role whose words are
the turn speaker's own account ("The manager told us we could not leave") leaves the turn to its speaker.
"""

from __future__ import annotations

from attribution_helpers import claim_sources, find_claim

STATE = """US sanctions a glove maker over forced labour

WASHINGTON, May 4 (Harbour Wire) - The Treasury last week imposed sanctions against a Malaysian glove maker, saying its two plants in Selangor relied on forced labour.

The department said migrant workers at the plants owed agents as much as $5,000 each and had their passports held by the firm.
"""

NOT_STATE = """Workers protest at a glove plant

Five workers imposed sanctions on their own union branch, saying it had kept their passports for the employer.

The workers said an agent in Dhaka charged each of them a recruitment fee of $5,000 and kept their passports.
"""

TURNS = """Audit Weekly spoke to Hana Berg, an auditor who has inspected garment plants in Vietnam for ten years.

Audit Weekly: What did you find?

Hana Berg: Workers showed me that the office safe held their passports. Some worked 100 hours of overtime a month.

Audit Weekly: What was the answer of the plant?

Hana Berg: The plant manager told me the passports were kept "for safekeeping" at the workers' request.

Audit Weekly: Could they leave?

Hana Berg: The manager told us we could not leave the floor without his permission during the audit.
"""


def test_state_act_then_saying_is_the_state_s() -> None:
    kind, wording, _ = find_claim(claim_sources(STATE), "relied on forced labour")
    assert (kind, wording) == ("official", "The Treasury")


def test_near_miss_count_before_act_is_no_state() -> None:
    assert find_claim(claim_sources(NOT_STATE), "kept their passports")[0] != "official"


def test_firm_head_by_role_in_a_turn_speaks() -> None:
    found = claim_sources(TURNS)
    assert find_claim(found, "for safekeeping")[1] == "The plant manager"
    assert find_claim(found, "held their passports")[1] == "Hana Berg"


def test_near_miss_role_telling_the_speaker_s_own_account() -> None:
    assert find_claim(claim_sources(TURNS), "could not leave the floor")[1] == "Hana Berg"
