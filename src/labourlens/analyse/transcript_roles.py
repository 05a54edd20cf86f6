"""The affiliation a hearing or press record gives beside a speaker's label ("Mr PAUL HALE (European Commission):",
"Ms ANA ROSSI (Ministry of Labour):"), or a broadcast's roster line gives beside a name ("Participants: Eva Lind
(host); Jan Berg, labour inspector, Regional Labour Inspectorate"): a person who speaks for a state body is
``official`` (the README's convention for people speaking in an institution's name); other affiliations ("(MEP)",
"(Harbour Legal Aid)", "a worker from Nepal") leave the person as they are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse.gated import gated
from labourlens.analyse.quoted_names import fold_letters
from labourlens.analyse.speakers import OUTLET_KEY, classify, role_kind
from labourlens.model import Sentence

__all__ = ["continue_paragraph_turns", "firm_label_name", "official_labels", "official_label_name"]

_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Baroness|Madam|MR|MRS|MS|DR|PROF)\.?[ \t]+)?"
# (a name in capitals may carry accents: "MS. WÓJCIK (...)")
_AFFILIATED = re.compile(
    rf"(?m)^[ \t]*(?:\[[\d:]{{4,8}}\] ?)?(?P<label>{_TITLE}[^\W\d_][\w'\u2019.-]*"
    r"(?:[ \t]+[^\W\d_][\w'\u2019.-]+){0,3})"
    r"[ \t]*\((?P<aff>[^()\n]{2,80})\)[ \t]*:")
_WORD = re.compile(r"[a-z][a-z'\u2019-]+")
# a broadcast's or panel's roster line: "Participants: Eva Lind (host); Jan Berg, labour inspector, ...; ..."
_ROSTER = re.compile(r"(?mi)^[ \t]*(?:participants|guests|panel(?:l?ists)?|in\s+the\s+studio|speakers|taking\s+part)"
                     r"[ \t]*:[ \t]*(?P<list>[^\n]{5,600})$")
_ROSTER_SPLIT = re.compile(r";|,\s+and\s+(?=[\"\u201c]?[A-Z])")
_ROSTER_ENTRY = re.compile(
    rf"^\s*[\"\u201c]?(?P<name>{_TITLE}[A-Z][^\W\d_]+(?:[' \u2019-][A-Z][^\W\d_]+){{0,3}})[\"\u201d]?\s*"
    r"(?:,\s*(?P<role>[^()]{3,160}?)|\((?P<paren>[^()]{3,80})\))\s*\.?\s*$")


def _fold(text: str) -> str:
    """Lower case without accents ("Zielińska" -> "zielinska"), as speaker wordings are written."""
    return "".join(c for c in unicodedata.normalize("NFKD", fold_letters(text).lower()) if not unicodedata.combining(c))


# a person's post, not a body's name: what a post written in capitals ends with
_POST_END = re.compile(r"\b(?:inspector|officer|minister|secretary|commissioner|attach[eé]|ambassador|consul|"
                       r"prosecutor|official)s?$", re.IGNORECASE)


def _official(phrase: str) -> bool:
    # (a post written in capitals, "Chief Labour Inspector", reads as a body's name unless folded)
    return classify(phrase) == "official" or bool(_POST_END.search(phrase)) and classify(phrase.lower()) == "official"


def _state_role(role: str) -> bool:
    first, _, rest = (part.strip() for part in role.partition(","))
    if classify(first) == "official":
        # (s396) "President, Federation of Growers": a head's post in a body that is no state's is not the state's (a
        # state body first, "European Commission, DG X", stays the state's)
        return classify(role) == "official" and not (rest and role_kind(first) == "official" and classify(rest) == "organization")
    # "Senior Labour Inspector, Lithuania": the post folded, then the state it serves or its office
    return _official(first) and (not rest or classify(rest) in ("official", "named_person", None))


@lru_cache(maxsize=1)
def _firm_functions() -> re.Pattern[str]:
    data = knowledge.load("speaker_kinds.yaml") or {}
    words = sorted((str(w) for w in data.get("label_firm_roles") or []), key=len, reverse=True)
    return re.compile(rf"^(?:(?:deputy|acting|senior|global|group|regional)\s+)?(?:{'|'.join(map(re.escape, words))})$",
                      re.IGNORECASE)


def _firm_role(aff: str) -> bool:
    """Is the affiliation a firm's role and the firm ("Head of Procurement, Kessel Parts"): a person answering for
    a company, who speaks as it (README, Quality: companies' named heads given as such are ``organization``)?"""
    from labourlens.analyse.company_voices import _firm_phrase  # noqa: PLC0415 - company_voices imports speakers

    role, _, firm = (part.strip() for part in aff.partition(","))
    if not firm or "," in firm or not _firm_functions().match(role) or _official(firm):
        return False
    heads = {str(w).lower() for w in knowledge.load("indicators.yaml").get("org_name_heads") or []}
    return _firm_phrase(firm, classify) and not {w.lower() for w in _WORD.findall(firm.lower())} & heads


_TITLE_START = re.compile(rf"^{_TITLE}")


def _roster_officials(text: str) -> set[str]:
    """Surnames (folded) of the people a roster line gives with a state role ("Jan Berg, labour inspector")."""
    out = set()
    for m in _ROSTER.finditer(text):
        for entry in _ROSTER_SPLIT.split(m.group("list")):
            e = _ROSTER_ENTRY.match(fold_letters(entry))
            role = e and (e.group("role") or e.group("paren"))
            words = _WORD.findall(_fold(_TITLE_START.sub("", e.group("name")))) if e else []
            if role and words and len(words) <= 3 and _state_role(role):
                out.add(words[-1])
    return out


def _labels_where(text: str, test: Callable[[str], bool]) -> set[str]:
    """Surnames (lower case, without accents) of the labelled speakers whose affiliation passes ``test``."""
    out = set()
    for m in _AFFILIATED.finditer(text):
        words = _WORD.findall(_fold(re.sub(rf"^{_TITLE}", "", m.group("label"))))
        if words and len(words) <= 3 and test(m.group("aff")):
            out.add(words[-1])
    return out


@lru_cache(maxsize=64)
def official_labels(text: str) -> frozenset[str]:
    """Surnames (lower case, without accents) of the labelled speakers whose affiliation is a state body."""
    out = _labels_where(text, _state_role)
    if ":" in text:
        out |= _roster_officials(text)
    return frozenset(out)


def official_label_name(wording: str | None, text: str) -> bool:
    """Is ``wording`` ("Mr Paul Hale", "Mr Hale") a labelled speaker whose affiliation is a state body?"""
    if not wording or ("(" not in text and ":" not in text):
        return False
    words = _WORD.findall(_fold(wording))
    return bool(words) and len(words) <= 4 and words[-1] in official_labels(text)


@lru_cache(maxsize=64)
def _firm_labels(text: str) -> frozenset[str]:
    return frozenset(_labels_where(text, _firm_role))


def firm_label_name(wording: str | None, text: str) -> bool:
    """Is ``wording`` a labelled speaker whose affiliation is a firm's role and the firm ("MS. LUND (Head of
    Sourcing, Kessel Parts):")?"""
    if not wording or "(" not in text:
        return False
    words = _WORD.findall(_fold(wording))
    return bool(words) and len(words) <= 4 and words[-1] in _firm_labels(text)


# a line that opens with a speaker's label: "Spokesperson Li Wei:", "Reuters:", "THE CHAIR (Ms X):", "Q:"
_LABEL_START = gated(r"^\s*(?:\[[\d:]{4,8}\]\s*)?[A-Z][\w .'\u2019&-]{0,60}?(?:\s*\([^()\n]{1,60}\))?:\s+\S")


_LABEL_END = re.compile(r"(?:[ \t]*\([^()\n]{1,80}\))?:")  # "MS. LUND:" or "MS. LUND (Kessel Parts):"
_OURS = re.compile(r"our\s+(?:own\s+)?(?:auditors|inspectors|investigators|researchers|monitors|staff|team|teams|"
                   r"officers|field\s+staff)$", re.IGNORECASE)


def _phrase(text: str, span: tuple[int, int] | None) -> str:
    return "" if span is None else text[span[0]:span[1]]


def continue_paragraph_turns(sentences: Sequence[Sentence], result: list[Any]) -> None:
    """In a record of labelled turns, a paragraph with no label between two labelled ones goes on with the turn
    above it ("Spokesperson Li Wei: ... " then "I would stress that ..." then "Reuters: ..."), in place. Notes in
    brackets and the text after the last label (an editor's note) are not turns."""
    firsts = [i for i, s in enumerate(sentences) if i == 0 or sentences[i - 1].paragraph != s.paragraph]
    labelled = {sentences[i].paragraph for i in firsts if sentences[i].kind == "body"
                and _LABEL_START.match(sentences[i].text)}
    if len(labelled) < 3:
        return
    last_label = max(labelled)
    turn: str | None = None
    labelled_turn: str | None = None
    for i, s in enumerate(sentences):
        if s.kind != "body":
            continue
        if s.paragraph in labelled:
            if i in firsts:
                a = result[i]
                span = a.span
                own = a.explicit and span is not None and span[0] <= 4 and s.text[span[1]:span[1] + 1] == ":"
                turn = a.source if own and a.source != OUTLET_KEY else None
                # (a label with an affiliation in brackets opens a turn too, for the witness's own people below)
                labelled_turn = a.source if (own or a.explicit and span is not None and span[0] <= 4 and _LABEL_END.match(
                    s.text, span[1]) is not None) and a.source != OUTLET_KEY else None
            elif labelled_turn is not None and _OURS.match(_phrase(s.text, result[i].span).strip()):
                result[i] = replace(result[i], source=labelled_turn)  # "Our auditors found ...": the witness's own staff
            continue
        if turn is None or s.paragraph > last_label or s.text.lstrip()[:1] in "[(":
            if i in firsts:
                turn = None if s.text.lstrip()[:1] in "[(" else turn
            continue
        if result[i].source == OUTLET_KEY and not result[i].explicit:
            result[i] = replace(result[i], source=turn, cue="said", direct=True)
