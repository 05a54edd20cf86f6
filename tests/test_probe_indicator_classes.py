"""Probe of the word classes in older indicator rules (IND2): slots that listed negations one by one now
use ``@deny``, so a subject negation ("nobody", "no one", "none of the women"), "no longer" and every n't
form deny a movement, a contact, a payment or an understanding as plain "not" does; slots that listed kin
one by one use ``@kin`` (daughters, husbands, sisters and brothers count); and the cue syntax
rejects a ``*`` or ``=`` mark inside a word ("manager*'s") at load time.

Every page has a headline, one neutral lede naming North Korean or migrant workers, then the sentence under
test. Positives must carry their indicator as an affirmed claim (the first group was missed before the
rules took the class); negative controls (the same words in other senses, the controller as the one who
is denied, ordinary freedoms) must not carry it. The sentences, people and firms are our own.
"""
from __future__ import annotations

import pytest

from indicator_probe_pages import HEADS, affirmed
from labourlens.analyse.indicator_syntax import words
from labourlens.errors import ConfigError

R, ISO, WAGE, DOC, DEC, AOV, T = ("restriction_of_movement", "isolation", "withholding_of_wages",
                                  "retention_of_identity_documents", "deception", "abuse_of_vulnerability",
                                  "intimidation_and_threats")
def _affirmed(sentence: str, k: int = 0) -> set[str]:
    return affirmed(sentence, k, HEADS[:4])


# Wordings the rules missed while their negation slots listed "not", "never" and a few n't forms only.
NEWLY_CAUGHT = [
    (R, "None of the seamstresses has set foot outside the compound since March."),
    (ISO, "None of them has met anybody from outside the camp in a year."),
    (ISO, "No one communicates with people outside the plant, a trader said."),
    (ISO, "Nobody corresponds with anyone outside the camp, a former guard said."),
    (ISO, "The carpenters no longer communicate with people outside the site."),
    (ISO, "Nobody knew which city they had been taken to, a former welder said."),
    (WAGE, "The crew's pay was no longer handed over to them after March."),
    # kin named by any member of the @kin class (daughters, husbands, sisters, brothers, households)
    (ISO, "The welders speak to their daughters once a month, always from the office phone."),
    (AOV, "Nobody on the crew understands the contracts written in Russian."),
    (AOV, "None of the women can read the labels written in Chinese."),
]

# Subject negations and "no longer" the class keeps catching (some through other rules as well).
STILL_CAUGHT = [
    (R, "Since the spring the welders no longer walk into the village on their own."),
    (R, "Nobody on the crew goes anywhere alone, a former cook said."),
    (R, "The loggers haven't stepped off the site in two years."),
    (R, "Nobody is let off the premises, even on Sundays."),
    (R, "Nobody in the brigade has set foot beyond the fence since the winter."),
    (R, "The cooks no longer set foot outside the dormitory, a neighbour said."),
    (ISO, "Nobody in the dormitory owns a phone, said Ri Song-min, a former welder."),
    (ISO, "The women no longer have phones since the leader collected them in May."),
    (WAGE, "Nobody on the crew has seen a payslip since they arrived."),
    (WAGE, "None of the loggers has been paid since October, said Kim Chol, a former driver."),
    (WAGE, "The women haven't received a cent for the last four months."),
    (DOC, "None of the builders holds his own passport, a former cook said."),
    (DEC, "None of the recruits was shown a contract before departure."),
    (DEC, "None of the trainees is enrolled at any school in the city."),
    (AOV, "Nobody in the team knows the local language, a former cook said."),
    (ISO, "She has not heard from her husband in two years."),
    (ISO, "The cooks call their sisters home under the supervision of the minder."),
    (T, "He warned that their sons would never get a university place."),
    (T, "Their brothers at home were called in and questioned by the security police."),
    (T, "Their sisters would lose their jobs in Pyongyang if anyone fled."),
]

NEGATIVE = [
    (DOC, "Nobody kept their papers from them, the Chinese supervisor said."),
    (R, "If they don't finish the order, they go home early, the manager warned."),
    (R, "The two men no longer work for the firm and have gone home to Nepal."),
    (R, "The welders walk into town on their own every Sunday."),
    (R, "None of the visitors was allowed to film inside the plant."),
    (ISO, "Every worker owns a phone and calls home on Sundays."),
    (ISO, "The loggers talk with people from the village at the Sunday market."),
    (ISO, "Nobody talked about the football results at dinner."),
    (AOV, "The workers understand the contract, which was translated into Korean."),
    (AOV, "None of the managers reads Korean, the owner said."),
    (WAGE, "The workers were paid in full every month, according to the bank records."),
    (ISO, "The welders speak to their families every evening on their own phones."),
    (T, "Their sons went to university in Pyongyang last year."),
]


@pytest.mark.parametrize(("k", "indicator", "sentence"), [(k, i, s) for k, (i, s) in enumerate(NEWLY_CAUGHT)])
def test_newly_caught(k: int, indicator: str, sentence: str) -> None:
    assert indicator in _affirmed(sentence, k), sentence


@pytest.mark.parametrize(("k", "indicator", "sentence"), [(k, i, s) for k, (i, s) in enumerate(STILL_CAUGHT)])
def test_still_caught(k: int, indicator: str, sentence: str) -> None:
    assert indicator in _affirmed(sentence, k), sentence


@pytest.mark.parametrize(("k", "indicator", "sentence"), [(k, i, s) for k, (i, s) in enumerate(NEGATIVE)])
def test_negative_controls(k: int, indicator: str, sentence: str) -> None:
    assert indicator not in _affirmed(sentence, k), sentence


def test_marks_inside_a_word_are_a_config_error() -> None:
    assert words("manager's =not leader* {n}") == ["manager's", "=not", "leader*", "{n}"]
    for bad in ("manager*'s", "super*visor", "dis=not"):
        with pytest.raises(ConfigError, match="may only end a word"):
            words(f"the {bad} office")


def test_lexicon_has_no_mark_inside_a_word() -> None:
    """Every cue and unless of the shipped lexicon passes the check."""
    from labourlens import knowledge
    from labourlens.analyse.indicator_syntax import expand, split_top, with_classes

    data = knowledge.load("indicators.yaml")
    classes = {str(k): str(v) for k, v in data["word_classes"].items()}
    n = 0
    for spec in data["indicators"].values():
        for rule in spec["rules"].values():
            opts = rule if isinstance(rule, dict) else {"cue": rule}
            for key in ("cue", "unless"):
                for slot in split_top(with_classes(str(opts.get(key, "")), classes), "/"):
                    for alt in split_top(slot, "|"):
                        for phrase in expand(alt.strip()):
                            words(phrase)
                            n += 1
    assert n > 10000
