"""A bare tally of answers after a report tells of its interviews ("The project interviewed 40 former cannery workers.
Thirty-one said ...", "All but three said ...") is the interviewer counting, not a group speaking: the sentence is
whoever told of the interviews (analyse.counted_interviewees.sample_tallies). "Two of them said" stays the group's.
Texts written for this test; the project and people are invented."""

from __future__ import annotations

from labourlens.analyse.dates import count_word
from labourlens.analyse.pipeline import analyse

_REPORT = """The Harbour Labour Project interviewed 40 former cannery workers in Busan in 2025. Thirty-one said their
passports were held by the managers. All but three said they were locked in at night
and paid months late.
"""

def _speakers(text: str) -> dict[str, str | None]:
    a = analyse(text, {"published": "2026-03-01", "language": "en"})
    by_key = {s.key: s for s in a.sources}
    return {c.text: by_key[c.source].wording for c in a.claims}


def _tallied(spoken: dict[str, str | None], opening: str) -> list[str | None]:
    return [w for t, w in spoken.items() if t.startswith(opening)]


def test_tally_after_interviews_is_the_reporter() -> None:
    spoken = _speakers(_REPORT)
    for opening in ("Thirty-one", "All but three"):
        assert _tallied(spoken, opening) == [None], (opening, spoken)  # the page's voice, which told of the interviews


def test_counted_group_of_them_stays_the_group() -> None:
    text = ("The project interviewed 40 former cannery workers in Busan, whose passports were held by the managers. Two of "
            "them said a guard had beaten them and that their wages had been withheld for months.\n")
    spoken = _speakers(text)
    assert any(w is not None and w.startswith("Two of them") for w in spoken.values()), spoken


def test_count_word_reads_exact_counts_only() -> None:
    assert [count_word(w) for w in ("38", "thirty-one", "twelve", "several", "a", "half")] == [38, 31, 12, None, None, None]


def test_tally_larger_than_the_interviews_is_no_part_of_them() -> None:
    text = ("The project interviewed 30 cleaners in Manama, whose sponsors kept their passports. 41 said their sponsors "
            "had not paid them for two months.\n")
    spoken = _speakers(text)
    assert any(w is not None and w.startswith("41") for w in spoken.values()), spoken
