"""Probes (s325b) for a plain "He ..." sentence set between two reports of one person inside one paragraph: the
person's account, not the page's; a "She ..." sentence between two reports of a man is not his. Reports are invented
(places are real)."""

from __future__ import annotations

from probe_helpers import speakers_by_opening


def _of(text: str, opening: str) -> tuple[str | None, str | None]:
    """(wording, kind) of the speaker of the claim that opens with ``opening``."""
    return next(v for k, v in speakers_by_opening(text, 60).items() if k.startswith(opening))


_BASE = """KISUMU — Four men freed from a fishing camp near Ranong last month described what happened to them.

Peter Okoth Wafula, 33, a mechanic from Kisumu, said a broker promised him a job fixing boat engines in Phuket. "Nobody said anything about boats. We landed in Bangkok and by night we were at a pier with armed men," he said.

On arrival, Okoth said, his passport was put "in the safe" and never given back. {P} was given a bunk in a tin shed and a "quota" of forty crates, and gutted fish eighteen hours a day without a day off. Men who slowed down were kicked by the foremen, he said.
"""


def test_he_sentence_between_two_reports_of_one_man_is_his() -> None:
    text = _BASE.replace("{P}", "He")
    assert (_of(text, "He was given a bunk in a tin shed")[0] or "").startswith("Peter Okoth Wafula")


def test_she_sentence_between_two_reports_of_a_man_is_not_his() -> None:
    text = _BASE.replace("{P}", "She")
    assert not (_of(text, "She was given a bunk in a tin shed")[0] or "").startswith("Peter Okoth Wafula")
