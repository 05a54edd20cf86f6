"""A speaker phrase that describes a firm and ends with its registered name, for
:func:`labourlens.analyse.speaker_kinds.kind_of`: "The farm's owner, a company registered in Ghana, Kestrel Farms
Ltd", "the contractor, a subsidiary of a state group, Orin Build Co. Ltd". The last part is a name closed by a legal
form (``knowledge/legal_forms.yaml``), so the firm speaks (``organization``), whatever role and description come
before it. A person named first ("Ana Ruiz, director, Kestrel Farms Ltd") stays with the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens.analyse import legal_forms

__all__ = ["legal_name_tail_kind"]


@lru_cache(maxsize=1)
def _firm_name() -> re.Pattern[str]:
    word = r"(?:[A-Z][\w&'\u2019.-]*|&|and|of|de|du|la)"
    return re.compile(rf"{word}(?:\s+{word}){{0,6}}?\s*,?\s+{legal_forms.alternation()}\.?")


_PUNCT = re.compile(r"[.,\s()]")
_DESCRIBED_FIRST = re.compile(r"^(?i:the|a|an|its|their)\s")


def legal_name_tail_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """``organization`` when ``text`` opens with a description ("The mine's owner", "the operator") and its last
    comma-separated part is a firm's registered name; else None."""
    if "," not in text:
        return None
    parts = [p.strip() for p in text.split(",")]
    last = parts[-1]
    if len(parts) >= 2 and _PUNCT.sub("", last).lower() in legal_forms.folded():
        last = f"{parts[-2]} {last}"  # "Orin Build Co., Ltd": the form after its own comma
        parts = parts[:-1]
    if len(parts) < 2 or not _DESCRIBED_FIRST.match(parts[0]) or not _firm_name().fullmatch(last):
        return None
    return "organization" if classify(parts[0]) != "named_person" else None
