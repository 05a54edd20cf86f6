"""A report about the rules for hiring foreign workers (a quota decree, the price of a permit, the fines an employer
faces) names workers only as those whom a rule is about, like a statistics release: with no cue of abuse anywhere it
yields no claim (labourlens.analyse.regulation_figures). Fictional firms and figures, real places."""

from __future__ import annotations

import sys
from pathlib import Path

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.regulation_figures import states_rule

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import META  # noqa: E402


def test_sentences_that_state_a_rule() -> None:
    assert states_rule("Employers who take on foreign workers beyond the quota face a fine of up to 500,000 roubles.")
    assert states_rule("The regional quota for migrant workers was cut to 4,000 permits.")
    assert states_rule("The monthly patent fee for foreign workers will rise to 9,100 roubles.")
    assert states_rule("The new rules for hiring foreign workers take effect in March.")


def test_sentences_that_tell_of_events_state_no_rule() -> None:
    assert not states_rule("Foreign workers at the plant were not paid for three months.")
    assert not states_rule("The foreman fined the workers 2,000 roubles for every late arrival.")
    assert not states_rule("Their passports were taken on arrival.")


_DECREE = (
    "Amur region lowers migrant quota\nBLAGOVESHCHENSK, Oct 2 - The Amur regional government has set the quota for foreign "
    "workers for next year at 5,300, down from 6,100, according to a decree signed on Tuesday. Farming and logging get the "
    "largest shares. Employers who hire foreign workers without a permit face fines of up to 400,000 roubles."
)


def test_a_quota_decree_stays_quiet() -> None:
    a = analyse(_DECREE, META)
    assert a.claims == [] and a.indicators() == []


def test_a_decree_story_that_tells_of_abuse_keeps_its_claims() -> None:
    text = _DECREE + (
        " Inspectors found last month that foreign workers at the Zeya Timber camp had their passports taken by the "
        "foreman and had not been paid since July."
    )
    a = analyse(text, META)
    assert a.claims and a.indicators()
