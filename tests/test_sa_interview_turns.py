"""SA: interviewees introduced by a description and named right after, initials as pseudonyms, and the
answers of a Q&A staying with the interviewee (all texts invented for these tests)."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of, who
from labourlens.analyse.interview_turns import initial_naming, initials_name

QA = """TIDEWATER REVIEW | Conversations

A former shipyard welder who spent three years in Gdansk talks to Tidewater Review. He returned to Manila in 2022.
{naming}

Q: How did you get the job?
A: An agency in Quezon City found it. They promised 1,400 dollars a month.

Q: Where did you sleep?
A: In a container by the dock. Ten men in one box.

Q: Could you leave the yard?
A: Only on Sundays. If you talked to a Polish girl, the supervisor shouted at you.

Q: Did anyone get hurt?
A: A man from Cebu burned his arm in 2021. They did not take him to a doctor.
"""


@pytest.mark.parametrize("naming, name", [
    ("He asked to be identified as Ramon Dela Cruz, not his real name.", "Ramon Dela Cruz"),
    ("He asked us to call him Ramon.", "Ramon"),
    ("We call him Ramon here.", "Ramon"),
    ("Ramon is not his real name.", "Ramon"),
    ("He goes by Ramon.", "Ramon"),
    ("We are calling him Ramon.", "Ramon"),
    ("He is identified here as Ramon.", "Ramon"),
    ("His name has been changed to Ramon.", "Ramon"),
])
def test_described_interviewee_named_after_speaks_by_that_name(naming: str, name: str) -> None:
    text = QA.format(naming=naming)
    for fragment in ("1,400 dollars", "Ten men in one box", "Only on Sundays", "did not take him to a doctor"):
        src = who(text, fragment)
        assert src is not None and src.kind == "named_person" and src.wording == name, (fragment, src)


def test_described_interviewee_never_named_keeps_the_description() -> None:
    text = QA.format(naming="He spoke on condition that his name not be used.")
    src = who(text, "Ten men in one box")
    assert src is not None and src.kind == "anonymous_source"
    assert src.wording is not None and src.wording.startswith("A former shipyard welder")


def test_answers_do_not_drift_to_people_the_answers_mention() -> None:
    text = QA.format(naming="He asked to be identified as Ramon Dela Cruz, not his real name.")
    keys = {src.key for sent, src in speakers_of(text)
            if src is not None and any(f in sent for f in ("1,400", "Ten men", "Only on", "burned his arm",
                                                           "did not take him"))}
    assert len(keys) == 1


def test_answers_stay_with_a_named_interviewee_after_a_named_person_is_mentioned() -> None:
    text = """Interview with Leila Haddad, a former housekeeper in Salmiya.

Q: Who hired you?
A: My cousin Samira Aziz found the agency. The agency took my passport at the airport.

Q: Were you paid?
A: Only twice in eight months. Madam said the rest was kept for me.
"""
    first, later = who(text, "took my passport"), who(text, "Only twice in eight months")
    assert first is not None and later is not None and first.key == later.key
    assert later.wording == "Leila Haddad"


def test_two_described_people_named_later_keep_apart() -> None:
    text = ("A cook from Lagos who worked two seasons at a camp near Surgut spoke to us. She asked to be "
            "identified as Ada. She said her wages were held for a year.\n\n"
            "A driver who hauled timber for the same camp told us the men slept twelve to a room.")
    ada, driver = who(text, "wages were held"), who(text, "twelve to a room")
    assert ada is not None and ada.wording == "Ada" and ada.kind == "named_person"
    assert driver is not None and driver.kind == "anonymous_source" and driver.key != ada.key


@pytest.mark.parametrize("text, name", [
    ("One former seamstress, identified in this report as L., said the gate was locked at night.", "L."),
    ("One former seamstress, identified in this report as L.,[7] said the gate was locked at night.", "L."),
    ("A cleaner from Kandy, whom we call T., said the gate was locked at night.", "T."),
    ("A cleaner from Kandy, referred to here as T. M., said the gate was locked at night.", "T. M."),
])
def test_initials_the_writer_gives_are_a_named_person(text: str, name: str) -> None:
    src = who(text, "gate was locked")
    assert src is not None and src.kind == "named_person" and src.wording == name


@pytest.mark.parametrize("text", [
    "A plasterer from Kerala, who asked to be called only P., said the gate was locked at night.",
    "A nanny from Davao, who asked to be identified only as M., said the gate was locked at night.",
])
def test_initials_a_person_asks_for_withhold_the_name(text: str) -> None:
    src = who(text, "gate was locked")
    assert src is not None and src.kind == "anonymous_source"
    assert src.wording is not None and not initials_name(src.wording)


def test_initials_helpers() -> None:
    assert initials_name("K.") and initials_name("J. K.") and initials_name("J.K.")
    assert not initials_name("Kim") and not initials_name("K") and not initials_name("Worker B")
    found = initial_naming("a miner, whom we call D., said")
    assert found is not None and found.wording == "D."
    assert initial_naming("a miner, who asked to be identified only as D., said") is None
    assert initial_naming("a miner from Kursk said") is None


FIVE_Q = """HARBOUR LABOUR REVIEW
Four questions for Irena Kowal, former labour inspector in Szczecin

Kowal spent nine years inspecting shipyards before retiring. We asked her about the crews she met.

Did the workers speak to you?

{answer} One young man tried to speak and the foreman stood between us.

Were wages paid?

On paper, to an account in Gdansk. I never saw a worker receive money.
"""


@pytest.mark.parametrize("answer", [
    "Never directly. Their supervisor answered every question for them.",
    "Never directly. The minder did all the talking.",
    "Never directly. Their foreman always spoke for them.",
])
def test_someone_speaking_for_others_inside_an_answer_is_the_answerer_account(answer: str) -> None:
    text = FIVE_Q.format(answer=answer)
    inside, later = who(text, answer.split(". ")[1][:20]), who(text, "never saw a worker")
    assert inside is not None and later is not None and inside.key == later.key
    assert "Irena Kowal" in (inside.wording or "")


@pytest.mark.parametrize("byline", ["By Tomas Berg — 4 March 2025 — 9 min read", "Text by Tomas Berg"])
def test_the_byline_writer_is_never_the_he_of_the_story(byline: str) -> None:
    text = (f"Harbour Review — Features\n\n{byline}\n\n"
            "Jae-won was 31 when he was sent to a sawmill near Tynda with twelve other men. For three winters, "
            "he says, he felled timber for a company he never saw.")
    src = who(text, "he felled timber")
    assert src is not None and src.kind == "named_person" and src.wording == "Jae-won"
