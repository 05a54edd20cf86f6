"""Hedges, polarity (denials), unconfirmed notes and hypotheticals.

Lexicons live in ``knowledge/hedges.yaml``; they are compiled once per process.
Negated *conditions* ("cannot leave", "have not been paid") describe an abuse and
are not denials: only refutations ("denied that", "there are no North Korean
workers", "no evidence that") make a claim ``negated``.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse import regex_cache
from labourlens.analyse.threat_modals import threat_modal_spans

__all__ = ["find_hedges", "is_unconfirmed", "unconfirmed_start", "is_denial", "is_hypothetical", "plain", "lowered", "literal_requirements",
           "reported_before_note", "needs_met", "scans", "scanning_requirements", "Gate", "fold_safe", "foldable",
           "literal_prefixes", "Prefiltered", "any_of", "gate_facts", "EXTRACTOR"]

EXTRACTOR = "hedges.v1"



def _letter_folds() -> dict[str, str]:
    """Latin letters with a mark, read as the plain letter (one for one: offsets are kept): "é" as "e", and the
    letters whose mark is part of the letter ("ł", "ø", "đ", "ı", "ħ"), so that the lexicons' words match "złoty"."""
    folds = {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ħ": "h", "ŧ": "t", "ƚ": "l"}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = unicodedata.normalize("NFKD", ch)
        if ch == ch.lower() and len(base) > 1 and base[0].isascii() and base[0].isalpha() and all(
                unicodedata.combining(m) for m in base[1:]):
            folds[ch] = base[0]
    return folds


# line breaks read as spaces, and marked Latin letters as plain ones (the lexicons are written in ASCII)
_LINE_BREAKS = str.maketrans({"\n": " ", "\r": " ", "\t": " ", **_letter_folds()})
_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-", "\u00a0": " "})


@lru_cache(maxsize=1024)
def plain(text: str) -> str:
    """Curly quotes and dashes made plain (same length as the input). Cached: every stage
    asks for the same sentences."""
    return text.translate(_PLAIN)


@lru_cache(maxsize=1024)
def lowered(text: str) -> str:
    """``plain(text).lower()`` with line breaks read as spaces and marked Latin letters as plain ones ("złoty" as
    "zloty") (cached: hedges, denials, indicators and counter-cues
    read the same sentence). Text taken from a PDF breaks its lines inside a sentence ("did not charge above\\nthe
    ceiling"); a phrase of the lexicons still reads across the break. Same length as the input."""
    return plain(text).lower().translate(_LINE_BREAKS)



@dataclass(frozen=True)
class _Lexicon:
    hedges: Prefiltered
    unconfirmed: Prefiltered
    denials: Prefiltered
    hypothetical: Prefiltered


def _compile(items: list[str]) -> Prefiltered:
    alts = "|".join(f"(?:{item})" for item in items)
    # matched against lower-cased text (faster than IGNORECASE)
    return Prefiltered.compile(rf"\b(?:{alts})(?!\w)")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = knowledge.load("hedges.yaml") or {}
    return _Lexicon(
        hedges=_compile(data.get("hedges", [])),
        unconfirmed=_compile(data.get("unconfirmed", [])),
        denials=_compile(data.get("denials", [])),
        hypothetical=_compile(data.get("hypothetical", [])),
    )


def find_hedges(text: str) -> list[str]:
    """Hedge cues in ``text``, lower-cased, in order, without duplicates."""
    seen: list[str] = []
    low = lowered(text)
    threats = threat_modal_spans(low) if "be " in low else []  # "warned that ... could be cut": the threat's modal
    for m in _lexicon().hedges.finditer(low):
        if threats and any(a <= m.start() < b for a, b in threats):
            continue
        cue = m.group(0).strip().lower()
        if cue and cue not in seen:
            seen.append(cue)
    return seen


@lru_cache(maxsize=1)
def _unconfirmed_needs() -> tuple[frozenset[str], ...]:
    """Strings a sentence must hold for an unconfirmed note to match, derived from the lexicon (so a new
    entry, "could not be checked", is never skipped by a hand-written list of stems)."""
    return literal_requirements(_lexicon().unconfirmed.pattern.pattern)


def is_unconfirmed(text: str) -> bool:
    """Does the sentence say that something could not be verified?"""
    return unconfirmed_start(text) is not None


@lru_cache(maxsize=1024)  # speed: claims ask about the same sentence more than once
def unconfirmed_start(text: str) -> int | None:
    """Where the first note that something could not be verified starts in ``text``, or None."""
    low = lowered(text)
    if not needs_met(_unconfirmed_needs(), low):
        return None
    m = _lexicon().unconfirmed.search(low)
    return m.start() if m else None


# (s49) a whole clause closed by a semicolon before a note of the writer's own ("...; we flag this as unconfirmed"), and
# the verb that reports that clause
_CLAUSE_NOTE = re.compile(r"^[^;]*\w\s+\w+[^;]*;\s*(?:we|i|the\s+\w+)\s", re.IGNORECASE)
_TOLD = re.compile(r"\b(?:suggests?|suggested|reports?|reported|says|said|indicates?|indicated|claims?|claimed)\b",
                   re.IGNORECASE)


def reported_before_note(before: str, head: str) -> bool:
    """Is ``before`` (the text up to a note that something is unconfirmed) a reported or hedged clause ``head`` closed
    by a semicolon, with the note in the writer's own words after it ("Local reports suggest the camps are fenced; we
    flag this as unconfirmed")? Such a clause is still a claim."""
    return bool(_CLAUSE_NOTE.match(before)) and bool(_TOLD.search(head) or find_hedges(head))


# (s50) an open question around the cue: "inspectors are looking into whether the hostel complies with fire rules" asks,
# it does not assure (the cue stands in the clause that "whether" opens)
_OPEN_QUESTION = re.compile(r"\bwhether\b[^.;,:]{0,80}$")


@lru_cache(maxsize=1024)
def denial_cue(text: str) -> str | None:
    """The denial or refutation cue in ``text``, if any (cached: claims asks twice per sentence)."""
    low = lowered(text)
    m = _lexicon().denials.search(low)
    if m is not None and _OPEN_QUESTION.search(low, max(0, m.start() - 80), m.start()) is not None:
        return None
    return m.group(0) if m else None


def is_denial(text: str) -> bool:
    return denial_cue(text) is not None


# A threat reported as made ("the manager warned that anyone who talked would face the consequences") is an
# observation of intimidation, not a rule of law ("companies that use forced labour will face fines").
_REPORTED_THREAT = re.compile(
    r"\b(?:warn(?:ed|s|ing)?|threaten(?:ed|s|ing)?|told|tells|reminded|reminds)\b[^.;]{0,60}?"
    r"\b(?:anyone|those|whoever|workers|employees)\s+(?:that|who)\b[^.;]{0,60}?\b(?:would|will)\s+(?:face|risk)\b")


# A law named in a relative clause ("worked through the midday break that Kuwaiti law requires", "paid less
# than the labour code requires") measures an observation against the rule; it does not state the rule.
# After a reporting verb ("the minister said that the law requires ...") the clause is the statement itself.
_LAW_RELATIVE = re.compile(
    r"\b(\w+) (?:that|which|than|as) (?:the |its |their |local |national |[a-z]+ )?(?:labou?r )?(?:law|code|act|"
    r"regulations?|rules?)s? (?:requires?|prescribes?|allows?|permits?|demands?|mandates?)\b")
# (s388) the law's clause closing a phrase with no relative word, or after a comma ("without the insurance the law
# requires.", "six days a week, as the law allows."): what the observation measures against, no rule of its own
_LAW_TAIL = re.compile(
    r"\b(\w+)(?:,? as | )(?:the|its|their|local|national) (?:labou?r )?(?:law|code|act|regulations?|rules?)s? "
    r"(?:requires?|prescribes?|allows?|permits?|demands?|mandates?)(?=\s*(?:[.,;:)]|$))")
# (s46) a concession after the main clause that the law forbids what it tells ("paid fees of 80,000 shillings, although
# Kenyan rules forbid charging workers any fee"): the clause says the account breaks a rule; it makes no rule of its own
_LAW_CONCESSION = re.compile(
    r",\s*(?:although|though|even though|despite the fact that)\s+(?:(?:the|its|their|local|national|[\w-]+)\s+){0,2}"
    r"(?:labou?r\s+)?(?:laws?|codes?|acts?|regulations?|rules?)\s+(?:prohibits?|prohibited|bans?|banned|forbids?|forbid|"
    r"forbade|outlaws?|outlawed)\b[^;.]*")
_RULE_MODAL = re.compile(r"\b(?:must|shall|should|ought|have to|has to|(?:is|are) (?:required|obliged))\b")
_REPORTING = frozenset("said says say stated states noted notes argued argues explained explains added adds told "
                       "tells claimed claims insisted insists wrote writes".split())


# Indicators found at a place ("the evidence identified the following indicators of forced labour among workers at
# the facility: ...") or found and named ("auditors documented signs of forced labor such as confiscated passports")
# are a finding, not a definition of the indicators.
_FOUND_INDICATORS = re.compile(
    r"\b(?:identified|found|observed|documented|detected|noted|recorded)\s+(?:the\s+following\s+|several\s+|multiple\s+|"
    r"(?:\w+\s+)?clear\s+)?(?:indicators?|signs?)\s+of\s+forced\s+labou?r,?\s+(?:among|at|in|on|across|aboard|including|such\s+as)\b")


def _observation_only(low: str) -> str:
    """``low`` without the reported threats, the indicators found at a place and the relative law clauses that are no
    rule or plan of their own."""
    low = _FOUND_INDICATORS.sub(" ", _REPORTED_THREAT.sub(" ", low))
    if "ough" in low:  # "although", "though"
        low = _LAW_CONCESSION.sub(" ", low)
    if _RULE_MODAL.search(low) is None:  # ("Employers must pay what the law requires": a rule all the same)
        low = _LAW_TAIL.sub(lambda m: m.group(0) if m.group(1) in _REPORTING else m.group(1), low)
    return _LAW_RELATIVE.sub(lambda m: m.group(0) if m.group(1) in _REPORTING else m.group(1), low)


@lru_cache(maxsize=1024)
def is_hypothetical(text: str) -> bool:
    """A plan, risk, definition or rule rather than an observation (cached: asked twice per sentence)."""
    low = lowered(text)
    hypothetical = _lexicon().hypothetical
    if not hypothetical.search(low):
        return False
    return bool(hypothetical.search(_observation_only(low)))


# ---------------------------------------------------------------- literal prefilters for lexicon patterns

try:  # the standard library's regular-expression parser (private, but stable since Python 3.11)
    _sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - then no prefilter: every pattern is always tried
    _sre_parse = None
# ASCII characters whose case-insensitive matches all lower-case to the character's own lower case;
# "i" and "s" are left out ("İ", "ı" and "ſ" match them under re.IGNORECASE).
_CASE_SAFE = frozenset(chr(c) for c in range(32, 127)) - set("iIsS")
# in a text that :func:`fold_safe` admits (no cased letter outside ASCII) every ASCII character is safe
_FOLD_SAFE = frozenset(chr(c) for c in range(0, 128))


_ASCII = "".join(chr(c) for c in range(128))


@lru_cache(maxsize=4096)  # (a pattern's letters: few)
def absent_when_folded(ch: str) -> bool:
    """Does no character of a text that :func:`fold_safe` admits match ``ch`` under ``re.IGNORECASE``? True for a
    cased letter outside ASCII whose case partners are outside ASCII too ("á", "Á", "ß" is not: "SS"); such a text
    holds no cased letter outside ASCII, and no ASCII character matches it (tests/test_speed_s32.py checks every
    letter of the Latin, Greek and Cyrillic blocks against every character such a text may hold)."""
    if ch.isascii() or ch.lower() == ch.upper() or len(ch.lower()) != 1 or ch.lower().isascii():
        return False
    return all(not c.isascii() for c in ch.upper()) and re.search(re.escape(ch), _ASCII, re.IGNORECASE) is None


_ESCAPE = re.compile(r"\\.|\(\?P(?=[<=])")  # escapes and the "P" of named groups are no letters to match
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def foldable(patterns: Sequence[str]) -> bool:
    """Can these case-insensitive patterns be matched case-sensitively against lower-cased text? Yes
    when they name no upper-case letter (outside escapes and group syntax) and set no flags inline."""
    return not any(_INLINE_FLAGS.search(p) or any(c != c.lower() for c in _ESCAPE.sub("", p)) for p in patterns)


def fold_safe(text: str) -> bool:
    """Does lower-casing ``text`` keep every case-insensitive match (at the same offsets)? True when
    its only cased letters are ASCII ("ſ", "ı", "K", final sigma and the like match letters they do
    not lower-case to)."""
    return text.isascii() or _uncased_others(text)


@lru_cache(maxsize=1024)
def _uncased_others(text: str) -> bool:
    """Whether no character of ``text`` outside ASCII is a cased letter (cached: every gated pattern asks
    about the same sentence)."""
    return all(c.lower() == c.upper() for c in _NON_ASCII.findall(text))


def _clauses(items: Sequence[tuple[Any, Any]], ci: bool, safe: frozenset[str] = _CASE_SAFE) -> list[frozenset[str]]:
    """Requirements of a parsed pattern sequence: every match contains, for each returned set, at
    least one of its strings."""
    sp = _sre_parse
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is sp.LITERAL:
            ch = chr(av)
            if not ci:
                run.append(ch)
                continue
            if ch in safe:
                run.append(ch.lower())
                continue
            if safe is _FOLD_SAFE and absent_when_folded(ch):
                # "á" of "Dáil": no character of a fold-safe text matches it, so no match there takes this way (the
                # string, which such a text never holds, says so)
                run.append(ch)
                continue
        flush()
        if op is sp.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not add_flags and not del_flags:
                out.extend(_clauses(list(sub), ci, safe))
        elif op is sp.BRANCH:
            options: set[str] = set()
            for branch in av[1]:
                inner = _clauses(list(branch), ci, safe)
                if not inner:
                    options.clear()
                    break
                options |= max(inner, key=lambda c: (min(len(x) for x in c), -len(c)))
            if options:
                out.append(frozenset(options))
        elif op in (sp.MAX_REPEAT, sp.MIN_REPEAT, getattr(sp, "POSSESSIVE_REPEAT", sp.MAX_REPEAT)):
            low, _high, sub = av
            if low >= 1:
                out.extend(_clauses(list(sub), ci, safe))
    flush()
    return out


def _parse(pattern: str, flags: int) -> Any:
    if _sre_parse is None:
        return None
    try:
        return _sre_parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return None


def _requirements(parsed: Any, safe: frozenset[str] = _CASE_SAFE) -> tuple[frozenset[str], ...]:
    if parsed is None:
        return ()
    ci = bool(parsed.state.flags & re.IGNORECASE)
    seen: list[frozenset[str]] = []
    for clause in _clauses(list(parsed), ci, safe):
        if clause and all(clause) and clause not in seen:
            seen.append(clause)
    return tuple(seen)


def _scans(parsed: Any) -> bool:
    if parsed is None:
        return False
    sp = _sre_parse
    items = list(parsed)
    while items and items[0][0] is sp.AT:
        items = items[1:]
    if not items or items[0][0] not in (sp.MAX_REPEAT, sp.MIN_REPEAT):
        return False
    return bool(items[0][1][1] >= 20)


def needs_met(needs: Iterable[Iterable[str]], hay: str) -> bool:
    """Whether ``hay`` holds, for every clause of ``needs`` (from :func:`literal_requirements`), one of its
    strings: False means the pattern cannot match ``hay``."""
    for clause in needs:  # (plain loops: the generator expressions of all(any(...)) cost more than the tests)
        for s in clause:
            if s in hay:
                break
        else:
            return False
    return True


def literal_requirements(pattern: str, flags: int = 0, *, folded: bool = False) -> tuple[frozenset[str], ...]:
    """Strings a text must contain for ``pattern`` to match anywhere in it: for every returned set,
    one of its strings (lower case when the pattern ignores case; compare with ``text.lower()``
    then). An empty tuple when nothing is known. Used to skip patterns that cannot match.
    ``folded``: the requirements for texts that :func:`fold_safe` admits only, where a case-insensitive
    "i" or "s" can only match an ASCII letter (often stronger: "until", not "unt" / "t")."""
    return regex_cache.remembered("needs-folded" if folded else "needs", pattern, flags,
                                  lambda: _requirements(_parse(pattern, flags), _FOLD_SAFE if folded else _CASE_SAFE))


def gate_facts(pattern: str, flags: int = 0) -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...], int]:
    """From one parse of ``pattern`` (start-up speed): its :func:`literal_requirements` for any text and for
    fold-safe texts (``folded=True``), and the fewest characters a match can span (0 when that cannot be told).
    Kept in the start-up cache of :mod:`.regex_cache` (the parse is most of what a gated pattern costs at start-up)."""
    return regex_cache.remembered("gate", pattern, flags, lambda: _gate_facts(pattern, flags))


def _gate_facts(pattern: str, flags: int) -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...], int]:
    parsed = _parse(pattern, flags)
    if parsed is None:
        return (), (), 0
    return _requirements(parsed), _requirements(parsed, _FOLD_SAFE), int(parsed.getwidth()[0])


def scans(pattern: str, flags: int = 0) -> bool:
    """Does ``pattern`` open (after ``^``) with a long repetition ("^.{0,300}", "^.*"), so that a
    failed match costs a scan of the text? Such patterns are worth a literal prefilter."""
    return _scans(_parse(pattern, flags))


def scanning_requirements(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...] | None:
    """``literal_requirements`` of a pattern that :func:`scans` and has some; None otherwise (one parse, kept in the
    start-up cache of :mod:`.regex_cache`)."""
    return regex_cache.remembered("scan", pattern, flags, lambda: _scanning_requirements(pattern, flags)) or None


def _scanning_requirements(pattern: str, flags: int) -> tuple[frozenset[str], ...]:
    parsed = _parse(pattern, flags)
    return _requirements(parsed) if _scans(parsed) else ()


@dataclass(frozen=True)
class Gate:
    """A compiled pattern with the literal strings any of its matches contains
    (:func:`literal_requirements`): ``possible(text, low)`` is False only when it cannot match."""

    pattern: re.Pattern[str]
    needs: tuple[frozenset[str], ...]
    ignore_case: bool

    @classmethod
    def compile(cls, source: str, flags: int = 0) -> Gate:
        pattern = re.compile(source, flags)
        return cls(pattern, literal_requirements(source, flags), bool(pattern.flags & re.IGNORECASE))

    def possible(self, text: str, low: str) -> bool:
        """``low`` is ``text.lower()`` (given by the caller, who computes it once per text)."""
        return needs_met(self.needs, low if self.ignore_case else text)


_PREFIX_LIMIT = 256  # literal prefixes one alternative may expand to ("(is|are|was) (widely )?said")
_PREFIX_CHARS = 8  # characters of a prefix worth checking (the scan for starts stays small)


def _prefixes(items: Sequence[tuple[Any, Any]], start: set[str]) -> tuple[set[str], set[str]]:
    """Extend the literal prefixes ``start`` over a parsed pattern sequence as far as it is literal.
    Returns (open, closed): every match of ``start`` + the sequence begins with one of them; open
    ones are whole matches of it (what follows the sequence may extend them), closed ones are final
    (the sequence goes on with something that is not a literal, or they are long enough)."""
    sp = _sre_parse
    cur = set(start)
    closed: set[str] = set()
    for op, av in items:
        closed |= {p for p in cur if len(p) >= _PREFIX_CHARS}
        cur = {p for p in cur if len(p) < _PREFIX_CHARS}
        if not cur:
            break
        if op is sp.LITERAL:
            cur = {p + chr(av) for p in cur}
        elif op in (sp.AT, sp.ASSERT, sp.ASSERT_NOT):
            continue  # consumes nothing
        elif op is sp.SUBPATTERN and not av[1] and not av[2]:
            cur, done = _prefixes(list(av[3]), cur)
            closed |= done
        elif op is sp.BRANCH and len(cur) * len(av[1]) <= _PREFIX_LIMIT:
            out: set[str] = set()
            for branch in av[1]:
                found, done = _prefixes(list(branch), cur)
                out |= found
                closed |= done
            cur = out
        elif op is sp.IN and all(o is sp.LITERAL for o, _ in av) and len(cur) * len(av) <= _PREFIX_LIMIT:
            cur = {p + chr(v) for p in cur for _, v in av}
        elif op in (sp.MAX_REPEAT, sp.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            found, done = _prefixes(list(av[2]), cur)
            cur |= found
            closed |= done
        else:
            return set(), closed | cur
    return cur, closed


def literal_prefixes(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Literal strings one of which every match of ``pattern`` starts with; None when that cannot be
    told (case-insensitive patterns, a match that may start with anything or be empty)."""
    return _literal_prefixes(_parse(pattern, flags))


def _literal_prefixes(parsed: Any) -> frozenset[str] | None:
    if parsed is None or parsed.state.flags & re.IGNORECASE:
        return None
    found, done = _prefixes(list(parsed), {""})
    found |= done
    if not found or "" in found:
        return None
    return frozenset(found)


def _trie_pattern(strings: frozenset[str], limit: int = _PREFIX_CHARS) -> str:
    """A regular expression matching where any of ``strings`` starts, as far as their first ``limit``
    characters (shared prefixes factored out, so that each alternative opens with a literal the engine
    can rule out at once)."""
    trie: dict[str, Any] = {}
    for s in strings:
        node = trie
        for ch in s[:limit]:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a string ends here: its shorter prefix is enough
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


def any_of(strings: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern found in a text exactly when one of ``strings`` occurs in it (None for no strings)."""
    if not strings:
        return None
    if any(not s for s in strings):
        return re.compile("")  # the empty string occurs everywhere
    return re.compile(_trie_pattern(frozenset(strings), limit=max(map(len, strings))))


_TRIES = 3  # places a Prefiltered pattern is tried at one by one before it searches the rest


def _starts_source(source: str, flags: int) -> str:
    """The pattern of the places where a match of ``source`` can start ("" when that cannot be told)."""
    parsed = _parse(source, flags)
    prefixes = _literal_prefixes(parsed)
    if not prefixes:
        return ""
    # a pattern that opens with a word boundary can only start at one
    boundary = list(parsed)[:1] == [(_sre_parse.AT, _sre_parse.AT_BOUNDARY)]
    return (r"\b" if boundary else "") + _trie_pattern(prefixes)


@dataclass(frozen=True)
class Prefiltered:
    """A pattern with a fast scan for the places where its matches can start: ``search`` and
    ``finditer`` give exactly what the pattern gives, but run it only from the first place where one
    of its literal prefixes occurs (large alternations of phrases are slow to try at every word)."""

    pattern: re.Pattern[str]
    starts: re.Pattern[str] | None

    @classmethod
    def compile(cls, source: str, flags: int = 0) -> Prefiltered:
        starts = regex_cache.remembered("prefilter", source, flags, lambda: _starts_source(source, flags))
        return cls(re.compile(source, flags), re.compile(starts) if starts else None)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self.starts is None:
            return self.pattern.search(text, pos)
        # a match starts only where a prefix does: the pattern tried at the first few such places (the match it gives
        # at the first place where it matches is search's), then searched from the next one on (many places)
        find, match = self.starts.search, self.pattern.match
        first = find(text, pos)
        for _ in range(_TRIES):
            if first is None:
                return None
            m = match(text, first.start())
            if m is not None:
                return m
            first = find(text, first.start() + 1)
        return None if first is None else self.pattern.search(text, first.start())

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.starts is None:
            yield from self.pattern.finditer(text)
            return
        pos = 0
        while True:
            m = self.search(text, pos)
            if m is None:
                return
            yield m
            pos = m.end()  # matches are never empty (every one starts with a non-empty prefix)
