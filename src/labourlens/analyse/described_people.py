"""A person given by kind and described only by places and an age, as a log or an intake note opens its entries
("Male caller, Kyrgyzstan, 33.", "Worker, 26, Khujand."): an unnamed person, not one named "Kyrgyzstan"
(:func:`described_person_kind`); :func:`descriptors` gives the fragment's person and descriptors for
:mod:`labourlens.analyse.log_entries`."""

from __future__ import annotations

import re

__all__ = ["described_person_kind", "descriptors"]

# the person's kind: one to three words, the first one capitalised, the others in lower case ("Male caller")
_PERSON_CHUNK = re.compile(r"(?:[A-Z][a-z-]+|\d{1,2}-year-old)(?:\s+[a-z][a-z-]+){0,2}")
_AGE = re.compile(r"(?:aged\s+)?\d{1,2}")
_PLACE_CHUNK = re.compile(r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}")


def _is_place(chunk: str) -> bool:
    from labourlens.analyse import places  # noqa: PLC0415 - the gazetteer loads only when a fragment needs it

    return any(p.start == 0 and p.end == len(chunk) for p in places.find(chunk))


def descriptors(text: str) -> str | None:
    """The fragment's person and descriptors ("Male caller, Kyrgyzstan, 33" of "Male caller, Kyrgyzstan, 33, calling
    for a brigade of seven"), or None when ``text`` is no such fragment."""
    chunks = [c.strip() for c in text.rstrip(" .").split(",")]
    if len(chunks) < 2 or not _PERSON_CHUNK.fullmatch(chunks[0]):
        return None
    from labourlens.analyse.speaker_lexicon import _lex  # noqa: PLC0415 - speaker_lexicon imports speaker_kinds, our caller

    head = chunks[0].split()[-1].lower()
    if _lex().noun_table.get(head) != "anonymous_source":
        return None
    kept = [chunks[0]]
    for c in chunks[1:]:
        if c[:1].islower() and len(kept) > 1:
            break  # "calling for a brigade of seven": what the person does, after the descriptors
        if not (_AGE.fullmatch(c) or _PLACE_CHUNK.fullmatch(c) and _is_place(c)):
            return None
        kept.append(c)
    return ", ".join(kept) if len(kept) > 1 else None


def described_person_kind(text: str) -> str | None:
    """``anonymous_source`` for a person by kind followed only by places and an age; None otherwise."""
    if "," not in text or not text[:1].isupper() or len(text) > 80:
        return None
    return "anonymous_source" if descriptors(text) == text.strip().rstrip(" .") else None
