"""Probes for the classes studied on heldout206 (branch diag206): the rivers of Ghana's gold belt, a place as the
first word of an outlet's or a placement agency's name, and the document-level indicators of that set's style.
Every example is invented. (Single towns and city quarters the set names were left out of the gazetteer in review:
a name read off a study set is no class.)"""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators, places, sentences
from labourlens.analyse.context import forced_labour_context
from labourlens.analyse.punitive_fines import punitive_fines


def names(text: str) -> set[tuple[str | None, str]]:
    return {(m.country, m.name) for m in places.find(text, [])}


# ------------------------------------------------------------------ class 1: places


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Dredges on the Birim River in Ghana are worked by boys.", "GH", "Birim River"),
        ("A boat on the Pra River near Twifo, Ghana, was seized.", "GH", "Pra River"),
    ],
)
def test_ghana_gold_belt_rivers(text: str, country: str, name: str) -> None:
    assert (country, name) in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Mbeya Pulse reported that pay was late; Tanzania's ministry replied.", ("TZ", "Mbeya")),
        ("Mbeya Placements sent forty women to Oman, Tanzania's labour office said.", ("TZ", "Mbeya")),
    ],
)
def test_place_opening_outlet_or_agency_name(text: str, absent: tuple[str, str]) -> None:
    assert absent not in names(text)


def test_place_before_other_words_stays_a_place() -> None:
    assert ("TZ", "Mbeya") in names("Recruiters in Mbeya placed forty women with families in Oman.")
    assert ("TZ", "Mbeya") in names("Tea pickers in Mbeya said their pulse was racing after the shift.")


# ------------------------------------------------------------------ class 2: punitive fines and a part of a promised wage

def kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Packers at a mill in Gweru are docked 300 rand (about $16) every time they come in late.", "withholding_of_wages"),
        ("Sorters say they are fined each time they stop the line, however short the stop.", "withholding_of_wages"),
        ("Pickers are fined 50 pesos each time they stop to drink water.", "abusive_working_and_living_conditions"),
        ("Nine cleaners were paid 700 ringgit of a promised 1,500 ringgit a month.", "deception"),
        ("Nine cleaners were paid 700 ringgit of a promised 1,500 ringgit a month.", "withholding_of_wages"),
    ],
)
def test_new_indicator_cues(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Donors paid 40 percent of the promised aid to the ministry.",
        "Officials paid tribute to the work of the promised reforms.",
        "Drivers were fined for speeding each time police stopped them.",
    ],
)
def test_controls_without_new_cues(text: str) -> None:
    assert not kinds(text) & {"deception", "abusive_working_and_living_conditions"}
    assert "withholding_of_wages" not in kinds(text) or "fined" in text


def test_punitive_fines_read_only_workers_fines() -> None:
    assert punitive_fines(["Packers are docked 300 rand every time they come in late."])
    assert punitive_fines(["Loaders say they are fined 2,000 shillings (US$0.55) if they stop to drink water."])
    assert not punitive_fines(["The contractor was fined each time it arrived late at the depot."])
    assert not punitive_fines(["The union said the strike would go ahead on Monday."])


_DISPUTE = (
    "BULAWAYO - Packers at a foreign-owned flour mill say they work from six to nine at night and nobody is paid "
    "overtime.\n\n"
    "Since the walkout in May, a packer said, the firm has paid nobody on the night shift.\n\n"
    "The union said it had filed a petition with the labour court.\n\n"
)


def test_dispute_with_punitive_fines_is_a_report() -> None:
    plain = _DISPUTE
    fined = _DISPUTE + "Packers are docked $3 every time they arrive late, and fined if they stop to drink water.\n"
    assert not forced_labour_context(plain, sentences.split(plain))
    assert forced_labour_context(fined, sentences.split(fined))


# ------------------------------------------------------------------ class 3: last pay, crowded rooms, working off a debt


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Loggers were sent home without their final wages after the mill closed.", "withholding_of_wages"),
        ("She was let go without her last month's pay.", "withholding_of_wages"),
        ("The porters share containers 12 at a time behind the yard.", "abusive_working_and_living_conditions"),
        ("Half of the girls are still working to pay the broker back.", "debt_bondage"),
    ],
)
def test_last_pay_rooms_and_debts(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He was fired without his last pay rise being approved.", "withholding_of_wages"),
        ("We share a car with 3 others on the way to the depot.", "abusive_working_and_living_conditions"),
        ("She is still working to pay off her mortgage.", "debt_bondage"),
    ],
)
def test_last_pay_rooms_and_debts_controls(text: str, kind: str) -> None:
    assert kind not in kinds(text)
