"""Probes (session 35, from heldout362's study): comments headed by the commenter's handle and the clock time
("kettle_83 | 09:05") are the commenter's; in a forum post, an agent's warning to the woman the poster speaks of
("warned her that ...") and the account it carries on to are the poster's; in a labelled interview turn, one word
with a plural verb before a colon and quoted examples ("Delays are frequent: ...") is no speaker, and a "she" whose
words address "you" after a colon is the turn speaker's account; a message a poster passes on is its writer's. Near misses keep what they had. Texts written for
these tests; every name is fictional."""

from __future__ import annotations

from attribution_helpers import claim_speakers, speaker_in
from labourlens.analyse.mentions import find_mention

_COMMENTS = """Harbour Cooks Network | a group for kitchen staff in Lisbon
Post by group admin (Rosa Lima) | 3 May 2026, 19:02 | 1.2K views

Dear members, please read this. A cook from Goa contacted the group about a restaurant near the port.

Comments (9)

kettle_83 | 19:10
My cousin cooked in that kitchen last winter. The manager held her passport from October to February and paid her nothing in March.

Ana Vidal (admin) | 19:25
Thank you. The boss locks the staff room at night, we heard that from two people.

dock.ray | 19:40
I worked there in 2023, the owner never touched my documents.
"""


def test_a_handle_and_a_clock_time_head_a_comment() -> None:
    got = claim_speakers(_COMMENTS)
    assert speaker_in(got, "held her passport") == ("kettle_83", "named_person")
    assert speaker_in(got, "locks the staff room")[1] == "named_person"
    assert speaker_in(got, "locks the staff room")[0] == "Ana Vidal"


def test_a_timed_line_outside_a_comment_section_heads_nothing() -> None:
    text = ("KITCHEN NEWS\n\nLate shift | 19:10\n\nThe manager kept the cooks' passports for five months and paid "
            "them nothing in March, two cooks told Kitchen News.\n")
    got = claim_speakers(text)
    assert got and all(wording != "Late shift" for wording, _ in got.values())


_FORUM = """WorkAbroad Forum > Building sites > Lisbon
Thread: The foreman holds our papers. Is that allowed?

Posted by tile_joao | 2 June 2026, 22:10

Hello all. Our foreman took the passports of the whole crew in April and has not given them back.

Reply from Marta77 | 3 June 2026, 08:30

My sister went through this in Porto in 2024. The agent kept her papers and warned her that a complaint to the police would get every cleaner deported. She cleaned offices for three more months without pay until our father sent money to buy the papers back.

Reply from cais_pedro | 3 June 2026, 09:15

Our foreman told me the passports are safer in his office. We asked for them and he refused.
"""


def test_a_counterparts_telling_to_a_third_person_is_the_posters_account() -> None:
    got = claim_speakers(_FORUM)
    assert speaker_in(got, "warned her that a complaint")[0] == "Marta77"
    assert speaker_in(got, "three more months without pay")[0] == "Marta77"


def test_a_counterpart_who_told_the_poster_keeps_the_other_rules() -> None:
    got = claim_speakers(_FORUM)
    assert speaker_in(got, "took the passports of the whole crew")[0] == "tile_joao"


def test_one_word_with_a_plural_verb_before_quoted_examples_is_no_speaker() -> None:
    assert find_mention('Delays are far more frequent: "Your pay comes next week," "The client is late."') is None
    m = find_mention('Hollis was blunt: "They locked us in at night."')
    assert m is not None and m.wording == "Hollis"
    m = find_mention('Guards were harsher: "You stay until the order is done."')
    assert m is not None and m.wording == "Guards"


_QA = """CANTEEN POST - Interview

Mara Voss has advised migrant cooks in Lyon for ten years. She spoke to Canteen Post by phone.

Canteen Post: Do you see violence?

Voss: Hardly ever. Warnings are far more frequent: "The police will hear about you," "Your visa ends with this job."

Canteen Post: And the agents?

Voss: Many cooks paid an agent 500 euros for the job. The head chef knows it well. She says: quit now and the 500 euros stay on your account with the agent.
"""


def test_a_turn_keeps_its_plural_examples_and_a_he_speaking_to_you() -> None:
    got = claim_speakers(_QA)
    assert speaker_in(got, "Warnings are far more frequent")[0] == "Mara Voss"
    assert speaker_in(got, "stay on your account")[0] == "Mara Voss"


_PASSED_ON = """Lisbon Cooks Group
Post by group admin (Rosa Lima) | 3 May 2026, 19:02

Members, we need advice. A cook's aunt contacted the group on Sunday. We are sharing what her aunt sent, as she asked:

"Leela, my niece, began at a kitchen near the port in March. Her chef has held her passport since her second day and she has had no pay since April."
"""


def test_a_message_the_poster_passes_on_is_its_writers() -> None:
    got = claim_speakers(_PASSED_ON)
    assert speaker_in(got, "no pay since April")[0] == "her aunt"
