"""Probes (s329, second round): lines about the reporting in a broadcast transcript are no claims. "She asked us not
to use her name.", a host's "We also contacted the provincial office." with nothing asked or answered, and "We will
keep following the story." say nothing about workers. Near misses stay claims: a manager "who asked me not to use his
name" and then says something, a question put to a foreman with his answer, a request not to be named because the
owner still holds a passport. Texts written for these tests; the people and the station are fictional."""

from __future__ import annotations

from labourlens.analyse.claims import _is_meta


def test_broadcast_lines_about_the_reporting_are_meta() -> None:
    assert _is_meta("She asked us not to publish her name.")
    assert _is_meta("HOST: We also asked the provincial labour office.")
    assert _is_meta("We contacted the workshop's owner for comment.")
    assert _is_meta("HOST: We will keep following this story.")


def test_near_miss_requests_and_questions_that_carry_an_account_stay_claims() -> None:
    assert not _is_meta('A farm manager, who asked me not to print his name, said it was "not our concern" how the pay was split.')
    assert not _is_meta("We asked the foreman why the gate was locked and he said it was for their safety.")
    assert not _is_meta("She asked us not to publish her name because the owner still holds her passport.")
    assert not _is_meta("We asked for our passports back many times and he always refused.")
