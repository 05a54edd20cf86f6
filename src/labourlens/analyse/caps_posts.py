"""Turns of a committee's record under a label that names the speaker's post in capitals and no name, a pass of
:mod:`labourlens.analyse.forum_posts`:

- "DEPUTY DIRECTOR (INSPECTIONS), LABOUR BOARD: Thank you, Chair. We received ..." - a post, its branch in brackets
  and the body it serves after a comma;
- "REPRESENTATIVE, HEALTH MINISTRY: Chair, our inspectors ..." - the body's envoy to the sitting;
- "DEPUTY DIRECTOR: The inspectors found ..." - the same officer later, the label shortened.

The record names the officer by the post alone, as its list of those in attendance does ("officials of the Labour
Board"): the turn's paragraph is theirs, worded as the post in title case with its bracket ("Deputy Director
(Inspections)"), unless a sentence names a speaker of its own ("The families who wrote to us say ..."). An officer
answering for a body of the state or sent by one is ``official``; one whose label names a firm or an association
speaks for it (``organization``). A record holds three labels in capitals at the least, and the page names a
committee, a hearing or a record of proceedings. Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["caps_posts"]

_RECORD = re.compile(r"\b(?:[Cc]ommittee|COMMITTEE|[Hh]earing|HEARING|[Rr]ecord\s+of\s+proceedings|RECORD\s+OF\s+PROCEEDINGS|"
                     r"[Mm]inutes\s+of|MINUTES\s+OF|Hansard|[Ss]itting|SITTING)\b")
_CAPS_LINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z.'\u2019 -]{2,}(?:\([^)\n]{1,60}\))?(?:,[ \t]*[A-Z][^:\n]{1,60})?:[ \t]+\S")
# the post in capitals (words with a word of a post among them), its branch in brackets, the body after a comma
_POST_WORDS = (r"MANAGER|DIRECTOR|REPRESENTATIVE|OFFICER|SECRETARY|COMMISSIONER|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|"
               r"CONSUL|AMBASSADOR|INSPECTOR|CONTROLLER|REGISTRAR|SUPERINTENDENT|ATTACH[EÉ]|COUNSELLOR|ADVISER|HEAD")
_LABEL = re.compile(rf"^[ \t]*(?P<post>(?:[A-Z][A-Z'\u2019-]*[ \t]+){{0,4}}(?:{_POST_WORDS})\b(?:[ \t]+[A-Z][A-Z'\u2019-]*){{0,6}})"
                    r"[ \t]*(?:\((?P<branch>[A-Z][A-Za-z&'\u2019 -]{1,40})\))?(?:,[ \t]*(?P<body>[A-Z][^:\n]{1,60}))?:[ \t]+\S")
_PERSON_TITLE = re.compile(r"^(?:MR|MRS|MS|MISS|DR|HON|PROF|REV|SEN|REP|ATTY)\b\.?")
_BODY_WORDS = re.compile(r"\b(?:ASSOCIATION|FEDERATION|UNION|CHAMBER|COMPANY|CORPORATION|LTD|GROUP|FOUNDATION|NETWORK|"
                         r"COALITION|SOCIETY|Association|Federation|Union|Chamber|Company|Corporation|Ltd|Group|"
                         r"Foundation|Network|Coalition|Society)\b")
_SMALL = frozenset(("of", "the", "for", "and", "to", "in", "on"))
_LABELS = 3  # labels in capitals on a record, at the least


def _title(words: str) -> str:
    """A post in capitals in title case ("ENVOY OF THE PORTS BOARD" -> "Envoy of the Ports Board")."""
    out = []
    for n, w in enumerate(words.split()):
        low = w.lower()
        out.append(low if n and low in _SMALL else w.capitalize())
    return " ".join(out)


def caps_posts(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give each turn under a post's label in capitals to that officer (in place; see the module doc)."""
    if _RECORD.search(text[:600]) is None or len(_CAPS_LINE.findall(text)) < _LABELS:
        return
    keys: dict[str, str] = {}  # a post in capitals -> its source's key
    for i, s in enumerate(sentences):
        if s.kind != "body" or (i and sentences[i - 1].paragraph == s.paragraph):
            continue  # a label opens its paragraph
        m = _LABEL.match(s.text)
        if m is None or _PERSON_TITLE.match(m.group("post")):
            continue
        post = " ".join(m.group("post").split())
        key = keys.get(post) or next((k for p, k in keys.items() if p.startswith(post + " ")), None)
        if key is None:
            branch = m.group("branch")
            wording = _title(post) + (f" ({_title(branch)})" if branch else "")
            src = reg.resolve(Mention(wording, 0, len(wording), "said", True), s.start, "")
            src.kind = "organization" if _BODY_WORDS.search(m.group(0)) else "official"
            key = keys.setdefault(post, src.key)
        label_words = _title(post).lower()
        for k in range(i, len(sentences)):
            if sentences[k].paragraph != s.paragraph:
                break
            att = result[k]
            said = next((x for x in reg.sources() if x.key == att.source), None)
            own_label = said is not None and (said.wording or "").lower() in (post.lower(), label_words)
            if att.source == OUTLET_KEY or not att.explicit or own_label:
                result[k] = replace(att, source=key, cue="said", direct=True)
