"""Back-references to the page's outlet by its last word after a lower-case "the" ("documents
seen by the Tribune", "analysed by the Observer", "told the Dispatch"): such a word is not a name
of its own (and must not be read as a known outlet that has it as an alias: "the Observer" is no
reference to The Guardian); it votes for the full name that it ends ("Bayside Tribune"), when one
is found by other cues."""

from __future__ import annotations

import re

from labourlens.analyse import mastheads, outlets

__all__ = ["is_back_reference", "credit", "merge_short_names", "words_in"]


def is_back_reference(text: str, start: int, raw: str) -> bool:
    """The name ``raw`` at ``start`` is one word after a lower-case "the", and not a known outlet
    that is written so ("told the Guardian" names The Guardian)."""
    word = raw.strip()
    if " " in word or not text.endswith("the ", 0, start):
        return False
    known = outlets.resolve(word)
    return known is None or known.name.lower() not in (word.lower(), "the " + word.lower())


def credit(scores: dict[str, float], refs: list[tuple[str, float]]) -> None:
    """Add each back-reference's weight to the voted name that ends with its word."""
    for ref, weight in refs:
        full = next((n for n in scores if n.split()[-1].lower() == ref.lower() and n.lower() != ref.lower()), None)
        if full is not None:
            scores[full] += weight


def merge_short_names(scores: dict[str, float], first_cue: dict[str, str], text: str) -> None:
    """Give a short name's votes to the full name it shortens: "The Ledger could not confirm" under a "THE MOSCOW
    LEDGER" header; "The Courier could not verify" on a page that names "The Irrawaddy Courier" elsewhere (one longer
    capitalised name ending in the same word)."""
    for short in sorted(scores, key=len):
        full = next((n for n in scores if len(n) > len(short) and first_cue.get(n) in ("header", "masthead") and ":" not in n
                     and (words_in(short, n) or _with_media_word(short, n))), None)
        words = short.split()
        if full is None and first_cue.get(short) == "own_check" and len(words) == 2 and words[0] == "The":
            fuller = _longer_names(text, words[1], short)
            full = fuller.pop() if len(fuller) == 1 else None
            if full is not None:
                first_cue[full] = first_cue[short]
        if full and short in scores:
            scores[full] = scores.get(full, 0.0) + scores.pop(short)


# the capitalised words right before a name's last word ("The Irrawaddy " before "Courier"), read backwards
_WORDS_BEFORE = re.compile(r"(?:The[ \t]+)?(?:[A-Z][\w'\u2019&-]*[ \t]+){1,3}$")


def _longer_names(text: str, last: str, short: str) -> set[str]:
    """The longer capitalised names in ``text`` that end with ``last`` and shorten to ``short`` (a scan for the word,
    not a pattern compiled per name)."""
    found: set[str] = set()
    at = text.find(last)
    while at >= 0:
        end = at + len(last)
        if (end == len(text) or not (text[end].isalnum() or text[end] == "_")) and (at == 0 or not text[at - 1].isalnum()):
            before = _WORDS_BEFORE.search(text, max(0, at - 80), at)
            if before is not None and words_in(short, text[before.start():end]):
                found.add(text[before.start():end])
        at = text.find(last, end)
    return found


def _with_media_word(short: str, full: str) -> bool:
    """Is ``full`` ``short`` with one media word after it ("Moei Tide" under the masthead "MOEI TIDE NEWS"; not an
    edition's word: "Online", "English")?"""
    ws, wf = short.lower().split(), full.lower().split()
    return len(ws) >= 1 and wf[:-1] == ws and mastheads.media_word(full.split()[-1])


def words_in(short: str, full: str) -> bool:
    """Are the words of ``short`` (but "the") all words of ``full``, with the last one last ("The Ledger", "The
    Moscow Ledger")?"""
    ws = [w for w in short.lower().split() if w != "the"]
    wf = [w for w in full.lower().split() if w != "the"]
    extra = [w for w in full.split() if w.lower() not in ws and w.lower() != "the"]
    # the other words of the full name are a name's ("Moscow"), not "Ivo Mart for" of a byline
    return bool(ws) and len(wf) > len(ws) and set(ws) <= set(wf) and ws[-1] == wf[-1] and all(w[:1].isupper() for w in extra)


def own_masthead_word(name: str, text: str) -> bool:
    """Is ``name`` "The <Word>" on a page whose first lines name a longer outlet ending in that word ("The Observer
    could not verify" under "Masaka Observer | Community")? Then it is the page's own short name, not the known outlet
    that is also written so (The Observer of London)."""
    words = name.split()
    if len(words) != 2 or words[0].lower() != "the":
        return False
    for line in text[:400].splitlines()[:4]:
        tokens = line.replace("|", " ").split()
        for i, tok in enumerate(tokens[1:], start=1):
            if tok == words[1] and tokens[i - 1][:1].isupper() and tokens[i - 1].lower() != "the":
                return True
    return False
