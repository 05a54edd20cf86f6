"""Pages with nothing to find, of two more kinds (lead, session 20): a player's transfer to a club abroad, whose
only labour words are his contract and his earnings under sanctions, and a podcast's show notes, whose labour words
stand in the questions the episode takes up ("What is a recruitment fee?"). The counter-cases are pages of the same
kinds that do tell of abuse, which must stay loud. Every text is written for this test; people, clubs, shows and
outlets are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.event_cues import event_with_stray_cue
from labourlens.analyse.pipeline import analyse
from labourlens.model import IndicatorHit

META = {"published": "2026-09-14", "language": "en"}

TRANSFER = """North Korean midfielder completes loan move to Austria

PYONGYANG / GRAZ - North Korean midfielder Han Chol-jin has joined Austrian second-division side SV Murtal on a
season-long loan deal, the club said on Friday. The 23-year-old scored seven goals in the Mongolian league last season.
The terms were not disclosed. Because the wages of North Korean workers abroad fall under UN sanctions, the club said
it had asked lawyers for advice and would pay him through an Austrian bank account opened in his own name.
"""

TRANSFER_ABUSE = """Academy players say club kept their passports

LODZ - Four teenage players brought from West Africa to a Polish second-tier club were made to work unpaid shifts at
the chairman's warehouse, two of them told the Vistula Courier. They said the club's manager kept their passports in
his office and told them they would be deported if they complained. They scored goals for the youth team on Sundays and
loaded lorries for 12 hours a day the rest of the week, the players said. The club did not answer questions.
"""

SHOW_NOTES = """Episode 48: "Can a worker leave a bonded job?"

In this episode we speak with migration researcher Dr. Hamid Osei about how wage advances turn into debts and why
employer-pays rules are hard to enforce. We also take listener questions about debt, deductions and recruitment costs.

Chapters: 00:00 Intro; 02:40 What is debt bondage?; 21:15 Who pays the agent?; 39:50 Listener questions.

New episodes every other Thursday. Listen now on the Workbench Radio app or subscribe wherever you get your podcasts.
"""

SHOW_NOTES_ACCOUNT = """Episode 49: Inside the kiln

In this episode we talk to Ravi, a brick-kiln worker who asked us not to use his full name. He tells us the owner
kept his identity card, that he still owes the owner more than he has ever been paid, and that the guards beat a
man who tried to leave at night. We also answer listener questions.

Chapters: 00:00 Intro; 04:10 Ravi's story; 33:30 Listener questions.

Subscribe wherever you get your podcasts.
"""


def _claims(text: str) -> list[str]:
    return [c.text for c in analyse(text, META).claims]


def test_a_players_transfer_abroad_is_sport_not_a_posting() -> None:
    assert _claims(TRANSFER) == []


def test_a_club_that_keeps_its_players_passports_is_still_reported() -> None:
    a = analyse(TRANSFER_ABUSE, META)
    assert a.claims
    assert {h.indicator for c in a.claims for h in c.indicators} & {"retention_of_identity_documents", "intimidation_and_threats"}


def test_show_notes_that_list_questions_about_debt_have_no_claims() -> None:
    a = analyse(SHOW_NOTES, META)
    assert a.claims == []
    assert not [h for c in a.claims for h in c.indicators]


def test_show_notes_that_tell_a_workers_account_are_still_reported() -> None:
    a = analyse(SHOW_NOTES_ACCOUNT, META)
    kinds = {h.indicator for c in a.claims for h in c.indicators}
    assert len(kinds) >= 2


def _hit(start: int, end: int, indicator: str = "debt_bondage") -> IndicatorHit:
    return IndicatorHit(indicator, "r_test", start, end, "")


def test_a_cue_in_a_question_does_not_count_as_a_stray_cue() -> None:
    text = "What is a bond? Then the stalls open. Who pays the fee? The choir sings."
    body = "podcast episode listeners subscribe chapters " + text  # five words of show notes: a weakly marked event
    asked = [[_hit(text.index("bond"), text.index("bond") + 4)], [],
             [_hit(text.index("fee"), text.index("fee") + 3)], []]
    assert event_with_stray_cue(body, asked, text)
    # the same cues, told rather than asked, are two cue sentences: more than a weakly marked event tolerates
    told = text.replace("What is a bond?", "They owe a bond.").replace("Who pays the fee?", "Workers pay the fee.")
    told_hits = [[_hit(told.index("bond"), told.index("bond") + 4)], [],
                 [_hit(told.index("fee"), told.index("fee") + 3)], []]
    assert not event_with_stray_cue(body, told_hits, told)
