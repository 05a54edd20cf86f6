"""Where a source's voice and the page's own voice meet (hooks for the attribution finders).

- A quotation closed and then given to a speaker whose description runs long ('"We start at seven,"
  said a crane driver who has worked at the site since 2021 and spoke on condition of anonymity
  because he feared for his job.'): the speaker is the phrase up to its relative clause ("a crane
  driver"); the main finders give up on a speaker phrase that long, and the quotation then fell to
  the page's voice.
- A quotation given to a speaker with an apposition ('"...," one of the fitters, a 31-year-old
  Nepali, told the Harbour Courier.'): the speaker before the apposition.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _cue, _plausible, classify

__all__ = ["quoted_speaker"]

_VERBS = r"said|says|added|adds|explained|recalled|recalls|told\s+(?:[A-Z][\w'\u2019-]*\s*){1,4}|told\s+(?:us|me|reporters)"
_DET = r"(?:a|an|the|one|another|two|three|several|some)"
# '..." said a crane driver who ...' (the speaker after the verb, then a relative clause)
_INVERTED = re.compile(
    rf"[,!?\u2026]\s*[\"\u201d\u2019]\s+(?P<verb>{_VERBS})\s*,?\s+"
    rf"(?P<sp>{_DET}\s+[^,;:\"\u201c\u201d]{{2,60}}?)\s*,?\s+(?:who|whose)\s", re.IGNORECASE)
# '..." one of the fitters, a 31-year-old Nepali, told ...' (the speaker, an apposition, then the verb)
_APPOSED = re.compile(
    rf"[,!?\u2026]\s*[\"\u201d\u2019]\s+(?P<sp>{_DET}\s+(?:of\s+the\s+)?[^,;:\"\u201c\u201d]{{2,50}}?),\s+"
    rf"(?:a|an)\s+[^,;:\"\u201c\u201d]{{2,60}}?,\s+(?P<verb>{_VERBS})(?:\s*[.,;]|\s+(?:on|in|by|last|this)\b|$)",
    re.IGNORECASE)


def quoted_speaker(sentence_text: str) -> Mention | None:
    """The speaker of a closed quotation in the two shapes above, or None."""
    if '"' not in sentence_text and "\u201d" not in sentence_text:
        return None
    for rx in (_INVERTED, _APPOSED):
        m = rx.search(sentence_text)
        if m is None:
            continue
        sp = m.group("sp").strip()
        if classify(sp) not in ("anonymous_source", "named_person") or not _plausible(sp):
            continue
        verb = m.group("verb").split()[0]
        return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(verb), True)
    return None


_NAMED_AFTER = re.compile(r"^,\s+(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019]+(?:[- ][A-Z][\w'\u2019]+){1,2})"
                          r"(?:,\s+\d{1,2})?,\s+(?:who|whose)\b")


def named_apposed(np: str, rest: str) -> str:
    """A person introduced by what they do and then by name ("I met a Nepali steel fixer" + ", Ram Tamang,
    who spent ..." -> "a Nepali steel fixer, Ram Tamang"): the name is part of the speaker, so that a later
    "Tamang said" is the same person; ``np`` unchanged otherwise."""
    m = _NAMED_AFTER.match(rest) if rest[:1] == "," else None
    if m is None or classify(m.group("name")) != "named_person":
        return np
    return f"{np.strip()}, {m.group('name')}"
