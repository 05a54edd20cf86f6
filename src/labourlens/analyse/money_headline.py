"""A headline's amount in a shared currency name, for the money stage (:mod:`labourlens.analyse.money`).

A headline compresses the story under it: "IT workers earn up to 400m won a year: spy agency" over a
body that says where the money is counted ("the National Intelligence Service told lawmakers ... up to
400 million won ($290,000)"). Read alone, the headline's "won" is resolved from the words nearest to
it, which are the headline's own ("N. Korean IT workers"), and may take the other currency of the name.
When the body names the same sum again in the same shared name (the same value, or the same bounds),
the headline's amount is that sum and takes the currency resolved in the body; so it does when the body
writes the sum with the name made plain ("pounds" over "300,000 Lebanese pounds (about $3.35) a day").
A pasted page may put its chrome, a translator's line or a kicker above the headline: the headline is
then any short line above the first paragraph of the body."""

from __future__ import annotations

from labourlens.model import Amount

__all__ = ["harmonise"]


def harmonise(found: list[Amount], shared: dict[int, str], text: str) -> None:
    """Give each amount of ``text``'s first line that a later amount repeats the later one's currency.
    ``shared`` maps ``id(amount)`` to the shared name ("?won") the amount was written in."""
    first = text.find("\n")
    if first < 0 or not shared:
        return
    first = max(first, _body_start(text))
    for a in found:
        group = shared.get(id(a))
        if group is None or a.end > first:
            continue
        for b in found:
            if b.start > first and (shared.get(id(b)) == group or (id(b) not in shared and group[1:] in b.text.lower())) \
                    and _same_sum(a, b):
                a.currency = b.currency
                break


def _same_sum(a: Amount, b: Amount) -> bool:
    if a.value is not None or b.value is not None:
        return a.value == b.value
    return (a.low, a.high) == (b.low, b.high)


_BODY_LINE = 150  # a line this long is a paragraph of the body, not a headline or a line of chrome


def _body_start(text: str) -> int:
    """The offset of the first line of ``text`` long enough to be a paragraph of the body (or 0)."""
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if end - pos >= _BODY_LINE:
            return pos
        pos = end + 1
    return 0
