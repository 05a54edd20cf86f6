"""A numbered post of a thread that opens with a negated subject ("5/ Nobody told me of any beatings.") is the thread
author's own account (a study of s36 on a held-out set; every text here is written for this test, with fictional
people): the post's number is no part of the subject, and "No one" is nobody who spoke. A post whose subject is
somebody who did speak keeps that speaker."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

THREAD = """Thread by @mara_lenk (Mara Lenk, researcher, timber supply chains) - 3 May 2026

1/ Notes on a sawmill near Daugavpils. I spoke to five former loaders now in Vilnius.

2/ Four of them said their passports were held by the foreman and that their wages were paid late.

3/ {line} What they spoke of was debt.
"""


def _speaker_of(line: str, start: str) -> tuple[str | None, str]:
    a = analyse(THREAD.format(line=line), {})
    c = next(c for c in a.claims if c.text.startswith(start))
    src = a.source(c.source)
    return (src.wording if src else None), c.polarity


def test_a_numbered_nobody_is_the_authors_own_account() -> None:
    wording, polarity = _speaker_of("Nobody told me of any beatings.", "3/")
    assert wording is not None and "lenk" in wording.lower()
    assert polarity == "negated"


def test_a_numbered_post_with_a_speaker_keeps_it() -> None:
    wording, _ = _speaker_of("One loader said the foreman beat him twice.", "3/")
    assert wording is not None and "loader" in wording.lower()
