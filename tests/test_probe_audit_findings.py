"""A supplier audit set out as findings. Its section labels ("Finding:", "Methodology:", "Evidence:",
"Observation:") are no speakers; pay held back or a fee charged for the stated purpose of keeping workers
("this retention is intended to "discourage absconding"", "a deposit meant to deter workers from quitting") is a
restriction of movement, which makes such an audit more than an ordinary wage dispute. Every text is written for
this test; the estate and people are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse

META = {"published": "2024-10-01", "language": "en"}
AUDIT = (
    "SOCIAL AUDIT REPORT (SUMMARY OF FINDINGS)\nSite: Green Ridge Tea Estate, Mbeya Region, Tanzania\n\n"
    "Methodology: management interviews; review of payroll and time records for 40 workers; 20 worker interviews.\n\n"
    "NC-01 | Wages | Major\n"
    "Finding: Final pay for pluckers who leave before the end of the season is held back \"until the season "
    "closes\". Management stated that this retention is intended to \"discourage absconding\".\n"
    "Evidence: HR memo; worker interviews.\n\n"
    "NC-02 | Working hours | Major\n"
    "Finding: Time records for the factory show shifts of 12 hours on six days a week, with no rest day for 15 "
    "consecutive days.\n"
    "Evidence: time records.\n\n"
    "NC-03 | Wages | Minor\n"
    "Finding: Payroll for July shows that 120 seasonal pluckers were paid below the statutory minimum wage.\n"
)


def test_section_labels_are_no_speakers() -> None:
    for label in ("Finding", "Methodology", "Evidence", "Observation"):
        m = find_mention(f"{label}: Workers were paid below the minimum wage for two months.")
        assert m is None or m.wording.lower() != label.lower()


def test_deterring_departure_is_restriction() -> None:
    hits = {h.indicator for h in indicators.match(
        "Management stated that this retention is intended to \"discourage absconding\".", 0).hits}
    assert "restriction_of_movement" in hits
    hits = {h.indicator for h in indicators.match("A deposit is kept to deter workers from quitting early.", 0).hits}
    assert "restriction_of_movement" in hits
    assert not indicators.match("The new lights are meant to deter theft from the store.", 0).hits


def test_audit_with_held_pay_is_read() -> None:
    a = analyse(AUDIT, META)
    texts = " ".join(c.text for c in a.claims)
    assert "discourage absconding" in texts and "12 hours on six days" in texts
    c = next(c for c in a.claims if "discourage absconding" in c.text)
    assert "restriction_of_movement" in {h.indicator for h in c.indicators}
    s = a.source(c.source)
    assert s is not None and s.wording == "Management"
