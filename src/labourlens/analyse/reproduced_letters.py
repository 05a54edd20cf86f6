"""A letter a page prints whole, from its salutation to its signature (a pass of :mod:`labourlens.analyse.forum_posts`).

A right-of-reply page, an NGO's report or a news story often sets out a letter it received between the page's own
paragraphs: "We reproduce the company's reply in full below." and then "Dear Editor," ... "Yours faithfully," with
the writer's name, title and firm under it. The letter's sentences are its writer's, not the page's: the firm
that signs it (the last line of the signature that is no person's title), else the person who signs. A letter set
out in numbered points is a ``document``, as a statement in points is; a prose letter speaks as the firm
(``organization``) or the person (``named_person``). A sentence of the letter that names a speaker of its own
keeps it. A letter that opens the page (the page is the letter: an open letter) is not read here: its sections go
to their senders in :mod:`labourlens.analyse.open_letter_sections` (forty-seventh session; before, the page's own
voice).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.open_letter_sections import open_letter_sections
from labourlens.analyse.reply_headings import (
    PERSON_TITLE,
    REPLY_HEAD,
    give_to_firm,
    heading_name,
    reply_headed_quotes,
)
from labourlens.analyse.signer_firms import same_firm_source
from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["reproduced_letters"]

# "Dear Coastline Labour Monitor,", "Dear Sir or Madam,", "Dear Ms Okafor:", "To whom it may concern:" alone on a line
_SALUTATION = re.compile(r"^[ \t]*(?:Dear\s+[^\n,:]{2,80}|To\s+whom\s+it\s+may\s+concern)[,:][ \t]*$", re.MULTILINE | re.IGNORECASE)
# "Yours faithfully,", "Yours sincerely", "Kind regards,", "Sincerely,", "Respectfully," alone on a line
_VALEDICTION = re.compile(r"^[ \t]*(?:Yours\s+(?:faithfully|sincerely|truly)|Sincerely(?:\s+yours)?|(?:With\s+)?(?:kind|best|warm)"
                          r"\s+regards|Regards|Respectfully(?:\s+yours)?)[ \t]*[,.]?[ \t]*$", re.MULTILINE | re.IGNORECASE)
# a reader's closing ("With respect,", "With gratitude", "Best wishes,") over a first name alone: a reader's letter
_READER_CLOSING = re.compile(r"^[ \t]*(?:With\s+(?:respect|gratitude|thanks|love|hope)|(?:Best|Kind|Warm)\s+wishes)[ \t]*[,.]?[ \t]*$",
                             re.MULTILINE | re.IGNORECASE)
# a firm's line: a legal form or a word that names a business
_FIRM = re.compile(r"\b(?:W\.?L\.?L|L\.?L\.?C|Ltd|Limited|LLP|PLC|Inc|Corp(?:oration)?|GmbH|S\.?A\.?R?\.?L?|Co|Company|Group|"
                   r"Holdings?|Contracting|Contractors?|Services|Industries|Enterprises?|Trading|Agency|Manpower|Farms?|"
                   r"Mining|Construction|Logistics|Recruitment|Association|Federation|Union)\b\.?")
_NAME_LINE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Eng)\.?\s+)?[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,4}$")
# a reader who signs with a first name alone ("Rahel", "Tomasz"), not a word that hides the name
_GIVEN_NAME_LINE = re.compile(r"^(?!(?:Anonymous|Name|Withheld|Editor|Thanks|Signed|Unsigned|Reader|Worker)\b)"
                              r"[A-Z][a-z'\u2019-]{1,20}\.?$")
# two numbered points at the start of their lines: "1. No employee's ...", "2) All overtime ..."
_NUMBERED = re.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+\S")


_HEAD_REACH = 300


def _reply_body(text: str, salutation: int) -> str | None:
    """The body a reply heading just above the salutation names, in the case of a name ("Harbour Foods Ltd")."""
    m = next(reversed(list(REPLY_HEAD.finditer(text, max(0, salutation - _HEAD_REACH), salutation))), None)
    return None if m is None else heading_name(m)


def _signer(lines: list[str]) -> tuple[str, str] | None:
    """The writer that signs: (wording, kind) from the lines under the valediction."""
    firm = next((ln for ln in reversed(lines) if _FIRM.search(ln) and not PERSON_TITLE.search(ln)), None)
    if firm is not None:
        return firm, "organization"
    name = next((ln for ln in lines if _NAME_LINE.match(ln) and not PERSON_TITLE.search(ln)), None)
    return (name, "named_person") if name is not None else _given_name(lines[:1])


def _given_name(lines: list[str]) -> tuple[str, str] | None:
    """A reader who signs with a first name alone, on the first line under the closing."""
    if lines and _GIVEN_NAME_LINE.match(lines[0]):
        return lines[0].rstrip("."), "named_person"
    return None


def reproduced_letters(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences of a letter the page reproduces to the letter's writer (in place; see the module
    docstring)."""
    if "Reply" in text or "Response" in text or "Answer" in text or "Statement" in text:
        reply_headed_quotes(sentences, result, reg)  # a firm's quoted reply under its heading, with no letter around it
    if "Dear" in text or "oncern" in text:
        _salutation_letters(text, sentences, result, reg)
    open_letter_sections(text, sentences, result, reg)  # (s47) a page that is an open letter: its sections' senders


def _salutation_letters(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """The letters the page prints between its salutations and closings."""
    for sal in _SALUTATION.finditer(text):
        # the page's own prose comes first: a letter that opens the page is the page itself
        if not any(s.kind == "body" and s.end <= sal.start() for s in sentences):
            continue
        val = _VALEDICTION.search(text, sal.end())
        reader = _READER_CLOSING.search(text, sal.end(), val.start() if val is not None else len(text))
        val = reader or val
        if val is None and (headed := _unsigned_reply(text, sal)) is not None:
            _give_block(headed, sal.end(), len(text), sentences, result, reg)  # (s43) a reply to the end of the page
            continue
        if val is None or val.start() - sal.end() > 6000 or _SALUTATION.search(text, sal.end(), val.start()):
            continue
        after = text[val.end():val.end() + 400].split("\n")
        lines: list[str] = []
        for ln in after[1:] if after and not after[0].strip() else after:
            if not ln.strip():
                break
            lines.append(ln.strip())
        found = _signer(lines[:4]) if reader is None else _given_name(lines[:1])
        if (found is None or found[1] == "named_person") and (body := _reply_body(text, sal.start())) is not None:
            found = body, "organization"  # (s38) a reply under its heading, signed by a person for the body
        if found is None:
            continue
        wording, kind = found
        if len(_NUMBERED.findall(text, sal.end(), val.start())) >= 2:
            kind = "document"  # a letter set out in numbered points
        block = [k for k, s in enumerate(sentences) if s.kind == "body" and s.start >= sal.end() and s.end <= val.start()]
        if not block:
            continue
        pos = text.find(wording, val.end())
        first = sentences[block[0]]
        known = {s.key: s for s in reg.sources()}
        earlier = same_firm_source(wording, [known[result[k].source] for k in block if result[k].source in known])
        if earlier is not None and kind == "organization":
            src = earlier  # "Harbin Boreal Foods rejects ..." signed "Harbin Boreal Foods Co., Ltd.": one firm
        else:
            src = reg.resolve(Mention(wording, 0, len(wording), "wrote"), pos if pos >= 0 else first.start, "")
            src.kind = kind
        for k in block:
            if result[k].source == OUTLET_KEY or not result[k].explicit:
                result[k] = replace(result[k], source=src.key, cue="wrote", direct=True, explicit=False, span=None)


def _unsigned_reply(text: str, sal: re.Match[str]) -> str | None:
    """(s43) The body a reply heading names over a salutation with no closing under it: an open letter's page that
    ends with the firm's answer ("Reply from Orion Freight, 3 May 2026" / "Dear families," / the answer's paragraphs
    to the end of the page, closed by a department's line and no "Yours ..."). None when the page goes on with a
    second salutation."""
    if _SALUTATION.search(text, sal.end()) is not None:
        return None
    return _reply_body(text, sal.start())


def _give_block(body: str, start: int, end: int, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the page's own sentences between ``start`` and ``end`` to the firm ``body`` (``organization``)."""
    block = [k for k, s in enumerate(sentences) if s.kind == "body" and s.start >= start and s.end <= end]
    give_to_firm(body, block, sentences, result, reg, "wrote")
