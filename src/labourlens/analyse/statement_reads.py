"""A statement quoted as a list under "The statement reads, in part:" ("The union on Monday released a statement on
the cases of 18 workers. The statement reads, in part:" and then bulleted items): the lead-in speaks for the statement,
a document, and so the items under it do (:mod:`labourlens.analyse.finding_lists` gives items to their lead-in's
speaker), whoever publishes the page. Used by :func:`labourlens.analyse.forum_posts.final_sources`; examples are
invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["read_out_quotes", "record_reads", "statement_reads"]

# "The statement reads, in part:", "The letter read:", "Its statement reads in full:"
_LEAD = re.compile(r"^\s*(?P<np>(?:The|Its|Their)\s+(?:joint\s+|written\s+|full\s+)?(?:statement|letter|petition|"
                   r"communiqu\u00e9|communique|declaration|resolution|memorandum|complaint|appeal|open\s+letter))\s+"
                   r"(?:reads|read|says|said|states|stated)(?:,?\s+in\s+(?:part|full),?)?\s*:\s*$")


def statement_reads(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give an unattributed lead-in "The statement reads, in part:" to the statement, then a party's written words that a
    speaker reads out to that party (:func:`read_out_quotes`; in place)."""
    for i, s in enumerate(sentences):
        if result[i].explicit or "read" not in s.text and "stat" not in s.text and "say" not in s.text \
                and "said" not in s.text:
            continue
        m = _LEAD.match(s.text)
        if m is None:
            continue
        # worded as the statement first met ("a statement"): the definite "The statement" would be read as a back-
        # reference to a body's statement met anywhere in the text
        np = "a " + m.group("np").split(None, 1)[1]
        src = reg.resolve(Mention(np, m.start("np"), m.end("np"), "said", False), s.start,
                          text[max(0, s.start - 600):s.start])
        result[i] = replace(result[i], source=src.key, cue="said", direct=False, explicit=True, span=None)
    read_out_quotes(text, sentences, result, reg)  # (s37) then the quotations a speaker reads out
    record_reads(text, sentences, result, reg)  # (s43) and a paper a chair reads into a hearing's record


# (s37) "The firm, which trades as Saltway Nets, emailed us a statement; I'll read it out.", "The agency emailed us a reply;
# it reads:": a speaker (a presenter's turn in a transcript, a reporter) reading out a party's written words
_READ_OUT = re.compile(
    r"^\s*(?:[A-Z][A-Z.' -]{2,40}(?:\s*\([^)\n]{1,40}\))?:\s+)?(?P<np>(?:The|A|An|Its|Their|[A-Z])[^.;:\"\u201c]{1,100}?)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:sent|emailed|e-mailed|gave|wrote)\s+(?:us|me|the\s+(?:programme|show|podcast|paper))\s+"
    r"(?:(?:a|an|its|their|this)\s+)?(?:short\s+|brief\s+|written\s+|two-line\s+)?(?:statement|email|e-mail|reply|response|"
    r"letter|answer|message)\b[^.;:\"\u201c]{0,20}?(?:[,;]\s*(?:and\s+)?(?:I|we)(?:'ll|\u2019ll|\s+will|\s+shall)\s+read\s+it"
    r"(?:\s+(?:out|in\s+full))?|[,;]\s*(?:which|that|it)\s+reads(?:,?\s+in\s+(?:part|full),?)?)\s*[.:]?\s*")


# "The owner, a firm incorporated as Saltway Nets," / "The firm, which trades as Saltway Nets,": the party by its name
_AS_NAMED = re.compile(r"\b(?:registered|trading|trades|known|operating|incorporated)\s+as\s+"
                       r"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|and|&))*)")


def read_out_quotes(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """(s37) Give the quotation read out after "X emailed us a statement; I'll read it out." to X, in place: the
    quoted sentences of the same paragraph are the party's written words, not the reader's."""
    for i, s in enumerate(sentences):
        if "read" not in s.text or s.kind != "body":
            continue
        m = _READ_OUT.match(s.text)
        if m is None:
            continue
        src = None
        for j in range(i + 1, len(sentences)):
            sj = sentences[j]
            if sj.paragraph != s.paragraph or sj.quote is None or sj.kind != "body":
                break
            if src is None:
                named = _AS_NAMED.search(m.group("np"))
                at = (m.start("np") + named.start("name"), m.start("np") + named.end("name")) if named else m.span("np")
                src = reg.resolve(Mention(s.text[at[0]:at[1]], at[0], at[1], "wrote", False), s.start,
                                  text[max(0, s.start - 600):s.start])
                if named is not None and src.kind == "named_person":
                    src.kind = "organization"  # a name one registers or trades as is a firm's
            result[j] = replace(result[j], source=src.key, cue="wrote", direct=True, explicit=True, span=None)


# (s43) "Before we begin, I shall read into the record a note from the Consulate in Jeddah dated 2 May.", "Let me read into
# the record a note from the federation:": the chair names the paper's author; the quoted paragraph after it is theirs
_INTO_RECORD = re.compile(r"\bread\s+into\s+the\s+record\s+(?:a|an|the)\s+(?:short\s+|brief\s+|written\s+)?(?:letter|note|"
                          r"statement|submission|memorandum|message|email|e-mail)\s+(?:from|by|of)\s+"
                          r"(?P<np>[^.;:\"\u201c\u201d]{2,80}?)(?:\s+(?:dated|of|sent|received)\s+[^.;:\"]{1,40})?\s*[.:]\s*$")


def record_reads(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the quoted paragraph after a chair's "I shall read into the record a note from X." to X, in place."""
    for i, s in enumerate(sentences):
        if "record" not in s.text or s.kind != "body":
            continue
        m = _INTO_RECORD.search(s.text)
        if m is None or i + 1 >= len(sentences):
            continue
        para = sentences[i + 1].paragraph
        if para == s.paragraph or sentences[i + 1].quote is None:
            continue  # the paper must stand quoted in a paragraph of its own
        at = (s.start + m.start("np"), s.start + m.end("np"))
        src = reg.resolve(Mention(text[at[0]:at[1]], m.start("np"), m.end("np"), "wrote", False), s.start,
                          text[max(0, s.start - 600):s.start])
        for j in range(i + 1, len(sentences)):
            sj = sentences[j]
            if sj.paragraph != para or sj.quote is None or sj.kind != "body":
                break
            result[j] = replace(result[j], source=src.key, cue="wrote", direct=True, explicit=True, span=None)
