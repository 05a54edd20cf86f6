"""Probes (s343): a first-person account printed under a note that names its teller ends at a rule line ("---") when
the paragraph after it opens in the publisher's voice; a quotation there with an "I" in it is the person the publisher
reached, not the teller. Near miss: a paragraph after a rule line that goes on in the first person stays the teller's.
Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

_HEAD = """THE RIVERSIDE HERALD | Voices

Efua (name changed) is 16. She worked for three years as a maid in a house in Tema. This is her story, told to our reporter in Ho.

---

The lady who brought me came to our village before Easter. I cooked, I cleaned and I carried water from five in the morning. I never got any money. My employer beat me with a belt when the rice burnt.

---

"""

_AFTER = ("The Herald could not reach the employer in Tema. The go-between the girls call Mama denied through her "
          "nephew that she had kept any of Efua's pay. \"I find good homes for poor girls,\" she said through him.\n")

_GOES_ON = "I went back to my mother in June and I still have the marks on my back.\n"


def test_the_publishers_paragraph_after_a_rule_line() -> None:
    found = speakers_by_opening(_HEAD + _AFTER, 25)
    assert found["\"I find good homes for po"][0] != "Efua"


def test_a_first_person_paragraph_after_a_rule_line_stays_the_tellers() -> None:
    found = speakers_by_opening(_HEAD + _GOES_ON, 25)
    assert found["I went back to my mother "][0] == "Efua"
