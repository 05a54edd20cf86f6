"""Pronouns that go back to the person of the sentence or the one just heard: an unnamed speaker who already said the
sentence's words ("A welder from Kerala, who showed us his payslip, said ... when, he said, the bus never came"), and
a "he" right after a named person who speaks for a firm ("A lawyer for the company, Khaled Ali, said ... '...,' he
told the paper"). A "he" after someone else who spoke keeps its reading. Every text is written for this test; people
and firms are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import speaker

LEAD = ("DUBAI — Workers at a labour camp in Sonapur said their wages had been withheld for three months and their "
        "passports kept by the company, according to Jamal Hossain, a mason from Sylhet.\n\n")


def test_aside_pronoun_is_the_unnamed_speaker_of_the_sentence() -> None:
    text = LEAD + ("A welder from Kerala, who showed the reporter his payslip, said the company had deducted 400 "
                   "dirhams from his wages for days when, he said, the bus never came.\n")
    who = speaker(text, "deducted 400")
    assert who[0] is not None and "welder" in who[0], who


def test_he_after_a_firms_lawyer_is_the_lawyer() -> None:
    text = LEAD + ("The company declined to comment.\n\nA lawyer representing the company, Faisal Al-Rashid, said his "
                   "client had no knowledge of the passports. \"My client never withheld wages from these workers,\" "
                   "he told the paper.\n")
    first, second = speaker(text, "no knowledge of the passports"), speaker(text, "never withheld wages")
    assert first[2] == second[2], (first, second)


def test_he_after_a_worker_stays_the_worker() -> None:
    text = LEAD + ("Jamal Hossain said the supervisor took the passports on the first day. \"We cannot leave the "
                   "camp,\" he said.\n")
    first, second = speaker(text, "took the passports"), speaker(text, "cannot leave")
    assert first[2] == second[2], (first, second)
