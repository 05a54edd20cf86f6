"""A firm's head given by role and firm before the name ("The director of Taiga Stroi, Oleg Fedin") and a
firm's general or operations manager given with the firm's name ("Hailong's general manager, Zhou Peng") speak
for the firm (``organization``), as the name-first shapes already do; the head of a state body, an NGO, a
union or an institute, a former head and a person's plain "manager" stay with the other rules. Names and
companies are invented for the tests (places are real)."""

from __future__ import annotations

import pytest
from attribution_helpers import claim_speaker

LEAD = "Workers said their passports were taken on arrival. "


def _kind(subject: str) -> tuple[str, str | None]:
    return claim_speaker(f"{LEAD}{subject}, said the workers had not been paid for three months.", "not been paid")


@pytest.mark.parametrize("subject", [
    "The director of Taiga Stroi, Oleg Fedin",
    "The owner of Green Valley Farms, Ivan Petrov",
    "The head of Nordwood Timber, Ivan Petrov",
    "The deputy head of Nordwood Timber, Anna Berg",
    "The president of Harbour Logistics, Anna Berg",
    "The general manager of the Dalian plant, Sun Lijun",
    "Hailong's general manager, Zhou Peng",
    "Baykal Foods' operations manager, Marat Ismailov",
    "The director of Severny Les, Nikolai Gusev",
])
def test_firm_head_given_before_the_name_speaks_for_the_firm(subject: str) -> None:
    kind, wording = _kind(subject)
    assert kind == "organization"
    assert wording is not None and subject.split(", ")[-1] in wording


@pytest.mark.parametrize("subject", [
    "The director of the Amur Oblast labour department, Pavel Orlov",
    "The director of the Hanbit Institute, Dr. Lee Min-ho",
    "The head of the Baltic Seafarers' Union, Tomasz Nowak",
    "The director of Vostok Rights Watch, Elena Sidorova",
    "The owner of a tea shop near the plant, Wang Li",
    "The former director of Taiga Stroi, Oleg Fedin",
    "The chairman of the Kuwait Society for Human Rights, Khalid Saad",
    "The head of Khasan District, Pavel Orlov",
    "The head of Hunchun City, Li Wei",
])
def test_heads_of_other_bodies_and_former_heads_do_not_speak_for_a_firm(subject: str) -> None:
    kind, _wording = _kind(subject)
    assert kind != "organization"


def test_the_firm_head_keeps_one_source_for_a_later_pronoun() -> None:
    text = (f"{LEAD}The director of Taiga Stroi, Oleg Fedin, said the workers were free to leave the camp. "
            "He said the company kept the passports only for safekeeping.")
    assert claim_speaker(text, "free to leave")[0] == "organization"
    assert claim_speaker(text, "safekeeping")[0] == "organization"


def test_a_persons_plain_manager_is_not_read_as_a_firms() -> None:
    from labourlens.analyse.speakers import classify

    assert classify("Hailong's general manager, Zhou Peng") == "organization"
    assert classify("Zhou Peng's manager, Li Na") != "organization"
