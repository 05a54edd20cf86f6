"""Turns of a parliamentary record printed with the speaker's name on a line of its own, a pass of
:mod:`labourlens.analyse.forum_posts` (the last passes of the attribution):

- "Ms Priya Anand (Leeds North) (Lab)" - a titled member with the seat and the party in brackets;
- "The Minister for Migration (Tom Reyes)" - a post with its holder's name in brackets;
- "Ms Anand", "Tom Reyes" - the same people again, shorter, once they have spoken.

The paragraphs under such a line, up to the next one, are that person's, unless a sentence names a speaker of its
own ("Growers tell me that ..." stays the growers'). Hansard-style records of Westminster-type parliaments print
debates so; a record with a colon after the name ("Hon. Kumari Dias: ...") is read by
:mod:`labourlens.analyse.hearing_turns`. Members and office holders speak in office: ``official``. It takes three
such lines and a word of a parliament's record ("House of Commons", "Hansard", "debated on", "Lok Sabha") before a
page is read so: a byline alone on its line is not a turn. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.analyse.testimony_blocks import paragraph_groups
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["debate_records"]

# (gated: most reports name none of these, and the case-blind scan tried every character of the text)
_RECORD = gated(r"\b(?:House of (?:Commons|Lords|Representatives|Assembly)|Hansard|Official Report|Lok Sabha|Rajya Sabha|"
                     r"National Assembly|Legislative (?:Council|Assembly)|Dewan Rakyat|Dáil|Seanad|debated on|Oral Answers|"
                     r"Written Answers|Question Time|Second Reading|Westminster Hall)\b", re.IGNORECASE)  # (a masthead in capitals too)
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Hon|Senator|Sen|Rep|Deputy)\.?"
_NAME = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3}"
_NOTE = r"\((?P<{0}>[^()\n]{{2,60}})\)"
# "Ms Priya Anand (Leeds North) (Lab)", "Mr Greaves", "Baroness Hale of Kent"
_MEMBER = re.compile(rf"^[ \t]*(?:The\s+)?(?P<name>{_TITLE}\s+{_NAME}(?:\s+of\s+{_NAME})?)[ \t]*(?:{_NOTE.format('seat')})?"
                     rf"[ \t]*(?:{_NOTE.format('party')})?[ \t]*$")
# "The Minister for Migration (Tom Reyes)", "The Parliamentary Under-Secretary of State for Work (Dr Ann Lee)"
_HOLDER = re.compile(rf"^[ \t]*The\s+(?P<post>(?:Parliamentary\s+|Deputy\s+|Prime\s+|Shadow\s+|Minister\s+of\s+State\s+)*"
                     rf"(?:Minister|Secretary|Under-Secretary|Attorney\s+General|Solicitor\s+General|Leader|Chair|Chairman|"
                     rf"Speaker)\b[^()\n]{{0,90}}?)[ \t]*\((?P<name>(?:{_TITLE}\s+)?{_NAME})\)[ \t]*$")
_OWN_SIDE = re.compile(r"^\s*(?:[Oo]ur|[Mm]y)\s"
                       # a tally of the records the speaker's office holds: "Families in 12 complaints state that ..."
                       r"|^[^,;:]{0,40}?\bin\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:of\s+(?:the|these|those)\s+)?"
                       r"(?:complaints|cases|petitions|applications|reports|files|claims)\b")
_TITLED = re.compile(rf"^{_TITLE}\s+")
_BARE = re.compile(rf"^[ \t]*(?P<name>{_NAME})[ \t]*$")


def _heading(line: str, names: dict[str, str], colon: bool = False) -> tuple[str, str | None] | None:
    """(wording, surname-or-name key) of the person a line of its own names, or None for a line that is no turn's
    (``colon``: the line may end in a colon, as a record that prints "The Hon. Ann Lee (Minister of Labour):" above
    the turn does)."""
    if colon and line.rstrip().endswith(":") and "\n" not in line.strip():
        line = line.rstrip()[:-1]
    if len(line) > 160 or line.rstrip().endswith((".", "?", "!", ":", "\"", "\u201d")):
        return None
    for rx in (_HOLDER, _MEMBER):
        m = rx.match(line)
        if m is not None:
            return m.group("name").strip(), None
    m = _BARE.match(line)
    if m is not None and m.group("name").strip().lower() in names:  # "Tom Reyes" once he has spoken as the minister
        return m.group("name").strip(), m.group("name").strip().lower()
    return None


def debate_records(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the paragraphs under each speaker's line of a parliamentary record to that speaker (in place)."""
    if _RECORD.search(text[:3000]) is None:
        return
    paras = [p for p in paragraph_groups(sentences) if p]
    # (a label that ends in a colon may head the paragraph of its turn: the turn is the rest of that paragraph)
    split = [q for p in paras for q in ([p[:1], p[1:]] if len(p) > 1 and _heading(sentences[p[0]].text, {}, True)
                                         is not None and _heading(text[sentences[p[0]].start:sentences[p[-1]].end], {})
                                         is None else [p]) if q]
    paras = split
    lines = {p[0]: text[sentences[p[0]].start:sentences[p[-1]].end] for p in paras}
    names: dict[str, str] = {}  # a speaker's full name and surname (lower case) -> their source key
    if sum(1 for p in paras if _heading(lines[p[0]], {}, True) is not None) < 3:  # (no names known yet: no bare name)
        return  # three turns at least: a record of a sitting, not a page with one titled name on a line
    key: str | None = None
    colon = False
    for p in paras:
        head = sentences[p[0]]
        found = _heading(lines[p[0]], names, True)
        if found is not None:
            colon = lines[p[0]].rstrip().endswith(":")
            wording, known = found
            key = names.get(known or "") or names.get(wording.lower()) or names.get(wording.split()[-1].lower())
            if key is None:
                at = max(0, lines[p[0]].find(wording))
                src = reg.resolve(Mention(wording, at, at + len(wording), "said", True), head.start,
                                  text[max(0, head.start - 600):head.start])
                src.kind = "official"
                key = src.key
            names.setdefault(wording.lower(), key)
            names.setdefault(wording.split()[-1].lower(), key)
            bare = _TITLED.sub("", wording)  # "Ms Priya Anand" is "Priya Anand" too
            names.setdefault(bare.lower(), key)
            for i in p:  # (a label that ends in a colon introduces the turn: no claim of its own)
                result[i] = replace(result[i], source=OUTLET_KEY, cue="label" if colon else None, explicit=False, span=None)
            continue
        if key is None:
            continue
        for i in p:
            att = result[i]
            said = sentences[i].text[att.span[0]:att.span[1]] if att.explicit and att.span is not None else ""
            if att.source == OUTLET_KEY or not att.explicit or _OWN_SIDE.match(said):  # "Our inspectors found ...": hers
                # (under a label that ends in a colon, "X (post):", the label names the speaker of what follows as "X
                # said:" does: the turn's sentences are hers explicitly, and go on about what she has spoken of)
                result[i] = replace(att, source=key, cue="said", direct=True, explicit=att.explicit or colon)
