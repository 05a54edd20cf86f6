"""Three shapes of a returnee's account (probe diag62):

- a quotation that opens right after "X said (indirect speech)" in the same paragraph is X going on in his own
  words, not the last person quoted directly before X;
- "Bikash, who asked that his family name not be printed, said ...": "asked that ..." is no relative clause with
  a speaker of its own;
- "Her contract, which she showed the paper, lists ...": the contract speaks, not the woman who showed it.

Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-06-01", "language": "en"}
TEXT = ("Returnees from Doha tell of unpaid wages\n\n"
        "BIRATNAGAR — Three returnees from Qatar say they were not paid for months.\n\n"
        "Two of them tell the same story. Prakash, who asked that his family name not be printed, said the foreman "
        "took the workers' passports \"for safekeeping\" and returned them only at the airport. The third man, Dinesh "
        "Rai, said he had asked twice to go home when his father died. \"The foreman said if I leave I pay for the "
        "ticket and the visa, 2,000 riyals. I did not have it.\"\n")


def _speaker(words: str) -> str:
    a = analyse(TEXT, META)
    c = next(c for c in a.claims if words in c.text)
    src = a.source(c.source)
    return (src.wording or src.canonical or "") if src is not None else ""


def test_quote_after_indirect_speech_is_the_same_speaker() -> None:
    assert "Dinesh Rai" in _speaker("The foreman said if I leave")


def test_asked_that_is_no_relative_speaker() -> None:
    assert _speaker("took the workers' passports").startswith("Prakash")


def test_contract_shown_by_her_speaks() -> None:
    m = find_mention("Her contract, which she showed the Courier, lists a salary of 900 riyals a month.")
    assert m is not None and m.wording.startswith("Her contract")
    m = find_mention("The plant, which a former worker described as a prison, employs 300 people.")
    assert m is not None and m.wording == "a former worker"  # a relative clause that reports keeps its speaker


def test_according_to_a_notice_posted_is_the_notice() -> None:
    m = find_mention("Wages will be paid next month, according to a notice posted in the staff canteen on 2 May.")
    assert m is not None and m.wording == "a notice" and m.cue == "according to"
    m = find_mention("Wages will be paid next month, according to the hotel's manager.")
    assert m is not None and m.wording == "the hotel's manager"


def test_person_who_shows_a_paper_tells_what_it_holds() -> None:
    m = find_mention("One driver, Tariq Mahmood, showed a notebook in which his deductions for May came to KD 60.")
    assert m is not None and m.wording == "One driver, Tariq Mahmood" and m.cue == "show"
    m = find_mention("Salma Begum, 29, produced a payslip that shows a deduction of BD 15 for a uniform.")
    assert m is not None and m.wording.startswith("Salma Begum")
