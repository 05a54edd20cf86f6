"""Hearsay the writer gives in the passive: "I was told last month by a contractor in Sharjah that some crews
are still there", "We were told by two drivers that the camp is locked at night". The one who told speaks (the
heldout35 convention: a first-person author relaying others gives those others). A third person told ("Kasozi
said he had been told by a clerk that ...") keeps its speaker: writers split on it.

Only where the sentence opens with it (after a fronted phrase at most): "We saw the men arrive, and we were told
by guards that ..." is the page's own account, told as what its reporters saw and heard. And only where the
clause reports on others: when the teller's words are about the listener ("Workers said they
were told by the manager that they would be fined", "she was told by the broker that her debt had grown") the
listener's own account is the claim, and the sentence keeps its speaker."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["told_by"]

_TOLD_BY = re.compile(
    # a fronted phrase at most ("Last month, ", "in March ")
    r"^\s*(?:[^,;:\"\u201c\u201d]{1,50},\s+|(?:in|last|this|early|late|earlier|back\s+in)\s+\w+\s+)?"
    r"(?-i:I|[Ww]e)\s+(?:was|were|had\s+been|have\s+been|'d\s+been|am|are|'ve\s+been)\s+"
    r"(?:(?:also|repeatedly|once|later|first|since|privately)\s+)?told\s+"
    r"(?:(?:(?:last|this|earlier\s+this|in|on|early\s+in|late\s+in)\s+\w+|(?:two|three|several|a\s+few)\s+\w+\s+ago|"
    r"in\s+\d{4}|recently|repeatedly|privately|separately)\s+)?"
    r"by\s+(?P<sp>[^,;:\"\u201c\u201d]{2,100}?)\s+that\s+(?P<next>[\w'\u2019-]+)",
    re.IGNORECASE)
# the teller's words about the listener: the listener's own experience, not hearsay about others
_ABOUT_LISTENER = frozenset("i me my we us our you your he him his she her they them their it its if unless".split())


def told_by(text: str) -> Mention | None:
    """The teller of a passive "I was told by X that ..." about others; else None."""
    if " told by " not in text and " told " not in text:
        return None
    m = _TOLD_BY.match(text)
    if m is None or m.group("next").lower() in _ABOUT_LISTENER:
        return None
    sp = m.group("sp").strip()
    if not _plausible(sp) or classify(sp) is None:
        return None
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "told", '"' in text[m.end("sp"):])
