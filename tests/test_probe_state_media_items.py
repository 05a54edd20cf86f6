"""Pages that name North Korean workers without telling of their treatment: a digest of state media on a factory
opened at home (its ceremony, officials and pledges: an event page, analyse/event_reports.py), a masthead in
capitals whose name ends in a body's head noun ("... WATCH", analyse/org_names.py); the digest's shift pattern,
the only cue of its kind, leaves it an event page. Texts written for this test; outlets, plants and people are
fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_META = {"published": "2026-03-12", "language": "en"}

_DIGEST = """PYONGYANG PRESS REVIEW | Weekly notes on North Korean official media

Shoe factory opens in Hamhung

State television showed on Tuesday a ceremony marking the completion of a shoe factory in Hamhung, South Hamgyong
Province, attended by provincial officials and managers of the light-industry ministry.

According to the broadcast, the 600 North Korean workers of the plant pledged to turn out footwear worthy of the
socialist era, and the factory has a hostel, a bathhouse and a kindergarten for their children. The plant's
workers will work in two shifts, the broadcast said.

Review note: the broadcast gave no output figures. Items are summarised by our staff from Korean."""


def test_a_state_media_digest_of_a_factory_opening_is_quiet() -> None:
    a = analyse(_DIGEST, _META)
    assert a.claims == []
    assert a.indicators() == []


def test_a_masthead_in_capitals_ending_in_watch_is_a_name() -> None:
    text = ("EASTERN BORDER WATCH | Party officials in the region held a meeting on trade.\n\n"
            "The North Korean workers at the fish plant are watched by minders day and night, a source in Hunchun said.")
    a = analyse(text, _META)
    hits = [(h.indicator, text[h.start:h.end]) for c in a.claims for h in c.indicators]
    assert not any("BORDER WATCH" in span or span.startswith("WATCH") for _, span in hits)
    assert any(ind == "intimidation_and_threats" or ind == "restriction_of_movement" for ind, _ in hits)
