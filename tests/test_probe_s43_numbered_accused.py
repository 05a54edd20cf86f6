"""(s43) A party on trial by the number the court gave it ("the second accused", "the first defendant") speaks as a
person the charge sheet names (`named_person`, the reading of 27 of the 31 such speakers in the studied sets); a
defendant with no number may be a firm or a person and stays as it was."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify
from probe_helpers import speaker

JUDGMENT = (
    "RAJSHAHI, Bangladesh — A district court on Tuesday convicted two brick-kiln contractors of holding 40 workers in "
    "debt bondage at the fictional Padma Star kiln.\n\n"
    "The first accused told the court that the workers had borrowed the advances of their own free will. "
    "The second defendant said the men were locked in the sheds at night so that none of them could run away. "
    "Witness 4, a moulder, said the contractors kept the families' national identity cards in a tin box.\n"
)


@pytest.mark.parametrize("phrase", ["The first accused", "the third accused", "The second defendant",
                                    "the sixth defendant"])
def test_a_numbered_party_on_trial_is_a_named_person(phrase: str) -> None:
    assert classify(phrase) == "named_person"


@pytest.mark.parametrize("phrase", ["The defendant", "the accused", "the co-accused"])
def test_a_party_on_trial_without_a_number_is_unchanged(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


def test_the_numbered_defendant_speaks_in_a_judgment_report() -> None:
    wording, kind, _ = speaker(JUDGMENT, "locked in the sheds")
    assert (wording or "").lower().endswith("second defendant") and kind == "named_person"
    assert speaker(JUDGMENT, "identity cards")[1] == "anonymous_source"  # a numbered witness is no party


def test_numbered_parties_are_told_apart_by_their_numbers_and_met_again_by_them() -> None:
    text = JUDGMENT + ("The second accused said the gate was locked at ten only in winter. "
                       "The first accused denied that anyone was beaten. "
                       "The second defendant added that the men were made to work through the night.\n")
    first, second, first_again, second_again = (speaker(text, frag)[2] for frag in (
        "borrowed the advances", "locked in the sheds", "anyone was beaten", "through the night"))
    assert first == first_again and second == second_again and first != second


def test_numbered_claimants_are_told_apart_but_keep_their_kind() -> None:
    text = ("DHAKA — A labour court on Monday heard nine kiln workers who sued the fictional Riverbend Bricks over "
            "debts they say bound them to the kiln.\n\nThe third claimant told the court that the owner kept her "
            "national identity card until the advance was repaid. The seventh claimant said the manager locked the "
            "workers' huts at night so that no family could leave. The third claimant added that she was beaten when "
            "she asked to go home.\n")
    third, seventh, third_again = (speaker(text, frag) for frag in ("identity card", "locked the", "was beaten"))
    assert third[2] == third_again[2] != seventh[2]
    assert third[1] == seventh[1] == "anonymous_source"  # only an accused or a defendant so numbered is a named person
