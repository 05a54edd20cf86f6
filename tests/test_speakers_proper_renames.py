"""A body met first under a descriptive alias speaks by its proper name once a sentence of its own gives it."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.proper_renames import names_alias


def _speakers(text: str) -> list[str | None]:
    a = analyse(text)
    src = {s.key: s for s in a.sources}
    return [src[c.source].wording if c.source in src else None for c in a.claims]


@pytest.mark.parametrize("alias, proper", [
    ("South Korea's spy agency", "The National Intelligence Service"),
    ("South Korea's spy agency", "The National Intelligence Service (NIS)"),
    ("Russia's labour ministry", "The Ministry of Labour and Social Protection"),
    ("Mongolia's inspection agency", "The General Agency for Specialized Inspection"),
])
def test_alias_then_proper_name(alias: str, proper: str) -> None:
    assert names_alias(alias, proper)


@pytest.mark.parametrize("current, np", [
    ("the government", "The Ministry of Foreign Affairs"),  # a generic wording, not an alias
    ("The National Intelligence Service", "South Korea's spy agency"),  # already proper
    ("Russia's labour ministry", "The State Duma"),  # another head noun
    ("South Korea's spy agency", "The NIS"),  # an acronym does not spell the name out
])
def test_not_an_alias(current: str, np: str) -> None:
    assert not names_alias(current, np)


def test_proper_name_opening_its_sentence_names_the_source() -> None:
    text = (
        "SEOUL (Hangang Wire) -- North Korea has sent about 2,000 more workers to Russia, South Korea's spy "
        "agency said on Tuesday.\n\n"
        "The National Intelligence Service said the workers had their passports taken by minders.\n\n"
        "The agency also said the men were paid almost nothing.\n"
    )
    assert _speakers(text) == ["The National Intelligence Service"] * 3


def test_acronym_in_brackets_is_dropped_from_the_name() -> None:
    text = (
        "Busan, March 3 -- Hundreds of North Korean loggers are working in Siberia, South Korea's spy agency "
        "said.\n\n"
        "The National Intelligence Service (NIS) said the loggers were made to hand over their wages.\n"
    )
    assert _speakers(text)[-1] == "The National Intelligence Service"


def test_proper_name_inside_another_account_keeps_the_alias() -> None:
    text = (
        "SEOUL -- North Korea has sent about 3,000 workers to Russia this year, South Korea's spy agency "
        "told lawmakers on Monday.\n\n"
        "Rep. Han Ji-woo told reporters that the National Intelligence Service had said the workers were kept "
        "on building sites in Kazan.\n"
    )
    assert _speakers(text)[0] == "South Korea's spy agency"
