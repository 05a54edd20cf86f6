"""Normalisation, shingles, MinHash and the pair judgement (no database)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from labourlens.link import minhash
from labourlens.link.engine import Params, batch_candidates, components, make_print, verify
from labourlens.link.shingles import normalise, shingle_hashes, strip_boilerplate, text_hash

STORY = (
    "Workers at the Northstar Timber camp near Tynda said their brigade leader kept their passports in a locked "
    "box and returned them only for police checks. They cut timber from dawn until dark and were paid by volume, "
    "but most of the money went to the company that sent them, a logger said. Several men complained of injuries "
    "that had not been treated, and one said he had not spoken to his family for two years. The camp sells its "
    "timber to a sawmill run by a firm called Amurles Export, whose director declined to comment on its workforce. "
    "Foresters said they expected the crews to stay through the winter season and to move to a new plot in spring."
)


def test_strip_boilerplate_removes_furniture_keeps_story() -> None:
    text = "According to The Guardian: workers were unpaid.\nShare this article\nFacebook | Twitter | Email\n" \
           "The factory kept 300 workers.\n[Source: Daily NK]\nCopyright 2024 Example Wire. All rights reserved."
    out = strip_boilerplate(text)
    assert "Share" not in out and "Facebook" not in out and "Source" not in out and "Copyright" not in out
    assert "According" not in out
    assert "workers were unpaid." in out and "300 workers" in out


def test_normalise_folds_case_punctuation_keeps_numbers() -> None:
    assert normalise("The FACTORY, in Dandong, kept 1,000 workers!") == "the factory in dandong kept 1 000 workers"


def test_exact_hash_ignores_furniture_case_and_spacing() -> None:
    a = STORY
    b = "Share this story\n" + STORY.upper().replace(". ", ".\n\n") + "\n[Source: Example News]\nTweet"
    assert text_hash(a) == text_hash(b)
    assert text_hash(a) != text_hash(STORY.replace("two years", "three years"))


def test_shingles_are_sorted_unique_and_stable() -> None:
    s = shingle_hashes(STORY, 5)
    assert s.dtype == np.uint32 and np.all(np.diff(s.astype(np.int64)) > 0)
    assert np.array_equal(s, shingle_hashes(STORY, 5))
    assert len(shingle_hashes("too short", 5)) == 1
    assert len(shingle_hashes("", 5)) == 0


def test_signature_equals_datasketch_minhash() -> None:
    s = shingle_hashes(STORY, 5)
    assert np.array_equal(minhash.signature(s, 64), minhash.datasketch_minhash(s, 64).hashvalues)


def test_minhash_estimates_jaccard() -> None:
    rng = random.Random(4)
    words = [f"w{rng.randrange(50_000)}" for _ in range(1200)]
    a = shingle_hashes(" ".join(words[:800]), 5)
    b = shingle_hashes(" ".join(words[400:1200]), 5)
    exact = len(np.intersect1d(a, b)) / len(np.union1d(a, b))
    est = float(np.mean(minhash.signature(a, 256) == minhash.signature(b, 256)))
    assert abs(est - exact) < 0.08


@pytest.mark.parametrize(
    "edit",
    [
        "retitled",
        "new_lead",
        "cut_off",
        "boilerplate",
        "paragraph_dropped",
        "light_edits",
    ],
)
def test_every_kind_of_edit_is_a_copy(edit: str) -> None:
    p = Params()
    base = "Loggers unpaid in Amur\n\n" + STORY
    body = STORY
    if edit == "retitled":
        other = "Russian timber camps hold workers' passports, loggers say\n\n" + body
    elif edit == "new_lead":
        other = "A new report from the Russian Far East sheds light on the timber trade.\n\n" + body
    elif edit == "cut_off":
        other = body[: len(body) * 2 // 5]
    elif edit == "boilerplate":
        other = "Share this article\nFacebook | Twitter\n\n" + body + "\n\n[Source: Example Wire]\nLike | Reply"
    elif edit == "paragraph_dropped":
        other = body.split(" Several men")[0] + " Foresters said they expected the crews to stay."
    else:
        other = body.replace("said", "told reporters").replace("two years", "2 years").replace("winter", "cold")
    pair = verify(make_print("a", base, p), make_print("b", other, p), p)
    assert pair.judgement.decision == "copy", pair


def test_unrelated_text_on_the_same_topic_is_distinct() -> None:
    p = Params()
    other = (
        "Timber crews from North Korea are still working in the Amur region, according to foresters interviewed "
        "this autumn. The men live in huts heated by one stove and hand most of their pay to the firm that "
        "dispatched them. A sawmill director in Tynda refused to say how many of his suppliers use such crews, "
        "and local police said they had received no complaints about the camps this year."
    )
    pair = verify(make_print("a", STORY, p), make_print("b", other, p), p)
    assert pair.judgement.decision == "distinct"
    assert pair.judgement.similarity < 0.1


def test_batch_candidates_find_planted_copies_and_nothing_else() -> None:
    rng = random.Random(7)
    vocab = [f"v{i}" for i in range(30_000)]
    texts = [" ".join(rng.choices(vocab, k=400)) for _ in range(60)]
    texts.append(texts[5][: len(texts[5]) // 3])  # a cut-off copy: low Jaccard, found by the sketch
    texts.append("Breaking: " + texts[9])  # a near-exact copy: found by LSH
    p = Params()
    prints = [make_print(f"d{i:03d}", t, p) for i, t in enumerate(texts)]
    pairs = batch_candidates(prints, p)
    assert (5, 60) in pairs and (9, 61) in pairs
    assert len(pairs) == 2


def test_components_are_order_independent() -> None:
    edges = [("c", "d"), ("a", "b"), ("b", "c")]
    assert components(["e", "a", "b", "c", "d"], edges) == components(["d", "c", "b", "a", "e"], edges[::-1])
    assert components(["a", "b", "c", "d", "e"], edges) == {"a": ["a", "b", "c", "d"], "e": ["e"]}


def test_lsh_params_follow_threshold() -> None:
    b, r = minhash.lsh_params(0.5, 128)
    assert b * r <= 128 and 0.35 < (1 / b) ** (1 / r) < 0.65
    assert minhash.lsh_params(0.5, 128, bands=16) == (16, 8)


def test_thresholds_sit_between_measured_copies_and_non_copies() -> None:
    """The measurement behind the defaults: on the test corpus every copy pair scores
    max(Jaccard, containment) >= 0.45 (a blog quoting half a story is the lowest) and
    every pair of different stories, same outlet or same event included, < 0.10."""
    from itertools import combinations
    from pathlib import Path

    from labourlens.settings import load

    data = Path(__file__).parent / "test_link_data"
    p = Params.from_settings(load({}))
    prints = {f.stem: make_print(f.stem, f.read_text(encoding="utf-8"), p) for f in sorted(data.glob("*.txt"))}
    copies, others = [], []
    for a, b in combinations(sorted(prints), 2):
        sim = verify(prints[a], prints[b], p).judgement.similarity
        (copies if a[0] == b[0] and a[0] in "ac" else others).append(sim)
    assert min(copies) >= 0.45 and max(others) < 0.10
    assert max(others) < p.containment_threshold < min(copies)
    assert p.min_shared <= 100  # the shortest copy (a cut-off) shares over 100 shingles with its original


def test_never_crash_on_arbitrary_text() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from labourlens.link.origins import find_origins, story_origin

    p = Params()

    @settings(max_examples=150, deadline=None)
    @given(st.text(max_size=400), st.one_of(st.none(), st.text(max_size=30)))
    def check(text: str, outlet: str | None) -> None:
        dp = make_print("x", text, p)
        assert len(dp.signature) == p.num_perm
        assert verify(dp, make_print("y", text, p), p).judgement.decision in ("copy", "distinct")
        find_origins(text, outlet)
        story_origin(text, outlet)

    check()
