"""Probes (twenty-eighth session): a person without a name who did something "and told" or "and said" it is the
speaker of what follows ("Another worker arrived in Manaus in 2024 and told us the owner locked the door at night").
Near misses: a firm that did something and said it keeps a firm's voice; a sentence with its own speaker keeps it.
Texts written for these tests; the people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.coordinated_reports import coordinated_report, coordinated_teller
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-08-03", "language": "en"}
LEAD = ("Garment workers locked in at night in Manaus\n\n"
        "MANAUS — Labour inspectors found eleven Bolivian seamstresses living and sewing in a locked workshop in "
        "Manaus, where their passports were kept by the owner.\n\n")


def test_someone_who_arrived_and_told_us_is_the_speaker() -> None:
    m = coordinated_teller("Another seamstress arrived in Manaus in 2024 and told us the owner bolted the door each night.")
    assert m is not None and m.wording == "Another seamstress" and m.cue == "told"
    a = analyse(LEAD + "Another seamstress arrived in Manaus in 2024 and told us the owner bolted the door each night.\n",
                META)
    claim = next(c for c in a.claims if c.text.startswith("Another seamstress"))
    src = a.source(claim.source)
    assert src is not None and src.kind == "anonymous_source" and src.wording == "Another seamstress"


def test_near_miss_a_firm_that_acted_and_said_is_no_person() -> None:
    assert coordinated_teller("A holding company bought the workshop in 2020 and said it had paid every worker.") is None
    assert coordinated_report("The inspectors arrived at noon.") is None
