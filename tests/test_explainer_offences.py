"""Guides that explain labour rules in plain words: a question and its answer on one line, offences and the fines
they carry, a convention's definition, the statutory working week; and glossaries written for newcomers to the
field. They tell of no event and yield no claims. News that tells what happened to workers keeps its claims, even
when it mentions a glossary or a fine. Texts written for these tests; names and figures are invented."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-04", "language": "en"}

GUIDE = """Your rights at work in Kazakhstan: a short guide

Almaty Evening Courier | Money & Work

Many readers from Kyrgyzstan and Uzbekistan have written in about jobs in Almaty. Here is a short guide to the rules.

Do I need a permit? Citizens of the Eurasian Economic Union do not, but others need a permit tied to one employer.

Can a boss hold my passport? No. Keeping another person's identity papers is an offence, and the convention on forced labour lists it as a warning sign.

What is forced labour? The convention calls it work exacted under the menace of a penalty, which the person has not offered to do of their own free will.

How long may I work? The working week is 40 hours, and overtime is capped at 12 hours a month.

What happens to employers who break the rules? They face fines of up to 2 million tenge for each worker hired illegally.

This guide is general information, not legal advice.
"""

GLOSSARY = """Eastgate Legal Aid Centre

A glossary for new interpreters, in plain language

This sheet lists words you will hear in interviews with clients. It is not about any client.

Confinement refers to keeping a worker on site by locks, guards or the threat of arrest.

Debt bondage arises when a loan is repaid in labour whose value is never set against the loan.

Isolation covers sites where workers have no phone, no transport and no one who speaks their language.

Overtime is excessive when it goes beyond the hours set by law without real consent.

In Ireland, keeping a worker's passport is a crime punishable by a fine of up to 5,000 euros.
"""

NEWS = """Glossary handed out as cleaners describe locked dorms

Almaty Evening Courier

A union handed out a glossary of workers' rights at a rally in Almaty on Sunday.

Three cleaners told the rally that their supervisor had locked them in a dormitory for two weeks and kept their passports.

"We were not paid for four months," one of the women said.

The company faces fines of up to 2 million tenge, inspectors said.
"""


def _claims(text: str) -> list[str]:
    return [c.text for c in analyse(text, META).claims]


def test_a_guide_with_questions_inline_is_quiet() -> None:
    assert _claims(GUIDE) == []


def test_a_glossary_for_newcomers_is_quiet() -> None:
    assert _claims(GLOSSARY) == []


def test_news_that_mentions_a_glossary_keeps_its_claims() -> None:
    claims = _claims(NEWS)
    assert any("locked them in a dormitory" in c for c in claims)
    assert any("not paid for four months" in c for c in claims)
