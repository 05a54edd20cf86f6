"""Patterns that skip the texts they cannot match (speed).

Most of the analysis is regular-expression searches over each sentence (some 125 per sentence), and
the slow ones are the unanchored alternations (``\\b(?:post|message|comment|...)``, with ``IGNORECASE``):
``re`` has no fast scan for a pattern that opens with a word boundary or ignores case, so it tries the
whole pattern at every character of a sentence that contains none of its words. :class:`Gated` keeps,
beside the compiled pattern, the literal strings every match must contain
(:func:`labourlens.analyse.hedges.literal_requirements`: for each clause one of its strings, lower case
when the pattern ignores case) and answers "no match" without running the pattern when the text lacks
them. The answers are exactly the pattern's: a text without the required strings cannot match anywhere
in it, so neither from ``pos`` on (``search(text, pos)``, ``match``, ``sub`` and the rest give what the
pattern gives on such a text: None, nothing, or the text unchanged).

Worth it only where a pattern is slow and most texts lack its strings (the benchmark's counting shows
which): a gate costs a method call, a cached lower-casing and a few substring tests.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from labourlens.analyse.hedges import fold_safe, foldable, gate_facts, needs_met

__all__ = ["Folded", "Gated", "gated", "lower"]

_MAX_CLAUSES = 2  # the cheapest clauses decide nearly always; testing more costs more than it saves
_FOLDED_GATE_STRINGS = 14  # (Folded: a clause of more strings is not tested; measured on the benchmark's corpus)


@lru_cache(maxsize=512)
def lower(text: str) -> str:
    """``text.lower()``, cached (the same sentence is asked about by many gated patterns in a row)."""
    return text.lower()


class Gated:
    """A compiled pattern with the literal strings any match of it contains (see the module's note)."""

    __slots__ = ("pattern", "needs", "fold", "folded", "fold_needs", "nonempty")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = re.compile(source, flags)
        needs, fold_needs, width = gate_facts(source, flags)
        self.needs: tuple[tuple[str, ...], ...] = _gate(needs)
        self.fold = bool(self.pattern.flags & re.IGNORECASE)
        # the stronger strings a fold-safe text must hold ("until" where any text needs only "unt" and "ll");
        # None when they are the same
        folded_gate = _gate(fold_needs) if self.fold else self.needs
        self.fold_needs = None if folded_gate == self.needs else folded_gate
        self.folded: re.Pattern[str] | bool | None = None  # compiled on first use (see search)
        self.nonempty = width > 0  # (finditer may then step from one match's end to the next)

    def possible(self, text: str) -> bool:
        """False only when the pattern cannot match anywhere in ``text``."""
        if not self.fold:
            hay, needs = text, self.needs
        else:
            hay = lower(text)
            needs = self.fold_needs if self.fold_needs is not None and fold_safe(text) else self.needs
        for clause in needs:  # (needs_met inlined: called some 800 times per document)
            for s in clause:
                if s in hay:
                    break
            else:
                return False
        return True

    def _folded(self) -> re.Pattern[str] | None:
        """The pattern without IGNORECASE, for lower-cased fold-safe texts, when that is the same (see Folded)."""
        if self.folded is None:  # compiled on first use
            src = self.pattern.pattern
            self.folded = re.compile(src, self.pattern.flags & ~re.IGNORECASE) if src.isascii() and foldable(
                [src]) else False
        return None if self.folded is False else self.folded  # type: ignore[return-value]

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # (possible() inlined, as in match: some 500 calls per document)
        if not self.fold:
            for clause in self.needs:
                for s in clause:
                    if s in text:
                        break
                else:
                    return None
            return self.pattern.search(text, pos, endpos)
        hay = lower(text)
        safe = fold_safe(text)
        for clause in self.fold_needs if self.fold_needs is not None and safe else self.needs:
            for s in clause:
                if s in hay:
                    break
            else:
                return None
        if safe and (folded := self._folded()) is not None:
            # the first place where it matches the lower-cased text is the first where the pattern matches
            # the text, and the pattern's match there is the one its search gives (a scan without IGNORECASE
            # is several times faster)
            f = folded.search(hay, pos, endpos)
            return None if f is None else self.pattern.match(text, f.start(), endpos)
        return self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self.fold:  # (possible() inlined for the case-sensitive patterns: some 550 calls per document)
            for clause in self.needs:
                for s in clause:
                    if s in text:
                        break
                else:
                    return None
            return self.pattern.match(text, pos, endpos)
        return self.pattern.match(text, pos, endpos) if self.possible(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos) if self.possible(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if not self.possible(text):
            return iter(())
        if self.fold and self.nonempty and fold_safe(text) and (folded := self._folded()) is not None:
            return self._folded_iter(folded, text, pos, endpos)
        return self.pattern.finditer(text, pos, endpos)

    def _folded_iter(self, folded: re.Pattern[str], text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)`` of a pattern whose matches are never empty: each match is the
        search from the end of the one before (see search: the case-sensitive scan of the lower-cased text)."""
        low = lower(text)
        while (f := folded.search(low, pos, endpos)) is not None:
            m = self.pattern.match(text, f.start(), endpos)
            if m is None:  # pragma: no cover - the two agree on fold-safe texts
                yield from self.pattern.finditer(text, f.start(), endpos)
                return
            yield m
            pos = m.end()

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        return self.pattern.findall(text, pos, endpos) if self.possible(text) else []

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self.pattern.split(text, maxsplit) if self.possible(text) else [text]

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count) if self.possible(text) else text


def _gate(requirements: tuple[frozenset[str], ...]) -> tuple[tuple[str, ...], ...]:
    """The clauses a gate tests: the few with the fewest and longest strings, each string longest first."""
    # (a string that holds another of its clause adds nothing: "until" where "til" is one)
    clauses = [tuple(sorted((s for s in c if not any(t != s and t in s for t in c)), key=lambda s: (-len(s), s)))
               for c in requirements]
    clauses.sort(key=lambda c: (len(c), -min(len(s) for s in c)))  # few and long strings first
    return tuple(clauses[:_MAX_CLAUSES])


def gated(source: str, flags: int = 0) -> Gated:
    """``re.compile(source, flags)`` with a literal gate (see :class:`Gated`)."""
    return Gated(source, flags)


class Folded:
    """A case-insensitive pattern asked only whether it matches, or which words it matches (lower case).

    ``IGNORECASE`` makes ``re`` compare every alternative of a large alternation at every position (it
    cannot rule one out by its first character), so it is several times slower than the same pattern
    matched case-sensitively. When lower-casing changes nothing that ``IGNORECASE`` would match differently
    (a pattern in ASCII with no capital letter and no inline flag, a text whose cased letters are all ASCII:
    :func:`labourlens.analyse.hedges.fold_safe`), the case-sensitive pattern is run on the lower-cased text:
    it matches at the same places, the same characters lower-cased. Other texts take the pattern itself."""

    __slots__ = ("pattern", "folded", "needs")

    def __init__(self, source: str, flags: int = re.IGNORECASE) -> None:
        self.pattern = re.compile(source, flags)
        safe = bool(flags & re.IGNORECASE) and source.isascii() and foldable([source])
        self.folded = re.compile(source, flags & ~re.IGNORECASE) if safe else None
        # the strings a lower-cased fold-safe text must hold (see Gated), when a clause has few: testing a clause of
        # many strings that most texts lack costs more than the case-sensitive scan it would save (speed)
        self.needs: tuple[tuple[str, ...], ...] = tuple(
            c for c in _gate(gate_facts(source, flags)[1]) if len(c) <= _FOLDED_GATE_STRINGS) if safe else ()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The pattern's own search (its matches hold the text as given); ask :meth:`found` for a yes or no."""
        return self.pattern.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """The pattern's own finditer; :meth:`terms` gives the matched words faster."""
        return self.pattern.finditer(text, pos, endpos)

    def found(self, text: str) -> bool:
        """``pattern.search(text) is not None``."""
        if self.folded is not None and fold_safe(text):
            low = lower(text)
            for clause in self.needs:  # (needs_met inlined: some 180 calls per document)
                for s in clause:
                    if s in low:
                        break
                else:
                    return False
            return self.folded.search(low) is not None
        return self.pattern.search(text) is not None

    def terms(self, text: str) -> list[str]:
        """``[m.group(0).lower() for m in pattern.finditer(text)]``: the matches in text order, lower case."""
        if self.folded is not None and fold_safe(text):
            low = lower(text)
            if self.needs and not needs_met(self.needs, low):
                return []
            return [m.group(0) for m in self.folded.finditer(low)]
        return [m.group(0).lower() for m in self.pattern.finditer(text)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``[m.span() for m in pattern.finditer(text)]``: the matches' places, found as :meth:`terms` finds them
        (the case-sensitive scan of the lower-cased text matches at the same places, over the same lengths)."""
        if self.folded is not None and fold_safe(text):
            low = lower(text)
            if self.needs and not needs_met(self.needs, low):
                return []
            return [m.span() for m in self.folded.finditer(low)]
        return [m.span() for m in self.pattern.finditer(text)]
