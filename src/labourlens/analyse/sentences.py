"""Split news prose into sentences with exact character offsets.

Regex-based and fast. Survives abbreviations (Jan., U.S., Mr., No.), initials,
decimals, closing quotes after periods, ellipses and brackets. Every non-empty line
is a paragraph (hard-wrapped lines that continue in lower case are joined). Lines
that are page chrome, bylines, contact lines, captions, meta lines or headlines get
that ``kind``; the patterns live in ``knowledge/chrome.yaml``. Sentences inside one
quotation share ``Sentence.quote`` so attribution can carry the speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.chat_exports import chat_spans, chat_stamp_end
from labourlens.analyse.comment_lines import comment_bodies, handle_label
from labourlens.analyse.footnote_lines import mark_footnotes
from labourlens.analyse.hedges import Gate, fold_safe, foldable, scanning_requirements
from labourlens.analyse.sender_notes import sender_header
from labourlens.model import Sentence

__all__ = ["split", "dateline_end", "quote_spans", "EXTRACTOR"]

EXTRACTOR = "sentences.v1"

# Abbreviations after which a period never ends a sentence.
_NO_SPLIT = frozenset(
    """mr mrs ms messrs dr prof gov govt sen rep gen col lt capt cmdr sgt maj adm st mt ft rev hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vol art fig approx dept univ assn bros
    p pp ca cf vs v ref para sec ch est tel ave blvd rd insp supt det ts kh zh dz comr brig cpl lieut cdr
    usec asec dep""".split()
)  # ("Usec.", "Asec.": a Philippine undersecretary's and assistant secretary's titles)
# Abbreviations that may end a sentence: split only before a typical sentence opener.
_MAY_END = frozenset(
    "inc co ltd corp llc plc jr sr etc u.s u.n u.k e.u a.m p.m d.c s.a n.v u.s.a r.o.k d.p.r.k".split()
)
# Money abbreviated with a period ("Rs. 350,000", "Tk. 12,000", "Shs. 4m"): no end before the figure that follows.
_MONEY_ABBR = frozenset("rs nrs tk shs ksh".split())
_OPENERS = frozenset(
    """the a an he she it they we i his her their its this that these those there in on at but and
    however meanwhile still yet so some many most one another according north south china russia
    workers sources officials daily""".split()
)

# the end of a sentence: its punctuation, closing quotes and brackets and footnote markers
# ("2019.[15] Most ..."), the space, then what may open the next sentence
# (the first group's alternatives open with a literal each, "[.!?]+" split by its first character: re scans for them)
_BOUNDARY = re.compile(
    # 1: the punctuation
    r"(\.\.\.|…|\.[.!?]*|![.!?]*|\?[.!?]*)"
    # 2: closing quotes and brackets, then footnote markers ("[15]", "(3)", "²", "plant.3 Most", "2024).18 He", 'home.4 "We'), each
    # with the closing quotes and brackets after it
    r"([\"”’')\]]*"
    r"(?:(?:\[\d{1,3}\]|\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|(?<=[a-z)\"”]\.)\d{1,3}(?=\s+(?:[\"“][A-Z]|[A-Z][a-z])))[\"”’')\]]*)*)"
    # 3: the space, then what may open the next sentence
    r"(\s+)(?=[\"“‘'(\[]?[A-Z0-9])"
)
_WORD_BEFORE = re.compile(r"(\S+)$")
_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z.'-]+(?:(?:[ -]|[ \t]?/[ \t]?)[A-Z][A-Z.'-]+){0,3}"  # "MONROVIA / DUBAI": two places
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,3})?"
    r"(?:\s*\([A-Za-z .&/-]{1,30}\))?(?:\s*[—–]{1,2}|\s+-{1,2})\s*|"
    r"[A-Z][A-Z.'-]+(?:(?:[ -]|[ \t]?/[ \t]?)[A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,3})?"
    r"\s*\([A-Za-z .&/-]{1,30}\)\s*-{1,2}\s*)"
)
_TERMINAL = re.compile(r"[.!?…:\"”’')\]]\s*$")
# a headline may close on a quoted word ("..., blame NGOs for 'propaganda'"); a sentence closes on its punctuation,
# inside the quotation marks or before them, and a line that gives a quotation after a colon ("Name: 'We were ...'",
# an interview's title) or a line that is all quotation ("'We slept behind a locked gate'") is read as before
_OPENING_QUOTES = frozenset("\"'“‘„«")
_OPENING_DOUBLE = frozenset("\"“„«")
_HEAD_TERMINAL = re.compile(r"[.!?…:)\]][\"”’')\]]*\s*$|:\s*[\"“‘'„«][^\"“”‘’'„«»]+[\"”’'“»]\s*$")
_CHROME_HINT = re.compile(
    r"@|^\W*(?:please|translated|translation|unofficial|english translation|reporting|editing|edited|contact|photo|image|"
    r"copyright|©|follow|subscribe|read |"
    r"share|keywords?|tags?|by |advertisement|related|skip|sign |log |more |click|source:|\[)",
    re.IGNORECASE,
)
# the same test without a scan of the whole sentence: an "@" anywhere, or the words at its start
_CHROME_HINT_START = re.compile(_CHROME_HINT.pattern.removeprefix("@|^"), re.IGNORECASE)


def _chrome_hint(text: str) -> bool:
    """``bool(_CHROME_HINT.search(text))``: "@" anywhere or a chrome word at the start."""
    return "@" in text or _CHROME_HINT_START.match(text) is not None
_LINE_MARKS = re.compile(r"^[\s*#>|•·\-–—]+")
# a lettered or numbered list item opening a line ("a) non-payment of wages", "(ii) the housing", "3) fines")
_LIST_ITEM = re.compile(r"\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s")
# a list item that names a finding by a noun of the act ("a) non-payment of wages", "b) holding of passports", "c) 12
# workers"), not a recommendation in the imperative ("(a) raise the case with the authority;")
_BULLET = re.compile(r"[-\u2022*\u2013]\s+\S")
# a bullet that opens with a count: "- 41 said ...", "- 27 per cent reported ..." (a tally, not a glossary's entry)
_TALLY_ITEM = re.compile(r"[-\u2022*\u2013]\s+\d")
_LIST_FINDING = re.compile(r"\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+(?:[a-z-]+(?:ing|ment|tion|sion|ure|ance|ence|al)\b|\d)")


# "Translated by ...", "Additional reporting by ...": a byline whatever the byline patterns say
_BYLINE_LEAD = re.compile(
    r"(?i)^\(?(translated|edited|reporting|additional reporting|writing|editing|compiled)( from [a-z]+)? by\s"
    # (s34) "Unofficial English translation from Korean by ...", "Translation from Tamil by ..."
    r"|^\(?(?:(?:unofficial|official|informal|our)\s+)?(?:english\s+)?translation(?:\s+(?:from|into)\s+[a-z]+){0,2}\s+by\s"
)


_BACKREF = re.compile(r"\\[1-9]|\(\?P=")


@dataclass(frozen=True)
class _Kind:
    """The patterns of one line kind: those that fail fast at the start of a line joined into one
    alternation (one match attempt instead of one per pattern), and those that scan the line
    ("^.{0,300}\\(AP\\)$", "^.*@...") each behind a check for the literal strings any match contains."""

    name: str
    quick_sources: tuple[str, ...]
    flags: int
    scanning: tuple[Gate, ...]
    # the quick patterns of a case-insensitive kind compiled case-sensitively, for lower-cased lines
    # (the engine then rules out most alternatives by their first letter); None when not equivalent
    folded: tuple[re.Pattern[str], ...] | None = None
    compiled: tuple[re.Pattern[str], ...] | None = None  # the quick patterns, when compiled up front

    @property
    def quick(self) -> tuple[re.Pattern[str], ...]:
        if self.compiled is not None:
            return self.compiled
        return _joined(self.quick_sources, self.flags)  # needed only for lines ``folded`` cannot take


@dataclass(frozen=True)
class _Patterns:
    by_kind: tuple[_Kind, ...]  # in checking order


@lru_cache(maxsize=32)
def _joined(pats: tuple[str, ...], flags: int) -> tuple[re.Pattern[str], ...]:
    """One pattern matching where any of ``pats`` matches (``re.match`` semantics), if they can be
    joined safely (no back-references, no global inline flags); else the patterns one by one."""
    single = tuple(re.compile(p, flags) for p in pats)
    if len(pats) < 2 or any(_BACKREF.search(p) for p in pats):
        return single
    try:
        return (re.compile("|".join(f"(?:{p})" for p in pats), flags),)
    except re.error:
        return single


_foldable = foldable
_fold_safe = fold_safe


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = knowledge.load("chrome.yaml") or {}
    out: list[_Kind] = []
    for kind in ("contact", "byline", "chrome", "meta", "caption", "dateline"):
        pats = [str(p) for p in data.get(kind, []) or []]
        if pats:
            flags = 0 if kind in ("byline", "dateline") else re.IGNORECASE
            needs = [scanning_requirements(p, flags) for p in pats]
            quick = tuple(p for p, n in zip(pats, needs, strict=True) if n is None)
            gates = tuple(Gate(re.compile(p, flags), n, bool(flags & re.IGNORECASE))
                          for p, n in zip(pats, needs, strict=True) if n is not None)
            folded = _joined(quick, 0) if flags & re.IGNORECASE and _foldable(list(quick)) else None
            out.append(_Kind(kind, quick, flags, gates, folded, None if folded else _joined(quick, flags)))
    return _Patterns(tuple(out))


def line_kind(line: str) -> str | None:
    """The chrome/byline/contact/meta/caption/dateline kind of a whole line, or None."""
    stripped = _LINE_MARKS.sub("", line).strip()
    if not stripped:
        return None
    low = stripped.lower()
    fold = _fold_safe(stripped)
    for kind in _patterns().by_kind:
        if kind.name == "byline":
            # bylines are case-sensitive for names but not for the leading words
            lowered = stripped[:1].lower() + stripped[1:]
            if (
                any(pat.match(stripped) or pat.match(lowered) for pat in kind.quick)
                or any((g.possible(stripped, low) and g.pattern.match(stripped))
                       or (g.possible(lowered, low) and g.pattern.match(lowered)) for g in kind.scanning)
                or _BYLINE_LEAD.match(stripped)
            ):
                return kind.name
            continue
        pats, target = (kind.folded, low) if fold and kind.folded is not None else (kind.quick, stripped)
        for pat in pats:
            if pat.match(target):
                return kind.name
        for g in kind.scanning:
            if g.possible(stripped, low) and g.pattern.match(stripped):
                return kind.name
    return None


def dateline_end(text: str) -> int:
    """Length of a dateline prefix ("HUNCHUN, China (AP) — ") at the start of ``text``; 0 if none."""
    m = _DATELINE.match(text)
    if not m:
        return 0
    head = m.group(1)
    # a dateline's place is in capitals: refuse ordinary sentence starts like "A —"
    letters = [c for c in head.split(",")[0].split("(")[0] if c.isalpha()]  # not the agency's: "ABU DHABI (Gulf Wire) -"
    if len(letters) < 3 or not all(c.isupper() for c in letters):
        return 0
    return m.end()


_QUOTE_MARK = re.compile("[“«„”»\"]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of double-quoted material in ``text`` (one paragraph). An unclosed quote
    runs to the end of the text."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for m in _QUOTE_MARK.finditer(text):
        i = m.start()
        ch = text[i]
        if ch in "“«„":
            if start is None:
                start = i
        elif ch in "”»":
            if start is not None:
                spans.append((start, i + 1))
                start = None
        elif start is None:  # a straight double quote opens or closes
            start = i
        else:
            spans.append((start, i + 1))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


# a row of a table written with pipes ("| 2 | Working hours | Time records show ... | Critical |"): a paragraph of
# its own, never joined to the line before or after it as a hard-wrapped line
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_CELL = re.compile(r"[^|]+")
_CELL_WORDS = 4  # a cell of fewer words ("2", "Working hours", "Critical") is a label, not a sentence


def _table_cells(para: str) -> list[tuple[int, int]] | None:
    """The sentences of a table row's cells that hold prose, as spans of the row; None when it is no table row."""
    if not _TABLE_ROW.match(para):
        return None
    spans: list[tuple[int, int]] = []
    for cell in _TABLE_CELL.finditer(para):
        if len(cell.group().split()) >= _CELL_WORDS:
            spans.extend((cell.start() + s, cell.start() + e) for s, e in _split_paragraph(cell.group()))
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of paragraphs: non-empty lines, hard-wrapped lines joined; a table row stands alone."""
    paras: list[tuple[int, int]] = []
    pos = 0
    prev_blank = True
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lstart = pos
        pos += len(line)
        stripped = body.strip()
        if not stripped:
            prev_blank = True
            continue
        s = lstart + (len(body) - len(body.lstrip()))
        e = lstart + len(body.rstrip())
        if _TABLE_ROW.match(body):
            paras.append((s, e))
            prev_blank = True  # (the next line starts a paragraph of its own)
            continue
        if paras and not prev_blank:
            ps, pe = paras[-1]
            prev_text = text[ps:pe]
            last_line = prev_text.rsplit("\n", 1)[-1]
            wrapped = (
                len(last_line) > 60
                and not _TERMINAL.search(last_line)
                and not _LIST_ITEM.match(stripped)  # "b) holding of passports ...": the next item of a list
                # "- pay was late;" in a list of findings under "... found that:": the next clause, not a wrapped line
                and not (_BULLET.match(stripped) and last_line.endswith(";") and _after_that(text, paras))
                # (s36) "- 31 said ...;" under "- 50 said ...;": the next tally of a list whose items end in ";"
                and not (last_line.endswith(";") and _TALLY_ITEM.match(stripped) and _TALLY_ITEM.match(last_line.lstrip())
                         and last_line.lstrip()[0] == stripped[0])
                and not handle_label(stripped)  # "kettle_83: they ...": a commenter's line
                and not chat_stamp_end(stripped)  # "[14/03/2026, 08:12] Amina: ...": a chat message's line
                and not sender_header(last_line)  # "Note 3 | 2 May | sender: a cook": a log entry's header
                and (
                    stripped[:1].islower()
                    or len(last_line) >= 70
                    and line_kind(last_line) is None
                    and line_kind(stripped) is None
                    and len(stripped.split()) > 3
                )
            )
            if wrapped:  # a hard-wrapped line (PDF, e-mail) continues the paragraph
                paras[-1] = (ps, e)
                prev_blank = False
                continue
        paras.append((s, e))
        prev_blank = False
    return paras


# (s36) or a lead-in of reported words ("What the two cooks told our staff:", "The drivers said:"), each item a report
_THAT_COLON = re.compile(r"\b(?:that|told\s+(?:(?:our|the|us|me|them|its|their|his|her)\s+)?(?:[a-z]+\s+)?[a-z]+|said|say|"
                         r"says|reported|described)\s*:\s*$", re.IGNORECASE)


def _after_that(text: str, paras: list[tuple[int, int]]) -> bool:
    """Does the list being read (the last paragraph, opening on a bullet) follow a lead-in ending "... that:"
    ("Our survey found that:"), whose items each finish the clause as a sentence of its own?"""
    i = len(paras) - 1
    while i >= 0 and _BULLET.match(text[paras[i][0]:paras[i][1]]):
        i -= 1  # the items already read, each a paragraph of its own
    return 0 <= i < len(paras) - 1 and bool(_THAT_COLON.search(text[paras[i][0]:paras[i][1]]))


def _word_before(para: str, end: int) -> str | None:
    """What ``_WORD_BEFORE.search(para, 0, end)`` finds: the run of non-space characters that ends
    ``para[:end]`` (or ends it before one final newline, as ``$`` allows), read backwards instead of
    searched for from the start of the paragraph."""
    stop = end - 1 if end > 0 and para[end - 1] == "\n" else end
    i = stop
    while i > 0 and not para[i - 1].isspace():
        i -= 1
    return para[i:stop] if i < stop else None


_DIGRAPH_INITIALS = frozenset("ts sh ch kh zh yu ya".split())
_NEXT_WORD = re.compile(r"[\"“‘'(\[]?([A-Za-z]+)")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")
# the letter that names a witness in a report ("Worker F", "Interviewee B", "Respondent C"), never an initial
_CODE_LETTER = re.compile(r"\b(?:Worker|Interviewee|Witness|Respondent|Informant|Participant|Survivor|Defector|"
                          r"Returnee|Victim|Complainant|Claimant|Plaintiff)\s+[A-Z]$")

_SECOND_INITIAL = re.compile(r"[A-Z]\.[ \t]*[A-Z]")


def _is_boundary(para: str, m: re.Match[str]) -> bool:
    punct = m.group(1)
    if punct != ".":
        return True
    before = _word_before(para, m.start())
    if not before:
        return True
    word = before.lstrip("\"“‘'([").lower()
    if word in _NO_SPLIT and not _refusal_no(before, para, m.end()):
        return False
    if len(word) == 1 and word.isalpha() and _CODE_LETTER.search(para, max(0, m.start() - 40), m.start()) \
            and not _SECOND_INITIAL.match(para, m.end()):  # (but "Witness S. N. Petrenko": a name's initials)
        return True  # "... said Worker F. The guards ...": the letter of a coded witness ends the sentence
    if len(word) == 1 and word.isalpha() or word in _DIGRAPH_INITIALS and before[-2:-1].isupper():
        return False  # an initial: "John F. Kennedy", "Ts. Oyunaa", "Kh. Bat" (Mongolian and Russian initials)
    nxt = para[m.end() : m.end() + 30]
    if word in _MONEY_ABBR and nxt[:1].isdigit():
        return False
    nxt_word = _NEXT_WORD.match(nxt)
    if word in _MAY_END or _DOTTED.fullmatch(word):  # (a quotation opening after it opens a sentence: '3 p.m. "We ...')
        return bool(nxt_word and (nxt_word.group(1).lower() in _OPENERS or nxt[:1] in _OPENING_DOUBLE))
    return True


def _refusal_no(before: str, para: str, end: int) -> bool:
    """A lower-case "no." before a word, not a figure, is the word of refusal ending a sentence ("Nobody could
    say no. The quota came first."), not the abbreviation of "number" ("no. 7")."""
    return before.lstrip("\"“‘'([") == "no" and not para[end : end + 1].isdigit()


def _split_paragraph(para: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(para):
        if not _is_boundary(para, m):
            continue
        end = m.start(3)
        if para[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if para[start:].strip():
        spans.append((start, len(para.rstrip())))
    return spans


def _is_headline(line: str, n_sent: int) -> bool:
    if n_sent != 1:
        return False
    stripped = line.strip()
    terminal = _TERMINAL if stripped[:1] in _OPENING_QUOTES else _HEAD_TERMINAL
    if terminal.search(stripped) or stripped.endswith(";") and (_LIST_FINDING.match(stripped) or _BULLET.match(stripped)):
        return False  # "b) holding of workers' passports (4 establishments);", "- wages are paid on time;": a list's item
    words = stripped.split()
    return 0 < len(words) <= 22


def _left_open(para: str, qspans: list[tuple[int, int]], q_ids: dict[int, int]) -> int | None:
    """The id of the quotation a paragraph leaves open (no closing mark before its end): in English a quote
    that runs over paragraphs closes only at its last one, each paragraph opening with a quotation mark."""
    if not qspans:
        return None
    qs, qe = qspans[-1]
    closed = qe - 1 > qs and para[qe - 1] in '"\u201d\u00bb'
    return q_ids[len(qspans) - 1] if qe == len(para) and not closed else None


def split(text: str) -> list[Sentence]:
    """Sentences of ``text`` with exact offsets, paragraph index, kind and quote id."""
    from labourlens.analyse import hedges  # local: hedges imports nothing from here

    out: list[Sentence] = []
    quote_id = 0
    carry: int | None = None  # the id of a quotation the last paragraph left open
    for p_index, (ps, pe) in enumerate(_paragraphs(text)):
        para = text[ps:pe]
        cells = _table_cells(para) if para.startswith("|") else None
        kind = line_kind(para) if cells is None else None
        spans = _split_paragraph(para) if cells is None else cells
        if cells is None and para[:1] in "[0123456789":
            spans = chat_spans(para, spans)  # "[14/03/2026, 08:12] Amina: no pay. they took ...": no stamp, typed sentences
        if kind is not None:
            spans = [(0, len(para))]  # a chrome, caption, meta or byline line stays whole
        if kind is None and cells is None and _is_headline(para, len(spans)) and not chat_stamp_end(para):
            kind = "headline"  # (a chat message's line is a message, full stop or none: "[..] Abdi: no pay since May")
        qspans = quote_spans(para)
        q_ids: dict[int, int] = {}
        for qi, (qs, _) in enumerate(qspans):
            if qi == 0 and carry is not None and not para[:qs].strip():
                q_ids[qi] = carry  # a quotation that goes on in a paragraph opening with a quotation mark
                continue
            q_ids[qi] = quote_id
            quote_id += 1
        carry = _left_open(para, qspans, q_ids) if kind is None else None
        for s, e in spans:
            # trim white space
            while s < e and para[s].isspace():
                s += 1
            sent_text = para[s:e]
            skind = kind or (line_kind(sent_text) if _chrome_hint(sent_text) else None) or "body"
            if skind in ("meta", "chrome", "caption") and kind is None and len(spans) > 1:
                skind = "body" if skind == "meta" else skind
            quote: int | None = None
            for qi, (qs, qe) in enumerate(qspans):
                inside = min(e, qe) - max(s, qs)
                if inside > 0 and (inside >= 0.5 * (e - s) or qs <= s + 1):
                    quote = q_ids[qi]
                    break
            out.append(
                Sentence(
                    index=len(out),
                    start=ps + s,
                    end=ps + e,
                    text=sent_text,
                    paragraph=p_index,
                    kind=skind,
                    unconfirmed=hedges.is_unconfirmed(sent_text),
                    quote=quote,
                )
            )
    _cut_off_end(out)
    mark_footnotes(out)  # "___" then "7 Interviews held in May.", "8 Letter from the agency.": the notes' list
    comment_bodies(out)  # "Olga 1985: nobody checks" below "Comments (4)": a comment, no headline
    return out


_CUT_MIN_WORDS = 12


def _cut_off_end(out: list[Sentence]) -> None:
    """An excerpt cut off mid-sentence at its end ("Families say the men may call home only on Sundays, while the
    con") is a body sentence, not a headline: the last line of text after the body, long, ending in a small letter."""
    last = next((s for s in reversed(out) if s.kind not in ("chrome", "meta")), None)
    if last is None or last.kind != "headline" or not last.text[-1:].islower() or len(last.text.split()) < _CUT_MIN_WORDS \
            or not any(s.kind == "body" and s.paragraph < last.paragraph for s in out):
        return
    last.kind = "body"
