"""A speaker described by a relative clause that gives their job ("Ana Borg, who worked at the cannery
as a packer, said ...") is the subject, not the job after "as" (texts written for these tests)."""

from __future__ import annotations

import pytest

from attribution_helpers import who
from labourlens.analyse.mentions import find_mention


@pytest.mark.parametrize("sentence, speaker", [
    ("Ana Borg, who worked at the cannery as a packer, said the women were locked in at night.", "Ana Borg"),
    ("Tomas Zammit, who spent two years there as a driver, remembers the crews arriving at dawn.", "Tomas Zammit"),
    ("A woman, who was employed as a cook for the crew, said the door was locked.", "A woman"),
    ("Lina Vella, who served as the site's nurse until 2019, told us the men were never seen by a doctor.",
     "Lina Vella"),
])
def test_the_subject_speaks_not_the_job(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)  # the subject, with or without its relative clause; never the job
    assert m is not None and m.wording.split(",")[0] == speaker


def test_as_someone_said_at_the_end_still_names_that_speaker() -> None:
    m = find_mention("The crews were paid little, as a packer said.")
    assert m is not None and m.wording == "a packer"


def test_the_named_speaker_keeps_the_quotes_that_follow() -> None:
    text = ('Ana Borg, who worked at the cannery as a packer, remembers the women arriving in pairs. '
            '"They never had a day off," she said.\n\nBorg said the women were paid 300 euros a month.')
    first, quote, later = who(text, "arriving in pairs"), who(text, "day off"), who(text, "300 euros")
    assert first is not None and first.kind == "named_person" and first.canonical == "Ana Borg"
    assert quote is not None and later is not None and quote.key == later.key == first.key
