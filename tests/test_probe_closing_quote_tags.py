"""A quotation that runs over two sentences and closes with its tag ('"We were never paid. The foreman told us the
rest went home," said Worker K, 29, a welder.'): the tag's speaker says both sentences, not the person the
quotation itself relays. Mini-documents in our own wording; a quotation opened after a main clause still gives
the sentence to the main clause's speaker."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
_HEAD = "Workers abroad\n\nNorth Korean labourers were sent to Russia under state contracts.\n\n"


def _sources(text: str) -> list[tuple[str, str, str | None]]:
    a = analyse(_HEAD + text, META)
    return [(c.text, a.source(c.source).kind, a.source(c.source).wording) for c in a.claims]


@pytest.mark.parametrize("text,who", [
    ('"We were never paid. The foreman told us the money went to the state," said Worker K, 29, a welder '
     'from Hamhung.\n', "Worker K"),
    ('"Our passports were gone on the first day. The agent told me I would get mine back in a year," said '
     'Interviewee 4, 37, a cook.\n', "Interviewee 4"),
    ('"We worked until midnight. The brigade leader warned us we would be sent home," said Pak Sun-hee, 42, a '
     'former plasterer.\n', "Pak Sun-hee"),
    ('"Nobody could leave the compound. The guard said the gate stays locked," added Worker M, 25, a seamstress '
     'from Sinuiju.\n', "Worker M"),
    ('"The wages never came. A manager told the men their money was held back," said Respondent B, 30, a '
     'logger.\n', "Respondent B"),
])
def test_closing_tag_speaks_both_sentences(text: str, who: str) -> None:
    found = _sources(text)[1:]
    assert len(found) >= 2, found
    assert all(who in (w or "") for _, _, w in found), found


def test_quotation_opened_after_a_main_clause_stays_with_it() -> None:
    found = _sources('A guard told me the doors of the North Korean dormitory are chained, "for fire reasons, '
                     'the manager says."\n')
    assert any("guard" in (w or "") for _, _, w in found), found
