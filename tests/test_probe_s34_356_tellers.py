"""Probes (session 34, heldout356's study): first-person pages whose teller the page names apart from the account.

- A testimony "as told to" a reporter whose note gives the teller's changed name in a sentence of its own ("Lina is not
  her real name"): every first-person paragraph after the note is hers, as under a note of the form "Lina (not her real
  name), 29, ...". A near miss: a story that names a worker by a changed name but is told in the paper's own voice,
  with no "as told to" note, keeps its speakers: a caseworker it quotes speaks for herself.
- A reader's letter on a letters page, with no salutation, signed by the writer's name on a line of its own: its
  first-person sentences, and what the helper next door told the writer, are the writer's; an officer the writer quotes
  keeps his words, and the editor's note under the signature is the paper's. A near miss: a news page that is no
  letters page keeps the paper's voice.
- A committee's record whose officers speak under their post in capitals ("DEPUTY DIRECTOR (INSPECTIONS), LABOUR BOARD:",
  later "DEPUTY DIRECTOR:"): each turn is that officer's, an official.

Texts written for these tests; every name is fictional."""

from __future__ import annotations

from attribution_helpers import claim_speakers, speaker_in

_TESTIMONY = """HARBOURSIDE STAR | IN THEIR OWN VOICE

"The kitchen floor was my bed"

As told to Ruth Adeyemi. Lina is a changed name; she wanted it so because her aunt still works in Doha.

I am 27 and I come from Ibadan. A recruiter in Lagos told me the job in Doha was in a hotel, with a salary of 1,200 riyals.

From the first day the family kept my passport and locked the gate every night.

I worked from dawn to midnight and I was paid for only two months.

Editor's note: The Star could not reach the recruiter for comment.
"""

_STORY = """Recruiters keep passports, workers say

Doha - Lina is a pseudonym the Star agreed to use. She said the agency took her passport at the airport
and kept it for two years.

"I see women like her every week," said Grace Obi, a caseworker at Migrant Aid. "Their employers hold their passports
and their wages."
"""

_LETTER = """THE EASTGATE HERALD
Letters to the Editor | 3 March 2026

The man who never goes home

I am writing about the young man who works for the shop below my flat in Brickfields, because nobody else seems to notice.

He sleeps on a folding bed in the storeroom behind the counter. I have seen him opening the shutters at 7 in the morning and closing them after midnight, every day of the week.

When I asked him about his family, he said he could not call them because the owner keeps his phone in a drawer.

He also said to me that the owner has his passport "for safe keeping".

I reported this to the police in January. A constable said to me that they could not act without a complaint.

Tan Siew Lan
Brickfields, Kuala Lumpur

Editor's note: The owner did not reply to the Herald's questions.
"""

_NEWS = """THE EASTGATE HERALD
News | 3 March 2026

Shop worker sleeps in storeroom, neighbours say

A young man who works for a shop in Brickfields sleeps on a folding bed in the storeroom, neighbours said. He opens the
shutters at 7 in the morning and closes them after midnight, they said.
"""

_RECORD = """STATE ASSEMBLY OF NORTHLAND
Select Committee on Migrant Labour
Record of proceedings, sitting of Tuesday, 4 March 2026

THE CHAIR: We have the Labour Board's inspection report before us.

DEPUTY DIRECTOR (INSPECTIONS), LABOUR BOARD: Thank you, Chair. Last year inspectors found 212 workers whose passports were held by their employers. Unpaid wages were the second most common finding.

HON. MARIA OKORO: Chair, a father wrote to me that his son was locked in a dormitory for three months.

DEPUTY DIRECTOR: Chair, the Board has found no dormitory locked from outside this year.

HON. PETER LAMB: Then the Board is not looking.
"""


def test_a_testimony_told_to_a_reporter_is_the_changed_names() -> None:
    speakers = claim_speakers(_TESTIMONY)
    for needle in ("recruiter in Lagos", "kept my passport", "worked from dawn"):
        assert speaker_in(speakers, needle) == ("Lina", "named_person")


def test_a_changed_name_in_a_story_keeps_its_speakers() -> None:
    assert str(speaker_in(claim_speakers(_STORY), "hold their passports")[0]).startswith("Grace Obi")


def test_a_signed_reader_letter_is_the_writers() -> None:
    speakers = claim_speakers(_LETTER)
    for needle in ("folding bed", "opening the shutters", "keeps his phone", "has his passport"):
        assert speaker_in(speakers, needle) == ("Tan Siew Lan", "named_person")


def test_a_news_page_keeps_the_papers_voice() -> None:
    assert speaker_in(claim_speakers(_NEWS), "folding bed")[0] != "Tan Siew Lan"


def test_a_records_post_labels_are_the_officers() -> None:
    speakers = claim_speakers(_RECORD)
    assert speaker_in(speakers, "passports were held") == ("Deputy Director (Inspections)", "official")
    assert speaker_in(speakers, "no dormitory") == ("Deputy Director (Inspections)", "official")
