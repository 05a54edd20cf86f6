"""Methods sections (extractor ``method_notes.v1``): paragraphs that say how a study was done.

An NGO report or a paper describes its sampling, interviews, coding, ethics and limitations
in the same words it uses for its findings ("participants were paid 50,000 won for their
time", "transcripts were coded against the indicators of forced labour, including
'restriction of movement'"). Those sentences are about the research, not about the
workers, and are not claims. A paragraph is a methods paragraph when it uses at least
``min_terms`` distinct terms of ``knowledge/research_methods.yaml``, or opens with one of
its headings ("A.2 Interviews.", "Limitations:") and uses one term. A findings paragraph
that names its respondents once ("Of the 41 respondents, 30 said their passports were
taken") is not one."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.gated import Folded
from labourlens.analyse.speakers import word_alternation
from labourlens.model import Sentence

__all__ = ["EXTRACTOR", "method_paragraphs"]

EXTRACTOR = "method_notes.v1"


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    data = knowledge.load("research_methods.yaml")
    terms = word_alternation([str(t) for t in data["terms"]]).replace(r"\s+", r"[\s-]+")
    headings = word_alternation([str(t) for t in data["headings"]]).replace(r"\s+", r"\s+")
    # "A.2 Interviews.", "3. Methodology", "Limitations:", "Ethics -"
    heading = re.compile(rf"^\s*(?:[A-Z]?\d*(?:\.\d+)*\.?\s+)?(?:{headings})\s*[.:\u2013\u2014-]", re.IGNORECASE)
    return re.compile(rf"\b(?:{terms})\b", re.IGNORECASE), heading, int(data.get("min_terms", 3))


@lru_cache(maxsize=1)
def _folded_terms() -> Folded:
    """The terms pattern matched on lower-cased text where that finds the same (speed: see :class:`Folded`)."""
    terms_re = _lexicon()[0]
    return Folded(terms_re.pattern, terms_re.flags)


_JOINS = re.compile(r"[\s-]+")


def method_paragraphs(sentences: list[Sentence]) -> set[int]:
    """The paragraph numbers of the methods paragraphs among ``sentences``."""
    _, heading_re, min_terms = _lexicon()
    paragraphs: dict[int, list[Sentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    found: set[int] = set()
    for number, members in paragraphs.items():
        text = " ".join(s.text for s in members)
        # (a term of letters only has nothing to join: speed)
        terms = {t if t.isalpha() else _JOINS.sub(" ", t) for t in _folded_terms().terms(text)}
        if len(terms) >= min_terms or (terms and heading_re.match(members[0].text)):
            found.add(number)
    return found
