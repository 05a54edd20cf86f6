"""Reports embedded in a sentence whose own subject is not the speaker, for :mod:`labourlens.analyse.attribution`
(read when the finders found no speaker).

- a frame of awareness before the report: "We are aware that some workers report paying brokers ...", "The
  agency was informed that the women say ...": the people who report speak;
- a document named with a reduced relative before its verb: "The complaint referred to in the article, which
  was lodged in May, states that ...": the document speaks;
- a report carried by an article in a paper: "... has read the article in a Nairobi newspaper alleging that
  ...": the paper alleges (media named by kind are ``organization``, a named outlet an ``outlet``).

Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse.speakers import Mention, classify

__all__ = ["embedded_report"]

Find = Callable[[str], Mention | None]

_AWARE = re.compile(r"^\s*(?:We|I|(?:The|Our)\s+[\w-]+|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})\s+(?:are|am|is|were|was|have\s+been|"
                    r"has\s+been|became)\s+(?:also\s+|fully\s+|well\s+)?(?:aware|informed|made\s+aware|told)\s+that\s+")
_DOC_HEADS = (r"complaint|report|letter|petition|statement|document|contract|ruling|judgment|filing|affidavit|lawsuit|"
              r"audit|survey|study|notice|memo|record|records|file")
_REDUCED = re.compile(
    rf"^\s*(?P<np>(?:The|This|That|A|An)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOC_HEADS}))\s+(?:referred\s+to|mentioned|cited|"
    r"quoted|described|filed|lodged|submitted|sent|received|seen|obtained|published)\b[^,.;\"]{0,80}?"
    r"(?:,\s+(?:which|that)\s+[^,;\"]{3,160},)?\s+(?=(?:states|stated|says|said|shows|showed|alleges|alleged|claims|"
    r"claimed|notes|noted|reports|reported)\s+that\b)")
_ALLEGING = re.compile(
    r"\b(?P<np>(?:the|an?)\s+(?:article|story|report|piece|broadcast)\s+(?:in|by|from|on)\s+(?P<media>(?:the\s+|an?\s+)?"
    r"[^,;\"]{2,50}?))\s+(?P<verb>alleging|claiming|saying|reporting|stating)\s+that\b")
_PAST = {"alleging": "alleged", "claiming": "claimed", "saying": "said", "reporting": "reported", "stating": "stated"}


def embedded_report(sentence_text: str, find: Find) -> Mention | None:
    """The speaker of a report embedded in the sentence in one of the shapes above, found with ``find``; None for
    any other sentence."""
    if (aware := _AWARE.match(sentence_text)) is not None:
        rest = sentence_text[aware.end():]
        m = find(rest[:1].upper() + rest[1:])  # "some workers report ...", read as a sentence of its own
        if m is not None and m.start == 0 and classify(m.wording) in ("anonymous_source", "organization", "official"):
            said = sentence_text[m.start + aware.end():m.end + aware.end()]
            wording = said if said.lower() == m.wording.lower() else m.wording
            return Mention(wording, m.start + aware.end(), m.end + aware.end(), m.cue, m.direct, m.relay)
        return None
    if (reduced := _REDUCED.match(sentence_text)) is not None:
        m = find(reduced.group("np") + " " + sentence_text[reduced.end():])
        if m is not None and m.start == 0 and m.end <= reduced.end("np") and classify(m.wording) == "document":
            return Mention(reduced.group("np"), reduced.start("np"), reduced.end("np"), m.cue, m.direct, m.relay)
        return None
    if (alleging := _ALLEGING.search(sentence_text)) is not None and classify(
            media := alleging.group("media")) in ("organization", "outlet"):
        m = find(f"{media[0].upper()}{media[1:]} {_PAST[alleging.group('verb')]} that it was so.")
        if m is not None and m.start == 0:
            return Mention(media, alleging.start("media"), alleging.end("media"), m.cue, m.direct, m.relay)
    return None
