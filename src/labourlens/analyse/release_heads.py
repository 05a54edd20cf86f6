"""A media release speaks in its issuer's voice wherever nobody else is named for a sentence (a pass of
:mod:`labourlens.analyse.attribution`). The issuer is the body named on the release's head line ("Ministry of
Manpower | Press release", "Harbour Board of Fiji" on the line above "Media release"), from the release's first
sentence on, when no other body speaks in it before a court does; the release's own account of a hearing ("... heard
that ...", "..., the court was told") is the issuer's too, as the court only heard it. Otherwise the first body
that speaks is the issuer, from its first sentence on. Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from labourlens.analyse.registry import Registry
from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

__all__ = ["release_head", "release_voice"]

_RELEASE = re.compile(r"\b(?:press|media|news)\s+(?:release|statement)\b", re.IGNORECASE)
# a head line's parts: "Ministry of Manpower | Kementerian Tenaga Kerja", "Harbour Board - Media release"
_PARTS = re.compile(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*|\s*\u00b7\s*")
_HEAD_LINES = 4  # the release line stands among the page's first lines
_COURT = re.compile(r"\b(?:court|tribunal|jury|magistrate|judge|bench|hearing)s?\b", re.IGNORECASE)


def release_head(text: str, kind_of: Callable[[str], str | None] = classify) -> str | None:
    """The official body or organization named on a release's head line (above or on the line that says it is a
    media or press release), or None."""
    lines = [ln.strip() for ln in text[:600].splitlines() if ln.strip()][:_HEAD_LINES]
    at = next((i for i, ln in enumerate(lines) if _RELEASE.search(ln) and len(ln) <= 80), None)
    if at is None:
        return None
    for ln in lines[: at + 1]:
        for part in _PARTS.split(ln):
            part = part.strip(" .:")
            if not part or _RELEASE.search(part) or not 2 <= len(part.split()) <= 7 or _COURT.search(part):
                continue  # a body's name, not "Press" nor a section ("Court results")
            if kind_of(part) in ("official", "organization"):
                return part
    return None


def release_voice(text: str, sentences: list[Sentence], result: list[Any], reg: Registry,
                  attribution: Callable[..., Any]) -> None:
    """Give the release's issuer the sentences of ``result`` (attributions, made by ``attribution``) that name no
    other speaker, and those in which a court only heard what the release tells."""
    kinds = {src.key: src.kind for src in reg.sources()}
    words = {src.key: src.wording or "" for src in reg.sources()}
    at = next((j for j, a in enumerate(result) if a.explicit and kinds.get(a.source) in ("official", "organization")), None)
    # a court that heard the case never issues the release: the body on the head line does, from the top
    head = release_head(text) if at is None or _COURT.search(words.get(result[at].source, "")) or _third_party(
        words.get(result[at].source, ""), text) else None
    if head is not None:
        issuer_key, first = reg.resolve(Mention(head, 0, 0, "stated"), 0, "").key, 0
    else:
        issuer_key, first = (result[at].source, at + 1) if at is not None else (OUTLET_KEY, len(sentences))
    for i in range(first, len(sentences)):
        a = result[i]
        if sentences[i].kind != "body":
            continue
        if a.source == OUTLET_KEY and not a.explicit:
            result[i] = attribution(issuer_key, "stated", False, False)
        elif head is not None and a.explicit and a.span is not None and a.source != issuer_key and _OWN_FIRM.match(
                sentences[i].text[a.span[0]:a.span[1]]) and classify(head) == "organization":
            result[i] = attribution(issuer_key, a.cue, a.direct, True, a.span)  # (s381) "the company said": the issuer
        elif head is not None and a.cue == "hear" and kinds.get(a.source) == "official" and a.span is not None \
                and _COURT.search(sentences[i].text[a.span[0]:a.span[1]]):
            result[i] = attribution(issuer_key, "stated", False, False)  # the court only heard it: the release's account


# (s381) a body the release names by a common noun ("The auditors found ...", "the inspectors"): one the issuer reports on
_COMMON_BODY = re.compile(r"^(?:the|The)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$")
_WORD = re.compile(r"[A-Za-z]{3,}")
# the issuing firm by a common noun in its own release ("The company rejects ...", "..., the group said")
_OWN_FIRM = re.compile(r"^(?:the|The)\s+(?:company|firm|group)$")


def _third_party(wording: str, text: str) -> bool:
    """(s381) Is the first body to speak in a release one named by a common noun that shares no word with the body on the
    release's head line ("The auditors found ..." under "Harbour Gloves Berhad | Press release")? The head line's body
    issues the release, and reports what the third party found."""
    if _COMMON_BODY.match(wording) is None:
        return False
    head = release_head(text)
    if head is None:
        return False
    return not {w.lower() for w in _WORD.findall(wording)} - {"the"} & {w.lower() for w in _WORD.findall(head)}
