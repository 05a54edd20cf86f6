"""Radio phone-ins and call-in transcripts, for :mod:`labourlens.analyse.interviewees`: the name a caller
gives or the host uses ("CALLER (gives his name as Timur): ...", "Go ahead, Timur." then "CALLER: ..."),
so the caller's lines go to that person; a caller who gives no name stays an unnamed person worded by the
label ("SECOND CALLER: ...")."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import NAME_WORD

__all__ = ["caller_name", "described_caller"]

# ("CALLER 2", "LISTENER 3": callers numbered in the order they came on)
_CALLER_LABEL = re.compile(r"(?:[A-Z]+[ \t]+)?(?:CALLER|LISTENER|VIEWER)(?:[ \t]+\d{1,2})?", re.IGNORECASE)
_NAME = rf"(?P<name>{NAME_WORD})(?![\w'\u2019-])"
# what a caller's bracket says of the name: "(Timur)", "(gives his name as Timur, a driver)", "(calls herself Ola)",
# after a word of who calls ("(a father, giving only his first name, Timur)")
_BRACKET = re.compile(
    rf"[ \t]*[A-Za-z0-9 ]{{2,30}}\((?:(?:an?|the)[ \t]+[a-z][^(),\n:]{{1,30}},[ \t]+)?"
    rf"(?:(?:who[ \t]+)?(?:gives|gave|giving)[ \t]+(?:only[ \t]+)?(?:(?:his|her|their|a|the)[ \t]+)?"
    rf"(?:first[ \t]+)?name(?:[ \t]+as|[ \t]*,)|(?:name[ \t]+)?given[ \t]+as|calls[ \t]+(?:himself|herself)|(?:introduces|identifies)[ \t]+"
    # (s352) the name in quotes: '(identifies himself as "Ruben, from Oruro")', '(gives her name as "Lidia")'
    rf"(?:himself|herself)[ \t]+as|identified[ \t]+(?:only[ \t]+)?as|only)?[ \t]*[\"\u201c]?{_NAME}[\"\u201d]?[ \t]*[,;)]")
# the host putting a caller on air: "Go ahead, Timur", "Timur, you're on the air", "Welcome, Timur"
_WORD = rf"({NAME_WORD})(?![\w'\u2019-])"
_HOST_INTRO = re.compile(
    rf"\b(?:[Gg]o[ \t]+ahead|[Ww]elcome|[Hh]ello|[Gg]ood[ \t]+(?:evening|morning|afternoon))\b,?[ \t]+{_WORD}"
    rf"|\b{_WORD}(?:[ \t]+(?:from|in)[ \t]+{NAME_WORD})?,[ \t]+(?:you(?:['\u2019]re|[ \t]+are)[ \t]+on"
    rf"|go[ \t]+ahead)"
    rf"|\b(?:next|first|second|third|our)[ \t]+caller[ \t]+is[ \t]+{_WORD}")
# the host turning to a new caller: the name given before is no longer the one on the line
_NEW_CALLER = re.compile(r"\b(?:another|next|new|second|third|one[ \t]+more|a|our[ \t]+next)[ \t]+(?:caller|listener)\b"
                         r"|\bon[ \t]+the[ \t]+line\b", re.IGNORECASE)
# a caller described, not named, in the label's bracket: "CALLER (woman, Masaka):", "LISTENER (driver, Kisumu):"
# ("SECOND CALLER (unnamed woman):" keeps its own label, which already tells the callers apart)
# (a bracket that tells the channel, "LISTENER (by text message):", describes no one)
_DESCRIBED = re.compile(r"[ \t]*(?P<label>(?:CALLER|LISTENER|VIEWER)(?:[ \t]+\d{1,2})?)[ \t]*\((?!(?:by|via|on|through|in|over)\b)"
                        r"(?P<desc>[a-z][^()\n:]{1,40})\)[ \t]*:")
_NOT_NAMES = frozenset("The This That You We They He She It Our Your Yes No Please Thank Thanks Now Then Well".split())


_LINE_START = re.compile(r"(?m)^")
_NUMBERED = re.compile(r"(?i:CALLER|LISTENER|VIEWER)[ \t]+\d{1,2}")


def _a_place(word: str) -> bool:
    """A town in the label's bracket ("CALLER 2 (Mombasa):") says where the caller is, not who."""
    from labourlens.analyse.source_places import place_country  # noqa: PLC0415 - places import the speaker modules

    return place_country(word) is not None


def caller_name(label: str, before: str, line: str = "") -> str | None:
    """The name of the caller a "CALLER:" line belongs to: given in the line's own bracket, else the last one
    the host or an earlier bracket gave since the host last turned to a new caller; None for a caller who
    gave no name."""
    if not _CALLER_LABEL.fullmatch(label.strip()):
        return None
    own = _BRACKET.match(line)
    if own is not None and own.group("name") not in _NOT_NAMES and not _a_place(own.group("name")):
        return own.group("name")
    if _DESCRIBED.match(line):
        return None  # "CALLER (man, gave no name):": a caller the line's own bracket describes, not the last one named
    best: tuple[int, str] | None = None
    for m in _HOST_INTRO.finditer(before):
        name = next(g for g in m.groups() if g)
        if name not in _NOT_NAMES:
            best = (m.end(), name)
    for start in (ln.start() for ln in _LINE_START.finditer(before)):
        b = _BRACKET.match(before, start)
        if b is not None and _CALLER_LABEL.fullmatch(before[start:b.start("name")].split("(")[0].strip()) \
                and b.group("name") not in _NOT_NAMES and not _a_place(b.group("name")) and (best is None or b.end() > best[0]):
            best = (b.end(), b.group("name"))
    if best is None or any(n.start() > best[0] for n in _NEW_CALLER.finditer(before)):
        return None
    return best[1]


def described_caller(label: str, line: str, before: str) -> str | None:
    """A caller who gives no name but whom the label's bracket describes ("CALLER (woman, Masaka): ..."), worded
    by the label, so that two callers described apart are two people; a bare "CALLER:" line goes on with the last
    described caller until the host turns to a new one. None when no bracket describes the caller."""
    numbered = _NUMBERED.fullmatch(label.strip()) is not None
    if label.strip().upper() not in ("CALLER", "LISTENER", "VIEWER") and not numbered:
        return None  # ("SECOND CALLER:" is a caller of its own)
    own = _DESCRIBED.match(line)
    if own is not None:
        return f"{own.group('label').capitalize()} ({own.group('desc')})"
    if numbered:
        return None  # ("CALLER 3:" is a caller of its own; only its own bracket describes it)
    last = None
    for start in (ln.start() for ln in _LINE_START.finditer(before)):
        if "(" in before[start:start + 24] and (d := _DESCRIBED.match(before, start)) is not None:
            last = d
    if last is None or any(n.start() > last.end() for n in _NEW_CALLER.finditer(before)):
        return None
    return f"{last.group('label').capitalize()} ({last.group('desc')})"
