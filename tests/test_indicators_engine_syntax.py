"""The cue syntax of the indicator lexicon (indicator_syntax): slots, alternatives, optional parts."""

from __future__ import annotations

from labourlens.analyse.indicator_syntax import expand, split_top, words


def test_split_top_ignores_separators_inside_brackets() -> None:
    assert split_top("withh(e|o)ld / wage(s)?", "/") == ["withh(e|o)ld ", " wage(s)?"]
    assert split_top("a|(b|c)|d", "|") == ["a", "(b|c)", "d"]
    assert split_top("", "|") == [""]


def test_expand_optional_and_alternative_parts() -> None:
    assert sorted(expand("(was|were) beat(en)?")) == ["was beat", "was beaten", "were beat", "were beaten"]
    assert sorted(expand("forc[ae]d")) == ["forcad", "forced"]
    assert sorted(expand("locked?")) == ["locke", "locked"]
    assert expand("kept   in  a safe") == ["kept in a safe"]


def test_words_keep_marks() -> None:
    assert words("Confiscat* their =passports") == ["confiscat*", "their", "=passports"]
    assert words("{n} hours a day") == ["{n}", "hours", "a", "day"]
    assert words("70% of wages") == ["70", "%", "of", "wages"]
