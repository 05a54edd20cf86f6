"""Probes (forty-fourth session): pages on state-organised labour transfers out of Xinjiang.

- Counties and prefectures named with their level word ("Kashgar Prefecture", "Yarkand County") are the gazetteer's
  places, and the Ili valley, Changji, Bayingolin and Kizilsu counties are known;
- a writer's note that an account is hearsay, rests on one word, or was never seen in copy is an unverified note;
- assurances of the lawful opposite ("can leave when they wish", "choose their jobs freely", "no part of any wage is
  held back") are denials, but a restriction ("were not allowed to go out freely") is not;
- a first-person testimony whose account opens on a scene before its first "I" is still the witness's;
- "Speaking through an interpreter, she says ..." is the witness's, not a speaker named "Speaking ...";
- a board's "#2 posted by <handle>" heads a post, with a handle in another script or its Latin form in brackets.

Texts written for these tests; people, firms and outlets are fictional, places real."""

from __future__ import annotations

from labourlens.analyse import hedges
from labourlens.analyse.forum_posts import post_header
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-04", "language": "en"}


def _places(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in analyse(text, META).places}


def test_prefectures_and_counties_with_their_level_word() -> None:
    found = _places("Harrow Yarn took in women from Kashgar Prefecture and men from Yarkand County last spring, "
                    "and a second group from Changji Prefecture and Hutubi County in the autumn.")
    assert {("Kashgar", "CN"), ("Shache", "CN"), ("Changji", "CN"), ("Hutubi", "CN")} <= found


def test_more_xinjiang_counties_and_the_border_town() -> None:
    found = _places("The pickers came from Tekes County and Zhaosu in Ili, from Luntai in Bayingolin and from "
                    "Keriya County.")
    assert {("Tekes", "CN"), ("Zhaosu", "CN"), ("Luntai", "CN"), ("Bayingolin", "CN"), ("Keriya", "CN")} <= found


def test_hearsay_and_single_word_notes_are_unverified() -> None:
    assert hedges.is_unconfirmed("He heard it from a neighbour, so that is secondhand.")
    assert hedges.is_unconfirmed("Not sure it's true, that is just what the driver told me.")
    assert hedges.is_unconfirmed("We have seen no copy of the agreement he describes.")
    assert hedges.is_unconfirmed("I saw no evidence beyond her own account.")
    assert not hedges.is_unconfirmed("She said the guards took a copy of her contract.")


def test_assurances_of_the_lawful_opposite_are_denials() -> None:
    assert hedges.is_denial("The plant said its seasonal staff may hand in notice whenever they wish.")
    assert hedges.is_denial('The mill insisted that "no part of any wage is held back".')
    assert hedges.is_denial("The ministry said people from the region choose their jobs freely.")
    assert hedges.is_denial("Nobody has my passport but me.")
    assert hedges.is_denial("At our workshop the new hires go to the night market freely.")
    assert hedges.is_denial("The company said the workers are free to go home on weekends.")
    assert hedges.is_denial('Orvell Silicon said its workforce is "entirely local and voluntary".')


def test_restrictions_of_movement_stay_affirmed() -> None:
    assert not hedges.is_denial("The workers were not allowed to go out freely.")
    assert not hedges.is_denial("They cannot go home when they wish.")
    assert not hedges.is_denial("She said the workers were unable to move freely after dark.")
    assert not hedges.is_denial("The pickers said they could not come and go freely.")


TESTIMONY = """STEPPE LETTERS - testimonies

"They kept our cards in a drawer"

Erbol K., 51, a herder from Tekes County, reached Almaty in March 2025. He told his story to our volunteers in Almaty.

In May 2024 the township called every family to the school. They said each family must send one worker to a tomato plant in Bayingolin. I said my mother was ill.

We slept forty to a room. The gate was locked at nine. We worked from seven in the morning to eleven at night.

Editor's note: Steppe Letters could not verify Erbol K.'s account.
"""


def test_a_testimony_that_opens_on_a_scene_is_the_witnesss() -> None:
    a = analyse(TESTIMONY, META)
    by_key = {s.key: s for s in a.sources}
    locked = next(c for c in a.claims if "gate was locked" in c.text)
    assert by_key[locked.source].wording == "Erbol K."


LIVEBLOG = """Hearing on Xinjiang transfers - live

By Anna Berg

09:40 Good morning from the subcommittee on human rights, where MEPs hear witnesses on transfers of Uyghur workers.

09:52 First witness: Amina Sultan, who worked at a cotton mill in Aksu in 2024 and now lives in Belgium. Speaking through an interpreter, she says the workers were locked in their dormitory every night. She says the guards kept their ID cards "in a locked drawer".
"""


def test_speaking_through_an_interpreter_is_no_speaker() -> None:
    a = analyse(LIVEBLOG, META)
    by_key = {s.key: s for s in a.sources}
    locked = next(c for c in a.claims if "locked in their dormitory" in c.text)
    assert by_key[locked.source].wording == "Amina Sultan"


def test_numbered_board_posts_with_handles_in_another_script() -> None:
    assert (post_header("#1 posted by kite_09\nThe new group came last week.", True) or ("",))[0] == "kite_09"
    assert (post_header("#2 posted by 小燕2003\nSame at my cousin's plant.", True) or ("",))[0] == "小燕2003"
    assert (post_header("#3 posted by 老王 (laowang_88)\nNot at ours.", True) or ("",))[0] == "laowang_88"
    assert post_header("#4 is the best plant to work at\nReally.", True) is None
