"""Estimates given with "put ... at": "A subcontractor put the monthly charge at 120,000 rubles", "He puts the
annual revenue at up to $500 million", 'The first contractor put the number he had seen at "perhaps forty"'.

"Put X at N" reports a figure as its subject's estimate, as "estimated X at N" does: the subject speaks
(cue ``estimate``). Only a figure, or a quoted guess, after "at" makes it an estimate ("put the men at the
back of the bus" is a placing, not a report); the subject must read as a speaker
(:func:`labourlens.analyse.speakers.classify`) or be a personal pronoun that the document's speakers resolve."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["put_at_mention"]

_NUMBER_WORDS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
                 r"seventy|eighty|ninety|a\s+hundred|hundreds|a\s+thousand|thousands|several|a\s+few|dozens|a\s+dozen|half|"
                 r"a\s+third|a\s+quarter)")
_AMOUNT = (r"(?:(?:about|around|roughly|nearly|almost|approximately|some|at\s+least|more\s+than|less\s+than|up\s+to|as\s+many\s+as|"
           r"as\s+much\s+as|no\s+more\s+than|perhaps|maybe|between|over|under)\s+)*[\"\u201c]?"
           rf"(?:(?:perhaps|maybe|about|around)\s+)?(?:[$\u00a3\u20ac\u00a5]|US\$|USD\s|[A-Z]{{3}}\s)?(?:\d[\d,.]*|{_NUMBER_WORDS})\b")
_PUT_AT = re.compile(
    r"^\W{0,3}(?P<sp>(?:[A-Z][^,;:\"\u201c\u201d]{0,80}?|[Hh]e|[Ss]he|[Tt]hey))(?:,[^,;:\"\u201c\u201d]{2,100},)?\s+"
    r"(?:also\s+|later\s+|once\s+)?(?:put|puts)\s+(?P<what>(?:the|his|her|their|its|this|that|a|an)\s+"
    r"[^,;:\"\u201c\u201d]{2,80}?)\s+at\s+" + _AMOUNT)


def put_at_mention(sentence_text: str) -> Mention | None:
    """The subject of "X put the figure at N" as the speaker of the sentence, or None."""
    if " put" not in sentence_text:
        return None
    m = _PUT_AT.match(sentence_text)
    if m is None:
        return None
    sp = m.group("sp").strip()
    if sp.lower() not in ("he", "she", "they") and not (_plausible(sp) and classify(sp) is not None):
        return None
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "estimate", '"' in sentence_text[m.end("what"):])
