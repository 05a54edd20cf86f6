"""Every rule form the indicator lexicon uses, on a small lexicon compiled for these tests
(invented sentences): inflection, phrases, slots in order within a window, any order, prefixes,
exact words, numbers, groups, optional parts, exclusions, negation and mechanism tags."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.errors import ConfigError

NEGATORS = ("not", "n't", "never", "no", "didn't", "don't", "without")


def compile_rules(rules: dict[str, object], window: int = 8, group: str = "deception") -> indicators._Compiled:
    c = indicators._Compiled()
    c.negators = frozenset(NEGATORS)
    c.negator_alts = frozenset(c.matcher(n) for n in c.negators if "'" not in n or len(n) > 3)
    if group.startswith("M_"):
        rules = {k: {**v, "neg": False} if isinstance(v, dict) else {"cue": v, "neg": False} for k, v in rules.items()}
    indicators._add_rules(c, group, "T" if not group.startswith("M_") else group, rules, window)
    return c


def cues(c: indicators._Compiled, text: str) -> tuple[list[str], list[str]]:
    """(cue texts of counted hits, cue texts of hits cancelled by a negation)."""
    m = indicators._run(c, text, 0)
    return [h.cue for h in m.hits], [h.cue for h in m.negated]


@pytest.mark.parametrize(
    "cue, text, expected",
    [
        # light stemming: one written form covers its inflections
        ("confiscate", "Their phones were confiscated on arrival.", "confiscated"),
        ("confiscate", "The guards keep confiscating letters.", "confiscating"),
        ("confiscate", "The manager confiscates the papers.", "confiscates"),
        ("passport", "All passports are kept in the office.", "passports"),
        # a phrase: consecutive words
        ("locked in", "At night the women are locked in.", "locked in"),
        # prefix words
        ("threat*", "They were threatened with dismissal.", "threatened"),
        ("threat*", "Threats were common.", "Threats"),
        # groups, optional parts, character classes, optional letters
        ("(forced|made) to work", "The men were made to work at night.", "made to work"),
        ("sent (back )?home", "Two were sent back home last week.", "sent back home"),
        ("sent (back )?home", "Two were sent home last week.", "sent home"),
        ("penali[sz]ed", "Latecomers were penalized.", "penalized"),
        ("penali[sz]ed", "Latecomers were penalised.", "penalised"),
        ("labou?r camp", "He was sent to a labor camp.", "labor camp"),
        ("labou?r camp", "He was sent to a labour camp.", "labour camp"),
        # numbers: {n} any number, {h} a number of hours of a long day
        ("{n} hours", "They worked fourteen hours.", "fourteen hours"),
        ("{n} hours", "They worked 9 hours.", "9 hours"),
        ("{h} hours", "They worked 16 hours.", "16 hours"),
        ("{h} hours", "They worked twenty hours.", "twenty hours"),
    ],
)
def test_word_forms_match(cue: str, text: str, expected: str) -> None:
    assert cues(compile_rules({"r": cue}), text)[0] == [expected]


@pytest.mark.parametrize(
    "cue, text",
    [
        ("locked in", "They locked the door in the evening."),  # a phrase's words must be consecutive
        ("{h} hours", "They worked 5 hours."),  # five hours is no long day
        ("=beaten", "The guards beat them."),  # an exact word does not stem
        ("=beaten", "A beating followed."),
        ("passport", "The passing port was closed."),
    ],
)
def test_word_forms_do_not_match(cue: str, text: str) -> None:
    assert cues(compile_rules({"r": cue}), text) == ([], [])


def test_exact_word_matches_itself() -> None:
    assert cues(compile_rules({"r": "=beaten"}), "He was beaten twice.")[0] == ["beaten"]


def test_slots_in_order_within_the_window() -> None:
    c = compile_rules({"r": {"cue": "passport* / confiscat*|taken away", "window": 4}})
    assert cues(c, "Their passports were confiscated.")[0] == ["passports were confiscated"]
    assert cues(c, "Passports: taken away at the border.")[0] == ["Passports: taken away"]
    assert cues(c, "Guards confiscated their passports.") == ([], [])  # wrong order
    assert cues(c, "Their passports, the visas and the permits of everyone were confiscated.") == ([], [])


def test_any_order_within_the_window() -> None:
    c = compile_rules({"r": {"cue": "passport* / confiscat*", "window": 4, "any_order": True}})
    assert cues(c, "Guards confiscated their passports.")[0] == ["confiscated their passports"]
    assert cues(c, "Their passports were confiscated.")[0] == ["passports were confiscated"]
    assert cues(c, "Guards confiscated phones, cameras, radios, laptops, and even passports.") == ([], [])


def test_three_slots_and_long_phrases() -> None:
    c = compile_rules({"r": {"cue": "promis* / a month|per month / before they left", "window": 12}})
    assert cues(c, "They were promised $500 a month before they left home.")[0] == [
        "promised $500 a month before they left"
    ]
    assert cues(c, "They were promised $500 a month before they arrived.") == ([], [])


def test_exclusion_within_its_window() -> None:
    c = compile_rules({"r": {"cue": "gate* / locked", "window": 4, "unless": "safe|cabinet*", "unless_window": 2}})
    assert cues(c, "The compound gate is locked at nine.")[0] == ["gate is locked"]
    assert cues(c, "The safe gate was locked.") == ([], [])
    assert cues(c, "The gate was locked and, much later that night, the cabinets too.")[0] == ["gate was locked"]


def test_negation_cancels_a_hit_unless_the_rule_says_otherwise() -> None:
    c = compile_rules({"r": "beaten|slapped"})
    assert cues(c, "They were slapped by the foreman.") == (["slapped"], [])
    assert cues(c, "They were never slapped, he said.") == ([], ["slapped"])
    assert cues(c, "The guards didn't say why they slapped him.") == ([], ["slapped"])  # within four words
    assert cues(c, "No, they were slapped.") == (["slapped"], [])  # punctuation ends the look-back
    assert cues(c, "If they don't obey, they are slapped.") == (["slapped"], [])  # a condition, not a denial
    kept = compile_rules({"r": {"cue": "beaten|slapped", "neg": False}})
    assert cues(kept, "They were never slapped, he said.") == (["slapped"], [])


def test_a_rule_about_a_negated_condition_is_not_cancelled() -> None:
    c = compile_rules({"r": {"cue": "not|never / paid", "window": 3}})
    assert cues(c, "They have not been paid since May.") == (["not been paid"], [])


def test_mechanism_tags_come_from_the_same_pass() -> None:
    c = compile_rules({"quota": "quota*|loyalty fund*"}, group="M_QUOTA")
    m = indicators._run(c, "Each worker pays into the loyalty fund; no quota applies.", 0)
    assert m.mechanisms == ["M_QUOTA"] and m.hits == [] and m.negated == []


def test_spans_are_offsets_into_the_text() -> None:
    c = compile_rules({"r": "confiscate"})
    text = "“Phones—confiscated!” said a worker."
    m = indicators._run(c, text, 100)
    assert [(h.start - 100, h.end - 100) for h in m.hits] == [(text.index("confiscated"),
                                                              text.index("confiscated") + len("confiscated"))]


def test_rule_without_cue_words_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no cue words"):
        compile_rules({"empty": {"cue": " / "}})


def test_rules_are_tried_only_when_their_anchor_occurs() -> None:
    """Indexing by the rarest slot still finds rules whose other slots are common words."""
    c = compile_rules({"a": {"cue": "the|a / hostage*", "window": 3}, "b": {"cue": "kept / as / collateral"}})
    assert cues(c, "The families are held as hostages.")[0] == []
    assert cues(c, "Their families are in effect a hostage.")[0] == ["a hostage"]
    assert cues(c, "His wife was kept at home as collateral.")[0] == ["kept at home as collateral"]
