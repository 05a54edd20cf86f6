"""Testimony summarised in indirect speech, and broadcast labels that describe someone, for
:mod:`labourlens.analyse.forum_posts` (the last passes of the attribution).

- A witness's account summarised over several sentences ("Daniel Moon, a former IT worker, testified by video.
  Moon said his team was told to earn $5,000 a month. The money went through the team leader. Anyone who fell
  short was sent back."): the plain sentences after the witness's reported sentence, to the end of the
  paragraph, go on with the witness's account, as the annotators read them. A witness is a person met with a
  testimony wording ("testified", "in her deposition", "in his statement to the court", "told the committee",
  "recounted"). Sentences that are plainly the writer's background (a year, a law, the hearing or committee
  itself) and sentences naming their own speaker stay as they are.
- A label that describes the speaker ("PLUMBER (through interpreter): ...") after a voice-over that introduced
  them ("We found a Russian plumber who works in the building.") is worded by that introduction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import OUTLET_KEY, classify
from labourlens.model import Sentence, Source

__all__ = ["continue_testimony", "introduced_labels", "merge_introduced", "sound_bites"]

_TESTIMONY = gated(
    r"\b(?:testif(?:y|ies|ied|ying)|testimony|depositions?|affidavits?|witness\s+statement|sworn\s+statement|"
    r"statement\s+to\s+(?:the\s+)?(?:court|tribunal|judge|jury|committee|panel|inquiry|commission|police|investigators)|"
    r"(?:told|addressed|described\s+to|explained\s+to|recounted\s+to)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:committee|subcommittee|panel|court|judge|jury|tribunal|hearing|lawmakers|legislators|senators|"
    r"members|inquiry|commission|parliament|congress|investigators|magistrates?)|"
    r"recounted|at\s+the\s+hearing|(?:gave|giving|give|gives)\s+evidence|cross-examination|"
    r"before\s+the\s+(?:\w+\s+){0,4}(?:committee|subcommittee|panel|tribunal|court))\b",
    re.IGNORECASE)
# the writer's own background: a year or a date, a law, the hearing or the committee itself, another source
_BACKGROUND = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|[Aa]ct|[Ll]aw|[Bb]ill|[Ss]tatute|[Rr]egulations?|[Ss]anctions?|[Hh]earings?|[Cc]ommittee|"
    r"[Ss]ubcommittee|[Pp]anel|[Cc]ourt|[Jj]udge|[Tt]ribunal|[Cc]ongress|[Pp]arliament|[Ss]enators?|[Ll]awmakers|"
    r"according|said|says|reported|wrote|stated|testif\w*|[Ww]itness\w*|verif\w*|independently|currently|"
    r"now\s+(?:lives?|works?|living|working|based|runs|heads)|lives\s+in|fined|sentenced|convicted|jailed|"
    r"charged|pleaded|acquitted|verdict|[Pp]olice|[Pp]rosecutors?|[Dd]efendants?)\b|[\"\u201c\u201d?]")
# an official's account goes on only at a hearing of lawmakers; a prosecutor or detective telling a court states the case
_HEARING = gated(r"\b(?:testif\w+|testimony|committee|subcommittee|panel|lawmakers|legislators|senators|"
                 r"parliament|congress|inquiry|commission)\b", re.IGNORECASE)
_PERSON_KINDS = ("named_person", "anonymous_source", "official")


_CAPITALISED = re.compile(r"\b[A-Z][a-z'\u2019-]+\b")


def _tells_testimony(sentences: Sequence[Sentence]) -> bool:
    """Does a sentence tell of testimony? (speed: a gate for :func:`continue_testimony`)"""
    return any(_TESTIMONY.search(s.text) for s in sentences)


def continue_testimony(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give the plain sentences after a witness's reported sentence, in the same paragraph, to the witness
    (in place)."""
    if not _tells_testimony(sentences):
        return  # (speed) a witness is one whose sentence, or a sentence naming them, tells of testimony: none here
    kinds = {s.key: s.kind for s in sources}
    words = {s.key: s.wording or "" for s in sources}
    witnesses: set[str] = set()
    named: set[str] = set()  # names in a testimony sentence nobody speaks ("X gave evidence to the inquiry.")
    turn: str | None = None
    for i, s in enumerate(sentences):
        att = result[i]
        if i == 0 or sentences[i - 1].paragraph != s.paragraph:
            turn = None
        if not att.explicit and _TESTIMONY.search(s.text):
            named.update(_CAPITALISED.findall(s.text))
        if att.explicit:
            wording = words.get(att.source, "").split()
            kind = kinds.get(att.source)
            if kind in _PERSON_KINDS and (kind != "official" or _HEARING.search(s.text)) and (
                    _TESTIMONY.search(s.text) or wording and wording[-1] in named):
                witnesses.add(att.source)
            turn = att.source if att.source in witnesses and not att.direct else None
            continue
        if turn is None or s.kind != "body" or s.quote is not None:
            continue
        if att.source == turn:
            continue
        surname = (words.get(turn, "").split(",")[0].split() or [""])[-1]
        if att.source != OUTLET_KEY or _BACKGROUND.search(s.text) or surname and re.match(
                rf"\W*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?{re.escape(surname)}\b", s.text):
            turn = None  # the account ends where someone else, the writer's background or the witness by name comes in
            continue
        result[i] = replace(att, source=turn, cue=result[i - 1].cue or "said", direct=False)


# "her deposition", "his testimony", "her statement to the court": a person's own account, named right after;
# "Moon's testimony": the account of the person named
_OWN_ACCOUNT = re.compile(r"^(?:[Hh]is|[Hh]er|(?P<owner>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})['\u2019]s)\s+"
                          r"(?:(?:sworn|written|signed|own)\s+)?(?:deposition|testimony|affidavit|statement|"
                          r"witness\s+statement|account|evidence)\b")
_NAME_AFTER = re.compile(r"[^,.\n]{0,40},\s+((?:[A-Z][\w'\u2019-]+\s+){1,2}[A-Z][\w'\u2019-]+)\b")
_INTRO_HEAD = r"(?:a|an|one)\s+(?P<desc>(?:[\w-]+\s+){0,3}?%s)\b"


_LABEL_PHRASE = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2} [a-z]")


def introduced_labels(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with an unnamed person under a describing label ("PLUMBER", "Food seller") worded by the
    description a line before introduced them with ("a Russian plumber"); others unchanged."""
    out: list[Source] = []
    for src in sources:
        wording = (src.wording or "").strip()
        own = _OWN_ACCOUNT.match(wording) if src.kind == "document" and src.spans else None
        if own is not None and own.group("owner") and classify(own.group("owner")) == "named_person":
            out.append(replace(src, wording=own.group("owner"), kind="named_person", canonical=own.group("owner")))
            continue  # "Moon's testimony described ...": Moon's account
        if own is not None and not own.group("owner"):
            name = _NAME_AFTER.match(text, max(b for _, b in src.spans))
            if name is not None and classify(name.group(1)) == "named_person":  # "According to her deposition, X"
                out.append(replace(src, wording=name.group(1), kind="named_person", canonical=name.group(1)))
                continue
        if src.kind == "named_person" and src.spans and _trade_label(text, wording, min(a for a, _ in src.spans)):
            src = replace(src, wording=wording.capitalize(), kind="anonymous_source", canonical=None)  # "PIE SELLER"
            wording = src.wording or ""
        if src.kind == "anonymous_source" and _LABEL_PHRASE.fullmatch(wording) and any(
                text[a:a + len(wording)] == wording.upper() for a, _ in src.spans):
            src = replace(src, wording=wording[:-1] + wording[-1].upper())  # "WITNESS B": "Witness B"
            out.append(src)
            continue
        if src.kind != "anonymous_source" or not src.spans or not wording or wording.lower() == wording:
            out.append(src)
            continue
        first = min(a for a, _ in src.spans)
        label_line = text[max(0, text.rfind("\n", 0, first) + 1):first + len(wording) + 1]
        if not label_line.lstrip().startswith(text[first:first + len(wording)]) or wording.upper() != text[
                first:first + len(wording)]:
            out.append(src)  # only a label opening its line in capitals
            continue
        head = wording.split()[-1].lower()
        before = text[max(0, first - 1200):first]
        found = None
        for m in re.finditer(_INTRO_HEAD % re.escape(head), before, re.IGNORECASE):
            found = m
        if found is not None and "\n" not in found.group(0) and set(wording.lower().split()) <= set(
                found.group(0).lower().split()):  # "SECOND CALLER" is not "a caller" met before
            desc = found.group(0)
            out.append(replace(src, wording=desc[0].lower() + desc[1:]))
        else:
            out.append(src)
    return out


_CAPITALS = re.compile(r"[A-Z]{2,}\b")


def merge_introduced(text: str, result: list[Any], sources: list[Source]) -> list[Source]:
    """A label worded by the voice-over's introduction ("CRANE OPERATOR" after "A Russian crane operator says
    ...") is the source so introduced: its lines go to that source (``result`` in place), and the label's own
    source is dropped."""
    seen: dict[str, str] = {}
    into: dict[str, str] = {}
    for src in sorted(sources, key=lambda x: min(x.spans) if x.spans else (0, 0)):
        low = (src.wording or "").lower()
        if src.kind != "anonymous_source" or not low.startswith(("a ", "an ", "one ")) or not src.spans:
            continue
        first = min(a for a, _ in src.spans)
        if low in seen and _CAPITALS.match(text[first:first + 40]) and (
                text.rfind("\n", 0, first) + 1 >= first - 12):
            into[src.key] = seen[low]  # the label opening a line, after the description in prose
        else:
            seen.setdefault(low, src.key)
    if not into:
        return sources
    for i, att in enumerate(result):
        if att.source in into:
            result[i] = replace(att, source=into[att.source])
    return [s for s in sources if s.key not in into]


def _trade_label(text: str, wording: str, first: int) -> bool:
    """ "PIE SELLER" opening a transcript line after "a woman who sells pies": a person word after a word the text
    uses in lower case before, not a name ("JAMES COOK")."""
    words = wording.lower().split()
    if not 2 <= len(words) <= 3 or text[first:first + len(wording)] != wording.upper() or (
            text.rfind("\n", 0, first) + 1 != first):
        return False
    from labourlens.analyse.interviewees import person_label
    before = text[:first]
    return person_label(words[-1]) and all(re.search(rf"(?<![A-Za-z]){re.escape(w[:max(3, len(w) - 1)])}[a-z]*\b", before)
                                           for w in words[:-1])


# a wire video script's sound bite: "SOUNDBITE (Russian) Oleg Varin, site engineer:" (the words after the colon or
# in the next paragraph), and a broadcast label alone on its line: "GUARD (through interpreter):"
_SOUNDBITE = re.compile(r"^\W{0,3}(?:SOUNDBITE|SOUND\s?BITE|SOT|UPSOUND)\)?\s*:?\s*(?:\d+\s*)?(?:[(\[][^)\]]{1,40}[)\]]\s*)*"
                        r"(?P<who>[^:\n]{2,120}?)\s*:\s*(?P<rest>.*)$", re.DOTALL)
_SAYING = re.compile(r",?\s+(?:SAYING|saying)\s*$")
_LABEL_ALONE = re.compile(r"^\W{0,3}(?P<who>[A-Z][A-Z'\u2019.-]+(?:[ \t]+[A-Z][A-Z'\u2019.-]+){0,3})[ \t]*"
                          r"(?:[(\[][^)\]\n]{1,60}[)\]])?[ \t]*:\s*$")
# "Night watchman (through interpreter): ...": a described person's line in sentence case, with a translation note
_MIXED_LABEL = re.compile(r"^\W{0,3}(?P<who>[A-Z][a-z-]+(?:[ \t][a-z-]+){0,3})[ \t]*[(\[](?:through|via|translated|"
                          r"translation|speaking|in|voice\s+of)\b[^)\]\n]{0,40}[)\]]:[ \t]+(?P<rest>\S.*)$", re.DOTALL)
_PAREN = re.compile(r"\s*[(\[][^)\]]*[)\]]")


_RELATIVE = re.compile(r"\s+(?:WHO|THAT|WHOSE|who|that|whose)\s")


def _bite_speaker(text: str) -> tuple[str, int, str] | None:
    """(speaker wording, its offset in the line, the words spoken on the line) of a sound-bite or lone label line."""
    m = _SOUNDBITE.match(text)
    if m is not None:
        who = _SAYING.sub("", _PAREN.sub("", m.group("who"))).strip()
        who = _RELATIVE.split(who)[0]  # "FORMER WORKER WHO DID NOT GIVE HIS NAME"
        parts = [p.strip() for p in who.split(",") if p.strip()]
        if who.isupper():  # "(SOUNDBITE) (English) RESIDENT OF DANDONG, LI WEI, SAYING:": the name may come second
            names = [p.title() for p in parts if classify(p.lower()) is None and classify(p.title()) == "named_person"]
            parts = names[:1] or [p.capitalize() for p in parts[:1]]  # a role alone: "Resident of dandong"
        if not parts or len(parts[0].split()) > 5:
            return None
        return parts[0], m.start("who") + max(0, m.group("who").lower().find(parts[0].lower())), m.group("rest").strip()
    from labourlens.analyse.interviewees import label_person
    m = _MIXED_LABEL.match(text)
    if m is not None and (worded := label_person(m.group("who"))) is not None:
        return worded, m.start("who"), m.group("rest").strip()
    m = _LABEL_ALONE.match(text)
    if m is None:
        return None
    from labourlens.analyse.mentions import transcript_label
    label = transcript_label(text.rstrip() + " .")
    if label is None or label[3]:
        return None  # "REPORTER:" alone: the broadcaster's voice
    who = m.group("who")
    return label_person(who) or who.title(), m.start("who"), ""  # "GUARD" -> "Guard", "WITNESS B" -> "Witness B"


_SOUNDBITE_CUE = re.compile(r"\W*(?:soundbite|sound bite|sot|upsound)\b", re.IGNORECASE)
_LABEL_LINE_END = re.compile(r"(?m)[A-Z)\]]:[ \t]*$")
_LABEL_WITH_NOTE = re.compile(r"(?m)^[A-Z][a-z -]+[(\[][^)\]\n]{1,50}[)\]]:")


def sound_bites(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Any) -> None:
    """A sound bite's words ("SOUNDBITE (Russian) Oleg Varin, site engineer:" and the paragraph after it) and
    the paragraph after a label alone on its line ("GUARD (through interpreter):") are the speaker's (in
    place)."""
    if ":" not in text or not ("SOUNDBITE" in text or "SOT" in text or _LABEL_LINE_END.search(text)
                                or _LABEL_WITH_NOTE.search(text)):
        return
    from labourlens.analyse.speakers import Mention
    # the label line read as a speaker of its own ("(SOUNDBITE) (Russian) SITE ENGINEER, OLEG VARIN, SAYING:")
    wrong = {src.key for src in reg.sources() if _SOUNDBITE_CUE.match(src.wording or "")}
    for i, s in enumerate(sentences):
        if s.kind != "body" or result[i].source not in wrong | {OUTLET_KEY} or "\n" in s.text.strip():
            continue
        bite = _bite_speaker(s.text.strip())
        if bite is None or classify(bite[0]) is None:
            continue
        wrong.add(result[i].source)
        name, at, rest = bite
        at += len(s.text) - len(s.text.lstrip())
        src = reg.resolve(Mention(name, at, at + len(name), "said", True), s.start, text[max(0, s.start - 600):s.start])
        if rest:
            result[i] = replace(result[i], source=src.key, cue="said", direct=True, explicit=True,
                                span=(at, at + len(name)))
        para = s.paragraph + (0 if rest else 1)
        for j in range(i + 1, len(sentences)):
            t = sentences[j]
            if t.paragraph > para or _bite_speaker(t.text.strip()) is not None:
                break
            if t.kind == "body" and (result[j].source == OUTLET_KEY and not result[j].explicit or result[j].source in wrong):
                result[j] = replace(result[j], source=src.key, cue="said", direct=True, explicit=False, span=None)
