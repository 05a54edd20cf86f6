"""A named witness's account (fictional texts): what someone said to the witness inside the witness's own
quotation, opened in the sentence before, stays the witness's claim; "according to Ryu and two other former
workers" after Ryu was met is Ryu's."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speaker

META = {"published": "2025-03-01", "language": "en"}


def _speaker_of(text: str, part: str) -> tuple[str, str | None]:
    return claim_speaker(text, part, META)


@pytest.mark.parametrize("intro", [
    'A former cook, identified here by the pseudonym Ryu Mi-ran, told researchers: "We worked until two in the '
    'morning.',
    'Ryu Mi-ran, a former cook at the plant, told us: "We worked until two in the morning.',
])
@pytest.mark.parametrize("relayed", [
    "The supervisor said anyone who complained would be sent home first",
    "Our team leader told us the wages would be paid in Pyongyang",
])
def test_a_remark_inside_the_witness_quotation_stays_hers(intro: str, relayed: str) -> None:
    text = ("Seafood plants in Hunchun\n\nA brief by a fictional monitoring group.\n\n"
            f'{intro} {relayed}, and nobody dared to ask again."\n\n'
            "The plant did not reply to a request for comment.\n")
    kind, wording = _speaker_of(text, relayed)
    assert kind == "named_person" and wording is not None and "Ryu Mi-ran" in wording


def test_a_remark_after_a_closed_quotation_is_the_speakers_own() -> None:
    text = ("Seafood plants in Hunchun\n\nA brief by a fictional monitoring group.\n\n"
            'Ryu Mi-ran, a former cook at the plant, told us: "We worked until two in the morning." '
            "The plant manager said the passports of the workers were kept in his safe.\n")
    kind, wording = _speaker_of(text, "kept in his safe")
    assert wording is not None and "Ryu" not in wording


@pytest.mark.parametrize("group", ["Ryu and two other former workers", "Ryu and three other former cooks",
                                   "Ryu and three other women"])
def test_a_named_witness_counted_with_others_is_the_witness(group: str) -> None:
    text = ("Seafood plants in Hunchun\n\nA brief by a fictional monitoring group.\n\n"
            "Ryu Mi-ran, a former cook at the plant, said the women slept in a locked dormitory.\n\n"
            f"The women were paid, according to {group}, only 100 yuan a month, and the company kept the rest of "
            "their wages.\n")
    kind, wording = _speaker_of(text, "100 yuan a month")
    assert kind == "named_person" and wording is not None and "Ryu" in wording


def test_an_unknown_name_with_others_stays_a_group() -> None:
    text = ("Seafood plants in Hunchun\n\nA brief by a fictional monitoring group.\n\n"
            "A former cook at the plant said the women slept in a locked dormitory.\n\n"
            "The women were paid, according to Pak and two other former workers, only 100 yuan a month, and the "
            "company kept the rest of their wages.\n")
    kind, wording = _speaker_of(text, "100 yuan a month")
    assert wording is not None and "other former workers" in wording
