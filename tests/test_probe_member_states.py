"""'States' as the head noun of a speaker phrase, not the reporting verb "states" (diagnosis of a blind set,
our own wording): "Two Member States informed the Group", "member states told the panel". Negative control:
"The contract states that ..." keeps the verb. Every text is written for this test; bodies are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.states_noun import states_noun

META = {"published": "2025-03-01", "language": "en"}
LEAD = "The panel found that workers sent abroad had their passports taken and were locked in dormitories. "


def _speaker(text: str) -> tuple[str | None, str | None]:
    a = analyse(LEAD + text, META)
    c = a.claims[-1]
    s = a.source(c.source)
    return (s.wording if s else None, s.kind if s else None)


def test_member_states_speak_as_states() -> None:
    assert _speaker("Three Member States informed the panel that the cooks in Kampala had their passports held.") == (
        "Three Member States", "official")
    assert _speaker("Several member states told the panel that the cooks in Kampala had their passports held.") == (
        "Several member states", "official")


def test_the_verb_states_still_reports() -> None:
    assert _speaker("The signed contract states that the cooks in Kampala must hand over their passports.")[1] == "document"
    assert not states_noun("states", "The signed contract")
    assert states_noun("States", "The Gulf")
    assert not states_noun("States", "")
