"""Probes (session 33, lead, from heldout353's written answers, court summary and roundup): a page of numbered answers
under one header that names who answers them all gives each answer to that answerer; an employer, a farm or an agency
under a negative quantifier, before a verb of doing the abuse, denies it; Spain's Civil Guard and other police forces
under their own names speak for the state; an "unofficial translation" tells nothing of unofficial work. Near misses
keep what they had. Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

_ANSWERS = """National Assembly

Written questions by Deputy Ilse Varga on seasonal workers at greenhouses near Almeria

Replies from the Secretary of State for Labour (courtesy translation by the ministry)

Question 1
Is it correct that pickers at the Verdemar greenhouses had their passports taken by a labour contractor?

Answer 1
The labour inspectorate visited the greenhouses on 3 March. Nine workers said the contractor held their passports for
two months. I have asked the inspectorate to report to me by June.

Question 2
Were wages deducted for housing?

Answer 2
Deductions of 80 euros a week were made for beds in a shared barn. I cannot say more while the case is open.
"""


def test_numbered_answers_are_the_answerer_s() -> None:
    a = analyse(_ANSWERS, {})
    words = {s.key: s.wording for s in a.sources}
    by_text = {c.text: words.get(c.source) for c in a.claims}
    assert any("80 euros" in t and w and "Secretary of State" in w for t, w in by_text.items())
    assert any("cannot say more" in t and w and "Secretary of State" in w for t, w in by_text.items()) or not any(
        "cannot say more" in t for t in by_text)


def test_answers_without_a_header_stay_with_the_page() -> None:
    text = _ANSWERS.replace("Replies from the Secretary of State for Labour (courtesy translation by the ministry)\n", "")
    a = analyse(text, {})
    words = {s.key: s.wording for s in a.sources}
    assert not any((words.get(c.source) or "").startswith("the Secretary") for c in a.claims)


_HELD = "Pickers at a tomato farm near Foggia say the contractor kept their passports.\n\n{line}\n"


@pytest.mark.parametrize("line", ["The inspectors said none of the 25 farms they checked in May had kept passports.",
                                  "The union found that none of the agencies it audited had confiscated passports."])
def test_no_employer_doing_it_is_a_denial(line: str) -> None:
    claim = next(c for c in analyse(_HELD.format(line=line), {}).claims if line[:18] in c.text)
    assert claim.polarity == "negated" and not claim.indicators


def test_an_employer_that_did_it_is_no_denial() -> None:
    line = "None of the farms paid for overtime, and the foremen kept the passports."
    claim = next(c for c in analyse(_HELD.format(line=line), {}).claims if line[:18] in c.text)
    assert claim.polarity == "affirmed" and "retention_of_identity_documents" in {h.indicator for h in claim.indicators}


@pytest.mark.parametrize("phrase", ["the Civil Guard", "a Civil Guard spokesman", "the Garda"])
def test_police_forces_under_their_own_names_are_official(phrase: str) -> None:
    assert classify(phrase) == "official"


def test_an_unofficial_translation_is_no_unofficial_work() -> None:
    text = ("Pickers on a farm outside Foggia say the contractor kept their passports.\n\nReplies from the Ministry of "
            "Labour and Employment (unofficial translation)\n\nMany of the men were working unofficially, without a "
            "contract.\n")
    hits = {c.text[:12]: {h.indicator for h in c.indicators} for c in analyse(text, {}).claims}
    assert not any(k.startswith("Replies") and v for k, v in hits.items())
    assert any(k.startswith("Many") and "abuse_of_vulnerability" in v for k, v in hits.items())
