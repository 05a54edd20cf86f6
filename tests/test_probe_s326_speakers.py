"""Probes (s326): voices a page sets under headers or names of their own. A numbered message whose header names its
sender in brackets after the date ('Voice note 2 (3 May, from "Ama", 24)', 'Message 3 (9 May, a second driver, who
gives his name as "Kojo")', "Recording 4 (11 May, a cook, unnamed)") is that sender's, not the page's; a header with
no sender in its brackets gives the message to nobody. A social post's author with a hyphenated given name above a
time line that carries a place of several words after the network's dot ("3 March 2026 · Port Said, Egypt") speaks
the post; a comment under "Top comments" whose author's name stands alone on its line above it is that commenter's,
not the post author's. A "former recruit" is a person who can speak. Texts written for these tests; the people,
boats, firms and pages are fictional."""

from __future__ import annotations

from probe_helpers import speaker

META = {"published": "2026-06-01", "language": "en"}

NOTES = """Tidewatch Ghana - Field Diary
Posted 1 June 2026 by the Tidewatch team

Over three weeks, crew members on a purse seiner registered in Tema sent recorded messages to their families, who shared them with us. We translated them from Ewe; the senders' names are changed.

Voice note 1 (3 May, from "Ama", 24)
"The skipper keeps every wage until the season ends. We haul nets from four in the morning until it is dark."

Voice note 2 (9 May, a second deckhand, who gave his name as "Kojo")
"They locked our passports in a drawer in the wheelhouse. Nobody can leave the boat at Abidjan."

Voice note 3 (11 May, a cook, unnamed)
"Rice has run short. I borrowed 3,000 cedis from the agent for my travel and he takes it from my pay."
"""

PLAIN = """Tidewatch Ghana - Field Diary
Posted 1 June 2026 by the Tidewatch team

Our team visited the harbour at Tema in May. Deckhands on two purse seiners say they have gone unpaid since January and that the agent holds their passports.

Recording 1 (3 May, 14:20)
"The skipper kept the crew's wages for four months," the harbour master said.

Recording 2 (4 May, 09:10)
"Two of the deckhands have been sick for a week," a nurse at the clinic said.
"""

POST = """Tema Seafarers Help Desk (Public group) · 12K members

Abdul-Karim Owusu Mensah
3 March 2026 · Port Said, Egypt

Please help us. I am a deckhand on a reefer anchored here. The owner has not paid any of us since November and the agent has our seaman's books.

👍 420 · 💬 58 comments

Top comments

Efua B. Asante
I sailed with that owner last year. He kept our wages for seven months and we were never allowed ashore.

Kwabena Darko
Call the embassy hotline and keep copies of every document.
"""

RECRUIT = """Nine men who signed with a Tegal labour broker returned from a squid boat last week.

A former recruit who came back in July, and who would not give his name for fear of reprisals, said the broker never showed him a contract. The former recruit said fees for his visa were deducted from his first six months of pay.
"""


def test_a_bracketed_header_gives_the_message_to_the_named_sender() -> None:
    wording, kind, _ = speaker(NOTES, "keeps every wage", META)
    assert wording == "Ama" and kind == "named_person"


def test_a_name_given_in_the_header_names_the_second_sender() -> None:
    wording, kind, _ = speaker(NOTES, "locked our passports", META)
    assert wording == "Kojo" and kind == "named_person"


def test_an_unnamed_sender_is_worded_as_the_header_words_them() -> None:
    wording, kind, _ = speaker(NOTES, "borrowed 3,000 cedis", META)
    assert wording == "a cook" and kind == "anonymous_source"


def test_a_header_without_a_sender_gives_the_text_to_nobody_new() -> None:
    wording, _, _ = speaker(PLAIN, "kept the crew's wages", META)
    assert wording is not None and "harbour master" in wording


def test_a_post_under_a_hyphenated_name_and_a_place_line_is_the_authors() -> None:
    wording, kind, _ = speaker(POST, "has not paid any of us", META)
    assert wording == "Abdul-Karim Owusu Mensah" and kind == "named_person"


def test_a_top_comment_under_its_authors_name_is_the_commenters() -> None:
    wording, kind, _ = speaker(POST, "kept our wages for seven months", META)
    assert wording == "Efua B. Asante" and kind == "named_person"


def test_a_former_recruit_speaks_for_himself() -> None:
    wording, kind, _ = speaker(RECRUIT, "never showed him a contract", META)
    assert kind == "anonymous_source" and wording is not None and "former recruit" in wording
