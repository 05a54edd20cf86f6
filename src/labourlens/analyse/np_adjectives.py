"""An '-ed' word between a phrase's opening quantifier and a noun in a speaker phrase is an adjective, not the phrase's verb.

A speaker phrase with a lower-case '-ed' word is normally a clause ("the agency recruited workers") unless the word
is a known participle ("workers interviewed ..."). After a numeral or a quantifier that opens the phrase and before a
noun, or in the agent of a document's participle, the word only describes the group: "Four subcontracted workers",
"several undocumented miners", "A payslip shown to us by a subcontracted worker". Further in ("records for the
sampled workers") the phrase stays unread, as before.
"""

from __future__ import annotations

__all__ = ["verbal"]

_QUANTIFIERS = frozenset(
    """a an the some several many most few all both these those two three four five six seven eight nine ten eleven
    twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred hundreds dozen dozens other more""".split()
)
# words after the '-ed' word that show it is a verb with an object or a complement, not an adjective
_NOT_HEADS = frozenset(
    """by to that the a an with for in on at from their his her them him its our my your us me it this these those
    and or as into out up off""".split()
)


_ATTRIBUTIVE_DETERMINERS = frozenset(("the", "these", "those"))
# the participles of deliverance that reports put before the people delivered ("the freed labourers")
_FREED = frozenset(("freed", "liberated", "emancipated", "released"))


def verbal(toks: list[str], i: int, participles: frozenset[str]) -> bool:
    """Whether the lower-case '-ed' token ``toks[i]`` reads as the verb of a clause rather than a speaker phrase."""
    w = toks[i]
    if not w.islower() or w in participles:
        return False
    if w in _FREED and toks[i - 1].lower() in _ATTRIBUTIVE_DETERMINERS:
        return False  # "a woman among the freed workers": after a determiner the participle is an adjective
    if w == "accused" and i + 1 == len(toks):
        return False  # "The second accused", "the co-accused": a party to a trial, named by the participle as a noun
    opens = i == 1 or i >= 3 and toks[i - 2].lower() == "by"  # the phrase, or its agent ("shown ... by a hired driver")
    if not opens or i + 1 >= len(toks) or toks[i - 1].lower() not in _QUANTIFIERS:
        return True
    nxt = toks[i + 1]
    return not nxt.islower() or nxt in _NOT_HEADS
