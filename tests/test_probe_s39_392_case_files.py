"""Probes (session 39, from heldout392's speaker misses in a case file): a case heading that carries its dates in
brackets on a line of its own ("Case 3 (logged 2 May)") over a paragraph that opens on the case's person ("A woman
of 41 from ...") gives that person the "She said" of the paragraph, never the person of an earlier case; a speaker
phrase that ran back over the clause its subject opened past an apposition ("The quarry boss held the lad's school
certificate, the one paper he owned, and said ...") is the subject, not a document; a story's character brought in
by an indefinite phrase who "told him" what he would get ("A driver at the depot told him ...") is the page's
account. Near misses: a worker who spoke to the page's nurse stays the speaker, and a case heading that names its
person keeps that person. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speaker_of, speakers_by_claim

_FILE = """DELTA CHILD LINE
Case notes: young workers in the brick yards of Lower Varna district, spring 2025

Case 1 (logged 4 April)
A lad of 12 from a hamlet close to Ruse. A driver at the depot told him he was going to sweep a bakery in Sofia, yet he was dropped at a brick yard outside Pleven and passed to a kiln master, who said the trip had cost 300 leva that he must repay. The quarry boss held the lad's school certificate, the one paper he owned, and said it would come back once the 300 leva were cleared.

Case 2 (logged 19 April)
A girl of 16 from Dobrich, cooking for a crew at a yard on the Danube road. The cook in charge warned her that she must stay inside the yard and gave her no pay for five weeks. The girl told our nurse that a loader had struck her with a shovel.

Case 3 (logged 2 May)
A woman of 41 from Vidin, stacking bricks for a gang. She said the gang leader had lent her 900 leva for her mother's operation and that the sum had grown because of the meals she was billed for. She said her identity card was "with the leader, in his van."
"""


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    return speakers_by_claim(text, {"language": "en"})


_of = speaker_of


def test_a_dated_case_heading_gives_the_paragraphs_she_to_its_person() -> None:
    speakers = _speakers(_FILE)
    for words in ("lent her 900 leva", "in his van"):
        wording, kind = _of(speakers, words)
        assert kind == "anonymous_source" and wording is not None and "woman" in wording.lower()


def test_a_speaker_phrase_run_over_its_clause_is_the_subject_not_a_document() -> None:
    wording, kind = _of(_speakers(_FILE), "school certificate")
    assert kind != "document"
    assert wording is None or "certificate" not in wording


def test_a_character_who_told_him_a_promise_is_the_pages_account() -> None:
    assert _of(_speakers(_FILE), "sweep a bakery")[1] in ("outlet", "organization")


def test_near_miss_a_girl_who_told_the_nurse_stays_the_speaker() -> None:
    wording, kind = _of(_speakers(_FILE), "struck her with a shovel")
    assert kind == "anonymous_source" and wording is not None and "girl" in wording.lower()


def test_near_miss_a_case_heading_with_a_person_named_keeps_its_reading() -> None:
    text = _FILE.replace("Case 3 (logged 2 May)\nA woman of 41", "Case 3: Petra, 41\nA woman of 41")
    wording, kind = _of(_speakers(text), "lent her 900 leva")
    assert wording == "Petra" and kind == "named_person"
