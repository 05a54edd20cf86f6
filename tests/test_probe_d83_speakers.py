"""Speaker shapes found in the study of heldout83 (probe diag83): a board that writes its post headers in lower
case ("posted by river_kim \u00b7 3 May"), an item a poster cites after a line ending with a colon, a pronoun whose
person the same sentence named before it (in a fronted clause of time, or in apposition to a role before an aside),
a report that cites a person met in an aside ("a cook, interviewed in Seoul, who said"), and a firm met as "the
company" whose printed reply opens on its own name. Every text is written for this test; people, firms and outlets
are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.mentions import find_mention
from probe_helpers import LEAD, speaker

# ---------------------------------------------------------------------------------- lower-case forum headers
THREAD = ("Yalu shrimp plant - anyone know more? :: Riverbank Forums\n\n"
          "posted by river_kim \u00b7 3 May 2024, 08:10\n\n"
          "A friend in Dandong says the women at the shrimp plant work until two in the morning. "
          "Nobody there gets a day off in the season.\n\n"
          "posted by old_ferryman \u00b7 3 May 2024, 09:45\n\n"
          "Spotted this on the Border Tide site today:\n\n"
          "A wage sheet photographed at a shrimp plant in Dandong shows a monthly wage of 2,900 yuan, of which "
          "2,500 yuan goes to the dispatching unit.\n\n"
          "So the women keep almost nothing of what they earn.\n\n"
          "posted by doubting_tom \u00b7 3 May 2024, 10:02\n\n"
          "I doubt anyone can check that the workers are even North Korean.\n")


def test_lower_case_header_gives_the_post_to_its_poster() -> None:
    wording, kind, _ = speaker(THREAD, "Nobody there gets a day off")
    assert (wording, kind) == ("river_kim", "named_person")


def test_each_lower_case_header_opens_a_new_post() -> None:
    wording, kind, _ = speaker(THREAD, "So the women keep almost nothing")
    assert (wording, kind) == ("old_ferryman", "named_person")
    assert speaker(THREAD, "I doubt anyone can check")[:2] == ("doubting_tom", "named_person")


def test_a_paper_in_the_item_a_poster_cites_keeps_its_own_voice() -> None:
    wording, kind, _ = speaker(THREAD, "wage sheet photographed")
    assert kind == "document" and "wage sheet" in (wording or "")


def test_a_paper_the_poster_cites_in_his_own_words_stays_his() -> None:
    text = ("posted by gulf_runner \u00b7 2 June 2024, 14:00\n\n"
            "Worked there two years. The contract says 1,800 riyals basic, but the company paid us 1,100 riyals.\n")
    wording, kind, _ = speaker(text, "1,100 riyals")
    assert (wording, kind) == ("gulf_runner", "named_person")


def test_posted_by_a_full_name_in_lower_case_stays_a_byline() -> None:  # control: a byline, not a poster
    text = ("posted by Jane Morrow\n\n"
            "Migrant workers at the Kestrel Timber yard in Khabarovsk said their wages were held back for months.\n")
    wording, kind, _ = speaker(text, "wages were held back")
    assert kind != "named_person" or wording != "Jane"


# ------------------------------------------------------------------------------ a name before the pronoun
def test_fronted_clause_names_the_pronoun() -> None:
    text = (LEAD + "A court in Seoul heard the case on Monday.\n\n"
            "A former cook who asked not to be named said the hostel was cold.\n\n"
            "When Pak Su-ryon (a pseudonym) left Hyesan in 2018, she believed she was going to a well-paid job "
            "in a Chinese garment workshop. She ended up scaling fish in Hunchun for three years without pay.")
    assert speaker(text, "she believed")[:2] == ("Pak Su-ryon", "named_person")
    assert speaker(text, "She ended up")[:2] == ("Pak Su-ryon", "named_person")


def test_fronted_clause_of_the_other_sex_leaves_the_pronoun() -> None:  # control
    text = ("Migrant workers at the Kestrel Timber yard in Khabarovsk described their conditions.\n\n"
            "A cook at the yard, Anna Petrova, said meals were docked from pay.\n\n"
            "When Ivan Sergeyev left the yard in May, she said the foreman locked the gate every night.")
    assert speaker(text, "locked the gate")[0] != "Ivan Sergeyev"


def test_apposed_subject_before_an_aside() -> None:
    text = (LEAD + "Two women described the plant.\n\n"
            "The first, who asked to be called Ryu, said the doors were locked at night.\n\n"
            "The second woman, Hwang Mi-ok, 39, left the plant because, she said, the manager had beaten her for "
            "resting. She said the manager kept every passport in a safe.")
    assert speaker(text, "had beaten her")[:2] == ("Hwang Mi-ok", "named_person")
    assert speaker(text, "kept every passport")[:2] == ("Hwang Mi-ok", "named_person")


# ------------------------------------------------------------------- a person cited after an aside
def test_report_cites_a_person_met_in_an_aside() -> None:
    m = find_mention("The study also cites a former welder, interviewed by the authors in Almaty, who said he had "
                     "not been paid for four months.")
    assert m is not None and m.wording == "a former welder" and m.relay == "The study"


def test_report_cites_a_body_that_said_stays_the_report() -> None:  # control
    m = find_mention("The study cites the ministry, which said it had no record of the workers.")
    assert m is not None and m.wording == "The study"


# ------------------------------------------------------------------------- a firm that names itself
REPLY = ("We sent questions to Kestrel Seafoods Co., Ltd. on 3 March about unpaid overtime at its plant. "
         "The company replied in writing a week later.\n\n"
         "\"Kestrel Seafoods has never withheld the wages of any employee. No passport is kept by the company.\"\n\n"
         "A supervisor at the plant said the women were locked in at night.")


def test_firm_named_by_its_own_reply() -> None:
    wording, kind, _ = speaker(REPLY, "never withheld the wages")
    assert (wording, kind) == ("Kestrel Seafoods", "organization")


def test_reply_opening_on_a_name_never_given_before_keeps_the_company() -> None:  # control
    text = REPLY.replace("to Kestrel Seafoods Co., Ltd. on 3 March", "to the plant's owner on 3 March")
    wording, kind, _ = speaker(text, "never withheld the wages")
    assert kind == "organization" and (wording or "").lower() == "the company"


# ------------------------------------------------------------------------- chains: the body speaks, the one citing relays
def test_according_to_a_person_a_body_that_told_a_committee() -> None:
    m = find_mention("According to Moon, the Ministry of Labour told reporters that 300 workers had not been paid.")
    assert m is not None and m.wording == "the Ministry of Labour" and m.relay == "Moon"
    m = find_mention("According to Moon, the ministry told lawmakers that 300 workers had not been paid.")
    assert m is not None and m.wording == "the ministry" and m.relay == "Moon"


def test_according_to_a_person_a_foreman_who_told_workers_stays_as_it_was() -> None:  # control: no body, no forum
    m = find_mention("According to Ruiz, the foreman told the men that they would be sent home.")
    assert m is not None and m.relay is None


def test_body_opening_its_sentence_under_a_trailing_tag() -> None:
    text = (LEAD + "The labour ministry briefed Rep. Yoo Ji-ho on Tuesday.\n\n"
            "The ministry also said that the workers sleep six to a room and may not leave the site alone, Yoo said.")
    wording, kind, _ = speaker(text, "may not leave the site alone")
    assert kind == "official" and "ministry" in (wording or "").lower()


def test_person_opening_the_sentence_keeps_the_trailing_tag() -> None:  # control
    m = find_mention("A welder said that the gate was locked every night, the union said.")
    assert m is not None and m.wording == "the union"
