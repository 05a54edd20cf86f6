"""SA: a quotation after a sentence in which a source met before only reacts (texts invented for these tests)."""

from __future__ import annotations

import pytest

from attribution_helpers import who

BEFORE = ("A Ghanaian site foreman, who asked not to be named, said a crew of 30 men arrived in May. "
          "A Western diplomat said the crews earn several million dollars a year.\n\n")


@pytest.mark.parametrize("gesture", [
    "Asked whether the men could leave, the foreman laughed.",
    "The foreman shrugged.",
    "Asked about their passports, the foreman shook his head.",
])
def test_a_quote_after_a_reacting_definite_source_is_theirs(gesture: str) -> None:
    text = BEFORE + gesture + ' "Leave to where? They have no papers, no money."'
    src = who(text, "no papers")
    assert src is not None and src.wording == "A Ghanaian site foreman"


def test_a_quote_after_a_reacting_surname_is_that_person() -> None:
    text = ("Kwame Mensah, a driver, said the men were locked in. A diplomat said the crews earn millions.\n\n"
            'Mensah sighed. "Nobody leaves. The gate is locked at night."')
    src = who(text, "gate is locked")
    assert src is not None and "Kwame Mensah" in (src.wording or "")


def test_a_reacting_stranger_takes_nobody_quoted_before() -> None:
    text = 'A driver said the men were locked in.\n\nThe minister smiled. "We have no such workers."'
    src = who(text, "no such workers")
    assert src is None or src.wording != "A driver"


def test_a_quote_that_names_its_own_speaker_keeps_it() -> None:
    text = BEFORE + 'The foreman laughed. "They never leave," the diplomat added.'
    src = who(text, "never leave")
    assert src is not None and src.wording == "A Western diplomat"
