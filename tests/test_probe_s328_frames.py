"""Probes: parts of a page's frame are no claims. A numbered point's run-in heading led by an article, with a name in
it ("2. The Coastwatch Labour Group findings.") or a possessive ("3. The firm's earlier reply."), names the point's
topic; a form's instruction to whoever fills it in ("If yes, give the number of ...", "State the longest shift ...")
asks and claims nothing. Near misses stay claims: a numbered point whose first sentence tells what happened, and a
sentence led by "State" as a noun. Texts written for these tests; the groups and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.claim_filters import is_question_line
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-09-30", "language": "en"}

LETTER = """To the Board of Marlow Seafoods

Dear members of the Board,

Filipino deckhands on squid jiggers supplying your Manta plant say their wages were withheld for ten months.

2. The Coastwatch Labour Group findings. Coastwatch interviewed 31 deckhands, who said the skipper kept their passports until the end of each trip.

3. The firm's earlier reply. In June the firm told us that every deckhand keeps his own passport.
"""


def _claims(text: str) -> list[str]:
    return [c.text for c in analyse(text, META).claims]


def test_a_run_in_heading_led_by_an_article_is_no_claim() -> None:
    texts = _claims(LETTER)
    assert "The Coastwatch Labour Group findings." not in texts
    assert "The firm's earlier reply." not in texts
    assert any(t.startswith("Coastwatch interviewed 31 deckhands") for t in texts)


def test_a_numbered_point_that_tells_what_happened_stays_a_claim() -> None:
    text = LETTER.replace("2. The Coastwatch Labour Group findings.", "2. The skipper beat two men.")
    assert any(t.startswith("The skipper beat two men") for t in _claims(text))


def test_a_forms_instruction_is_no_claim() -> None:
    assert is_question_line("If yes, give the number of workers hired through brokers.")
    assert is_question_line("State the longest shift worked in the past six months.")
    assert is_question_line("Please list all agencies that supplied workers in 2026.")


def test_a_sentence_led_by_state_as_a_noun_is_no_instruction() -> None:
    assert not is_question_line("State media reported that the workers were paid late.")
    assert not is_question_line("Give them back their passports, the workers demanded.")
