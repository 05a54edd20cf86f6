"""Metadata of two kinds of page (probe study297):

- a masthead that gives the outlet's name in Latin letters and in its own script on one line ("Steppe Herald"
  followed by its Chinese name) names the outlet;
- a state body's notice rendered into English by someone else ("Unofficial English rendering for exporters, prepared
  by the Yellow Sea Traders' Council") has that body as its translator, and the language of the country whose
  authority issued it as the original's.

Every text is written for this test; outlets, groups and people are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

HERALD = """Steppe Herald \u8349\u539f\u5148\u9a71\u62a5
Home > Society > Inner Mongolia

Grazing bans push herders into factory jobs, families say

Steppe Herald reporter Li Na | 2026-03-02
Translated from Chinese by Ana Ruiz

Since last spring, herders in two banners of Xilingol have been required to sell their sheep and take factory jobs \
in Baotou, as four of them told this paper.

One herder said his wages were kept by the township until the end of the year.
"""

NOTICE = """Shandong Provincial Labour Bureau
Circular on the New Lowest Monthly Pay Rates in Shandong Province
(Unofficial English rendering for exporters, prepared by the Yellow Sea Traders' Council)

Issued: 1 April 2026 | Effective: 1 June 2026

1. From June the lowest monthly pay for a full-time employee in Shandong rises to the rates below.
"""


def test_masthead_in_two_scripts_names_the_outlet() -> None:
    meta = analyse(HERALD, {"published": None, "language": "en"}).meta
    assert meta.outlet == "Steppe Herald"
    assert meta.translator == "Ana Ruiz" and meta.original_language == "zh"


def test_english_rendering_prepared_by_a_body() -> None:
    meta = analyse(NOTICE, {"published": "2026-04-01", "language": "en"}).meta
    assert meta.translator == "Yellow Sea Traders' Council"
    assert meta.original_language == "zh"
    assert meta.outlet is None
