"""Probes (session 39, from heldout390's speaker misses): a feature in which a relative speaks first and the person
the story is about speaks after. The relative is named in apposition to the kin word ("his sister, Rosa Lima, ...")
and later called by the kin word alone ("..., his sister said"): one source, not two. The person, named by a single
given name opening a sentence with "himself" ("Tevita himself said little."), is the "he" of the quotation that
follows, not the sister who spoke before. Near misses: a kin word with no name in apposition before stays an
unnamed source, and a "he" after a man named in full keeps going back to him. Texts written for these tests; every name
is fictional."""

from __future__ import annotations

from probe_helpers import speaker_of, speakers_by_claim

_STORY = """VALLEY HERALD - Society

The cook who came back from the boats

Porto Seguro, 3 May 2026 - Tevita Lima still cannot sleep through the night. In March the 22-year-old slipped off a fishing boat in a harbour in Cape Verde and swam to the quay.

Tevita left home in January after a broker offered him work in a hotel kitchen abroad, with a salary of 900 euros a month.

"He sounded tired on the phone," said his sister, Rosa Lima, 30, who runs a bakery in the town. "Then he told me that the captain had taken his passport."

According to his sister, the boy worked on deck at night as well as in the galley. "They told him he owed them for the flight and could not leave until he paid," his sister said.

"We sold the motorbike to pay the broker, and we borrowed the rest from a moneylender. Every month the interest grows. The broker stopped answering the phone in April and his office in the town is closed now," she said. "The police took our statement but told us they could do nothing abroad." She said her brother told her that men who fell asleep on watch were kicked awake.

Tevita himself spoke little when we came. When we asked if he had been kicked, he looked away. "They did not kick me. They beat the ones who complained," he said.
"""

_NO_NAME = _STORY.replace("said his sister, Rosa Lima, 30, who runs a bakery in the town", "said a neighbour").replace(
    "Tevita himself spoke little when we came.", "The broker, Tomas Reis, denied it.")


_speakers = speakers_by_claim


_of = speaker_of


def test_the_kin_word_again_is_the_relative_named_before() -> None:
    speakers = _speakers(_STORY)
    assert _of(speakers, "owed them for the flight") == _of(speakers, "taken his passport")
    assert "Rosa Lima" in str(_of(speakers, "owed them for the flight")[0])


def test_the_person_himself_is_the_he_after_the_relative() -> None:
    speakers = _speakers(_STORY)
    beaten = _of(speakers, "did not kick me")
    assert beaten[0] is not None and "Tevita" in beaten[0] and "sister" not in beaten[0]


def test_a_kin_word_with_no_name_before_and_a_man_met_before_keep_their_sources() -> None:
    speakers = _speakers(_NO_NAME)
    assert _of(speakers, "owed them for the flight") == ("his sister", "anonymous_source")
    assert "Tomas Reis" in str(_of(speakers, "did not kick me")[0])
