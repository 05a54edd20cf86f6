"""Study 349: a monitoring body's "participating States" speak as states do, like its "Member States" (official).
Every text is written for this test; the body and figures are fictional."""

from __future__ import annotations

from labourlens.analyse import pipeline

_REPORT = ("Joint Monitoring Team on Overseas Labour\n\n"
           "12. Participating States informed the Team that several hundred DPRK workers remain at shipyards in the "
           "region. One participating State reported that 300 DPRK nationals entered on trainee visas in 2025.\n"
           "13. Member States informed the Team that the workers were paid into one account.")


def test_participating_states_are_official() -> None:
    r = pipeline.analyse(_REPORT)
    kinds = {s.key: s.kind for s in r.sources}
    assert [kinds.get(c.source) for c in r.claims] == ["official", "official", "official"]
