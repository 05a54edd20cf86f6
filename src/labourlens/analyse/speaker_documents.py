"""Speaker phrases that name a document (used by :func:`labourlens.analyse.speakers.classify`): a document
noun before any person noun ("pay slips the foreman kept", "production schedules photographed at one
factory", "Article 9"), a body's own report ("the State Department's Trafficking in Persons report"), and a
report named by the body that wrote it ("a UN Panel of Experts report in 2019")."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens.analyse.speaker_lexicon import _lex

__all__ = ["document_first", "owned_document"]

_ARTICLE = re.compile(r"^(?:Article|Clause|Section|Paragraph|Annex|Appendix|Point)\s+\d+[\w.()]*\b")
# words that may come before the document noun ("the signed monthly pay slips")
_DOC_SKIP = frozenset("the a an one these those this its their his her our some two three several internal "
                      "leaked signed written official company monthly weekly daily annual yearly latest "
                      "final copies copy of handwritten new old original".split())
_OWNED_DOCUMENT = re.compile(
    # no person who has seen it or knows about it ("a person familiar with the ministry's report")
    r"^(?!.*\b(?:familiar|with|who|close|knowledge|access|seen)\b)"
    # an owner's report, study or figures
    r"(?:the\s+)?[^,]{2,60}?['\u2019]s?\s+(?:[\w-]+\s+){0,5}(?:report|study|survey|index|assessment|"
    r"findings|review|investigation|analysis|estimates|statistics|figures|records)$", re.IGNORECASE)
# a body's name used as a modifier of its report, with the year it came out: "a UN Panel of Experts report in 2019",
# "the 2021 Global Slavery Index Foundation study" (the words of the name are never read as the speaker's head noun)
_BODY_NAMED_DOCUMENT = re.compile(
    r"^(?:[Tt]he\s+|[Aa]n?\s+|[Ii]ts\s+)?(?:(?:19|20)\d{2}\s+)?(?:latest\s+|new\s+|annual\s+|final\s+)?"
    # (a body's own words may be in small letters: "A UN panel of experts report", "the ILO country office study")
    r"[A-Z][\w.&'\u2019-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*(?:[A-Z][\w.&'\u2019-]*|panel|committee|commission|council|"
    r"experts|group|board|team|ministry|office|agency|union|federation|association|coalition|network|inspectorate))*\s+"
    r"(?:report|study|survey|assessment|review|investigation|analysis|estimates?)"
    r"(?:\s+(?:in|from|of)\s+(?:19|20)\d{2}|\s+(?:published|released|issued)\s+[^,]{0,60})?$")


_POSSESSIVE_END = re.compile(r"['\u2019]s$")
# the people who wrote a document ("the survey's principal author", "the study's editor"): persons, not the document
_WRITERS = frozenset(("author", "co-author", "coauthor", "editor", "compiler"))
_WORD = re.compile(r"[\w'\u2019-]+")


@lru_cache(maxsize=4096)
def document_first(first: str) -> bool:
    """Does the phrase open with a document noun before any person noun ("pay slips the
    foreman kept", "production schedules photographed at one factory", "Article 9")?"""
    if _ARTICLE.match(first):
        return True
    raw = _WORD.findall(first)
    words = [_POSSESSIVE_END.sub("", w.lower()) for w in raw]
    table = _lex().noun_table
    i = 0
    while i < len(words) and words[i] in _DOC_SKIP and i < 3:
        i += 1
    for j in range(i, min(len(words), i + 4)):
        for n in (3, 2, 1):
            phrase = " ".join(words[j:j + n])
            kind = table.get(phrase)
            if kind is None or j + n > len(words):
                continue
            if kind != "document":
                return False
            nxt = words[j + n] if j + n < len(words) else ""
            after = words[j + n + 1] if j + n + 1 < len(words) else ""
            if _POSSESSIVE_END.search(raw[j + n - 1]) and table.get(nxt) is None and (
                    after in _WRITERS or table.get(after) not in (None, "document")) or nxt in _WRITERS:
                return False  # "the audit's chief author", "the study's principal investigator": a person
            return table.get(nxt) in (None, "document")
    return False


def owned_document(first: str) -> bool:
    """Is the phrase a body's or a person's own report ("the ministry's annual survey", "Lee's figures"), or a
    report named by its body ("a UN Panel of Experts report in 2019")?"""
    return _OWNED_DOCUMENT.match(first) is not None or _BODY_NAMED_DOCUMENT.match(first) is not None
