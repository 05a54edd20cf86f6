"""Indicators: money paid for a job the advert or the recruiter called free is deception (and the claim stays
affirmed, though "no fee" stands in it); a visa or contract that "tied her to the sponsor" binds no one's hands; a
week of 60 hours or more told with the week first ("R900 per week for 75 hours"), in one week ("64 hours in a
single week") or after the week's paid hours without the unit again ("paid for 38 hours a week but worked more than 65") is
excessive overtime. Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.worktime_excess import excessive_spans

META = {"published": "2026-04-09", "language": "en"}


def _claim(text: str, frag: str) -> tuple[str, set[str]]:
    a = analyse(text, META)
    c = next(c for c in a.claims if frag in c.text)
    return c.polarity, {h.indicator for h in c.indicators}


def test_paid_for_jobs_advertised_free() -> None:
    text = ("Nepali pickers on a Mildura grape farm say their wages were cut and their passports kept.\n\n"
            "Eleven Nepali pickers paid between A$3,000 and A$5,000 each to an agent in Pokhara for orchard jobs "
            "the advert described as requiring no fee at all, a union organiser in Mildura said.\n")
    polarity, inds = _claim(text, "described as requiring")
    assert polarity == "affirmed" and "deception" in inds, (polarity, inds)


def test_told_were_free() -> None:
    hits = indicators.match("Two brothers paid US$2,500 to a broker in Lima for farm work they were told was free.").hits
    assert "deception" in {h.indicator for h in hits}


def test_visa_tied_to_employer_is_no_violence() -> None:
    hits = indicators.match("She could not take other work because her permit tied her to the sponsor.").hits
    assert "physical_and_sexual_violence" not in {h.indicator for h in hits}
    hits = indicators.match("The guards tied him to a post overnight.").hits
    assert "physical_and_sexual_violence" in {h.indicator for h in hits}


@pytest.mark.parametrize("text", [
    "Once in Perth, the cleaners were paid for 38 hours a week but usually worked more than 65, the union said.",
    "Some pickers earned R900 per week for 75 hours of work.",
    "Three drivers logged 64 hours in a single week last March.",
])
def test_weeks_of_sixty_hours(text: str) -> None:
    assert excessive_spans(text), text


@pytest.mark.parametrize("text", [
    "The porters got paid for 38 hours each week yet worked 45.",
    "She earned A$900 a week for 38 hours.",
])
def test_ordinary_weeks(text: str) -> None:
    assert not excessive_spans(text), text
