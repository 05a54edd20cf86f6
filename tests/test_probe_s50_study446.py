"""Probes for the study of heldout446 (fiftieth session): a frost named only by its
figure ("it was already minus twelve"), the job nobody named at recruitment ("nobody told us we would be ..."), and
the minutes of a sitting, whose page-type line names no outlet. Texts are invented."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, indicators

CONDITIONS = "abusive_working_and_living_conditions"


def test_a_frost_named_by_a_word_figure_is_a_hard_condition() -> None:
    assert CONDITIONS in indicators("In November it was already minus twelve in the wagons where the loggers slept.")


def test_a_night_frost_in_the_cabins_is_a_hard_condition() -> None:
    assert CONDITIONS in indicators("At night it gets to minus fifteen in the cabins, one of the welders said.")


def test_a_frost_the_sheds_fell_to_is_a_hard_condition() -> None:
    assert CONDITIONS in indicators("By December the sheds where the loggers slept were at minus 14.")


def test_loads_nobody_named_at_hiring_are_deception() -> None:
    assert "deception" in indicators("Nobody said we would be carrying bricks on our backs, the boys told the court.")


def test_sleeping_place_nobody_named_is_deception() -> None:
    assert "deception" in indicators("No one said they would be sleeping beside the boilers, the cooks recalled.")


MINUTES = """Minutes (excerpt), 12 March 2026 - Item 4: seasonal workers on melon farms

Deputy Aliya Serikova: Inspectors told me that the pickers at two farms had their passports taken by the farm office.
"""


def test_a_minutes_line_names_no_outlet() -> None:
    assert analyse(MINUTES, META).meta.outlet != "Minutes"


PROCEEDINGS = """Proceedings, 2 June 2026 - Hearing on domestic workers recruited abroad

Councillor Petra Lindqvist: A housekeeper from the Philippines told the panel that her employer kept her passport in a drawer.
"""


def test_a_proceedings_line_names_no_outlet() -> None:
    assert analyse(PROCEEDINGS, META).meta.outlet != "Proceedings"


BARE_MINUTES = """Minutes, 9 April 2026 - Hearing on seasonal workers in the orchards

Senator Ines Varga: The pickers told my office that the farm manager kept their identity cards in his car.
"""


def test_a_bare_minutes_line_names_no_outlet() -> None:
    assert analyse(BARE_MINUTES, META).meta.outlet != "Minutes"
