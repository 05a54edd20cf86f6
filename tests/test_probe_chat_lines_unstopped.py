"""Chat messages typed without a full stop (lead, session 20): a line of a chat export that opens with its time
stamp and sender is a message, whether or not it ends on a full stop, so it is neither a headline nor a title; and a
sender whose label gives a first name only is the person the page has named in full before (the sender is resolved in
the attribution's registry like any mention). Every text is written for this test; people, boats and groups are
fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import split
from probe_helpers import claim_rows

META = {"published": "2026-03-20", "language": "en"}

LOG = """HARBOUR LINE NOTES
Messages from fishers held off Kismayo, 2026

Abdi Hassan, a deckhand on a trawler off Kismayo, first wrote to us in March. Abdi Hassan said the crew had no contracts.

[02/03/2026, 21:40] Abdi (deckhand): we work 20 hours a day and nobody has been paid since December
[03/03/2026, 06:10] Abdi (deckhand): the captain took our passports when we boarded
[04/03/2026, 22:05] Yusuf (cook): the engineer was beaten for asking about wages
[05/03/2026, 05:30] Abdi (deckhand): still no port call. we eat rice twice a day
"""


def _rows() -> list[tuple[str, str | None, str | None]]:
    return [(text, wording, kind) for text, _, wording, kind in claim_rows(LOG, META)]


def test_an_unstopped_chat_message_is_body_text_not_a_headline() -> None:
    kinds = {s.text: s.kind for s in split(LOG)}
    line = next(t for t in kinds if "took our passports" in t)
    assert kinds[line] == "body"


def test_an_unstopped_chat_message_is_a_claim_of_its_sender() -> None:
    rows = _rows()
    passports = next(r for r in rows if "took our passports" in r[0])
    beaten = next(r for r in rows if "beaten for asking" in r[0])
    assert passports[2] == "named_person" and beaten[1] == "Yusuf"


def test_a_first_name_label_is_the_person_named_in_full_before() -> None:
    rows = _rows()
    said = next(r for r in rows if "had no contracts" in r[0])
    unpaid = next(r for r in rows if "nobody has been paid" in r[0])
    assert said[1] == "Abdi Hassan" and unpaid[1] == "Abdi Hassan"


def test_a_plain_title_without_a_full_stop_is_still_no_claim() -> None:
    text = LOG.replace("Messages from fishers held off Kismayo, 2026", "Crew held without pay off Kismayo")
    assert not any(c.text.startswith("Crew held without pay") for c in analyse(text, META).claims)
