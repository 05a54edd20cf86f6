"""Probes (session 33, s350 study): a helpline's or a charity's page that prints a worker's recording or message as one
quotation, after a note that gives only the worker's first name ("He asked us to print only his first name, Arjun."),
gives the first-person sentences of the quotation to that worker, not to the page; a note from the publisher between the
introduction and the quotation ("Note from the desk: ...") is the publisher's, and so is the paragraph after the
quotation has closed. A refuge's case log that names each case by a code, the description after it, gives the
"she" who speaks under it to the code. A near miss: a page whose note names no one keeps the quotation in the page's voice. Texts
written for these tests; every name is fictional."""

from __future__ import annotations

from attribution_helpers import claim_speakers

_PAGE = """Harbourlight Helpline - Messages from the Sea, No. 4
Posted 9 May 2026

"I am writing from the engine room": a message from Port Vell

Below is a written copy of a message of three minutes left with our helpline on 2 May by a deckhand on a trawler. He asked us to print only his first name, Arjun. He is 31 and comes from a fishing town in the south.

Note from Harbourlight: we spoke to Arjun again after the message. We could not reach the vessel's owner.

Transcript

"Brother, I am talking low because the others sleep. The skipper took my passport on the first day.

I have had no wages since March. The skipper says the money is safe with him.

We work twenty hours when the fish come. Nobody can go ashore."

What happens next

Harbourlight has passed the case to the port inspectors. We will report any reply.
"""

_NO_NAME = """Harbourlight Helpline - Messages from the Sea, No. 5
Posted 9 May 2026

Below is a written copy of a message left with our helpline by a deckhand on a trawler.

Transcript

"The skipper took my passport on the first day. I have had no wages since March."
"""


def _speakers(text: str) -> dict[str, str | None]:
    """Each claim's text with its speaker's wording (the shared helper, no metadata)."""
    return {t: wording for t, (wording, _kind) in claim_speakers(text, {}).items()}


def test_the_quotation_after_a_first_name_note_is_the_workers() -> None:
    speakers = _speakers(_PAGE)
    passport = next(w for t, w in speakers.items() if "took my passport" in t)
    wages = next(w for t, w in speakers.items() if "no wages since" in t)
    assert passport == "Arjun" and wages == "Arjun"


def test_the_page_speaks_again_after_the_quotation() -> None:
    speakers = _speakers(_PAGE)
    assert all(w != "Arjun" for t, w in speakers.items() if "any reply" in t or "port inspectors" in t)


def test_a_quotation_with_no_named_teller_stays_the_pages() -> None:
    speakers = _speakers(_NO_NAME)
    assert all(w != "Arjun" for w in speakers.values())


_LOG = """STILLWATER HOUSE, LIMASSOL
Case log, spring 2026. Each resident is listed by a case code.

Selected cases

SH-2026-041. Filipina, 33, from Iloilo. She says her employer kept her passport and paid her nothing for five months. She came to us in April.

SH-2026-047. Kenyan, 27. She said the agency told her she owed 2,000 euros before she could leave the house.
"""


def test_a_case_code_speaks_for_the_pronoun_under_it() -> None:
    speakers = _speakers(_LOG)
    passport = next(w for t, w in speakers.items() if "kept her passport" in t)
    owed = next(w for t, w in speakers.items() if "owed 2,000" in t)
    assert passport == "SH-2026-041" and owed == "SH-2026-047"


_STORY = """Builders sleep in containers, residents say

Residents say the builders sleep in containers behind the site. "There is no heating that I can see," said a neighbour who asked us to print only his first name, Tomas.

Councillor Vera Holm, who visited the site, told our reporter that the men's wages were held back by the firm for three months.
"""


def test_a_first_name_in_a_storys_paragraph_hands_over_nothing() -> None:
    speakers = _speakers(_STORY)
    held = next(w for t, w in speakers.items() if "held back" in t)
    assert held != "Tomas"
