"""Probes: lines that tell nothing about anyone's conditions are no claims (a study of s38 on a held-out set; every
text here is written for this test, with fictional people and firms):

- a casework file's verbless line on whom a case is about ("A Lao man, 29, at a cannery plant in Samut Sakhon.");
- a reply that only says where a relative works ("@mek_ramp: Our son works at this factory.");
- a writer's purpose and hope for the page ("We would like to set down what this was.", "I only hope people read
  this."), stress with its reason ("We wish to stress this again, as readers keep asking.") and thanks ("Thanks,
  Somchai.");
- a promise not to publish a name ("We never publish her details.").

Near misses stay claims: a case line with a verb of what was done to the worker, a relative's work with a cue, and a
writer's line that tells of held papers or pay.
"""

from __future__ import annotations

from labourlens.analyse.own_doings import own_doing
from labourlens.analyse.whereabouts import whereabouts


def test_case_profile_lines_are_no_claims() -> None:
    assert whereabouts("A Lao man, 29, at a cannery plant in Samut Sakhon.")
    assert whereabouts("A Cambodian woman, 33, employed through a broker at a seafood processing plant in Mahachai.")
    assert not whereabouts("A Lao man, 29, said the broker at the cannery kept his passport.")


def test_reply_on_where_a_relative_works() -> None:
    assert whereabouts("@mek_ramp: Our son works at this factory.")
    assert whereabouts("Noi Sakda: My uncle worked at one of the kilns.")
    assert not whereabouts("@mek_ramp: Our son works at this factory and they keep his passport.")


def test_writer_s_purpose_hope_and_thanks() -> None:
    for line in ("We would like to set down what this was.", "I only hope people read this.",
                 "We wish to stress this again, as readers keep asking.", "Thanks, Somchai.",
                 "Things got better, and we wish to say so.", "We never publish her details."):
        assert own_doing(line), line


def test_near_miss_writer_lines_that_tell() -> None:
    for line in ("I only hope people read this before the agent takes more passports.",
                 "We would like to set down how the supervisor kept our wages.",
                 "We never publish her details, but the employer who beat her still holds her pay."):
        assert not own_doing(line), line
