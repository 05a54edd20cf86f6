"""Probes: the peso written "P450" in a Philippine report that names its islands or provinces, not the country
(invented texts)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META


def _amounts(text: str) -> list[tuple[str, str | None, float | None]]:
    return [(m.text, m.currency, m.value) for m in analyse(text, META).amounts]


def test_a_letter_p_amount_in_a_report_set_in_the_visayas() -> None:
    text = ("Rice planters in Leyte will now earn at least P470 a day under the new order, up from P455, the "
            "regional board for the Eastern Visayas said.")
    assert any(c == "PHP" and v == 470.0 for _, c, v in _amounts(text))


def test_a_letter_p_advance_told_by_a_cutter_in_negros() -> None:
    text = ("Cutters on a farm in Negros said a foreman advanced them P3,000 each before the season, and that "
            "the debt had grown to P7,500 by March.")
    found = _amounts(text)
    assert any(c == "PHP" and v == 3000.0 for _, c, v in found) and any(c == "PHP" and v == 7500.0 for _, c, v in found)
