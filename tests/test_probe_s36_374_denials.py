"""Probes (session 36, from heldout374's study): a hindrance negated ("were never prevented from calling home") is
freedom asserted, a denial with no indicator; a body that says it "holds no" workers' papers denies keeping them and
does not say the workers lack papers. Near misses keep their indicator. Texts written for these tests; every name is
fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_META = {"published": "2026-05-01", "language": "en"}


def _claim(text: str, part: str) -> tuple[str, set[str]]:
    a = analyse("Crews of the reefer fleet\n\nBy Lena Haug | 1 May 2026\n\nEleven deckhands from a reefer ship told a welfare "
                "group in Walvis Bay that the skipper kept their passports and that six months of wages were owed."
                f"\n\n{text}\n\nThe crew said they worked eighteen hours a day.\n", _META)
    c = next(c for c in a.claims if part in c.text)
    return c.polarity, {h.indicator for h in c.indicators}


def test_never_prevented_from_calling_home_is_a_denial() -> None:
    polarity, found = _claim("The owner, Norvik Reefers, said its deckhands were never prevented from calling their families.",
                             "never prevented")
    assert polarity == "negated" and "isolation" not in found


def test_not_allowed_to_call_home_keeps_isolation() -> None:
    polarity, found = _claim("The deckhands said they were not allowed to call their families for months.", "not allowed")
    assert polarity == "affirmed" and "isolation" in found


def test_holds_no_papers_denies_keeping_them() -> None:
    polarity, found = _claim("The agency, Bintang Crewing, said in writing it holds no crew documents at all.",
                             "holds no")
    assert polarity == "negated" and "abuse_of_vulnerability" not in found


def test_workers_without_papers_keep_their_vulnerability() -> None:
    _, found = _claim("The fishers had no papers and feared arrest if they went ashore, a welfare worker said.", "no papers")
    assert "abuse_of_vulnerability" in found
