"""Probes: in an interview's answer, a reporting clause after a semicolon speaks only its own clause ("The gate was chained at night; the
manager said it was for security"), and a described person who names himself in a sentence that is no statement ("The
foreman, reached by phone, gave only his first name, Bakyt.") is the "He" who speaks next. Texts written for these
tests; people and firms are fictional."""

from __future__ import annotations

from probe_helpers import LEAD, speaker

INTERVIEW = LEAD + """Q: What was the hostel like?
A: We slept twelve to a room. The gate was chained at night; the manager said it was for security.
"""


def test_clause_before_semicolon_stays_with_the_answer() -> None:
    wording, kind, _ = speaker(INTERVIEW, "The gate was chained")
    assert wording != "the manager"


def test_semicolon_outside_an_answer_keeps_its_speaker() -> None:
    # a page's own account: "X; the same source said ..." goes on with one source's points, so the rule keeps to answers
    text = LEAD + ("- Wages of 3,000 rubles a week exist mainly on paper; the same worker said the men receive half of "
                   "that and the rest goes to the broker.\n")
    wording, kind, key = speaker(text, "exist mainly on paper")
    assert key != "OUTLET"


def test_speaker_opening_the_sentence_keeps_it() -> None:
    # negative controls: the speaker opens the sentence, or quotes across the semicolon
    text = LEAD + "The regional prosecutor said the welders were not paid for three months; an inquiry had been opened.\n"
    wording, kind, _ = speaker(text, "The regional prosecutor")
    assert kind == "official"
    text2 = LEAD + 'The welders slept in a shed; "we were never paid," one of them said.\n'
    wording2, _, _ = speaker(text2, "The welders slept")
    assert wording2 == "one of them"


NAMED = LEAD + """Another worker, Timur, said the foreman kept the passports in his car.

The foreman, reached by phone, gave only his first name, Bakyt. He said the passports were "safe" and denied that anyone was owed money.
"""


def test_person_who_names_himself_is_the_next_he() -> None:
    wording, kind, _ = speaker(NAMED, "He said the passports")
    assert wording == "Bakyt" and kind == "named_person"
    wording2, _, _ = speaker(NAMED, "Another worker, Timur")
    assert "Timur" in (wording2 or "")


def test_he_without_a_naming_sentence_is_the_last_speaker() -> None:
    text = LEAD + ("Another worker, Timur, said the foreman kept the passports in his car. He said the men were afraid "
                   "to ask for them.\n")
    wording, _, _ = speaker(text, "He said the men")
    assert "Timur" in (wording or "")
