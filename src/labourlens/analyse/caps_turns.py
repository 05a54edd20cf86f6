"""Turns of a hearing's record printed in the style of the Philippine Congress and of other legislatures that set the
speaker's label in capitals and close it with a full stop, a pass of :mod:`labourlens.analyse.forum_posts`:

- "MS. ANALYN REYES. Thank you, Madam Chair. We worked ..." - a titled witness;
- "SECRETARY CRUZ. We inspected 40 farms ..." - an officer of the state by rank;
- "MR. BAUTISTA (Pampanga Growers' Federation). Our members pay ..." - a person answering for the body in brackets;
- "THE CHAIR (REP. LOPEZ). The meeting is called to order." - the chair, a member named in brackets.

The turn runs over the paragraphs under the label up to the next label or a bracketed note of the record ("(The
session adjourned ...)"); a sentence that names a speaker of its own keeps it ("The families who wrote to me say
..."), and the label on its own is no claim. Lawmakers and officers of the state are ``official``; a person whose
label names a firm or an association speaks for it: ``organization``. Three such labels are needed before a page is
read so. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.roll_titles import MIXED_TITLES, mixed_title, roll_kind
from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["caps_turn_label", "caps_turns", "host_address"]

_CAPS = r"[A-Z][A-Z'\u2019-]+"
_STATE_TITLES = (r"SENATOR|SEN\.|REP\.|REPRESENTATIVE|CONGRESSMAN|CONGRESSWOMAN|HON\.|(?:ASSISTANT\s+|DEPUTY\s+)?SECRETARY|"
                 r"UNDERSECRETARY|USEC\.?|ASEC\.?|DIRECTOR(?:\s+GENERAL)?|COMMISSIONER|ADMINISTRATOR|GOVERNOR|MAYOR|"
                 r"(?:DEPUTY\s+)?MINISTER|AMBASSADOR|CONSUL(?:\s+GENERAL)?|PROSECUTOR|JUSTICE|JUDGE|INSPECTOR|"
                 r"(?:POLICE\s+)?(?:GENERAL|COLONEL|MAJOR|CAPTAIN)|GEN\.|COL\.|MAJ\.|CAPT\.")
_PERSON_TITLES = r"MR\.|MS\.|MRS\.|MISS|DR\.|ATTY\.|ENGR\.|FR\.|SR\.|PROF\."
_ROLE = (r"THE\s+(?:CHAIRPERSON|CHAIRMAN|CHAIRWOMAN|CHAIR|PRESIDING\s+OFFICER|PRESIDENT|SPEAKER|"
         r"(?:COMMITTEE\s+)?SECRETARY|CLERK|SECRETARY\s+OF\s+THE\s+COMMITTEE)")
_LABEL = re.compile(rf"(?P<label>(?P<role>{_ROLE})|(?P<title>{_STATE_TITLES}|{_PERSON_TITLES}|{MIXED_TITLES})\s+"
                    rf"(?P<name>{_CAPS}(?:\s+{_CAPS}){{0,3}}))"
                    r"[ \t]*(?:\((?P<note>[^)\n]{2,100})\))?\.(?=\s|$)")
_STATE = re.compile(r"^(?:" + _STATE_TITLES + r")(?:\s|$)")
_STATE_NOTE = re.compile(r"\b(?:Department|Ministry|Bureau|Office|Agency|Authority|Commission|Administration|Police|Embassy|"
                         r"Consulate|Government|Directorate|Service|Inspectorate|Senate|House|Congress|Council\s+of\s+State)\b")
_BODY_NOTE = re.compile(r"\b(?:Association|Federation|Union|Council|Chamber|Alliance|Network|Foundation|Coalition|Company|"
                        r"Corporation|Inc|Ltd|Corp|Co|Group|Holdings|Services|Agency|Cooperative|League|Institute|Centre|"
                        r"Center|Society|Confederation|Mills?|Plantations?|Farms?)\b")
_RECORD_NOTE = re.compile(r"^\s*\(")
_SPACES = re.compile(r"\s+")
_OWN_WORD = re.compile(r"(?i)(?:our|my)\s")


def caps_turn_label(text: str) -> bool:
    """Is the sentence a turn's capitalised label and nothing else ("MR. BAUTISTA (Growers' Federation).")?"""
    m = _LABEL.match(text.strip())
    return m is not None and m.end() == len(text.strip())


def _title(words: str) -> str:
    return " ".join(w if w.endswith(".") and len(w) <= 4 and w[:-1].isalpha() and w != w.upper() else w.title()
                    for w in words.split())


def _speaker(m: re.Match[str], text: str = "") -> tuple[str, str] | None:
    """(wording, kind) of the person the label names; None for a role alone ("THE CHAIRPERSON.")."""
    note = (m.group("note") or "").strip()
    if m.group("role"):
        inner = _LABEL.match(note + ".") if note else None
        if inner is None or inner.group("role"):
            return None
        return _speaker(inner)
    title, name = _SPACES.sub(" ", m.group("title")), _SPACES.sub(" ", m.group("name"))
    wording = _title(f"{title} {name}")
    if mixed_title(title):  # "Mrs. OKAFOR.": the record's own case for the title, the kind read from the page
        return wording, roll_kind(title, name, text)
    if note and _STATE_NOTE.search(note):
        return wording, "official"
    if note and _BODY_NOTE.search(note):
        return wording, "organization"  # answering for the firm or the association in brackets
    if _STATE.match(title):
        return wording, "official"
    return wording, "named_person"


def _labels(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, re.Match[str]]]:
    out = []
    for i, s in enumerate(sentences):
        if i and sentences[i - 1].paragraph == s.paragraph:
            continue  # a label opens its paragraph
        m = _LABEL.match(text, s.start)
        if m is not None:
            out.append((i, m))
    return out


def caps_turns(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences of each turn to the person its label names (in place; see the module doc)."""
    if ". " not in text:
        return
    turns = _labels(text, sentences)
    if len(turns) < 3:
        return  # a record of turns, not a paragraph that happens to open "MR. X."
    roles: dict[str, str] = {}
    keys: dict[str, str] = {}
    page_voice = {x.key for x in reg.sources() if x.kind == "document" and _is_heading_voice(x, text)}
    starts = [i for i, _ in turns] + [len(sentences)]
    for n, (i, m) in enumerate(turns):
        s = sentences[i]
        found = _speaker(m, text)
        role = _SPACES.sub(" ", m.group("role") or "")
        if found is None:
            key = roles.get(role)
            if key is None:
                if not role or "CHAIR" in role or "PRESID" in role or "SPEAKER" in role:
                    continue
                found = (role.title(), "official")  # "THE COMMITTEE SECRETARY.": an officer of the house
        if found is not None:
            wording, kind = found
            key = keys.get(wording.lower(), "")
            if not key:
                src = reg.resolve(Mention(wording, 0, len(m.group("label")), "said", True), s.start,
                                  text[max(0, s.start - 600):s.start])
                src.kind = kind
                key = keys.setdefault(wording.lower(), src.key)
            if role:
                roles[role] = key
        for k in range(i, starts[n + 1]):
            if k > i and _RECORD_NOTE.match(sentences[k].text) and sentences[k].paragraph != sentences[k - 1].paragraph:
                break  # "(The session adjourned at noon.)": the record's note ends the turn
            att = result[k]
            own = att.source == OUTLET_KEY or not att.explicit or att.source in page_voice or _own_side(sentences[k].text, att)
            own = own or _TOLD_THE_SPEAKER.search(sentences[k].text) is not None
            label_only = k == i and caps_turn_label(sentences[k].text)
            if own or label_only:
                result[k] = replace(att, source=key, cue="said", direct=True)


# "Once I asked the boss, she said I would be fired": what someone told the turn's speaker stays the speaker's account
_TOLD_THE_SPEAKER = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:said|told\s+(?:me|us)|warned(?:\s+(?:me|us))?)\s+"
                               r"(?:that\s+)?(?:I|we)\s")
_OWN_SIDE = re.compile(r"\b(?:[Oo]ur|[Mm]y)\s+(?:\w+\s+){0,2}$")


def _own_side(line: str, att: Any) -> bool:
    """"Our inspectors found ...": the turn speaker's own staff, in the turn speaker's words."""
    if att.span is None:
        return False
    return _OWN_SIDE.search(line[:att.span[0]]) is not None or _OWN_WORD.match(line, att.span[0], att.span[1]) is not None


def _is_heading_voice(src: Any, text: str) -> bool:
    """A document the record's own heading names ("Excerpt of the transcript ..."): the page, not a source."""
    w = (src.wording or "").strip()
    at = text.find(w) if w else -1
    return 0 <= at < 600 and text[text.rfind("\n", 0, at) + 1:at].strip() == ""  # it opens a line of the heading


# (s345) a host's turn that speaks to a guest by first name in the second person, before the question it leads to:
# "HOST: Maria, you ran the survey yourself.", "LEE: Tom, your firm buys from those mills." (the guest's own answer
# follows in the next turn)
_HOST_ADDRESS = re.compile(r"^\s*[A-Z][A-Z'\u2019. -]{1,30}:\s+[A-Z][a-z'\u2019-]+,\s+(?:you|your)\b[^.!?;:\"\u201c]*[.?]\s*$")


def host_address(text: str) -> bool:
    """Is the sentence a capitalised turn label, then a guest's first name and a short sentence to them ("you", "your"):
    the host's lead-in to a question, no claim?"""
    return _HOST_ADDRESS.match(text) is not None
