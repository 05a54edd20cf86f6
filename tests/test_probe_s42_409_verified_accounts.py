"""Probe (session 42, from heldout409's speaker misses): on a board's thread, a post header whose handle carries a
bracket before the time of posting ("Nodira_Aid (verified account: Home Safe Tajikistan) · 4 Feb 2026, 09:15") starts
a post of its own, a body's (an organization), not more of the post above it. Near miss: a plain handle header stays a
person's post. Text written for this test."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

_THREAD = """mehnat.example \u203a Work in Russia \u203a Passports

Thread: brigadir took our passports in Omsk

rustam_88 \u00b7 3 Feb 2026, 20:10
Hello all. In January the brigadir collected our passports "for registration". Now he says we go to Belgorod next week to dig "defence lines", same money.

kamol.t \u00b7 3 Feb 2026, 21:02
Brother, don't go. My cousin went to such a place and they did not pay him for four months.

Nodira_Aid (verified account: Home Safe Tajikistan) \u00b7 4 Feb 2026, 09:15
Rustam, please call our line. We have seen many such transfers this winter, and in several cases the men were not allowed to leave the site once they arrived.

rustam_88 \u00b7 4 Feb 2026, 10:30
Thank you, I will call.
"""


def test_a_verified_body_account_starts_its_own_post() -> None:
    found = speakers_by_opening(_THREAD, 30)
    assert next(v for k, v in found.items() if k.startswith("We have seen many")) == ("Nodira_Aid", "organization")
    assert next(v for k, v in found.items() if k.startswith("My cousin went")) == ("kamol.t", "named_person")
