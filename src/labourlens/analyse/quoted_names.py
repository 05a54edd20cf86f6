"""Pseudonyms set in quotation marks where a speaker's name stands, for :mod:`labourlens.analyse.attribution`.

NGO reports and features often mark a pseudonym with quotation marks: 'said "Ri Song-gun", 38, who spent four
seasons near Chegdomyn', '"Kang Hye-ran", the wife of a former logger, said her husband ...'. The marks are
the writer's note that the name is not the person's own, not a quotation of anyone's words; read as quotation
marks they hide the speaker. The marks are blanked (the text keeps its length, so every offset stays right)
when the quoted words are a short capitalised name right after a reporting verb with an apposition after them
(", 38,", ", a former welder", " (not her real name)"), or open the sentence with such an apposition or a
reporting verb after them: '"Never", he said' and 'said "Enough".' keep their marks."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING

from labourlens.analyse.post_counts import blank_fronted_recording, blank_post_counts

__all__ = ["blank_passive_found", "blank_trailing_note", "fold_letters", "own_letters", "restore_blanked", "unquote_pseudonyms"]

if TYPE_CHECKING:
    from labourlens.model import Source

_NAME = r"(?-i:[A-Z])[\w'\u2019]+(?:-[\w'\u2019]+)?(?: (?-i:[A-Z])[\w'\u2019]+(?:-[\w'\u2019]+)?){0,2}"
# 'said "Ri Song-gun", 38', 'according to "Mina"'
_AFTER_VERB = re.compile(rf"\b(?:said|says|told|tells|recalled|recalls|explained|added|according\s+to)\s+"
                         rf"(?P<q1>[\"\u201c])(?P<name>{_NAME})(?P<q2>[\"\u201d])(?=,\s+(?:\d+|the|a|an|who|whose)\b|\s+\()", re.IGNORECASE)
# '"Kang Hye-ran", the wife of ..., said', '"Mina" said ...'
_OPENING = re.compile(rf"^\s*(?P<q1>[\"\u201c])(?P<name>{_NAME})(?P<q2>[\"\u201d])(?=,\s+(?:\d+|the|a|an|who|whose)\b|\s+(?:said|says|told|tells|"
                      rf"recalled|recalls|explained|described|added)\b|\s+\()")


# '"Papa Dede" - a pseudonym for a 52-year-old loader - said ...', 'Uncle Bo – not his real name – told us ...': an aside
# set off by spaced dashes between an opening name and its reporting verb (a hyphen inside a word stays)
_DASHED = re.compile(rf"^\s*[\"\u201c]?{_NAME}[\"\u201d]?\s+(?P<aside>[-\u2013\u2014]\s[^\n]{{3,200}}?\s[-\u2013\u2014])(?=\s+(?:said|says|told|"
                     rf"tells|recalled|recalls|explained|added|described)\b)")


def _blank_dashed_aside(text: str) -> str:
    """``text`` with the dashed aside after an opening name blanked (offsets kept), so that the name speaks."""
    if " - " not in text and "\u2013" not in text and "\u2014" not in text:
        return text
    m = _DASHED.match(text)
    return text if m is None else text[:m.start("aside")] + " " * len(m.group("aside")) + text[m.end("aside"):]


def unquote_pseudonyms(text: str) -> str:
    """``text`` with the quotation marks around a pseudonymous speaker's name blanked out, and a dashed aside
    between an opening name and its verb."""
    text = _blank_dashed_aside(text)
    if '"' not in text and "\u201c" not in text:
        return text
    spans = [m for m in (_OPENING.match(text), *_AFTER_VERB.finditer(text)) if m is not None]
    if not spans:
        return text
    chars = list(text)
    for m in spans:
        chars[m.start("q1")] = " "
        chars[m.start("q2")] = " "
    return "".join(chars)


# letters with no decomposition into a base letter and a mark
_OWN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H"})


def fold_letters(text: str) -> str:
    """``text`` with each accented Latin letter of a capitalised word replaced by its base letter, one character
    for one (so every offset stays right): "Zieliński" -> "Zielinski", "Nguyễn" -> "Nguyen". The speaker finders'
    name patterns are written for unaccented capitals and small letters."""
    if text.isascii():
        return text
    return _WORD.sub(lambda m: _fold_word(m.group(0)) if m.group(0)[:1].isupper() else m.group(0), text)


_WORD = re.compile(r"\w+")


def _fold_word(word: str) -> str:
    """A capitalised word (a name) folded; words in small letters ("a déclaré") keep theirs for the verb lexicons."""
    out = []
    for ch in word.translate(_OWN_LETTERS):
        base = unicodedata.normalize("NFKD", ch) if not ch.isascii() and ch.isalpha() else ch
        out.append(base[0] if base[0].isascii() and base[0].isalpha() and all(unicodedata.combining(c) for c in base[1:])
                   else ch)
    return "".join(out)


def own_letters(wording: str, text: str) -> str:
    """``wording``, found in the folded ``text``, with the letters ``text`` writes it in ("Zielinski" -> "Zieliński");
    a label in capitals keeps the wording's case ("Marta Zielinska" of "MARTA ZIELIŃSKA:" -> "Marta Zielińska")."""
    if wording.isascii() and not text.isascii():
        folded = fold_letters(text)
        at = folded.find(wording)
        if at >= 0:
            return text[at:at + len(wording)]
        low = folded.lower()
        at = low.find(wording.lower()) if len(low) == len(folded) and wording[:1].isupper() else -1
        if at >= 0:
            own = text[at:at + len(wording)]
            lower = turkic_lower if any(c in "ŞĞİƏ" for c in own) else str.lower  # "TANRIVERDİ" -> "Tanrıverdi"
            return "".join(lower(t) if w.islower() else t.upper() if w.isupper() else t for w, t in zip(wording, own, strict=False))
    return wording


def turkic_lower(ch: str) -> str:
    """``ch`` in small letters by the Turkish and Azerbaijani rule: I is the capital of the dotless ı, İ of i."""
    return {"I": "ı", "İ": "i"}.get(ch) or ch.lower()


# an editor's note in brackets after the sentence's end: '..., the source added. ("Accidents" means defection.)'
_TRAILING_NOTE = re.compile(r"(?<=[.!?\"\u201d])\s+\((?:[^()]{3,200})[.!?]\)\s*$")


# a research report's citation of the interview a quotation comes from, after its tag: '"...," a woman told our
# researchers (Interview 14, woman, 32, Bhaktapur, March 2024).' (a footnote number may follow the full stop)
_INTERVIEW_CITATION = re.compile(
    r"\s+\((?:[Ii]nterview|[Rr]espondent|[Ff]ocus\s+group|FGD|KII|IDI)\s*(?:[Nn]o\.?\s*)?[\dA-Z][^()]{0,120}\)"
    r"(?P<end>\s*[.!?]?)(?P<note>\d{1,3})?\s*$")


def blank_trailing_note(text: str) -> str:
    """``text`` with an editor's bracketed sentence after its end blanked out (offsets kept), so that an
    attribution at the end of the sentence proper ("..., the source added.") is read as the sentence's end; and
    so with the interview a research report cites after the tag ("... told our researchers (Interview 14, ...).")."""
    if "nterview" in text or "espondent" in text or "ocus group" in text or "FGD" in text or "KII" in text or "IDI" in text:
        c = _INTERVIEW_CITATION.search(text)
        if c is not None:  # (the footnote number after the full stop too)
            end = c.start("end")
            text = text[:c.start()] + " " * (end - c.start()) + c.group("end") + " " * (len(text) - c.end("end"))
    m = _TRAILING_NOTE.search(text) if text.rstrip().endswith(")") else None
    return text if m is None else text[:m.start()] + " " * (len(text) - m.start())


# "found" as a passive participle after a noun: "any company found in breach will face penalties", "employers found
# guilty", "firms found to have hired ...": no one reports a finding there
_PASSIVE_FOUND = re.compile(r"(?<=[a-z] )found(?=\s+(?:in\s+(?:breach|violation|contempt)|guilty|liable|responsible\s+for|"
                            r"at\s+fault|to\s+(?:be|have)\b))"
                            # ... and "found" in a relative clause without "that" after a noun: "the job or employer
                            # they found on arrival differed", "the room we found there": the finding of a place or a job
                            r"|(?:(?<=[a-z] they )|(?<=[a-z] we ))found(?=\s+(?:on\s+arrival|on\s+arriving|when\s+they|when\s+we|"
                            r"there|in\s+(?:the|their|our)\b|at\s+(?:the|their|our)\b))")


# a plural noun that looks like a reporting verb, closing a phrase before the real verb: "Dr Berg, a nurse who kept
# case notes, said ...", "a clerk who filed the records, told ...": a verb "notes" would take what follows, not a comma
_NOUN_REPORTS = re.compile(r"(?<=[a-z] )(?:notes|records|reports)(?=,\s+(?:said|says|told|tells|added|adds|explained|"
                           r"wrote|writes|recalled|recalls)\b)")


# "dismissed" after "those" names the people who lost their jobs ("a worker who was among those dismissed, speaking
# on condition of anonymity, said ..."), not a rejection of what follows
_THOSE_DISMISSED = re.compile(r"(?<=\bthose )dismissed\b")


def blank_passive_found(text: str) -> str:
    """``text`` with a passive "found" ("a firm found in breach") written as a word no finder reads as reporting a
    finding (and so "those dismissed"), and a noun "notes" or "records" just before ", said" as one no finder reads as a verb (the text keeps
    its length, so every offset stays right)."""
    text = blank_fronted_recording(blank_post_counts(text))  # "a video she posted was shared 900,000 times": no
    # telling; "In the video the woman says": the woman
    if "found" in text:
        text = _PASSIVE_FOUND.sub("xxxxx", text)
    if "those dismissed" in text:
        text = _THOSE_DISMISSED.sub("xxxxxxxxx", text)
    if "s, " in text and ("notes, " in text or "records, " in text or "reports, " in text):
        text = _NOUN_REPORTS.sub(lambda m: "x" * len(m.group()), text)
    return text


# an intensifying reflexive after a speaker's name: "Joseph himself said", "Joseph himself, speaking by telephone, said"
_INTENSIFIER = re.compile(r"(?<=[A-Za-z])\s(?:himself|herself|themselves)(?=\s*,|\s+(?:said|says|told|tells|added|"
                          r"explained|insisted|confirmed|denied|wrote)\b)")


def blank_intensifier(text: str) -> str:
    """``text`` with "himself" / "herself" after a name blanked out (offsets kept): "Joseph himself said" is Joseph
    speaking."""
    if "self" not in text:
        return text
    return _INTENSIFIER.sub(lambda m: " " * len(m.group()), text)


def restore_blanked(text: str, sources: list[Source]) -> list[Source]:
    """The sources with a word that :func:`blank_passive_found` wrote over in their wording given back from the
    document (``text``) at the wording's first span ("a nurse who kept case notes", not "... case xxxxx")."""
    out = []
    for src in sources:
        wording = src.wording or ""
        if "xxxxx" in wording and src.spans:
            a, b = min(src.spans)
            own = text[a:b]
            if len(own) == len(wording) and all(w == o or w == "x" for w, o in zip(wording, own, strict=True)):
                src = replace(src, wording=own)
        out.append(src)
    return out
