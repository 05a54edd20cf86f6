"""Probes (session 39, from heldout393's committee record): a record whose witnesses and members speak under their
full name with a note in brackets ("Ana Ruiz (Lund Institute): ..."), later under the full name alone ("Ana Ruiz:
..."), keeps each turn running on over its paragraphs up to the next label, so an unlabelled paragraph of the turn is
the witness's, not the record's; a junior minister's rank ("Parliamentary State Secretary Eva Brandt: ...") speaks in
office (``official``). A near miss: a name with a note in a news story that is no record of turns keeps its reading.
Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speakers_by_claim

_RECORD = """Landtag Committee on Labour
12th sitting, record (excerpt)

Chair (Petra Holm): I open the item. Ms Ruiz, you have the floor.

Ana Ruiz (Lund Institute): Thank you. We visited five vegetable farms in the region last summer. On three of them the pickers' passports were held by the labour provider.

They worked fourteen hours a day in the greenhouses, seven days a week, through the whole harvest.

Chair: Thank you. Mr Falk.

Tomas Falk (member): A picker told my office that his employer held back half of his wages for the whole season.

Parliamentary State Secretary Eva Brandt: The labour inspectorate has opened 12 cases on these farms. I cannot yet say whether passports were kept.

Ana Ruiz: One more point. On two farms the pickers slept in containers without heating.
"""

_STORY = """Pickers' passports held on vegetable farms, group says

Pickers on three vegetable farms had their passports held by a labour provider, the Lund Institute said on Tuesday.

"They worked fourteen hours a day in the greenhouses," said Ana Ruiz (Lund Institute), who led the visits.
"""


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    return speakers_by_claim(text, canonical=True)


def test_an_unlabelled_paragraph_of_a_noted_turn_is_the_witness() -> None:
    speakers = _speakers(_RECORD)
    hours = speakers[next(k for k in speakers if "fourteen hours" in k)]
    assert hours == ("Ana Ruiz", "named_person")


def test_a_full_name_again_opens_the_same_persons_turn() -> None:
    speakers = _speakers(_RECORD)
    containers = speakers[next(k for k in speakers if "containers without heating" in k)]
    assert containers == ("Ana Ruiz", "named_person")


def test_a_parliamentary_state_secretary_speaks_in_office() -> None:
    speakers = _speakers(_RECORD)
    cases = speakers[next(k for k in speakers if "12 cases" in k or "passports were kept" in k)]
    assert cases[1] == "official"


def test_a_noted_name_in_a_story_keeps_its_reading() -> None:
    speakers = _speakers(_STORY)
    hours = speakers[next(k for k in speakers if "fourteen hours" in k)]
    assert hours[0] is not None and "Ana Ruiz" in hours[0]
