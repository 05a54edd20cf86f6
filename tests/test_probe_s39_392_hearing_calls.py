"""Probes (session 39, from heldout392's claims that were no claims): a hearing chair who gives the floor ("CHAIRWOMAN
(Ms Lund): I invite Dr Ode of the Growers' Association.", "CHAIRMAN: The Minister for Home Affairs.") says nothing
about workers. Near misses: a chair who tells of abuse, or calls a practice a scandal, keeps the claim. Texts
written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.claim_filters import is_programme_line


def test_a_chair_calling_the_next_speaker_is_no_claim() -> None:
    assert is_programme_line("CHAIRWOMAN (Ms Lund): I invite Dr Ode of the Growers' Association.")
    assert is_programme_line("CHAIRMAN: The Minister for Home Affairs.")
    assert is_programme_line("Chair: I now recognise the next witness, from the port authority.")


def test_near_miss_a_chair_who_tells_of_abuse_keeps_the_claim() -> None:
    assert not is_programme_line("THE CHAIR: I call this a scandal, because tenants were beaten.")
    assert not is_programme_line("THE CHAIR: The minister has not answered why tenants were held.")
    assert not is_programme_line("CHAIR: Witnesses told us the tenants were locked in.")
