"""Train ``src/labourlens/knowledge/indicator_model.tsv``, the word model that backs the indicator lexicon.

The lexicon (``indicators.yaml``) finds an indicator where one of its cues is worded as the lexicon expects. Reports
word the same facts in many more ways ("the foreman pockets what is left", "nobody has had a day off since Lunar New
Year"); a linear model over the words and word pairs of the claims in our annotated reports catches part of that
rest. :mod:`labourlens.analyse.indicator_model` reads the weights this script writes and adds an indicator to an
affirmed claim (see its docstring for the thresholds and the lexicon's vetoes); the hit names the word or word pair
that weighed most, so a reader still sees why.

Training data: the claims of the gold sets that rule writers have read (``tests/gold`` and the sets in
``STUDIED_SETS`` of ``tests/test_eval_gates.py``), the negated ones and the sentences of their reports with nothing
to find as claims with no indicator. The clean sets and the sets not yet opened are never read here,
so they stay an honest measure of the whole extractor, model included (``tests/test_indicator_model.py`` checks the
list written into the file). The regularisation strength is chosen by cross-validation with whole sets held out.

Needs scikit-learn (``pip install -e '.[train]'``); analysis itself does not. Rerun and commit the result after
studying a set::

    .venv/bin/python scripts/train_indicator_model.py [--c 16]
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from labourlens.analyse.indicator_model import MIN_COUNT, TOKEN_PATTERN, write_model
from labourlens.analyse.sentences import split
from labourlens.gold import load_gold, read_document
from labourlens.model import INDICATORS

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
OUT = ROOT / "src" / "labourlens" / "knowledge" / "indicator_model.tsv"
C_GRID = (4.0, 8.0, 16.0, 32.0)
#: weights smaller than this are left out of the file (they never move a probability by more than a hair)
PRUNE = 0.02


def studied_sets() -> tuple[str, ...]:
    """``STUDIED_SETS`` of tests/test_eval_gates.py, read without importing the test module."""
    tree = ast.parse((TESTS / "test_eval_gates.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "STUDIED_SETS" for t in node.targets):
            value = ast.literal_eval(node.value)
            return tuple(str(v) for v in value)
    sys.exit("tests/test_eval_gates.py has no STUDIED_SETS")


def gold_file(name: str) -> Path:
    return TESTS / "gold" / "gold.jsonl" if name == "gold" else TESTS / name / "gold.jsonl"


def claims(names: tuple[str, ...]) -> tuple[list[str], list[set[str]], list[str]]:
    """The claims of the sets with their indicators (none on a denied or negated claim: "they can leave whenever they
    wish"), and every body sentence of their reports that describe no forced labour with none ("wages rose 7%", "paid
    into their own accounts": the words of the field in a report with nothing to find are what teaches the model that
    a word alone is no evidence)."""
    texts: list[str] = []
    labels: list[set[str]] = []
    groups: list[str] = []
    for name in names:
        for doc in load_gold(gold_file(name)):
            found = doc.data.get("claims") or []
            if not found and not doc.data.get("indicators"):
                quiet = [s.text for s in split(read_document(doc.path).text) if s.kind == "body"]
                texts += quiet
                labels += [set() for _ in quiet]
                groups += [name] * len(quiet)
            for claim in found:  # a denial or negation is never evidence: a claim with no indicator
                texts.append(claim["text"])
                labels.append(set() if claim.get("negated") else set(claim.get("indicators") or []))
                groups.append(name)
    return texts, labels, groups


def vectorizer() -> TfidfVectorizer:
    # the features indicator_model.features computes at run time: lower-cased words of two letters or more but
    # function words ("if", "the", "would": scikit-learn's English list, written into the model file), and pairs of
    # neighbouring words once those are gone, sublinear term counts, idf, unit length
    return TfidfVectorizer(token_pattern=TOKEN_PATTERN, ngram_range=(1, 2), min_df=MIN_COUNT, sublinear_tf=True,
                           lowercase=True, stop_words=sorted(ENGLISH_STOP_WORDS))


def choose_c(texts: list[str], labels: list[set[str]], groups: list[str]) -> float:
    """The regularisation with the best micro F1 over all indicators on whole sets held out (five folds)."""
    best, best_f1 = C_GRID[0], -1.0
    folds = list(GroupKFold(n_splits=5).split(texts, groups=groups))
    for c in C_GRID:
        tp = fp = fn = 0
        for train, test in folds:
            vec = vectorizer()
            x_train = vec.fit_transform([texts[i] for i in train])
            x_test = vec.transform([texts[i] for i in test])
            for indicator in INDICATORS:
                y_train = np.array([indicator in labels[i] for i in train])
                y_test = np.array([indicator in labels[i] for i in test])
                if y_train.sum() < 5:
                    continue
                model = LogisticRegression(C=c, solver="liblinear", max_iter=2000).fit(x_train, y_train)
                predicted = model.predict_proba(x_test)[:, 1] >= 0.5
                tp += int((predicted & y_test).sum())
                fp += int((predicted & ~y_test).sum())
                fn += int((~predicted & y_test).sum())
        f1 = 2 * tp / (2 * tp + fp + fn)
        print(f"C={c}: held-out micro F1 {f1:.3f}", file=sys.stderr)
        if f1 > best_f1:
            best, best_f1 = c, f1
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--c", type=float, help="regularisation strength to use (skips the cross-validation that "
                        "chooses it, which costs twenty times the final fit; give the C of the last model's header "
                        "when a few sets were added)")
    args = parser.parse_args()
    names = ("gold", *studied_sets())
    texts, labels, groups = claims(names)
    print(f"{len(texts)} claims and quiet sentences from {len(names)} sets", file=sys.stderr)
    c = args.c if args.c else choose_c(texts, labels, groups)
    vec = vectorizer()
    x = vec.fit_transform(texts)
    vocabulary = vec.get_feature_names_out()
    idf = {str(term): float(value) for term, value in zip(vocabulary, vec.idf_, strict=True)}
    weights: dict[str, dict[str, float]] = {}
    bias: dict[str, float] = {}
    for indicator in INDICATORS:
        y = np.array([indicator in s for s in labels])
        model = LogisticRegression(C=c, solver="liblinear", max_iter=2000).fit(x, y)
        bias[indicator] = float(model.intercept_[0])
        for term, w in zip(vocabulary, model.coef_[0], strict=True):
            if abs(w) >= PRUNE:
                weights.setdefault(str(term), {})[indicator] = float(w)
    write_model(args.out, idf=idf, weights=weights, bias=bias,
                header={"trained_on": ",".join(names), "stop_words": ",".join(sorted(ENGLISH_STOP_WORDS)), "claims": str(len(texts)), "C": str(c)})
    print(f"wrote {args.out}: {len(idf)} terms, {len(weights)} with weights, C={c}", file=sys.stderr)


if __name__ == "__main__":
    main()
