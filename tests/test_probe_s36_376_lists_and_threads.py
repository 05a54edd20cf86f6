"""Probes (session 36, from heldout376's study): a bulleted list whose items each end in ";" is one sentence per
item, not one wrapped paragraph; the counted bullets under a lead-in that names a group ("Among the cleaners
surveyed:") are that group's, one source; a messenger channel's comment headed by the commenter's handle and a colon
alone on its line ("dima_tver:") is the commenter's; a first-person account under an "As told to" line whose note
gives the teller's real first name ("we print no surname; Davlat is his own given name") is the teller's. Near
misses keep what they had. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from attribution_helpers import claim_speakers, speaker_in
from labourlens.analyse.pipeline import analyse

_SURVEY = """The Harbour Workers Union today published a survey of 80 cleaners who came home to Nepal from Doha.

Among the cleaners surveyed:
- 50 said an agent in Kathmandu charged them a fee, usually between 80,000 and 120,000 rupees;
- 31 said a supervisor kept their passport in his office;
- 12 said their wages were lower than the agent had promised;
- 6 said the supervisor warned them about deportation;
- 4 said they had been slapped by a supervisor.

The union will send the report to the ministry.
"""


def test_items_ending_in_semicolons_are_sentences_of_their_own() -> None:
    a = analyse(_SURVEY, {})
    items = [s.text for s in a.sentences if s.text.startswith("- ")]
    assert len(items) == 5
    assert any(s.startswith("- 31 said") for s in items)


def test_a_wrapped_line_that_opens_with_a_dash_still_continues() -> None:
    text = ("The inspectors found that the dormitory held forty men in a room built for twelve, with one tap and\n"
            "- as the report puts it - no working toilet for the whole of the winter season.\n")
    a = analyse(text, {})
    assert len(a.sentences) == 1


def test_counted_bullets_under_a_group_lead_in_are_that_group() -> None:
    got = claim_speakers(_SURVEY)
    first = speaker_in(got, "charged them a fee")
    assert first == ("the cleaners surveyed", "anonymous_source")
    assert speaker_in(got, "kept their passport") == first
    assert speaker_in(got, "slapped by a supervisor") == first


def test_a_first_person_lead_in_is_left_to_the_page() -> None:
    text = _SURVEY.replace("Among the cleaners surveyed:", "Of the cleaners we surveyed:")
    got = claim_speakers(text)
    assert speaker_in(got, "kept their passport")[0] != "the cleaners surveyed"


_CHANNEL = """Kiln Watch (Telegram channel), 4 May 2026: a post with readers' comments

Kiln Watch:
Workers at a brick yard near Tver write to us that their pay is late by three months. We could not check this.

Comments (12)

dima_tver:
I worked there last year. The foreman kept my passport for the whole season.

boris_builder_55:
I run a crew on another yard. We never keep anyone's documents.

lena_k:
I heard the police came to the yard on Friday.

Kiln Watch:
@lena_k We hear that the police held four men for a night; nobody has confirmed it.
"""


def test_a_handle_and_a_colon_alone_on_the_line_head_a_comment() -> None:
    got = claim_speakers(_CHANNEL)
    assert speaker_in(got, "kept my passport") == ("dima_tver", "named_person")
    assert speaker_in(got, "never keep anyone") == ("boris_builder_55", "named_person")


def test_the_channel_replying_under_its_own_name_is_the_page() -> None:
    got = claim_speakers(_CHANNEL)
    assert speaker_in(got, "four men for a night")[0] != "lena_k"
    assert speaker_in(got, "four men for a night") == speaker_in(got, "pay is late")


def test_a_label_line_outside_a_comment_section_heads_nothing() -> None:
    text = _CHANNEL.replace("Comments (12)\n\n", "")
    got = claim_speakers(text)
    assert speaker_in(got, "kept my passport")[0] != "dima_tver"


_TOLD = """"We owe more than he earns": a father in Kulob on his son's year in Kazan

As told to Rahim Saidov for Pamir Notes. We print no surname; Davlat is his own given name.

My son Jamshed is twenty. He went to Russia in April with six boys from our street. The man who arranged it took 7,000 somoni from us, and I had to borrow that from my brother. Now the foreman keeps Jamshed's passport and pays him nothing.
"""


def test_a_note_giving_the_real_first_name_names_the_teller() -> None:
    got = claim_speakers(_TOLD)
    assert speaker_in(got, "keeps Jamshed's passport") == ("Davlat", "named_person")


def test_a_real_full_name_in_a_news_story_names_no_teller() -> None:
    text = ("Kulob, May 3 (Pamir Notes) - A father said his son had no wages for a whole spring at a depot in "
            "Kazan. Davlat Karimov is a teacher. He said the family borrowed 7,000 somoni to pay a recruiter.\n")
    got = claim_speakers(text)
    assert all(w != "Davlat" for w, _ in got.values())


_NEIGHBOURS = """KULOB, Tajikistan - In the village of Sarband, many men work in Russia.

"My son has been in Kazan for a year," said Nasiba, 40, a teacher. "He sends nothing now. His boss keeps his passport."

Her neighbour, Tolib, 48, came home in May from a farm near Tver. He said the foreman still owes him 90,000 rubles for the summer. "They kept our passports," he said.
"""


def test_a_neighbour_named_with_an_age_is_the_next_he() -> None:
    got = claim_speakers(_NEIGHBOURS)
    assert speaker_in(got, "still owes him") == ("Tolib", "named_person")
    assert speaker_in(got, "His boss keeps")[0] == "Nasiba"


def test_a_neighbour_without_an_age_introduces_nobody() -> None:
    text = _NEIGHBOURS.replace("Her neighbour, Tolib, 48, came home", "Her neighbour came home")
    got = claim_speakers(text)
    assert speaker_in(got, "still owes him")[0] != "Tolib"

