"""A pronoun that opens a paragraph's speech before the next sentence names someone looks ahead for the name, but
a sentence opener ("According to ...", "In ...", "After ...") is no name: the pronoun keeps the person named
before. Mini-documents in our own wording."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


def _wording(text: str, needle: str) -> str | None:
    a = analyse(text, META)
    for c in a.claims:
        if needle in c.text:
            return a.source(c.source).wording
    raise AssertionError(f"no claim with {needle!r}: {[c.text for c in a.claims]}")


@pytest.mark.parametrize("text,needle,name", [
    ("Minutes\n\nThe Chair welcomed the speakers.\n\nDr. Mara Koss presented a study. She stated that North Korean "
     "welders had their passports taken by agencies in Latvia. According to Dr. Koss, none of the workers could "
     "keep their wages.\n", "passports taken", "Koss"),
    ("Hearing\n\nThe session opened at ten.\n\nPeter Lund gave evidence. He said North Korean loggers in the camp "
     "worked 16 hours a day. In his view, the agency kept their pay.\n", "16 hours", "Lund"),
    ("Briefing\n\nThe panel met on Monday.\n\nAmira Saleh spoke first. She said the North Korean builders were "
     "never paid in cash. After the meeting, officials left.\n", "never paid", "Saleh"),
    ("Notes\n\nThe chair opened the item.\n\nLena Ortiz took the floor. She said the North Korean seamstresses were "
     "locked in at night. As a result, the plant lost its licence.\n", "locked in", "Ortiz"),
    ("Record\n\nThe meeting began.\n\nTomas Weber presented. He explained that the North Korean welders had their "
     "passports confiscated. Since then, the yard has closed.\n", "confiscated", "Weber"),
])
def test_opener_is_not_a_name(text: str, needle: str, name: str) -> None:
    wording = _wording(text, needle) or ""
    assert name in wording, wording


def test_name_opening_next_sentence_still_taken() -> None:
    text = ("Logging camp\n\nShe remembers the cold first, and that North Korean loggers had their passports taken. "
            "Ryu Min-ja, a former cook at the camp, left in 2019.\n")
    assert "Ryu" in (_wording(text, "passports taken") or "")
