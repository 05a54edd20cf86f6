"""A fronted "Based on ...", "Drawing on ...", "Relying on ..." phrase is the ground of a finding, not part of its
speaker: the speaker is the subject after the comma. Mini-documents in our own wording; "Based in <place>," is
left as it was."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
_HEAD = "Workers abroad\n\nNorth Korean labourers were sent abroad under state contracts.\n\n"


def _speaker(sentence: str) -> tuple[str, str | None]:
    a = analyse(f"{_HEAD}{sentence}\n", META)
    c = a.claims[-1]
    return a.source(c.source).kind, a.source(c.source).wording


@pytest.mark.parametrize("sentence,kind,wording", [
    ("Based on interviews with 20 former workers and three site managers, the report finds that North Korean "
     "builders were paid 50 dollars a month.", "document", "the report"),
    ("Drawing on payroll records, the study concludes that North Korean seamstresses worked 14-hour shifts.",
     "document", "the study"),
    ("Relying largely on leaked contracts, the union said North Korean loggers had their passports confiscated.",
     "organization", "the union"),
    ("Building on earlier fieldwork in Tomsk, the survey shows that North Korean welders worked 16 hours a day.",
     "document", "the survey"),
    ("Based mainly on testimony from five defectors and two brokers, the audit found that North Korean cooks "
     "were never paid.", "document", "the audit"),
])
def test_basis_phrase_is_not_the_speaker(sentence: str, kind: str, wording: str) -> None:
    assert _speaker(sentence) == (kind, wording)


def test_based_in_a_place_stays() -> None:
    assert _speaker("Based in Vladivostok, the foreman said the North Korean crews were never paid.") == (
        "anonymous_source", "the foreman")
