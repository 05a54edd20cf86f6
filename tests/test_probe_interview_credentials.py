"""An interview's frame (diag89): the line that gives the interviewee's credentials ("X is a sociologist at Y who has
interviewed 200 migrants since 2024.") and the line that says what the talk was about ("We spoke to her about
recruitment debts.") are no claims; a credential line that goes on to a finding, and a line about a talk that tells
what was said, stay. Every text is written for this test; people and institutes are fictional."""

from __future__ import annotations

from labourlens.analyse.interview_frame import is_frame


def test_credentials_and_topic_lines_are_frame() -> None:
    assert is_frame("Dinara Seitkalieva is a sociologist at the Almaty Centre for Labour Studies who has interviewed "
                    "more than 100 Kazakh migrants in Novosibirsk since 2023.")
    assert is_frame("Prof. Oleg Zuev is a historian who has studied labour camps in the Russian Far East.")
    assert is_frame("We spoke to him about recruitment fees.")


def test_lines_that_assert_something_are_not_frame() -> None:
    assert not is_frame("Dinara Seitkalieva is a researcher who has studied the camp and found that guards beat the workers.")
    assert not is_frame("Dinara Seitkalieva is a welder who was beaten at the site.")
    assert not is_frame("We spoke to her about the beatings, and she said the guards hit them daily.")
