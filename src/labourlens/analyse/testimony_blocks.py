"""Testimonies and case boxes under a heading of their own, a pass of :mod:`labourlens.analyse.forum_posts` (the
last passes of the attribution).

An NGO, union or UN-style report sets a testimony under a label on a line of its own: "Testimony 4:",
"Testimony 4 (male, logger, 2016-2019)", "Case study 2 - a seamstress in Dandong", "Case 3: a welder from
Nampo", "Box 1. A cook's account". The sentences under it are that person's, in the first person ("We cut
trees ...") or the third ("She said the factory held her passport"), up to the next label, the next heading,
or a paragraph of the report's own analysis (one that neither quotes, nor speaks in the first person, nor goes
on with "he" or "she"). The person is an ``anonymous_source`` worded by the label (a coded label in the
description, "Case study 1: Worker A, a bricklayer", is the person's own), or the pseudonym the description
gives ("Case study 4: Min-ji (a pseudonym), 29"). The label line itself is no one's claim. A quotation
followed by the interview it comes from ('"We could not leave." (Interviewee 4, male, 35)', "[Interviewee 9]")
is that person's too.
Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from labourlens.analyse.interviewees import pseudonym_intro
from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.analyse.testimony_labels import LABEL_CODE, coded_label, label_nouns
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["testimony_blocks", "heading_label", "cited_quotes", "clause_groups", "paragraph_groups"]


@lru_cache(maxsize=1)
def _heading_re() -> re.Pattern[str]:
    return re.compile(
        rf"^\s*[#*_]*\s*(?:(?:Testimony|Account|Statement|Story|Interview)\s+(?:from|of|by|with)\s+)?"
        rf"(?P<label>(?=[A-Z])(?i:(?:former\s+)?(?:{label_nouns()}))\s+{LABEL_CODE})[*_]*"
        r"(?:[ \t]*\([^)\n]{1,80}\))?[ \t]*(?:(?:[:.|]|[ \t][\u2014\u2013-])[*_]*[ \t]*(?P<desc>[^\n]{0,90}?))?[*_]*\s*$")


# the person the description gives: "Worker A, a bricklayer", "Min-ji (a pseudonym), 29"
_DESC_LABEL = re.compile(rf"^(?P<label>[A-Z][a-z]+(?:\s+[a-z]+)?\s+{LABEL_CODE})")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us)\b")
_GOES_ON = re.compile(r"^\W{0,3}(?:He|She|His|Her|The\s+(?:witness|interviewee|respondent|worker|woman|man)\b)")
_OPENS_QUOTE = re.compile(r"^\s*[\"\u201c\u2018']")
# (s35) a case told in the casework's own voice, by whoever brought it to the organisation: "His brother came to our
# office in May", "The family contacted us", "reached our hotline": not the labelled person's own account
_CASEWORK = re.compile(r"\b(?:came|went|wrote|spoke|talked|turned|returned|reached|walked)\s+(?:in\s+)?(?:to\s+)?(?:us\b|"
                       r"our\s+(?:\w+\s+)?(?:office|offices|team|hotline|helpline|shelter|centre|center|clinic|desk|staff|"
                       r"volunteers?|caseworkers?|lawyers?|outreach))|\b(?:contacted|approached|called|visited)\s+(?:us|our)\b")
_BACKREF = frozenset(("he", "she", "i", "we", "the witness", "the interviewee", "the respondent", "the worker",
                      "the participant", "the woman", "the man"))


# a testimony headed by the person's description, with no code
_DESCRIBED_HEAD = re.compile(
    r"^\s*[#*_]*\s*(?:Testimony|Account|Statement|Story)\s+(?:of|from|by)\s+(?P<who>(?:a|an|one)\s+[^,:;()\n]{3,60}?)"
    r"(?:[ \t]*\([^)\n]{0,60}\))?(?:,[^:.\n]{0,60})?[ \t]*:?[*_]*\s*$")
# a description that opens with a name, quoted as a pseudonym or not, and the person's age: '"Aye Mon", 26, from Bago'
_NAME_AGED = re.compile(r"^[\"\u201c]?(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){0,2})[\"\u201d]?\s*,\s*(?:aged\s+)?\d{1,2}\b")
_HEADING_NOUNS = frozenset(("case", "box", "story", "account", "profile"))
# a bracketed note that describes a person: "(male, logger, 2016-2019)", "(female, 34)", "(aged 41)"
_PERSON_NOTE = re.compile(r"\((?:[^)]*\b(?:male|female|man|woman|aged|age)\b|\s*\d{2}\s*[,)])", re.IGNORECASE)
_ACCOUNT_OF = re.compile(r"['\u2019]s?\s+(?:account|story|testimony|experience|journey|ordeal)\s*$", re.IGNORECASE)


_INDEFINITE_CI = re.compile(r"(?i:a|an|one)\s")


def _person_desc(desc: str) -> bool:
    """Does a heading's description describe a person ("a welder from Nampo", "A cook's account", "Worker A,
    a bricklayer", "Min-ji (a pseudonym), 29") rather than a topic ("Recruitment fees in Russia")?"""
    core = _ACCOUNT_OF.sub("", desc.strip("*_ ")).strip()
    if _DESC_LABEL.match(core) and coded_label(core) or pseudonym_intro(core) is not None:
        return True
    return bool(_INDEFINITE_CI.match(core)) and classify(core) in ("anonymous_source", "named_person")


def heading_label(line: str) -> tuple[str, int] | None:
    """The person a heading line labels ("Testimony 4 (male, logger)", "Case 3: a welder from Nampo" ->
    "Case 3"; "Case study 1: Worker A, a bricklayer" -> "Worker A"; "Case study 4: Min-ji (a pseudonym), 29"
    -> "Min-ji"), with its offset in the line; None for a line that is no such heading ("Case 3 was closed.")."""
    if len(line) > 160 or "\n" in line.strip():
        return None
    m = _heading_re().match(line)
    if m is None:
        d = _DESCRIBED_HEAD.match(line)  # "Testimony of a former construction worker, Russia, 2019:"
        return (d.group("who"), d.start("who")) if d is not None and classify(d.group("who")) == "anonymous_source" \
            else None
    desc = (m.group("desc") or "").strip()
    if desc and (len(desc.split()) > 12 or desc.rstrip("*_ ").endswith((".", "!", "?", "\"", "\u201d"))):
        return None  # "Worker A: We were never paid.": a labelled line, read as a transcript turn
    heading_noun = m.group("label").split()[0].lower() in _HEADING_NOUNS
    if heading_noun and not (_PERSON_NOTE.search(m.group(0)) or desc and _person_desc(desc)):
        return None  # "Box 2. Recruitment fees in Russia": a box of the report's own, no one's testimony
    if desc:
        at = m.start("desc")
        inner = _DESC_LABEL.match(desc)
        if inner is not None and coded_label(inner.group("label")):
            return inner.group("label"), at + line[at:].index(inner.group("label"))
        pseudonym = pseudonym_intro(desc)
        if pseudonym is not None:
            return pseudonym[0], at + line[at:].index(pseudonym[0])
        named = _NAME_AGED.match(desc)  # 'Testimony 1 - "Aye Mon", 26, from Bago': the person, by (pseudo)name
        if named is not None and classify(named.group("name")) == "named_person":
            return named.group("name"), at + named.start("name")
    return m.group("label"), m.start("label")


def paragraph_groups(sentences: Sequence[Sentence]) -> list[list[int]]:
    """The indices of ``sentences`` grouped by paragraph, in order."""
    out: list[list[int]] = []
    for i, s in enumerate(sentences):
        if not out or sentences[out[-1][0]].paragraph != s.paragraph:
            out.append([])
        out[-1].append(i)
    return out


# the report's own research voice: "We found that ...", "Our research shows ...", "This pattern ..."
_OWN_VOICE = re.compile(
    r"^\W{0,3}(?:We\s+(?:also\s+)?(?:found|find|interviewed|spoke|documented|recorded|observed|analy[sz]ed|reviewed|"
    r"conclude|concluded|note|noted|believe|recommend|estimate|estimated|identified|heard\s+similar)|"
    r"Our\s+(?:research|findings|analysis|interviews|data|investigation|researchers|team|survey)|"
    r"This\s+(?:report|study|pattern|section|finding|research|account|testimony)|"
    r"These\s+(?:findings|accounts|testimonies|cases|patterns))\b")


def _goes_on(s: Sentence) -> bool:
    """Does a later paragraph go on with the testimony (a quotation, the first person, "he"/"she"), rather than
    the report's own voice ("We found that ...")?"""
    if _OWN_VOICE.match(s.text):
        return False
    return bool(_OPENS_QUOTE.match(s.text) or _FIRST_PERSON.search(s.text) or _GOES_ON.match(s.text))


def testimony_blocks(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences under a testimony's heading to the person it labels, a quotation to the interview
    cited after it, and a finding to the interviewees a clause of it quotes (in place; see the module docstring)."""
    cited_quotes(text, sentences, result, reg)
    clause_groups(text, sentences, result, reg)
    paras = paragraph_groups(sentences)
    for p, idx in enumerate(paras):
        first, last = sentences[idx[0]], sentences[idx[-1]]
        if first.kind not in ("body", "headline") or any(result[i].source != OUTLET_KEY for i in idx):
            continue
        found = heading_label(text[first.start:last.end])
        if found is None:
            continue
        label, at = found
        if len(paras) > p + 1 and _CASEWORK.search(sentences[paras[p + 1][0]].text):
            continue  # "Case 2. A deckhand hurt" + "His brother came to our office. He told us ...": the casework's
        src = reg.resolve(Mention(label, at, at + len(label), "said", True), first.start,
                          text[max(0, first.start - 600):first.start])
        for n, later in enumerate(paras[p + 1:]):
            head = sentences[later[0]]
            if head.kind != "body" or heading_label(text[head.start:sentences[later[-1]].end]) is not None:
                break
            if n > 0 and not _goes_on(head):
                break  # the report's own analysis
            if result[later[0]].explicit and result[later[0]].source != OUTLET_KEY \
                    and not _back_reference(reg, head, result[later[0]]):
                break  # "Worker B: ...", "Kim Sun-ok, a researcher, said ...": another speaker
            for i in later:
                att = result[i]
                if att.source == OUTLET_KEY and not att.explicit or _back_reference(reg, sentences[i], att):
                    result[i] = replace(att, source=src.key, cue="said",
                                        direct=att.direct or sentences[i].quote is not None)


@lru_cache(maxsize=1)
def _citation_re() -> re.Pattern[str]:
    # "(Interviewee 4, male, 35)", "[Interviewee 9]", "(Interview 12, Vladivostok, March 2023)"
    return re.compile(rf"^\s*[(\[]\s*(?P<label>(?=[A-Z])(?i:(?:former\s+)?(?:{label_nouns()}))\s+{LABEL_CODE})"
                      r"(?:[,;][^)\]\n]{0,80})?[)\]]\.?\s*$")


def cited_quotes(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """A quotation followed by the interview it comes from ('"We could not leave." (Interviewee 4, male, 35)') is
    that person's (in place): the citation gives the quotation's sentences in its paragraph to the label."""
    for i, s in enumerate(sentences):
        m = _citation_re().match(s.text) if i > 0 and s.text.lstrip()[:1] in "([" else None
        if m is None or sentences[i - 1].paragraph != s.paragraph:
            continue
        quoted = []
        for j in range(i - 1, -1, -1):
            prev = sentences[j]
            if prev.paragraph != s.paragraph or result[j].source != OUTLET_KEY or result[j].explicit:
                break
            if prev.quote is None and not _OPENS_QUOTE.match(prev.text) and not prev.text.rstrip().endswith(
                    ("\"", "\u201d")):
                break
            quoted.append(j)
        if not quoted:
            continue
        label = m.group("label")
        src = reg.resolve(Mention(label, m.start("label"), m.end("label"), "said", True), s.start,
                          text[max(0, s.start - 600):s.start])
        for j in quoted:
            result[j] = replace(result[j], source=src.key, cue="said", direct=True)


# "Wages were fixed at $600, but interviewees said they received $40": the people interviewed, in a later clause
_CLAUSE_GROUP = re.compile(
    r"(?:,\s*(?:but|while|whereas|although|though|yet)|;)\s+(?P<np>(?:(?:most|many|several|some|all|nearly\s+all|"
    r"almost\s+all|both)\s+(?:of\s+the\s+)?|(?:\w+|\d+)\s+of\s+(?:the\s+)?(?:\w+|\d+)\s+)?(?:former\s+)?"
    r"(?:interviewees|respondents|participants|returnees|informants|survivors|defectors|workers|labou?rers|"
    r"seafarers|loggers|women|men))\s+(?:all\s+|also\s+)?(?:said|say|reported|report|told\s+us|described|describe|"
    r"recalled|recall|complained|testified|stated)\b")


def clause_groups(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """A sentence of the report's own voice whose later clause gives what the people interviewed said ("The
    contract set wages at $600, but interviewees said they received $40") is theirs (in place)."""
    for i, s in enumerate(sentences):
        if s.kind != "body" or s.quote is not None or not ("," in s.text or ";" in s.text):
            continue
        m = _CLAUSE_GROUP.search(s.text)
        if m is None or '"' in s.text[:m.start()] or "\u201c" in s.text[:m.start()]:
            continue
        own = result[i].source == OUTLET_KEY and not result[i].explicit
        if not own and not (result[i].explicit and len(_wording(reg, result[i].source)) > len(m.group("np")) + 3
                            and _wording(reg, result[i].source).endswith(m.group("np").lower())):
            continue  # "Managers described ..., while respondents said ...": the sentence's own speaker stays
        src = reg.resolve(Mention(m.group("np"), m.start("np"), m.end("np"), "said", False), s.start,
                          text[max(0, s.start - 600):s.start])
        result[i] = replace(result[i], source=src.key, cue="said", explicit=True, span=(m.start("np"), m.end("np")))


def _back_reference(reg: Registry, s: Sentence, att: Any) -> bool:
    """Is the sentence's speaker "he", "she", "the witness" ... (as written in it, or as its source is worded)?"""
    span = att.span if att.explicit else None
    said = s.text[span[0]:span[1]].strip().lower() if span is not None and 0 <= span[0] < span[1] <= len(s.text) else ""
    return said in _BACKREF or _wording(reg, att.source) in _BACKREF


def _wording(reg: Registry, key: str) -> str:
    src = next((s for s in reg.sources() if s.key == key), None)
    return (src.wording or "").strip().lower() if src is not None else ""
