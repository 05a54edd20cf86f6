"""A bare "the worker" (or "the housemaid", "the rider") right after a worker quoted by name is that worker again;
after an official, or with a description of its own ("The worker, a cleaner from Kandy, ..."), it is someone
else. Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-08-14", "language": "en"}
LEAD = ("Two Sri Lankan housemaids who fled their employers in Kuwait City say their passports were kept and their "
        "wages stopped after the first months.\n\n"
        "Nimali Perera, 34, said she worked from dawn until midnight and was never given a day off.\n\n"
        "A second woman, who asked to be called Kumari, said her employer locked the door whenever the family went "
        "out. \"I could not call my children,\" Kumari said.\n\n")


def _claims(text: str) -> list[tuple[str, str, str | None, str | None]]:
    a = analyse(text, META)
    out = []
    for c in a.claims:
        s = a.source(c.source)
        out.append((c.text, c.source, s.wording if s else None, s.kind if s else None))
    return out


def _find(text: str, frag: str) -> tuple[str, str, str | None, str | None]:
    return next(c for c in _claims(text) if frag in c[0])


def test_bare_worker_is_the_one_just_quoted() -> None:
    text = LEAD + "The worker said she was owed nine months of wages, about 900 dinars.\n"
    named, back = _find(text, "locked the door"), _find(text, "owed nine months")
    assert back[1] == named[1] and back[2] is not None and "Kumari" in back[2], (named, back)


def test_described_worker_is_someone_else() -> None:
    text = LEAD + "The worker, a cleaner from Kandy who left last year, said she was owed nine months of wages.\n"
    named, other = _find(text, "locked the door"), _find(text, "owed nine months")
    assert other[1] != named[1], (named, other)


def test_after_an_official_the_worker_is_new() -> None:
    text = LEAD + ("The Sri Lankan embassy in Kuwait said it was aware of the cases and was seeking the unpaid wages.\n\n"
                   "The worker said she was owed nine months of wages.\n")
    named, other = _find(text, "locked the door"), _find(text, "owed nine months")
    assert other[1] != named[1], (named, other)
