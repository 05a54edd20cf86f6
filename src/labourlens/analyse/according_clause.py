"""Where the speaker of "According to X ..." ends when no comma closes it.

"According to Interfax the men entered on student visas", "According to the union the crews worked 14 hours":
news prose often drops the comma after the speaker, and the speaker phrase then ran on into the claim. The
claim's clause starts where a determiner, pronoun or count follows a word that is not a preposition, article
or conjunction ("Interfax | the men", "the head of the union | the crews"; not "a report by | the ministry").
A phrase with a comma is left alone (its apposition is read elsewhere), and so is a short reduced relative
clause that ends in its verb ("pay slips the foreman kept", "figures the ministry released"): the comma
after it closes the speaker phrase."""

from __future__ import annotations

import re

__all__ = ["cut_clause"]

_STARTS = frozenset(
    "the these those some many most all several their his her its he she they it we there no dozens hundreds "
    "thousands about around nearly almost roughly".split())
_NOT_BEFORE = frozenset(
    "of for at in on with by from to and or into about among between under over as than the a an this that "
    "these those its their his her our one two some per via near inside outside within".split())
_YEAR = re.compile(r"^(?:19|20)\d\d\W*$")
_IRREGULAR = frozenset("kept saw seen got found made took held gave wrote read heard had keeps holds".split())
_COUNT = re.compile(r"^\d[\d,.]*$")


def cut_clause(np: str) -> str:
    """``np`` without the clause that follows it when no comma separates them (at least three words)."""
    if "," in np:
        return np
    words = np.split()
    for i in range(1, len(words) - 2):
        word, before = words[i], words[i - 1]
        low = word.lower()
        starts = low in _STARTS and word[0].islower() or _COUNT.match(word) is not None and not _YEAR.match(word)
        if not starts or before.lower() in _NOT_BEFORE or before.lower().endswith(("'s", "\u2019s")):
            continue
        rest = words[i:]
        last = rest[-1].lower().strip(".;:")
        if len(rest) <= 4 and (last.endswith("ed") or last in _IRREGULAR):
            return np  # "pay slips the foreman kept": a relative clause, part of the speaker
        return " ".join(words[:i])
    return np
