"""A run-in heading of a numbered point ("1. Wages. All 312 workers are paid through ...", "3. Working hours. Site
hours are ten ..."): the one to three words after the number name the point's topic and say nothing, so they are
no claim, even when they are words an indicator reads ("Passports.", "Recruitment fees."). Only a short phrase
without a verb, ending with its full stop, right after a point's number at the start of its paragraph counts; the
sentences after it are the point. A numbered point's heading may run longer (up to seven words, a quoted term
inside: "2. Fishing crews on 'cadet' visas.") when the point goes on after it in its paragraph. Without a number, a
page laid out in run-in headings ("The facts. On 3 May ...", "The owner's reply. The firm said ...") opens two
paragraphs or more with them: a heading led by an article or a possessive opening a paragraph that goes on after it
is no claim there. Used by :func:`labourlens.analyse.claim_filters.frame_line`; examples are invented."""

from __future__ import annotations

import re

from labourlens.model import Sentence

__all__ = ["run_in_heading"]

# one to three words, the first capitalised, and a full stop: "Wages.", "Working hours.", "Recruitment fees."
# (s344: the point's grade may follow in brackets, as an audit grades its findings: "Wages (major).", "Hours (minor).")
_HEADING = re.compile(r"^[A-Z][a-z'-]+(?:\s+(?:[a-z'-]+|and|of|&)){0,2}(?:\s+\([a-z][a-z -]{1,20}\))?\s*[.:]$"
                      # or led by an article or a possessive, a name inside ("The Harbour Rights Group report.", "The
                      # firm's earlier reply.", "Our requests.", "A welder's ledger.")
                      # (a name or a possessive right after the article, then one or two words: not "The boss hit them.")
                      r"|^(?:The|Our|Its|Their|An?(?=\s+[a-z][\w-]*['\u2019]s?\s))\s+(?:(?:[A-Z][\w'\u2019&-]*\s+){1,4}|[a-z][\w-]*['\u2019]s?\s+)"
                      r"[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*)?\s*[.:]$")
# the longer heading of a numbered point: four to seven words, lower-case after the first, a quoted term allowed
_LONG_HEADING = re.compile(r"^[A-Z][a-z'-]+(?:\s+(?:[\"\u201c\u2018']?[a-z][\w'-]*[\"\u201d\u2019']?)){3,6}\s*[.:]$")
# an unnumbered run-in heading: only the form led by an article or a possessive
_ARTICLE_HEADING = re.compile(r"^(?:The|Our|Its|Their)\s")
_LONGEST = 48  # characters of a run-in heading, at the most
_LONGEST_NUMBERED = 60
# the point's number on its own: "1.", "2)", "(3)", "4 -", "a.", or after the word for the kind of point, as a
# report numbers its findings or issues ("Issue 2.", "Point 5.")
_NUMBER = re.compile(r"^(?:[A-Z][a-z]{2,14}\s+)?\(?(?:\d{1,2}|[a-h])[.)]?$")
# words that make the short phrase a sentence of its own ("Nobody paid.", "They refused.")
_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|paid|refused|left|said|agreed|denied|"
                      r"\w+ed)\b", re.IGNORECASE)
# verbs a longer heading must not hold ("Men work twelve hours a day.", "Guards keep the passports.")
_LONG_VERBISH = re.compile(r"\b(?:work|works|keep|keeps|kept|take|takes|took|taken|get|gets|got|go|goes|went|live|lives|"
                           r"beat|beats|beaten|hit|hits|held|hold|holds|told|tell|tells|made|make|makes|sent|send|sends|"
                           r"put|puts|lost|lose|cut|cuts|sold|sell|gave|give|given|stole|stolen|struck|threw|thrown|fled|"
                           r"ran|run|slept|sleep|withheld|withhold|owe|owes|"
                           r"can|could|cannot|must|may|will|would|should|not|no|never|\w+s\s+(?:the|a|an|their|his|her)\b)",
                           re.IGNORECASE)
# an adverb or an infinitive makes the longer phrase a sentence ("Recruitment still relies heavily on debt.", "Crews
# continue to work on holidays.")
_LONG_SENTENCE = re.compile(r"\b[a-z]+ly\b|\bto\s+(?!the\b|a\b|an\b|their\b|its\b|his\b|her\b)[a-z]+\b")
# a longer heading is a bare noun phrase with a preposition in it ("Fishing crews on 'cadet' visas", "Pay in the
# sawmills"), not a sentence led by an article ("The skipper beat two men.")
_LONG_SHAPE = re.compile(r"^(?!(?:The|A|An|This|That|These|Those|Our|Its|Their|His|Her|My|We|They|He|She|It|I)\b)"
                         r"(?:.*\b(?:on|in|of|for|at|from|with|under|without|after|behind|across|near)\b"
                         # or two bare nouns joined ("Piece rates and hours.", "Food or lodging.")
                         r"|[A-Z][a-z'-]+(?:\s+[a-z'-]+)?\s+(?:and|or|&)\s+[a-z'-]+(?:\s+[a-z'-]+)?\s*[.:]$)")


# a noun and the participle after it, a topic too when the point goes on after it ("Sums owed.", "Fees charged.");
# not a pronoun's sentence ("They refused.", "Nobody paid.")
_NOUN_PARTICIPLE = re.compile(r"^(?!(?:They|We|He|She|It|I|Nobody|None|All|Some|Most|Many|Both|Everyone|Everybody|"
                              r"Someone|No|This|That|These|Those)\b)[A-Z][a-z'-]+s\s+[a-z]+ed[.:]$")


def _topic_participle(sentences: list[Sentence], i: int) -> bool:
    """Is sentence ``i`` a noun and a participle with the point going on after it in its paragraph?"""
    s = sentences[i]
    return _NOUN_PARTICIPLE.match(s.text) is not None and _goes_on(sentences, i)


def _goes_on(sentences: list[Sentence], i: int) -> bool:
    """Does sentence ``i``'s paragraph go on after it?"""
    return i + 1 < len(sentences) and sentences[i + 1].paragraph == sentences[i].paragraph


def _opens_paragraph(sentences: list[Sentence], i: int) -> bool:
    return i == 0 or sentences[i - 1].paragraph != sentences[i].paragraph


def _short_heading(sentences: list[Sentence], i: int) -> bool:
    text = sentences[i].text
    return len(text) <= _LONGEST and _HEADING.match(text) is not None and (
        not _VERBISH.search(text) or _topic_participle(sentences, i))


# (s386) a numbered item's heading that names its place, then its topic, as a newsletter heads its items ("2. Multan:
# boys found at a kiln.", "4. Dhaka: a case of assault."): a short phrase with no verb after a name and a colon
_PLACED = re.compile(r"^[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}:\s+(?P<topic>[^.:;!?\"\u201c]{3,60})\.$")


_VERB_WORD = re.compile(_LONG_VERBISH.pattern + r"(?![\w'])", re.IGNORECASE)  # (whole words: "workers" holds no verb)


def _placed_heading(sentences: list[Sentence], i: int) -> bool:
    m = _PLACED.match(sentences[i].text)
    if m is None or len(m.group("topic").split()) > 7 or not _goes_on(sentences, i):
        return False
    return not _VERBISH.search(m.group("topic")) and not _VERB_WORD.search(m.group("topic"))


def _unnumbered(sentences: list[Sentence], i: int) -> bool:
    """A heading led by an article or a possessive that opens a paragraph going on after it, on a page where
    another paragraph opens the same way."""
    def heading_at(j: int) -> bool:
        return _opens_paragraph(sentences, j) and _goes_on(sentences, j) and _short_heading(sentences, j) and (
            _ARTICLE_HEADING.match(sentences[j].text) is not None)

    return heading_at(i) and any(heading_at(j) for j in range(len(sentences)) if j != i)


def run_in_heading(sentences: list[Sentence], i: int) -> bool:
    """Is sentence ``i`` the run-in heading of a numbered point, or of a page laid out in run-in headings?"""
    s = sentences[i]
    if _unnumbered(sentences, i):
        return True
    if i == 0:
        return False
    before = sentences[i - 1]
    numbered = before.paragraph == s.paragraph and _NUMBER.match(before.text.strip()) is not None and (
        i < 2 or sentences[i - 2].paragraph != s.paragraph)
    if not numbered:
        return False
    if _short_heading(sentences, i) or _placed_heading(sentences, i):
        return True
    return len(s.text) <= _LONGEST_NUMBERED and _LONG_HEADING.match(s.text) is not None and (
        _LONG_SHAPE.match(s.text) is not None and not _VERBISH.search(s.text) and not _LONG_VERBISH.search(s.text)
        and not _LONG_SENTENCE.search(s.text)
        and _goes_on(sentences, i))
