"""The word model behind the indicator lexicon (``labourlens.analyse.indicator_model``).

What it was trained on (never a clean set), that its features are those the training script describes (tf-idf of
words and word pairs, unit length) and that its hits carry a rule id and the cue that weighed most; that the claim
stage asks it only for affirmed claims, so denials, negations and hypotheticals stay without indicators. Mini-texts
written for this test; fictional firms and people."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from labourlens.analyse import indicator_model
from labourlens.analyse.indicator_model import Model, features, parse_model, write_model
from labourlens.analyse.pipeline import analyse
from test_eval_gates import CLEAN_SETS, STUDIED_SETS

META = {"published": "2025-03-01", "language": "en"}
LEAD = "Migrant workers at the Kestrel Timber yard in Khabarovsk described their conditions.\n\n"


def _toy(tmp_path: Path) -> Model:
    path = tmp_path / "model.tsv"
    write_model(path, idf={"pockets": 2.0, "the foreman": 1.5, "pay": 1.2, "the": 1.0, "foreman": 1.4},
                weights={"pockets": {"withholding_of_wages": 9.0}, "pay": {"withholding_of_wages": 1.0,
                                                                         "deception": -2.0}},
                bias={"withholding_of_wages": -2.0, "deception": -1.0}, header={"trained_on": "gold,heldout"})
    return parse_model(path.read_text(encoding="utf-8"))


def test_the_shipped_model_was_trained_only_on_sets_rule_writers_have_read() -> None:
    model = indicator_model.load_model()
    trained = set(model.trained_on())
    assert trained, "the model file names the gold sets it was trained on"
    assert trained <= {"gold", *STUDIED_SETS}, sorted(trained - {"gold", *STUDIED_SETS})
    assert not trained & set(CLEAN_SETS)
    assert len(model.indicators) == 11 and len(model.idf) > 1000


def test_a_model_file_round_trips(tmp_path: Path) -> None:
    model = _toy(tmp_path)
    assert model.indicators == ("deception", "withholding_of_wages")
    assert model.bias == (-1.0, -2.0)
    assert model.weights["pay"] == ((0, -2.0), (1, 1.0))
    assert "the" in model.idf and "the" not in model.weights  # a term without weights still counts in the length
    assert model.trained_on() == ("gold", "heldout")


def test_a_model_file_with_a_short_bias_row_is_refused() -> None:
    with pytest.raises(ValueError, match="bias"):
        parse_model("# indicators: deception,isolation\n<bias>\t\t-1.0\nword\t1.0\t0.5\t\n")


def test_features_are_sublinear_tf_idf_of_words_and_word_pairs_at_unit_length(tmp_path: Path) -> None:
    model = _toy(tmp_path)
    found = features("The foreman pockets the pay. The FOREMAN!", model)
    raw = {"the": (1 + math.log(3)) * 1.0, "foreman": (1 + math.log(2)) * 1.4, "the foreman": (1 + math.log(2)) * 1.5,
           "pockets": 2.0, "pay": 1.2}
    norm = math.sqrt(sum(v * v for v in raw.values()))
    assert set(found) == set(raw)  # "foreman pockets", "pockets the", "pay the" are not in the vocabulary
    for term, value in raw.items():
        assert found[term][0] == pytest.approx(value / norm)
    assert found["the foreman"][1:] == (0, 11)  # the first occurrence's span
    assert features("a b c", model) == {}


def test_function_words_are_left_out_before_words_are_paired(tmp_path: Path) -> None:
    path = tmp_path / "model.tsv"
    write_model(path, idf={"kept": 1.0, "passports": 1.0, "kept passports": 2.0, "if": 3.0},
                weights={"kept passports": {"retention_of_identity_documents": 5.0}},
                bias={"retention_of_identity_documents": -1.0}, header={"stop_words": "if,the,their"})
    model = parse_model(path.read_text(encoding="utf-8"))
    assert set(features("If the boss kept their passports", model)) == {"kept", "passports", "kept passports"}


def test_the_shipped_model_reads_no_function_word() -> None:
    model = indicator_model.load_model()
    assert {"if", "the", "would"} <= model.stop_words
    assert not {"if", "the", "would"} & set(model.idf)


def test_hits_name_the_heaviest_cue_and_skip_what_the_lexicon_gave(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = _toy(tmp_path)
    monkeypatch.setattr(indicator_model, "load_model", lambda: model)
    [hit] = indicator_model.hits("The foreman pockets the pay.", 100)
    assert (hit.indicator, hit.rule, hit.cue, hit.start, hit.end) == (
        "withholding_of_wages", "model.withholding_of_wages", "pockets", 112, 119)
    assert indicator_model.hits("The foreman pockets the pay.", 0, {"withholding_of_wages"}) == []
    assert indicator_model.hits("The foreman checks the pay.", 0) == []  # below one half


@pytest.mark.parametrize("sentence", [
    "The company said all of its workers were paid in full and on time.",
    "None of the women we interviewed said they had been beaten or threatened.",
    "If the pay is withheld again, the workers say they will go to the labour office.",
])
def test_denials_negations_and_hypotheticals_get_no_model_indicator(sentence: str) -> None:
    a = analyse(LEAD + sentence, META)
    rules = [h.rule for c in a.claims if c.text.startswith(sentence[:20]) for h in c.indicators]
    assert not [r for r in rules if r.startswith(indicator_model.RULE_PREFIX)], rules


@pytest.mark.parametrize(("sentence", "indicator", "by_model"), [
    ("The women are not allowed to use their phones except on Sundays.", "isolation", False),
    # (owing him "for the ticket" is a lexicon cue since diag239, so the lexicon's hit comes first there)
    ("They were promised jobs in a hotel but the recruiter sent them to a brick kiln where they owe him for the ticket.",
     "debt_bondage", False),
    # (the model retrained in the forty-second session no longer reads "the advance keeps growing" alone as a debt)
    ("They were promised jobs in a hotel but the recruiter sent them to a brick kiln where the advance from the "
     "recruiter is never cleared.", "debt_bondage", True),
])
def test_affirmed_claims_get_the_model_indicators_with_their_cue(sentence: str, indicator: str, by_model: bool) -> None:
    text = LEAD + sentence
    [claim] = [c for c in analyse(text, META).claims if c.text.startswith(sentence[:20])]
    hits = {h.indicator: h for h in claim.indicators}
    assert indicator in hits
    assert hits[indicator].rule.startswith(indicator_model.RULE_PREFIX) == by_model  # the lexicon's hit comes first
    for h in claim.indicators:
        assert text[h.start:h.end] == h.cue  # every hit, lexicon or model, points at its words


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Their passports were returned to them the same day.", "retention_of_identity_documents"),
    ("The foreman kept our wages until the end of the season.", "retention_of_identity_documents"),  # no papers named
    ("The men worked 45-hour weeks at the yard.", "excessive_overtime"),  # hours stated: the numbers decide
    ("Her pay rose by ten percent after the inspection.", "withholding_of_wages"),
    ("Every worker owns a phone and calls home on Sundays.", "isolation"),
])
def test_wordings_that_say_the_opposite_overrule_the_model(sentence: str, indicator: str) -> None:
    assert indicator in indicator_model.vetoed(sentence)


def test_vetoes_leave_other_wordings_to_the_model() -> None:
    # (deception and withheld pay have anchors: a claim with no word of promise, terms or pay never gets them from
    # the model)
    assert indicator_model.vetoed("The manager keeps their passports in his safe.") == {"deception", "withholding_of_wages"}
    assert "withholding_of_wages" not in indicator_model.vetoed("The manager keeps their wages in his safe.")
    assert indicator_model.vetoed("The recruiter promised them wages, but the manager keeps their passports.") == set()


def test_the_model_never_makes_a_report_evidence_on_its_own() -> None:
    # a report of students "escorted" to an exam: no lexicon evidence anywhere, so no model hit either
    text = ("A team of six North Korean students took part in a chemistry olympiad in Bergen this week. "
            "The students stayed in a university hostel and were escorted to the exam hall each morning by two "
            "coaches. The team won a bronze medal.")
    assert analyse(text, META).indicators() == []


def test_the_model_reads_no_fact_in_a_condition() -> None:
    text = "Should the welders fall ill, they would most likely have to pay for treatment out of their own wages."
    assert indicator_model.hits(text, 0, set(), True) == []
    assert indicator_model._CONDITIONAL.match("The welders said they would be paid in May.") is None
