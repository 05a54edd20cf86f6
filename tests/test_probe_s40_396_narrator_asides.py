"""Probes (session 40, from heldout396's claim false positives): in a worker's first-person account, the narrator's
own asking, pleading, believing or saying with nothing asked or told ("I asked many times.", "I believed him.", "I
say the same.", "I say it openly, as people ask") tells nothing that happened to anyone: no claim. Near misses: the
same verbs with what was asked or told ("I asked many times for my wages") and a sentence with abuse stay claims.
Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.own_doings import own_doing
from labourlens.analyse.pipeline import analyse

_ACCOUNT = """My name is Leticia. I was a housemaid in Kuwait City for two years.

The madam held my passport from my arrival. {aside} My salary was not paid for eight months. {second}
I could not leave the house and I had no day off.
"""


def _claims(aside: str, second: str) -> list[str]:
    return [c.text for c in analyse(_ACCOUNT.format(aside=aside, second=second), {}).claims]


def test_bare_narrator_asides_are_no_claims() -> None:
    for text in ("I asked many times.", "I believed her.", "I say the same.", "I say this plainly, because people ask.",
                 "We begged them again and again."):
        assert own_doing(text), text
    found = _claims("I believed her.", "I asked many times.")
    assert "I believed her." not in found and "I asked many times." not in found
    assert any("passport" in c for c in found) and any("salary" in c for c in found)


def test_near_misses_stay_claims() -> None:
    for text in ("I asked many times for my wages.", "I believed her when she said I would be paid.", "I say they beat us."):
        assert not own_doing(text), text
