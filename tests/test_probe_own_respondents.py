"""In an interview answer, a researcher's own respondents ("About half of my respondents said ...", "Several of our
interviewees told me ...") are what the researcher found: the answer stays the researcher's, as the people "we
spoke to" do (diag89). Every text is written for this test; people and institutes are fictional."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import speaker  # noqa: E402

INTERVIEW = (
    "Kazakh Labour Review · Interviews\n\n"
    "\"The fee is a chain\": a sociologist on Kazakh builders in Siberia\n\n"
    "Dinara Seitkalieva is a sociologist at the Almaty Centre for Labour Studies who has interviewed more than 100 Kazakh migrants on building sites in "
    "Novosibirsk since 2023. We spoke to her about recruitment debts.\n\n"
    "Q: How do the workers find the jobs?\n\n"
    "A: Through brokers in Shymkent who charge a fee. {answer}\n\n"
    "Q: Do the employers keep their documents?\n\n"
    "A: Often. I have not seen one broker fined.\n"
)


def test_my_respondents_in_an_answer_are_the_researchers_finding() -> None:
    text = INTERVIEW.format(answer="About half of my respondents said the site manager kept their passports until the fee was repaid.")
    assert speaker(text, "kept their passports")[:2] == ("Dinara Seitkalieva", "named_person")
    text = INTERVIEW.format(answer="Several of our interviewees told me the foreman threatened to report them to the police.")
    assert speaker(text, "threatened to report")[:2] == ("Dinara Seitkalieva", "named_person")


def test_respondents_outside_an_interview_speak_themselves() -> None:
    text = ("Migrant builders in Novosibirsk described their conditions.\n\n"
            "Several respondents of a survey by the Almaty Migration Centre said the site manager kept their passports.\n")
    assert speaker(text, "kept their passports")[1] == "anonymous_source"
