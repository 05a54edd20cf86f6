"""Interview transcripts, for :mod:`labourlens.analyse.attribution`: the paragraphs that are an
interviewer's questions, and lines whose label is a surname alone ("HOLM: The crews sleep in ..."), the
line of a person named in full earlier in the text ("... our guest, Vera Holm")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.colon_turns import colon_label
from labourlens.analyse.faq_headings import faq_headings
from labourlens.analyse.gated import gated
from labourlens.analyse.interviewees import initials_name
from labourlens.analyse.mentions import transcript_label
from labourlens.analyse.own_complements import own_complement
from labourlens.analyse.publisher_lines import issue_publication
from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.analyse.turn_own_clauses import own_clause_in_turn
from labourlens.analyse.turn_relays import named_in_turn, relayed_in_turn
from labourlens.model import Sentence

__all__ = ["HEADER_HOST", "interviewer_initials", "question_paragraphs", "surname_label", "continue_turns", "label_colon", "repeated_labels"]

# a programme's header line naming its own presenter before its guest: "Presenter: Ana Ruiz | Guest: Tom Kirui"
HEADER_HOST = r"(?m:^)[ \t]*(?:Presenter|Host|Anchor|Moderator|Interviewer)[ \t]*:[ \t]*(?=[^\n|:]{3,50}\|[ \t]*Guests?[ \t]*:)"
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+\s+([A-Z][a-z'\u2019-]+)\b")


def surname_label(text: str, house: frozenset[str], before: str) -> Mention | None:
    """ "HOLM: The crews sleep in ..." after "... Vera Holm": a line by the person named before."""
    lab = transcript_label(text, house)
    if lab is None or lab[3] or " " in lab[0] or lab[0].title() not in before:
        return None
    if lab[0].title() not in {m.group(1) for m in _FULL_NAME.finditer(before)}:
        return None
    return Mention(lab[0].title(), lab[1], lab[1] + len(lab[0]), "said", True)


# the speaker's own words outside any quotation: a relayed person is spoken of, never speaks, in the first person
_OWN_WORDS = re.compile(r"\b(?:I|me|my|we|us|our)\b")
_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]")
_QUESTION_LABEL = re.compile(r"^(?:Q|Question)\s*[:.)-]\s", re.IGNORECASE)
# a question all in quotation marks on a line of its own is someone's words set as a title or a pull quote ('"Where
# would we run to?"' over an interview): no interviewer's turn
_QUOTED_LINE = re.compile(r"[\"\u201c][^\"\u201c\u201d]+[\"\u201d]")


def question_paragraphs(sentences: list[Sentence]) -> set[int]:
    """Paragraphs that are an interviewer's question: "Q: ...", or a (bold) line of questions only."""
    if sum(1 for s in sentences if "?" in s.text or s.text.lstrip("*_ \t")[:1] in ("Q", "q")) < 2:
        return set()  # an interview has at least two questions
    by_para: dict[int, list[str]] = {}
    for s in sentences:
        by_para.setdefault(s.paragraph, []).append(s.text.strip().strip("*_ \t"))
    out = set()
    for para, texts in by_para.items():
        if _QUESTION_LABEL.match(texts[0]) or (
                len(texts) <= 3 and all(t.rstrip("\"\u201d'").endswith("?") for t in texts)
                and not _QUOTED_LINE.fullmatch(" ".join(texts))):
            out.add(para)
    # a lone question paragraph in running prose is rhetorical; an interview has several
    if len(out) < 2:
        return set()
    first = min(out)
    if faq_headings((t for p in out for t in by_para[p]), " ".join(s.text for s in sentences if s.paragraph < first)):
        return set()  # "How are they paid?" heading an explainer's section: the page's own account follows
    # in an interview, a short lead-in before the question is the interviewer's too ("You inspected sites. Why?")
    return out | {p for p, texts in by_para.items() if len(texts) <= 3 and sum(map(len, texts)) <= 220
                  and texts[-1].rstrip("\"\u201d'").endswith("?") and p - 1 not in out
                  and not _QUOTED_LINE.fullmatch(" ".join(texts))}


_INTERVIEWER = gated(  # speed: most documents have no interviewer line
    r"\b(?:[Ii]nterview(?:ed)?\s+by|[Ii]nterviewer:?|[Qq]uestions\s+by|[Cc]onducted\s+by)\s+"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})(?:\s*\((?P<ini>[A-Z]{2,3})\))?")


def interviewer_initials(text: str) -> frozenset[str]:
    """The initials labelling the interviewer's lines in a Q&A ("Interview by Tom Reyes (TR) with ...",
    "Interviewer: Ana Costa" -> "ac"), lower-cased, for the house names whose lines are the outlet's voice."""
    out = set()
    for m in _INTERVIEWER.finditer(text[:3000]):
        out.add((m.group("ini") or "".join(w[0] for w in m.group("name").split())).lower())
    if out and (magazine := issue_publication(text)) is not None:  # (s41) a magazine's Q&A asks in its own name:
        words = _MEDIA_END.sub("", magazine).split()  # "Harbour Review:" and "HR:" over "Harbour Review Magazine, issue 9"
        out |= {w.lower() for w in words if len(w) > 3} | {"".join(w[0] for w in words if w[0].isupper()).lower()}
    return frozenset(out)


_MEDIA_END = re.compile(r"\s+(?:Magazine|Weekly|Monthly|Quarterly|Review|Journal|Bulletin|Newsletter)$")


_AFTER_LABEL = re.compile(r"(?:\s\([^()\n]{1,100}\)|\s+[\u2014\u2013-]\s+[A-Z][^:()\n]{1,60}?)?:")  # or "Ana Ruiz — CEO:"


def label_colon(text: str, end: int) -> bool:
    """Does the label ending at ``end`` close with its colon, perhaps after an affiliation in brackets
    ("Deputy Director (Labour Inspectorate): ...")?"""
    return _AFTER_LABEL.match(text, end) is not None


_STAMP = re.compile(r"\s*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s*")
_BARE_LABEL = re.compile(r"^\s*([A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,4}):\s+\S")


def repeated_labels(sentences: Sequence[Sentence], result: list[Any]) -> None:
    """"Chief Inspector (Labour Inspectorate): ..." then "Chief Inspector: No. ...": a bare label that an
    earlier turn gave with its affiliation is the same speaker's turn (in place)."""
    known: dict[str, Any] = {}
    for i, s in enumerate(sentences):
        if s.kind != "body" or (i > 0 and sentences[i - 1].paragraph == s.paragraph):
            continue
        a = result[i]
        span = a.span
        if a.explicit and span is not None and span[0] <= 4 and a.source != OUTLET_KEY:
            if _AFTER_LABEL.match(s.text, span[1]) and s.text[span[1]:span[1] + 1] != ":":
                known.setdefault(s.text[span[0]:span[1]], a.source)
            continue
        m = _BARE_LABEL.match(s.text) if known and a.source == OUTLET_KEY and not a.explicit else None
        if m is not None and m.group(1) in known:
            result[i] = replace(a, source=known[m.group(1)], cue="said", direct=True, explicit=True, span=m.span(1))


def continue_turns(sentences: Sequence[Sentence], result: list[Any]) -> None:
    """A transcript turn ("HADDAD: We spoke to site managers. One of them told me ... They lived in a camp.")
    is its labelled speaker's to the end of its paragraph: a plain sentence after someone the speaker relays
    goes back to the speaker, not to the outlet (in place)."""
    repeated_labels(sentences, result)
    turn: str | None = None
    turns: set[str] = set()  # the speakers of the labelled turns so far
    for i, s in enumerate(sentences):
        if i == 0 or sentences[i - 1].paragraph != s.paragraph:
            span = result[i].span
            labelled = result[i].explicit and span is not None and (span[0] <= 4 or _STAMP.fullmatch(s.text[:span[0]]) is not None) \
                and label_colon(s.text, span[1])  # "[00:41] BIKA MOE: ...": a time stamp may open the turn
            turn = result[i].source if labelled and result[i].source != OUTLET_KEY else None
            if turn is not None:
                turns.add(turn)
            continue
        if turn is not None and s.kind == "body" and result[i].explicit:
            result[i] = own_clause_in_turn(s.text, relayed_in_turn(s.text, result[i], turn, turns), turn)  # "CALLER 2: ...
            # He told me ...": hers; "They sleep in the yard, and the foremen say ...": the speaker's own account
            if result[i].source != turn and own_complement(s.text, result[i].span):  # "A guard explained that I would ..."
                result[i] = replace(result[i], source=turn, cue="said", direct=True)
        if turn is not None and s.kind == "body" and not result[i].explicit and (result[i].source == OUTLET_KEY or (
                result[i].source != turn and s.quote is None and _OWN_WORDS.search(_QUOTED.sub("", s.text)))):
            # "LEE: A guard described the camp as open. I saw the gate chained twice.": the speaker's own again
            result[i] = replace(result[i], source=turn, cue="said", direct=True)


def _turn_starts(sentences: Sequence[Sentence], result: list[Any]) -> list[tuple[int, int, str | None]]:
    """Per sentence: (its offset, its paragraph's offset, the speaker of the labelled turn it is in, or None)."""
    out: list[tuple[int, int, str | None]] = []
    turn: str | None = None
    para = 0
    for i, s in enumerate(sentences):
        if i == 0 or sentences[i - 1].paragraph != s.paragraph:
            span, para = result[i].span, s.start
            labelled = result[i].explicit and span is not None and span[0] <= 4 and label_colon(s.text, span[1])
            turn = result[i].source if labelled and result[i].source != OUTLET_KEY else None
        out.append((s.start, para, turn))
    return out


def relayed_openings(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Any,
                     house: frozenset[str] = frozenset()) -> None:
    """A turn whose first sentence reports someone else ("TAMANG: A man from our village said there was work ... I
    paid him 1,20,000 rupees.") is still its labelled speaker's after that sentence: the plain sentences left to the
    outlet go to the person the label names (in place; run after :func:`continue_turns`). ``house`` holds the names of
    the broadcaster's own people (``attribution.house_names``): "OTTO:" after "CORRESPONDENT (MARK OTTO):" is no guest."""
    if ":" not in text:
        return
    named_in_turn(text, _turn_starts(sentences, result), result, reg.sources())  # (s41) "He said ..." after "I'll call him X"
    for i, s in enumerate(sentences):
        if i and sentences[i - 1].paragraph == s.paragraph or not result[i].explicit or result[i].source == OUTLET_KEY:
            continue
        label = transcript_label(s.text, house) or colon_label(s.text)  # (s36) or "Yoo Min-jae: The Russian side insists ..."
        span = result[i].span
        if label is None or label[3] or span is None or span[0] < label[2]:
            continue  # no label, the broadcaster's own, or the label itself is the speaker (continue_turns' case)
        rest = [k for k in range(i + 1, len(sentences)) if sentences[k].paragraph == s.paragraph]
        if not any(result[k].source == OUTLET_KEY and not result[k].explicit for k in rest):
            continue
        name = initials_name(label[0], text[:s.start]) or label[0]  # (s41) "EFC:" after "Elsa F. Cruz:", the same person
        src = reg.resolve(Mention(name.title() if name.isupper() else name, label[1], label[1] + len(name), "said", True),
                          s.start, text[max(0, s.start - 600):s.start])
        for k in rest:
            if result[k].source == OUTLET_KEY and not result[k].explicit and sentences[k].kind == "body":
                result[k] = replace(result[k], source=src.key, cue="said", direct=True)

