"""The speed rewrites of the places, meta, money and dates stages find exactly what the
plain forms found, and the gazetteer read from its on-disk cache is the gazetteer built
from the data.

Each fast path is compared with its straightforward form (the regex search or the loop it
replaces) on the gold documents, the samples, randomly punctuated variants of their lines
and random strings made of the characters that matter to it.
"""

from __future__ import annotations

import os
import random
import re
import time
from pathlib import Path

import pytest

from labourlens.analyse import dates, gazetteer, meta, money, places
from labourlens.analyse.gazetteer import Alias, Gazetteer
from test_speed_equivalence import _texts  # the same documents as the claims-side checks


def _variants() -> list[str]:
    """Lines of the documents with random punctuation, line breaks and spaces inserted."""
    lines = sorted({ln.strip() for t in _texts() for ln in re.split(r"(?<=[.!?\u201d])\s+|\n", t) if ln.strip()})
    rnd = random.Random(23)
    out = []
    for ln in lines[:1500]:
        i = rnd.randrange(len(ln) + 1)
        ins = rnd.choice([",", ".", " ", "\n", "\t", " \n", "$", "\u00a0", "Mr. ", "St ", "- ", "(", "The "])
        out.append(ln[:i] + ins + ln[i:])
    return out


def _random_strings(alphabet: list[str], n: int, longest: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest))) for _ in range(n)]


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a is None) == (b is None) and (a is None or b is None or (a.span(), a.groups()) == (b.span(), b.groups()))


# ---------------------------------------------------------------- gazetteer cache


def _assert_same_gazetteer(a: Gazetteer, b: Gazetteer) -> None:
    assert a.places == b.places
    assert a.index == b.index  # the same names, each with the same aliases in the same order
    assert (a.first, a.prefixes, a.maxlen, a.countries, a.stop) == (b.first, b.prefixes, b.maxlen, b.countries, b.stop)
    assert a.cjk == b.cjk and list(a.cjk) == list(b.cjk)  # order: the CJK pattern lists names in it
    assert a.start_re is not None and b.start_re is not None and a.start_re.pattern == b.start_re.pattern


def test_cached_gazetteer_is_the_built_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(gazetteer.CACHE_ENV, str(tmp_path))
    gazetteer.get.cache_clear()
    try:
        first = gazetteer.get()  # builds and writes the cache
        files = list(tmp_path.glob("gazetteer-*.marshal"))
        assert len(files) == 1
        gazetteer.get.cache_clear()
        cached = gazetteer.get()  # reads it
        assert cached is not first
        _assert_same_gazetteer(cached, first)
        assert [m.name for m in places.find("Workers in Dandong, Liaoning Province, and Rason", [])] == [
            "Dandong", "Liaoning", "Rason"]
    finally:
        gazetteer.get.cache_clear()


def test_broken_or_stale_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(gazetteer.CACHE_ENV, str(tmp_path))
    where = gazetteer._cache_file()
    assert where is not None and where.parent == tmp_path
    where.write_bytes(b"not a gazetteer")
    stale = tmp_path / "gazetteer-0123456789abcdef01234567.marshal"
    stale.write_bytes(b"a build of another version, two days old")
    os.utime(stale, (time.time() - 2 * 86_400,) * 2)
    recent = tmp_path / "gazetteer-76543210fedcba9876543210.marshal"
    recent.write_bytes(b"a build of another version in use (another worktree)")
    gazetteer.get.cache_clear()
    try:
        g = gazetteer.get()
        assert g.countries and g.index
        assert gazetteer._read_cache(where) is not None  # the broken file was replaced by a good one
        assert sorted(p.name for p in tmp_path.glob("gazetteer-*.marshal")) == sorted([where.name, recent.name])
    finally:
        gazetteer.get.cache_clear()


def test_cache_can_be_turned_off_and_follows_the_knowledge_files(monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    for off in ("", "off", "OFF"):
        monkeypatch.setenv(gazetteer.CACHE_ENV, off)
        assert gazetteer.cache_dir() is None and gazetteer._cache_file() is None
    monkeypatch.setenv(gazetteer.CACHE_ENV, str(tmp_path))
    before = gazetteer._cache_file()
    # a user's extended copy of a knowledge file gives another cache file
    from labourlens import knowledge

    original = knowledge.load_text
    monkeypatch.setattr(knowledge, "load_text",
                        lambda name: original(name) + ("\n# edited\n" if name == "places_regions.yaml" else ""))
    assert gazetteer._cache_file() not in (None, before)


def test_unwritable_cache_folder_still_gives_a_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv(gazetteer.CACHE_ENV, str(blocker / "cache"))
    gazetteer.get.cache_clear()
    try:
        assert gazetteer.get().countries
    finally:
        gazetteer.get.cache_clear()


# ---------------------------------------------------------------- places


def _plain_scan(g: Gazetteer, text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, list[Alias]]]:
    """The scan before the memo of fitting aliases: every alias list computed in place."""
    assert g.start_re is not None
    hi = len(text) if hi is None else hi
    out: list[tuple[int, int, list[Alias]]] = []
    pos = lo
    for m in g.start_re.finditer(text, lo, hi):
        s = m.start()
        if s < pos:
            continue
        key0 = gazetteer.norm(m.group())
        longest = g.first.get(key0)
        if longest is None:
            continue
        toks = [(s, m.end(), m.group())]
        keys = [key0]
        while len(toks) < longest and tuple(keys) in g.prefixes:
            t = gazetteer.NEXT_TOKEN_RE.match(text, toks[-1][1], hi)
            if t is None:
                break
            toks.append((t.start(1), t.end(1), t.group(1)))
            keys.append(gazetteer.norm(t.group(1)))
        for length in range(len(toks), 0, -1):
            raw = [x[2] for x in toks[:length]]
            fit = [c for c in g.index.get(tuple(keys[:length]), []) if places._cases_fit(c.cases, raw)
                   and (not c.needs_the or places._THE_BEFORE.search(text, max(0, s - 5), s) is not None)]
            if fit:
                out.append((s, toks[length - 1][1], fit))
                pos = toks[length - 1][1]
                break
    return out


def test_scan_with_memo_matches_plain_scan() -> None:
    g = gazetteer.get()
    texts = [*_texts(), "\n".join(_variants()), "the Gulf and The Gulf, in the gulf; Gulf states",
             "Jilin jilin JILIN Jilin City, North Pyongan Province and north Pyongan"]
    for t in texts:
        assert places._scan(g, t) == _plain_scan(g, t)
        assert places._scan(g, t, 10, len(t) // 2) == _plain_scan(g, t, 10, len(t) // 2)


def _plain_personal_name(text: str, start: int, end: int) -> bool:
    if text[end:end + 1] == "-" and text[end + 1:end + 2].islower():
        return True
    b = places._BEFORE_RE.search(text, max(0, start - 30), start)
    if b:
        w1, w2 = (b.group(1) or "").lower(), b.group(2) or ""
        if (w2 == "." and w1 in places._TITLES) or (w2[:1].isupper() and w2.lower() in places._TITLES):
            return True
    return False


def test_personal_name_test_matches_plain_search() -> None:
    alphabet = ["Mr", "mr", "Dr", ".", " ", "\t", "\n", "_", "St", "Gen", "x", "A", "\u00a0", ",", "Saint", "é",
                "President", "1", "-", "Ms", "Professor"]
    for s in _random_strings(alphabet, 30_000, 14, 1):
        text = s + "Dandong" + ("-a" if len(s) % 3 == 0 else " x")
        start = len(s)
        assert places._personal_name(text, start, start + 7) == _plain_personal_name(text, start, start + 7), text
    for t in _texts()[:10]:
        for i in range(0, len(t), 7):
            assert places._personal_name(t, i, i) == _plain_personal_name(t, i, i)


# ---------------------------------------------------------------- meta


def test_name_before_matches_plain_search() -> None:
    alphabet = ["The", " ", "\t", "\n", "Daily", "NK", "of", "for", "and", "&", "x", "'", "\u2019", ".", "-", "_", "é",
                "É", "1", ",", "said", "A.B"]
    for s in _random_strings(alphabet, 30_000, 40, 2):
        for end in (len(s), len(s) // 2):
            assert _same(meta._name_before(s, end), meta._ONAME_TAIL.search(s, max(0, end - 70), end)), s
    for t in _texts()[:12]:
        for end in range(0, len(t), 3):
            assert _same(meta._name_before(t, end), meta._ONAME_TAIL.search(t, max(0, end - 70), end))


def _spans(ms: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in ms]  # type: ignore[attr-defined]


def test_cues_tried_at_their_starts_match_full_scans() -> None:
    texts = [*_texts(), "\n".join(_variants()),
             "In an interview with the Harbour Post, in a phone call with Radio North, he told Border Ledger.\n"
             "[Source: Amur Weekly]\nSEOUL (Lantern News) \u2014 The Ledger has learned that reporters said so."]
    for _weight, cue, pat, _any in meta._CUES:
        starts = meta._STARTS.get(cue)
        if starts is None:
            continue
        for t in texts:
            full = _spans(pat.finditer(t))
            s = (*starts, "in") if cue == "told" and any(w in t for w in meta._STARTS_IN) else starts
            assert _spans(meta._cue_matches(pat, t, s)) == full, cue
            if cue == "told" and not any(w in t for w in meta._STARTS_IN):
                assert all(not m.group(0).startswith("in") for m in pat.finditer(t))
    for (_weight, _cue, pat, _any), needed, starts in zip(meta._TAIL_CUES, meta._TAIL_TRIGGERS, meta._TAIL_STARTS,
                                                          strict=True):
        for t in texts:
            full = _spans(pat.finditer(t))
            assert _spans(meta._cue_matches(pat, t, starts)) == full, pat.pattern
            if full:  # the trigger words are in every text the cue matches
                assert any(w in t for w in needed), pat.pattern


def test_original_language_triggers_are_in_every_match() -> None:
    texts = [*_texts(), "\n".join(_variants()), "This article was originally published in Korean.",
             "Read in Russian | Translated from the Chinese", "Korean original; originally in Japanese"]
    for pat, needed in zip(meta._ORIGINAL, meta._ORIGINAL_TRIGGERS, strict=True):
        for t in texts:
            for m in pat.finditer(t):
                assert all(any(w in m.group(0) for w in group) for group in needed), m.group(0)


# ---------------------------------------------------------------- money and dates


def test_prefix_before_matches_plain_search() -> None:
    lex = money._lexicon()
    alphabet = ["$", "US", "USD", "RMB", "Rmb", "U.S. $", " ", "\n", "\t", "\u00a0", "x", "1", "\u20ac", "\u00a5",
                "\u20a9", "KRW", "b", "S", ",", "(", "CN\u00a5", "won"]
    for s in _random_strings(alphabet, 20_000, 8, 3):
        for pos in range(len(s) + 1):
            assert _same(money._prefix_before(s, pos, lex), lex.prefix_before.search(s, max(0, pos - 8), pos)), s


def test_a_multiplier_starts_match_plain_scan() -> None:
    alphabet = ["a", "A", "half", "Half", "HALF", " ", "\n", "\u00a0", "hundred", "thousand", "million", "s", "_",
                "x", "1", ",", "-", "\u00e9", "ha", "lf"]
    for t in [*_random_strings(alphabet, 30_000, 12, 4), *_texts()]:
        fast = sorted(p for w in money._MULT_WORDS for p in money._a_mult_starts(t, w))
        assert fast == sorted(m.start() for m in money._A_MULT.finditer(t)), t


def test_lower_words_keeps_positions_and_finds_every_word() -> None:
    text = "İstanbul: PAID 300 Yuan a MONTH, x2 days"
    low, words = dates.lower_words(text)
    assert len(low) == len(text) and low[10:14] == "paid"
    assert words == {"stanbul", "paid", "yuan", "month", "days"}
    assert low[0] == "İ"  # kept: its lower case is two characters
    lex = money._lexicon()
    assert min(len(w) for w in [*lex.anchor_words, *money._MULT_WORDS, *dates._ANCHORS]) >= 3
    for t in _texts():
        low, words = dates.lower_words(t)
        assert words == {w for w in re.findall(r"[a-z]+", low) if len(w) >= 3}
