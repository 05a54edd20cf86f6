"""A wire item's dateline ("VIENTIANE, Aug. 21 (Kyodo) -- ", "HUNCHUN, China (AP) — ") is no part of the speaker
phrase of the lede it opens: "..., two sources said Wednesday." at the end of a long first sentence is found as
it is without the dateline, and a sentence with no speaker stays without one. Every text is written for this
test; names are fictional (places and agencies' styles are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("text,who", [
    ("VIENTIANE, Aug. 21 (Kyodo) -- A North Korean-run restaurant in Vientiane continues to employ about 20 "
     "waitresses from the North, despite U.N. sanctions requiring their repatriation, two sources with knowledge "
     "of the business said Wednesday.", "two sources with knowledge of the business"),
    ("HUNCHUN, China (AP) — A garment plant continues to employ 40 North Korean women, two people who work "
     "there said Tuesday.", "two people who work there"),
    ("PHNOM PENH, March 3 (Reuters) - A seafood plant near the port still employs North Korean workers, despite "
     "a ban, a Cambodian official said on Monday.", "a Cambodian official"),
    ("SEOUL, May 3 (Yonhap) -- North Korean workers were sent to Russia in April, a government source said.",
     "a government source"),
])
def test_dateline_is_not_the_speaker(text: str, who: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == who


@pytest.mark.parametrize("text", [
    "VIENTIANE, Aug. 21 (Kyodo) -- A North Korean-run restaurant in Vientiane reopened on Wednesday, with new staff.",
    "HUNCHUN, China (AP) — The border crossing, closed since 2020, reopened for trucks.",
])
def test_no_speaker_in_plain_ledes(text: str) -> None:
    assert find_mention(text) is None


def test_lede_speaker_in_a_report() -> None:
    text = ("North Korean restaurant still open, sources say\n\n"
            "VIENTIANE, Aug. 21 (Kyodo) -- A North Korean-run restaurant in Vientiane continues to employ about 20 "
            "North Korean workers whose wages go to Pyongyang, despite U.N. sanctions requiring their repatriation, "
            "two sources with knowledge of the business said Wednesday.")
    a = analyse(text, META)
    c = next(c for c in a.claims if "continues to employ" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "anonymous_source" and "two sources" in (s.wording or "")
