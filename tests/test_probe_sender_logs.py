"""Logs of received messages, each under a numbered header line that ends on its sender ("Msg 2 | 3 May, 07:40 |
sender: a cook at a hostel outside Perm"): the message below is the sender's, "same sender" is the sender before,
"the first cook" the first sender worded with that noun, and someone the sender quotes in a sentence of their own
keeps their words. Every text is written for this test; the
people, the farm and the helpdesk are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sender_notes import sender_header

META = {"published": "2025-06-01", "language": "en"}

LOG = """NORTHSTAR WORKER HELPDESK
Text messages received from poultry farm workers near Sakaka, Saudi Arabia (extract)

Msg 1 | 3 May, 07:40 | sender: a cook at a poultry farm outside Sakaka (from Gulbarga, Karnataka)
"Brother, the owner has paid us nothing from February on. Our passports are locked in his car."

Msg 2 | 3 May, 07:52 | same sender
"We cannot leave the farm because we have no papers, so we stay inside the fence."

Msg 3 | 5 May, 16:10 | sender: a driver on the neighbouring farm
"The rooms have no fan and we sleep twelve to a room in the heat."

Msg 4 | 8 May, 11:30 | sender: the sister of the cook, in Gulbarga
"My brother phoned me at night. The supervisor slapped him when he asked about the wages."

Msg 5 | 9 May, 21:05 | sender: the first cook
"Now the owner says if we call the consulate he will file an absconding case against us."

Msg 6 | 14 May, 09:15 | sender: a consulate volunteer in Sakaka
"I visited the farm with a colleague. The farm manager said the men can leave whenever they like."

End of extract.
"""


def _claim(a, words):  # type: ignore[no-untyped-def]
    return next(c for c in a.claims if words in c.text)


def test_header_line_is_a_paragraph_of_its_own() -> None:
    assert sender_header("Msg 4 | 8 May, 11:30 | sender: the sister of the cook, in Gulbarga")
    assert sender_header("Entry 12 - same caller")
    assert not sender_header("The cook said the sender of the money was his cousin.")
    a = analyse(LOG, META)
    assert not any(c.text.startswith("Msg ") for c in a.claims)


def test_messages_are_their_senders() -> None:
    a = analyse(LOG, META)
    first = a.source(_claim(a, "paid us nothing from February").source)
    assert first is not None and first.kind == "anonymous_source" and (first.wording or "").startswith("a cook at")
    assert _claim(a, "cannot leave the farm").source == first.key  # "same sender"
    assert _claim(a, "absconding case").source == first.key  # "the first cook"
    other = a.source(_claim(a, "twelve to a room").source)
    assert other is not None and other.key != first.key and (other.wording or "").startswith("a driver")
    sister = a.source(_claim(a, "slapped him").source)
    assert sister is not None and sister.key not in (first.key, other.key) and "sister" in (sister.wording or "")


def test_someone_the_sender_quotes_keeps_the_words() -> None:
    a = analyse(LOG, META)
    src = a.source(_claim(a, "can leave whenever they like").source)
    assert src is not None and src.kind == "organization" and (src.wording or "").lower() == "the farm manager"
