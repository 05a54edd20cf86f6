"""People who wrote, petitioned or complained to someone, then say what they said in a participle.

"Parents in Osh have written to the mayor complaining that their sons were not paid", "Neighbours of the plant
have petitioned the governor, saying that ...", "Relatives of the crew sent a letter to the ministry alleging
that ...", "Two unions have filed a complaint with the labour office, alleging that ...": the subject is the
speaker of the report that follows (the people complained; the page only relays it). The main finders read a
speaker only before a speech verb, so these sentences fell to the page's own voice.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["petition_subject"]

_ACT = (r"(?:(?:have|has|had)\s+)?(?:also\s+|repeatedly\s+|since\s+|now\s+)?"
        r"(?:written|wrote|petitioned|appealed|complained|"
        r"(?:sent|sends|send|addressed|signed|submitted|filed|lodged|posted|published)\s+(?:an?\s+|two\s+|several\s+)?"
        r"(?:open\s+|joint\s+|formal\s+|written\s+|collective\s+)?"
        r"(?:letters?|petitions?|complaints?|appeals?|lawsuits?|suits?|cases?|grievances?|messages?))\b")
_SAYING = r"(?:complaining|saying|alleging|claiming|arguing|warning|stating|reporting|insisting)"
_PARTICIPLES = ("complaining", "saying", "alleging", "claiming", "arguing", "warning", "stating", "reporting",
                "insisting")
# the subject (with an apposition), the act, its addressee and details, then "complaining that ..."
_PETITION = re.compile(
    rf"^\s*(?P<sp>[A-Z][^,;:\"\u201c\u201d]{{2,60}}?)\s*(?:,\s*[^,;:\"\u201c\u201d]{{2,60}},\s*)?{_ACT}"
    rf"[^\"\u201c\u201d;]{{0,120}}?(?:,\s+{_SAYING}\s+|\s+{_SAYING}\s+that\s+)")  # "..., saying" / "alleging that"


def petition_subject(sentence_text: str) -> Mention | None:
    """The people who wrote or complained, when a participle ("complaining that", "saying") gives what they
    said (see above); None otherwise."""
    if not any(w in sentence_text for w in _PARTICIPLES):
        return None  # speed: most sentences have none of the participles
    m = _PETITION.match(sentence_text)
    if m is None:
        return None
    sp = m.group("sp").strip()
    if classify(sp) not in ("anonymous_source", "organization", "named_person") or not _plausible(sp):
        return None
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "said", False)
