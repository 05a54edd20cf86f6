"""Interview answers read with their question (analyse.claims._answer_hits) and notes about an
interview that still assert abuse (analyse.claims._is_meta). Reports written for this test; the
workshop and the people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

INTERVIEW = """Transcript: a former seamstress at a North Korean garment workshop in Erenhot, Inner Mongolia.

Q: Were you free to leave the workshop?
A: On Sundays, in threes, with the team leader.

Q: Were your passports taken?
A: No.

Q: Did anyone hit you?
A: No, nobody hit us.

Q: What did the manager say about visitors?
A: He told us we would be shipped back to the mines if we talked to Mongolians.
"""


def _claims(text: str) -> dict[str, set[str]]:
    an = analyse(text, {"published": None, "language": "en"})
    return {c.text: {h.indicator for h in c.indicators} for c in an.claims}


def test_fragment_answer_takes_the_indicator_its_question_gives_it() -> None:
    claims = _claims(INTERVIEW)
    answer = next(t for t in claims if "in threes" in t)
    assert "restriction_of_movement" in claims[answer]


def test_a_bare_no_gains_nothing_from_its_question() -> None:
    claims = _claims(INTERVIEW)
    assert all(not inds for t, inds in claims.items() if t.strip().startswith("A: No"))


def test_the_cue_span_of_an_answer_hit_lies_in_the_document() -> None:
    an = analyse(INTERVIEW, {"published": None, "language": "en"})
    hit = next(h for c in an.claims for h in c.indicators if h.indicator == "restriction_of_movement")
    assert INTERVIEW[hit.start:hit.end].startswith("leave the workshop?")
    assert INTERVIEW[hit.start:hit.end].endswith("in threes")


def test_a_threat_that_ends_like_a_note_about_talking_to_someone_stays_a_claim() -> None:
    claims = _claims(INTERVIEW)
    threat = next(t for t in claims if "shipped back to the mines" in t)
    assert "intimidation_and_threats" in claims[threat]


def test_rhetorical_question_in_an_article_is_read_with_its_answer() -> None:
    text = ("Why do the North Korean welders at the Gdansk yard not simply leave? "
            "Because they may go out only with a minder, a former foreman said.\n")
    claims = _claims(text)
    assert any("restriction_of_movement" in inds for inds in claims.values())
