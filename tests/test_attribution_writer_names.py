"""A first-person writer's interviewees (fictional texts): a person the writer gives a name ("a welder I call
Sun", "one of them, whom we will call Mrs Ri") is a named person worded by that name, and a bare quantifier
("Most said", "Many of them told me") after "The men I spoke with ..." is that group."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("sentence, name", [
    ("One of them, a plasterer I call Tae, told me about the night shifts.", "Tae"),
    ("One of them, a welder whom I will call Sun, said the crews were never paid.", "Sun"),
    ("A cook we call Mrs Ri said she slept in the kitchen.", "Mrs Ri"),
    ("One of them, I'll call him Mr Pak, said he was never paid.", "Mr Pak"),
])
def test_a_name_the_writer_gives_is_the_speaker(sentence: str, name: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == name


@pytest.mark.parametrize("sentence", [
    "A driver I called twice said the men never leave.",
    "The foreman I call my uncle said the men never leave.",
])
def test_calling_someone_without_a_name_is_no_alias(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is None or m.wording not in ("Twice", "My")


ESSAY = """The Long Shift: notes from two years of interviews
By Ines Varga | 3 March 2025

I have spent two years interviewing North Koreans who worked on building sites in Russia.

{group}, eleven of them, now in Seoul, described the same routine. Four of the eleven told me a minder kept their passports. {quant} they worked every Sunday and were paid only once a year.

One of them, a tiler I call Mun, told me more. "We slept in the cellar of the building," he said.
"""


@pytest.mark.parametrize("group, quant", [
    ("The men I spoke with", "Most said"),
    ("The workers we interviewed", "Many of them said"),
    ("The builders I met", "Several told me"),
])
def test_a_quantifier_is_the_group_the_writer_met(group: str, quant: str) -> None:
    a = analyse(ESSAY.format(group=group, quant=quant), META)
    src = {s.key: s for s in a.sources}
    by_text = {c.text: src[c.source] for c in a.claims}
    every_sunday = next(s for t, s in by_text.items() if "every Sunday" in t)
    assert every_sunday.kind == "anonymous_source" and (every_sunday.wording or "").startswith(group)
    cellar = next(s for t, s in by_text.items() if "cellar" in t)
    assert (cellar.kind, cellar.wording) == ("named_person", "Mun")


def test_a_quantifier_after_another_group_is_not_the_writer_group() -> None:
    text = ("Crews on the coast\n\nTwo brokers in Vladivostok described the recruitment. "
            "Most said the crews were paid only once a year.\n")
    a = analyse(text, META)
    src = {s.key: s for s in a.sources}
    assert all("spoke with" not in (src[c.source].wording or "") for c in a.claims)
