"""The broadcaster's own people in a transcript's labelled lines, in either order of label and bracket:
"PRESENTER (Ana Ruiz):" and "ANA RUIZ (presenter):" both name a house voice, whose later "RUIZ:" lines are the
outlet speaking (used by :func:`labourlens.analyse.attribution.house_names`). Examples are invented."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["house_line_words"]


def house_line_words(label: str, bracket: str, house_labels: Iterable[str]) -> list[str]:
    """Lower-case words (longer than two letters) of the house person named in a line "LABEL (bracket):": the
    bracket after a house role ("PRESENTER (Ana Ruiz)"), or the label before one ("ANA RUIZ (presenter)")."""
    roles = set(house_labels)
    label, bracket = label.strip(), bracket.strip()
    if label.lower() in roles:
        return [w.lower() for w in bracket.split() if len(w) > 2]
    if bracket.lower() in roles and len(label.split()) >= 2:
        return [w.lower() for w in label.split() if len(w) > 2]
    return []
