"""A run-in heading of a numbered point ("1. Wages. All 312 workers are paid through ...", "3. Working hours. Site
hours are ten ..."): the one to three words after the number name the point's topic and say nothing, so they are
no claim, even when they are words an indicator reads ("Passports.", "Recruitment fees."). Only a short phrase
without a verb, ending with its full stop, right after a point's number at the start of its paragraph counts; the
sentences after it are the point. Used by :func:`labourlens.analyse.claim_filters.frame_line`; examples are
invented."""

from __future__ import annotations

import re

from labourlens.model import Sentence

__all__ = ["run_in_heading"]

# one to three words, the first capitalised, and a full stop: "Wages.", "Working hours.", "Recruitment fees."
_HEADING = re.compile(r"^[A-Z][a-z'-]+(?:\s+(?:[a-z'-]+|and|of|&)){0,2}\s*[.:]$"
                      # or led by an article or a possessive, a name inside ("The Harbour Rights Group report.", "The
                      # firm's earlier reply.", "Our requests.")
                      # (a name or a possessive right after the article, then one or two words: not "The boss hit them.")
                      r"|^(?:The|Our|Its|Their)\s+(?:(?:[A-Z][\w'\u2019&-]*\s+){1,4}|[a-z][\w-]*['\u2019]s?\s+)"
                      r"[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*)?\s*[.:]$")
_LONGEST = 48  # characters of a run-in heading, at the most
# the point's number on its own: "1.", "2)", "(3)", "4 -", "a.", or after the word for the kind of point, as a
# report numbers its findings or issues ("Issue 2.", "Point 5.")
_NUMBER = re.compile(r"^(?:[A-Z][a-z]{2,14}\s+)?\(?(?:\d{1,2}|[a-h])[.)]?$")
# words that make the short phrase a sentence of its own ("Nobody paid.", "They refused.")
_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|paid|refused|left|said|agreed|denied|"
                      r"\w+ed)\b", re.IGNORECASE)


# a noun and the participle after it, a topic too when the point goes on after it ("Sums owed.", "Fees charged.");
# not a pronoun's sentence ("They refused.", "Nobody paid.")
_NOUN_PARTICIPLE = re.compile(r"^(?!(?:They|We|He|She|It|I|Nobody|None|All|Some|Most|Many|Both|Everyone|Everybody|"
                              r"Someone|No|This|That|These|Those)\b)[A-Z][a-z'-]+s\s+[a-z]+ed[.:]$")


def _topic_participle(sentences: list[Sentence], i: int) -> bool:
    """Is sentence ``i`` a noun and a participle with the point going on after it in its paragraph?"""
    s = sentences[i]
    return _NOUN_PARTICIPLE.match(s.text) is not None and i + 1 < len(sentences) \
        and sentences[i + 1].paragraph == s.paragraph


def run_in_heading(sentences: list[Sentence], i: int) -> bool:
    """Is sentence ``i`` the run-in heading of a numbered point?"""
    s = sentences[i]
    if len(s.text) > _LONGEST or i == 0 or not _HEADING.match(s.text) or (
            _VERBISH.search(s.text) and not _topic_participle(sentences, i)):
        return False
    before = sentences[i - 1]
    return before.paragraph == s.paragraph and _NUMBER.match(before.text.strip()) is not None and (
        i < 2 or sentences[i - 2].paragraph != s.paragraph)
