"""A transcribed voice note whose sender names themselves as it opens ("This is Tomas, the welder from ..."): the
note's sentences are the sender's, those without a first person too, and so is what the sender says someone else
said; the page's own note after the closing label is the page's (texts invented)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-03-01", "language": "en"}

TEXT = """NORTHSEA WORKER LINE
Case notes shared with permission | 2 March 2026

Message received on Signal, 28 February 2026. Translated from Lithuanian by a volunteer.

[Voice note begins]

Hello, good evening. This is Tomas, the welder from Klaipeda, you called me on Monday. Sorry it is late.

The yard boss keeps my passport in his drawer. The wages go to an account that the boss controls. I work twelve hours, every day. There is no Sunday. He said it again today, if I complain I am on the next ferry home.

[Voice note ends]

Worker Line note: We passed Tomas's account to the labour inspectorate with his consent.
"""


def test_self_named_sender_keeps_the_whole_note() -> None:
    a = analyse(TEXT, META)
    def src(words: str) -> str | None:
        c = next(c for c in a.claims if words in c.text)
        s = a.source(c.source)
        return s.wording if s else None
    assert src("keeps my passport") == "Tomas"
    assert src("account that the boss controls") == "Tomas"
    assert src("There is no Sunday") == "Tomas"
    assert src("He said it again today") == "Tomas"
