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


# (s41) a point's run-in topic word before a colon, the point going on in lower case with a phrase that speaks ("Reading: a
# new survey by the Baltic Work Institute found that ...", "Research: an audit by X showed ..."): no transcript's label
_RUN_IN_TOPIC = re.compile(r"^[A-Z][a-z'\u2019-]+:[ \t]+(?=(?:a|an|the|our|its|their|one|two|three)\s+[a-z])")


def _run_in_topic(m: Mention, sentence_text: str) -> Mention:
    """The speaker of the point after a run-in topic word read as a speaker's label, when the point names one."""
    from labourlens.analyse.mentions import find_mention  # noqa: PLC0415 - the mention finder loads after this module

    lab = _RUN_IN_TOPIC.match(sentence_text)
    if lab is None or m.start != 0 or m.end > lab.end():
        return m
    inner = find_mention(sentence_text[lab.end():])
    if inner is None:
        return m
    k = lab.end()
    return Mention(inner.wording, inner.start + k, inner.end + k, inner.cue, inner.direct, inner.relay)


def bullet_topic(m: Mention | None, sentence_text: str) -> Mention | None:
    """``m`` without a bullet's topic label (and a fronted phrase after it) at the head of its speaker phrase, or
    without a section's run-in label ("Testimony of Peter K.: Peter, a former driver, said")."""
    if m is None:
        return m
    if m.start == 0 and ":" in sentence_text[:30] and (inner := _run_in_topic(m, sentence_text)) is not m:
        return inner
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
