"""The cue syntax of ``knowledge/indicators.yaml``: slots separated by ``/``, alternatives by ``|``,
optional and alternative parts in brackets ("(was|were) beat(en)?", "forc[ae]d"), ``word*`` for a
prefix, ``=word`` for an exact form, ``{n}`` and ``{h}`` for numbers. Used by
:mod:`labourlens.analyse.indicators` when it compiles the lexicon."""

from __future__ import annotations

import re

from labourlens.errors import ConfigError

__all__ = ["split_top", "expand", "words", "free_words", "with_classes"]


def split_top(s: str, sep: str) -> list[str]:
    """``s`` split at the ``sep`` characters outside brackets."""
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


_GROUP = re.compile(r"\(([^()]*)\)(\?)?")
_LETTER_CLASS = re.compile(r"\[([a-z]+)\]")
_OPTIONAL_LETTER = re.compile(r"([a-z])\?")
_SPACES = re.compile(r"\s+")


def expand(alt: str) -> list[str]:
    """Every plain phrase one alternative stands for: "(was|were) beat(en)?" -> four phrases."""
    m = _GROUP.search(alt)
    if m:
        opts = m.group(1).split("|")
        if m.group(2):
            opts.append("")
        out: list[str] = []
        for o in opts:
            out.extend(expand(alt[: m.start()] + o + alt[m.end() :]))
        return out
    m = _LETTER_CLASS.search(alt)
    if m:
        return [x for ch in m.group(1) for x in expand(alt[: m.start()] + ch + alt[m.end() :])]
    m = _OPTIONAL_LETTER.search(alt)
    if m:
        return expand(alt[: m.start()] + m.group(1) + alt[m.end() :]) + expand(
            alt[: m.start()] + alt[m.end() :]
        )
    return [_SPACES.sub(" ", alt).strip()]


_TOKEN = re.compile(r"\{[nh]\}|[a-z0-9]+(?:'[a-z]+)?|[%$:]")  # (":" for a label and its value: "fee: none")


def words(alt: str) -> list[str]:
    """The words of one plain phrase, lower case, with their ``*``, ``=`` and number marks."""
    out: list[str] = []
    for w in alt.lower().split():
        _check_marks(w)
        star = w.endswith("*")
        exact = w.startswith("=")
        pieces = _TOKEN.findall(w.strip("*="))
        if star and pieces:
            pieces[-1] += "*"
        if exact and pieces:
            pieces[0] = "=" + pieces[0]
        out.extend(pieces)
    return out


def _check_marks(w: str) -> None:
    """Reject a word whose ``*`` or ``=`` mark stands inside it: "manager*'s" would split into the two words
    "manager" and "s" (a token of text is one word with its "'s"), and "dis=not" means nothing."""
    if "*" in w.rstrip("*") or "=" in w.lstrip("="):
        raise ConfigError(
            f"cue word {w!r} in knowledge/indicators.yaml: '*' may only end a word and '=' only start one "
            "(for a possessive write the forms out, e.g. \"manager's|managers\", or use the prefix \"manager*\")"
        )


def free_words(span: tuple[int, int]) -> int:
    """Words of a matched cue (a token span) that a rule's window does not count: those past the first of
    a cue of three words or more, so that "kept behind a locked gate" does not use the window up (a
    window is the gap from one cue to the next). Two-word cues count whole, as rules were tuned."""
    return span[1] - span[0] - 1 if span[1] - span[0] > 2 else 0


_CLASS = re.compile(r"@([a-z_]+)")


def with_classes(cue: str, classes: dict[str, str]) -> str:
    """``cue`` with each ``@name`` replaced by the alternatives of the word class ``name`` (the lexicon's
    ``word_classes``: synonym families such as the people who control workers, written once)."""
    if "@" not in cue:
        return cue

    def one(m: re.Match[str]) -> str:
        if m.group(1) not in classes:
            raise ConfigError(f"unknown word class @{m.group(1)} in knowledge/indicators.yaml")
        return classes[m.group(1)]

    return _CLASS.sub(one, cue)
