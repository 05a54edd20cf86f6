"""Probes (s328b): a speaker hired as a child ("Six girls aged under 18 said ...") keeps the
underage evidence of the speaker phrase once the phrase is read as the speaker; an adult speaker's age does not.
Every mill and person is invented."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
LEAD = "Migrant women at spinning mills near Erode described their hostels.\n\n"


def _claim(text: str, frag: str) -> tuple[str | None, set[str]]:
    a = analyse(LEAD + text, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    return (s.kind if s else None), {h.indicator for h in c.indicators}


def test_speakers_hired_under_age_keep_the_underage_indicator() -> None:
    kind, found = _claim("Six girls aged under 18 said the warden locked their dormitory gate after the night shift.",
                         "dormitory gate")
    assert kind == "anonymous_source" and "abuse_of_vulnerability" in found


def test_an_adult_speaker_by_age_adds_no_underage_indicator() -> None:
    kind, found = _claim("A reeler aged 24 said the warden locked her dormitory gate after the night shift.",
                         "dormitory gate")
    assert kind == "anonymous_source" and "abuse_of_vulnerability" not in found
