"""Identity documents in the custody of a manager, a company, a safe or a drawer, and
sports reports that must not read as labour abuse."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse


def _found(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence).hits}


@pytest.mark.parametrize(
    "sentence",
    [
        "Our passports were in the manager's drawer from the first day.",
        "Their ID papers stayed with the team leader the whole time.",
        "The documents were in a safe in the company office.",
        "All the passports are with the boss, one woman said.",
        "His residence card remained in the custody of the agency.",
        "The women's identity papers were locked in the director's cabinet.",
    ],
)
def test_documents_in_custody(sentence: str) -> None:
    assert "retention_of_identity_documents" in _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Workers said their passports were in their own bags.",
        "Her passport was in the embassy for renewal.",
        "The manager gave back the passports in the office on Friday.",
    ],
)
def test_documents_not_in_custody(sentence: str) -> None:
    assert "retention_of_identity_documents" not in _found(sentence)


SPORT_SENTENCES = [
    "The game went to overtime after the teams were level at the end of the third period.",
    "The striker was sent off as his club beat a rival 2-0 in the league on Saturday.",
    "The coach said the squad trained for long hours every day at a training camp.",
    "The visitors were beaten 3-1 in their previous game, the coach added.",
    "The weightlifter won gold on Tuesday, beating the world record holder.",
    "She trained at a camp for months and worked overtime with her coach before the championship.",
    "The national team has been kept away from international competition since 2020.",
]


@pytest.mark.parametrize("sentence", SPORT_SENTENCES)
def test_sport_sentences_have_no_indicator(sentence: str) -> None:
    assert _found(sentence) == set()


@pytest.mark.parametrize(
    "sentence, indicator",
    [
        ("The workers were clubbed by guards when they complained.", "physical_and_sexual_violence"),
        ("They were forced to work long hours without rest.", "excessive_overtime"),
        ("The men worked overtime every night at the plant.", "excessive_overtime"),
        ("The welders were kept apart from local staff.", "isolation"),
    ],
)
def test_labour_sentences_still_found(sentence: str, indicator: str) -> None:
    assert indicator in _found(sentence)


HOCKEY = """North Korea's women's ice hockey team beat Thailand 5-1 on Sunday in a qualifying match in Bangkok.
The game went to overtime after the teams were level at the end of the third period, and forward Ri Kyong-hui \
scored the winner.
Two players were sent off for fighting, and a North Korean defender received a penalty for roughing after a body \
check that struck an opponent.
The coach said the players had trained twice a day at a training camp in Pyongyang for three months."""

FOOTBALL = """North Korean striker Pak Yong-chol was sent off in the 80th minute as his club beat a rival 2-0 on Saturday.
The match went into extra time after a goal was disallowed.
The team's coach said the squad had spent six weeks in a training camp and trained for long hours every day.
The North Koreans were beaten 3-1 in their previous game, the coach added."""

LIFTING = """North Korean weightlifter Ri Su-ok won gold in Tashkent on Tuesday, beating the world record holder.
She trained at a camp in Pyongyang for months and worked overtime with her coach before the championship.
The North Korean team has been kept away from international competition since 2020, the federation said."""


@pytest.mark.parametrize("text", [HOCKEY, FOOTBALL, LIFTING])
def test_sports_reports_have_no_indicators(text: str) -> None:
    result = analyse(text, {"published": "2025-05-01", "language": "en"})
    assert result.indicators() == []


@pytest.mark.parametrize("text", [HOCKEY, FOOTBALL])
def test_sports_reports_have_no_claims(text: str) -> None:
    result = analyse(text, {"published": "2025-05-01", "language": "en"})
    assert result.claims == []


def test_sports_report_with_team_sentence_has_no_claims() -> None:
    result = analyse(LIFTING, {"published": "2025-05-01", "language": "en"})
    assert result.claims == []
