"""Sources of one kind told apart and kept through back-references: a comparative ("the younger brother"
after "The younger man"), a series counted without its noun ("One said ... Another said ... The first worker
said") and "the woman" after a wife and her husband. Mini-texts in our own wording, with controls."""

from __future__ import annotations

from attribution_helpers import speakers_of
from labourlens.model import Source


def _keys(text: str, *fragments: str) -> list[str | None]:
    pairs = speakers_of(text)

    def key(fragment: str) -> str | None:
        for sent, src in pairs:
            if fragment in sent:
                return src.key if src is not None else None
        raise AssertionError(f"no sentence with {fragment!r}")
    return [key(f) for f in fragments]


def _src(text: str, fragment: str) -> Source | None:
    return next(src for sent, src in speakers_of(text) if fragment in sent)


def test_comparative_keeps_the_person_whatever_the_noun() -> None:
    t = ("The younger man said he was told he owed 9,000 euros. The older man said they slept in a shed. "
         "The younger brother said the boss kept their phones.")
    a, b, c = _keys(t, "9,000 euros", "in a shed", "kept their phones")
    assert a == c != b
    t2 = ("The eldest sister said the agent kept her wages. The youngest sister said she was 14. "
          "The oldest girl said the agent hit her.")
    a, b, c = _keys(t2, "kept her wages", "she was 14", "hit her")
    assert b != a and c != b


def test_comparative_control_new_person() -> None:
    t = "A cook said the camp was locked at night. The older man said the guards carried sticks."
    a, b = _keys(t, "locked at night", "carried sticks")
    assert a != b


def test_counted_series_without_noun() -> None:
    t = ("Three porters at the market spoke to us. One said the owner kept their permits. Another said he was "
         "paid in rice. The third said he had been beaten. The first porter said the permits were forged.")
    a, b, c, d = _keys(t, "kept their permits", "paid in rice", "been beaten", "were forged")
    assert a == d and len({a, b, c}) == 3


def test_counted_series_control_named_noun() -> None:
    t = ("A porter said the owner kept their permits. A second porter said he was paid in rice. "
         "The first porter said the permits were forged.")
    a, b, c = _keys(t, "kept their permits", "paid in rice", "were forged")
    assert a == c != b


def test_the_woman_is_not_her_husband() -> None:
    t = ("A miner's wife in Oruro said the cooperative kept her husband's papers. Her husband said he worked "
         "nights without pay. The woman said the family owed the company shop.")
    a, b, c = _keys(t, "husband's papers", "nights without pay", "company shop")
    assert a == c != b
    t2 = ("A farmhand's mother said her son was never paid. Her son said the owner kept his card. "
          "The man said he slept in a barn.")
    a, b, c = _keys(t2, "never paid", "kept his card", "in a barn")
    assert b == c != a


def test_the_woman_control_last_woman() -> None:
    t = "A woman in Tema said the boats left at night. The woman said the boys were ten."
    a, b = _keys(t, "left at night", "were ten")
    assert a == b
