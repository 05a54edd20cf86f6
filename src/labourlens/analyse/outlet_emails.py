"""The outlet named inside a contact address at the foot of a page ("Please direct any comments ... to
dailynkenglish@uni-media.net"), for the metadata stage (:mod:`labourlens.analyse.meta`)."""

from __future__ import annotations

from functools import lru_cache

from labourlens.analyse import meta_patterns as rx
from labourlens.analyse import outlets

__all__ = ["outlet_from_emails"]


def outlet_from_emails(text: str) -> str | None:
    """"Please direct any comments ... to dailynkenglish@uni-media.net": an outlet name inside the address."""
    tail = text[-1500:]
    if "@" not in tail:
        return None
    for m in rx.EMAIL.finditer(tail):
        for part in (m.group(2), m.group(1)):
            o = outlets.resolve(part)
            if o is not None:
                return o.name
            squeezed = rx.MAILBOX_WORD_END.sub("", part.split(".")[0])
            for key, name in _squeezed_outlets():
                if squeezed == key:
                    return name
    return None


@lru_cache(maxsize=1)
def _squeezed_outlets() -> tuple[tuple[str, str], ...]:
    """(name without spaces and punctuation, name) of the known outlets, in their order."""
    out = []
    for cand in outlets.all_outlets():
        key = rx.NON_WORD.sub("", cand.name.lower())
        if len(key) >= 5:
            out.append((key, cand.name))
    return tuple(out)
