"""Study 357: whose voice a first-person testimony, a network thread and a families' letter speak in.

- A testimony whose standfirst gives the teller a name ("As he wished, we call him Tarek") is the teller's, a plain
  paragraph between two first-person paragraphs included, and so is what a guard the teller met told another worker.
- A network's post or reply headed "Display Name @handle · date" is that poster's, as the numbered posts of a thread
  headed "Thread by Display Name @handle · date" are.
- In a letter that relays families' cases, "X, of Y, writes that his brother Z, 44, ..." is X's (not "that his
  brother Z"), the plain sentences about the relative between or after X's reports are X's, an unnamed family that
  wants no name printed is the "They" that writes next, and a firm an "It replied" goes back to is an organisation.

Near misses keep what they had. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from attribution_helpers import claim_speakers, speaker_in

_TESTIMONY = """RIVERBANK VOICES | Testimony

"They said a hotel. It was a fish plant."

A young man from Sylhet describes eleven months at a seafood plant. He now lives in Lisbon. As he wished, we call him Tarek.

Translated from Bengali by Nadia Roy

I grew up near the river. In 2023 an agent came to our house and told my father the job was in a hotel in Dubai.

We arrived at a fish plant in the desert instead. We slept twelve men to a room above the freezers. The supervisor kept our passports in a safe.

The pay was 900 dirhams. Each month the agent took 300 dirhams of it for the visa debt. Men who wanted to leave had to pay 4,000 dirhams first.

I want to be fair. Nobody beat me. But a boy from Khulna who refused a night shift was locked in the cold store for an hour, and the guard told him his family would pay his debt.

Editor's note: Riverbank Voices uses a different name for the writer. We could not verify every part of his account.
"""

_THREAD = """Thread by Lena Park @lenapark_w · 4 Nov 2027

1/ Greenhouse season in the south. I spent a week with pickers on two farms near Almeria.

2/ Three of the pickers said the foreman took their passports on arrival.

3/ On paper pay is 40 euros a day. The farm keeps half "for the caravan". Nobody on the second farm had been paid by Friday.

Replies

rosa_almeria @rosa_almeria · 4 Nov
Same on my cousin's farm. They sleep in a shed, 20 women, one toilet.

Sunfield Growers @sunfield_gr · 4 Nov
This is false. Every picker on our farm gets cash daily and no one has to stay.

Lena Park @lenapark_w · 5 Nov
Replying to @sunfield_gr
Good to hear about your farm. The pickers I met have received no pay at all.
"""

_LETTER = """NORTHERN FAMILIES NETWORK

An appeal to the ministry and to buyers of farmed salmon

Tromso, 2 March 2027

We are 30 families whose relatives work on fish farms abroad.

Three cases follow.

Peter Olsen, of Bergen, writes that his brother Jon, 44, drives a forklift at a salmon plant and could not come home when their father died. Jon's passport went to the plant's manager in 2019 and is still with him. "My brother asked for it twice," Peter writes.

Kari Lunde, of Bodo, writes that her sister Ingrid can phone home only once a month from the office. Her sister is paid 1,900 euros monthly and must hand 500 euros to a "savings fund" she cannot touch until her contract ends. Kari writes that her sister says she is treated well.

A third family, from Narvik, asked not to be identified. They write that their son, 30, was sent to the plant straight from a detention camp. He is thought to pull double shifts in the freezer room despite a weak heart.

We also wrote to Nordkyst Trading, a Danish company that buys from the plant. It answered that it knew of no forced labour at the plant.
"""


def test_testimony_named_in_the_standfirst_is_the_tellers() -> None:
    speakers = claim_speakers(_TESTIMONY)
    assert speaker_in(speakers, "slept twelve men to a room") == ("Tarek", "named_person")
    assert speaker_in(speakers, "took 300 dirhams") == ("Tarek", "named_person")  # a plain paragraph between
    assert speaker_in(speakers, "locked in the cold store") == ("Tarek", "named_person")  # the guard told him


def test_thread_posts_and_replies_by_display_name() -> None:
    speakers = claim_speakers(_THREAD)
    assert speaker_in(speakers, "had been paid by Friday") == ("Lena Park", "named_person")
    assert speaker_in(speakers, "sleep in a shed") == ("rosa_almeria", "named_person")
    assert speaker_in(speakers, "no one has to stay")[1] == "organization"
    assert speaker_in(speakers, "received no pay") == ("Lena Park", "named_person")
    assert speaker_in(speakers, "took their passports") == ("Three of the pickers", "anonymous_source")  # near miss


def test_letter_relays_relatives_cases() -> None:
    speakers = claim_speakers(_LETTER)
    assert speaker_in(speakers, "could not come home")[1] == "named_person"
    assert speaker_in(speakers, "could not come home")[0].startswith("Peter Olsen")
    assert speaker_in(speakers, "still with him")[0].startswith("Peter Olsen")
    assert speaker_in(speakers, "savings fund")[0].startswith("Kari Lunde")
    assert speaker_in(speakers, "detention camp") == ("A third family, from Narvik", "anonymous_source")
    assert speaker_in(speakers, "weak heart") == ("A third family, from Narvik", "anonymous_source")
    assert speaker_in(speakers, "knew of no forced labour") == ("Nordkyst Trading", "organization")


def test_plain_page_sentence_after_a_report_stays_the_pages() -> None:
    text = ("Fish farm workers abroad are often unpaid, campaigners say.\n\n"
            "Peter Olsen writes that his brother could not come home. Wages at the plant are paid late, "
            "inspectors found in May.\n")
    speakers = claim_speakers(text)
    assert speaker_in(speakers, "paid late")[0] != "Peter Olsen"


def test_they_in_the_first_person_is_not_the_household() -> None:
    # near miss: a poster's own "They told my cousin ..." after an unnamed household is the poster's account
    text = ("Migrant maids in the city were not paid and their passports were taken, the union said.\n\n"
            "A fourth family, from Narvik, asked not to be identified. They told my cousin she would clean a hospital, "
            "and she ended up locked in a house with twelve people and was not paid.\n")
    speakers = claim_speakers(text)
    assert speaker_in(speakers, "my cousin")[0] != "A fourth family, from Narvik"
