"""A briefing's or a speech's transcript whose header names the one person speaking, a pass of
:mod:`labourlens.analyse.forum_posts` (the last passes of the attribution).

A body that publishes the transcript of its own briefing, remarks or address heads it with a field that names who
speaks ("Speaker: Consul General Ana Ruiz, Consulate of Peru", "Briefer: Deputy Minister Tom Bell") and then gives
the opening statement in that person's first person, with no verb of saying ("Good morning. Our shelter houses 40
women today."). Those sentences are the speaker's, not the page's own voice; so are the later turns labelled with the
speaker's surname in capitals ("RUIZ: I cannot comment."), which name the same person shorter. A record whose opening
statement is itself under a label in capitals ("RUIZ: Good morning.") is left to the readers of such labels. Only a page whose
first lines call it a transcript, a briefing, remarks, an address or a speech is read, and only sentences left to the
page's voice (a group the speaker quotes, "Twelve women told us ...", keeps its own speaker).
Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["briefing_speakers"]

_HEAD = 600  # the header stands in the page's first lines
# the page calls itself the record of one person's spoken words
_KIND = re.compile(r"\b(?:[Tt]ranscript|[Pp]ress\s+briefing|[Bb]riefing|[Rr]emarks|[Aa]ddress|[Ss]peech|[Oo]pening\s+statement)\b")
_NAME_WORD = r"[A-Z][\w'\u2019-]*\.?"
# "Speaker: Labour Attache Ana Q. Ruiz, Migrant Workers Office": the field, a title or post in capitalised words, the
# person's name (two to four capitalised words, an initial allowed), perhaps the body after a comma
_FIELD = re.compile(rf"^[ \t]*(?:Speaker|Briefer|Speaking|Delivered\s+by|Remarks\s+by)[ \t]*:[ \t]*"
                    rf"(?P<who>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,6}})(?:[ \t]*,[ \t]*(?P<body>[^\n]{{2,80}}))?[ \t]*$",
                    re.MULTILINE)
# a turn's label in capitals at a sentence's start: "RUIZ:", "MS RUIZ:"
_CAPS_LABEL = re.compile(r"^[ \t]*(?:(?:MR|MRS|MS|DR)\.?[ \t]+)?(?P<s>[A-Z][A-Z'\u2019-]+)[ \t]*:")


# a post or body of the state in the header: its holder speaks in office
_STATE_POST = re.compile(r"\b(?:Attach[e\u00e9]|Consul|Ambassador|Minister|Embassy|Consulate|Ministry|Commissioner|Governor|"
                         r"Mayor|Secretary\s+of\s+State)\b")


# any turn's label in capitals ("KIM JI-HO:", "REPORTER (Daily Post):")
_ANY_CAPS_LABEL = re.compile(r"^[ \t]*[A-Z][A-Z.'\u2019-]+(?:[ \t]+[A-Z][A-Z.'\u2019-]+){0,3}[ \t]*(?:\([^)\n]{1,60}\))?[ \t]*:")


def _surname(who: str) -> str:
    return who.split()[-1].rstrip(".")


def briefing_speakers(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give a one-speaker transcript's statement in the page's voice, and the turns under the speaker's surname, to
    the speaker its header names (in place; see the module docstring)."""
    head = text[:_HEAD]
    if ":" not in head or _KIND.search(head) is None:
        return  # speed: nearly every page has no such header
    m = _FIELD.search(head)
    if m is None:
        return
    opening = next((s for s in sentences if s.kind == "body" and s.start > m.end()), None)
    if opening is None or _ANY_CAPS_LABEL.match(opening.text):
        return  # "KIM JI-HO: Good morning ...": the record labels its own turns, the earlier readers give them
    who = m.group("who")
    wording = f"{who}, {m.group('body').strip()}" if m.group("body") else who
    surname = _surname(who).upper()
    where = next((s for s in sentences if s.start <= m.start("who") < s.end), None)
    src = reg.resolve(Mention(wording, m.start("who") - (where.start if where else 0),
                              m.start("who") - (where.start if where else 0) + len(wording), "said"),
                      where.start if where else 0, "")
    if _STATE_POST.search(wording):
        src.kind = "official"  # "Labor Attache Ana Ruiz": the state's post speaks, whatever the spelling
    by_key = {s.key: s for s in reg.sources()}
    for i, s in enumerate(sentences):
        if s.kind != "body" or s.start <= m.end():
            continue
        att = result[i]
        label = _CAPS_LABEL.match(s.text)
        if label is not None and label.group("s") == surname:
            result[i] = replace(att, source=src.key, cue="said", explicit=True)
            continue
        said = by_key.get(att.source)
        if said is not None and att.source != src.key and (said.wording or "").strip().upper() == surname:
            result[i] = replace(att, source=src.key)  # the turn's later sentences, read as the surname's
            continue
        if att.source == OUTLET_KEY and not att.explicit:
            result[i] = replace(att, source=src.key, cue="said", direct=False)
