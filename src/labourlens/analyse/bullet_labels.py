"""A bullet point that opens with a topic label ("- Documents: 12% said an employer was holding their passport";
"- Raids: after the checks in August, many callers said ..."): the label names what the point is about, not who
speaks, so the speaker is the phrase after it (after a fronted phrase of time, at most), never "Documents: 12%" (read
as a document) or "Raids: after the checks ..., many callers". Called from :mod:`labourlens.analyse.attribution`;
examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["bullet_topic"]

# a bullet mark (or "1." / "a)") and a label of one to four words that ends with a colon
_BULLET_LABEL = re.compile(r"^\s*(?:[-\u2022*\u2013\u2014\u25aa\u25cf]|\d{1,2}[.)]|[a-z][.)])[ \t]*"
                           r"[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){0,3}[ \t]*:[ \t]+")


# a run-in label of a section that opens the paragraph and ends with a colon: 'Testimony of "Faith" (a pseudonym,
# speaking by video): Faith, 27, said ...', "Testimony of Peter K.: Peter, a former driver, said ...": the label names
# the section; the person after it speaks
_SECTION_LABEL = re.compile(r"^\s*(?:Testimony|Statement|Evidence|Account|Submission|Remarks|Witness)\s+(?:of|from|by)\s+"
                            r"[^:\n]{1,100}?:[ \t]+(?=[A-Z])")


def bullet_topic(m: Mention | None, sentence_text: str) -> Mention | None:
    """``m`` without a bullet's topic label (and a fronted phrase after it) at the head of its speaker phrase, or
    without a section's run-in label ("Testimony of Peter K.: Peter, a former driver, said")."""
    if m is None:
        return m
    section = _SECTION_LABEL.match(sentence_text) if sentence_text[:1] in "TSEARW" else None
    lab = section or _BULLET_LABEL.match(sentence_text)
    if lab is None or not m.start < lab.end() < m.end:
        return m
    rest = sentence_text[lab.end():m.end]
    # "after the checks in August, many callers": the callers; "Faith, 27": the person after a section's label
    speaker = rest.strip() if section is not None else rest.rsplit(", ", 1)[-1].strip()
    if not speaker or classify(speaker) is None:
        return m
    start = m.end - len(speaker)
    return Mention(speaker, start, m.end, m.cue, m.direct, m.relay)
