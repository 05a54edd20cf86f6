"""scripts/gate.py: the hand-run quality gate (comparing two eval runs, floors, pooled scores, leak runs)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "gate.py"


@pytest.fixture(scope="module")
def gate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gate_script", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _entry(claims: tuple[int, int, int], speaker: tuple[int, int], quiet_fired: list[str] | None = None) -> dict[str, Any]:
    tp, fp, fn = claims
    p, r = tp / (tp + fp), tp / (tp + fn)
    return {"claims": {"f1": round(2 * p * r / (p + r), 4), "tp": tp, "fp": fp, "fn": fn},
            "speaker": {"acc": round(speaker[0] / speaker[1], 4), "correct": speaker[0], "total": speaker[1]},
            "quiet_fired": quiet_fired or []}


def test_compare_sorts_rises_and_falls_by_kind_of_set(gate: ModuleType) -> None:
    base = {"a": _entry((8, 2, 2), (6, 8)), "b": _entry((8, 2, 2), (6, 8)), "c": _entry((5, 5, 5), (1, 2))}
    new = {"a": _entry((9, 1, 1), (6, 8)), "b": _entry((8, 2, 2), (5, 8)), "c": _entry((5, 5, 5), (1, 2))}
    changes = gate.compare(base, new, clean={"b"}, studied={"a"})
    assert [c[:2] for c in changes["studied"]["rises"]] == [("a", "claims")]
    assert [c[:2] for c in changes["clean"]["falls"]] == [("b", "speaker")]
    assert not changes["other"]["rises"] and not changes["other"]["falls"]


def test_pooled_scores_sum_the_counts_before_scoring(gate: ModuleType) -> None:
    scores = {"a": _entry((9, 1, 0), (9, 9)), "b": _entry((1, 0, 9), (0, 1))}
    pooled = gate.pooled(scores, {"a", "b"})
    assert pooled["speaker"][0] == pytest.approx(0.9)  # 9 of 10, not the mean of 1.0 and 0.0
    assert pooled["claims"][0] == pytest.approx(2 * (10 / 11) * (10 / 19) / (10 / 11 + 10 / 19))


def test_floors_flag_cells_below_and_quiet_reports_that_got_claims(gate: ModuleType) -> None:
    scores = {"a": _entry((8, 2, 2), (6, 8)), "b": _entry((8, 2, 2), (6, 8), ["quiet-page"])}
    below, margins = gate.below_floors(scores, {"a": {"claims": 0.81, "speaker": 0.70}, "b": {"claims": 0.5}})
    assert below == ["a claims: 0.8 < floor 0.81", "b quiet: quiet-page got claims"]
    assert margins[0][1:] == ("a", "speaker") and margins[0][0] == pytest.approx(0.05)


def test_new_floors_sit_under_the_score_and_only_ever_rise(gate: ModuleType) -> None:
    scores = {"new": _entry((8, 2, 2), (6, 8)), "old": _entry((9, 1, 1), (6, 8))}
    floors = {"old": {"claims": 0.95, "speaker": 0.5}}
    gate.new_floors(scores, floors, ["new"], lift=True)
    assert floors["new"] == {"claims": 0.77, "speaker": 0.72}
    assert floors["old"] == {"claims": 0.95, "speaker": 0.72}  # kept where the score fell under it, raised elsewhere


def test_leaks_are_runs_of_seven_words_in_both(gate: ModuleType) -> None:
    added = 'CUE = r"the foreman kept every worker\'s passport in a locked drawer"'
    assert gate.leaks(added, ["Witnesses said the foreman kept every worker's passport in the drawer."]) == {
        "the foreman kept every worker s passport", "foreman kept every worker s passport in"}
    assert gate.leaks(added, ["The foreman kept the passports."]) == set()


def _tree_is_head() -> bool:
    """A git checkout whose src is as committed (the revision's code is then the code under test)."""
    root = SCRIPT.parent.parent
    try:
        status = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "src"], capture_output=True,
                                text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return status.returncode == 0 and not status.stdout.strip()


def test_scores_at_a_revision_are_that_revision_s_code(gate: ModuleType, tmp_path: Path) -> None:
    """At HEAD (src as committed) a set scores exactly as the checkout's own code scores it in-process."""
    if not _tree_is_head():
        pytest.skip("not a git checkout with src as committed")
    out = tmp_path / "at.json"
    at_head = gate.at_revision("HEAD", out, ["heldout2"])["heldout2"]
    _, here = gate._score_one(("heldout2", str(gate.registry()[0]["heldout2"])))
    assert here is not None
    for metric in gate.METRICS:
        assert at_head[metric] == here[metric], metric
    assert json.loads(out.read_text(encoding="utf-8"))["heldout2"]["claims"] == here["claims"]


def test_an_unknown_revision_or_set_says_what_is_wrong(gate: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no gold set called nosuchset"):
        gate.at_revision("HEAD", tmp_path / "x.json", ["nosuchset"])
    if not _tree_is_head():
        pytest.skip("not a git checkout")
    with pytest.raises(SystemExit, match="git cannot read revision 'no-such-revision'"):
        gate.at_revision("no-such-revision", tmp_path / "x.json", ["heldout2"])
