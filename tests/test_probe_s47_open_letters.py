"""A page that is an open letter speaks in its sender's voice, section by section (forty-seventh session: in the
studied sets, a network's open letter and a firm's reply printed under it went to the page's own voice, where the
gold names the network and the firm; eight writers' open letters have the shape). A workers' body's own negation is
no accused party's denial. Texts are invented."""

from __future__ import annotations

from labourlens.analyse.household_employers import advocate_voice
from probe_helpers import polarity_and_indicators, speaker

META = {"published": "2026-05-20", "language": "en"}

LETTER = """OPEN LETTER

To: Chief Executive, Marlow Bay Foods plc, Grimsby
From: Anjali Rao, Coordinator, Coastal Shrimp Workers' Network, Chennai
Date: 4 May 2026
Subject: Peeling sheds that supply your frozen prawns

Dear Chief Executive,

Between January and April our volunteers visited six peeling sheds in Nellore district that sell to your supplier.
We met 58 women who were paid 180 rupees for a twelve-hour shift and who had not been paid at all since February.
Several women told us that the shed manager keeps their Aadhaar cards in his office.
We understand no doctor was called when a peeler collapsed in the heat in March.

We ask you to publish your supplier list and to meet the women.

Yours sincerely,
Anjali Rao

REPLY

From: Marlow Bay Foods plc, Corporate Affairs
Date: 15 May 2026

Dear Ms Rao,

Thank you for your letter. Our supplier has told us that every worker at the sheds is paid weekly in cash.
No worker's identity card is held by our supplier's managers.

Helen Crowther
Director of Corporate Affairs
"""


def test_the_letters_own_sentence_is_its_senders() -> None:
    wording, kind, _ = speaker(LETTER, "58 women", META)
    assert kind == "organization" and wording is not None and "Coastal Shrimp Workers' Network" in wording


def test_a_sentence_that_names_its_speaker_keeps_it() -> None:
    wording, kind, _ = speaker(LETTER, "Aadhaar", META)
    assert kind == "anonymous_source" and wording is not None and "women" in wording


def test_the_reply_under_its_own_from_line_is_the_firms() -> None:
    wording, kind, _ = speaker(LETTER, "identity card is held", META)
    assert kind == "organization" and wording is not None and "Marlow Bay Foods" in wording


def test_the_letter_and_the_reply_are_two_sources() -> None:
    assert speaker(LETTER, "58 women", META)[2] != speaker(LETTER, "identity card is held", META)[2]


def test_the_networks_own_negation_is_no_denial_but_the_firms_is() -> None:
    assert polarity_and_indicators(LETTER, "We understand no doctor")[0] == "affirmed"
    assert polarity_and_indicators(LETTER, "No worker's identity card")[0] == "negated"


REPLY_HEADING = """An open letter to Vellmar Retail AG from the Sierra Sur Pickers' Union

Dear Board of Vellmar Retail,

Our members pick strawberries for your supplier near Huelva. This season 40 migrant workers from Morocco were charged 300 euros each for a bed in a container.
Their wages for April were withheld until the end of the harvest, and their passports were kept by the foreman.
They were told that anyone who complained would not be hired next year.

Reply from Vellmar Retail AG, 2 June 2026

Vellmar takes these reports seriously. Our supplier charges no worker for housing, and all pickers are paid the provincial rate.
No picker's passport is kept by the farm's staff.
"""


def test_a_reply_heading_with_no_salutation_gives_the_reply_to_the_firm() -> None:
    wording, kind, _ = speaker(REPLY_HEADING, "charges no worker for housing", META)
    assert kind == "organization" and wording is not None and "Vellmar" in wording


def test_the_title_names_the_sender_of_a_letter_without_a_header() -> None:
    wording, kind, _ = speaker(REPLY_HEADING, "300 euros", META)
    assert kind == "organization" and wording is not None and "Sierra Sur Pickers' Union" in wording


def test_a_subject_line_that_says_from_where_names_no_sender() -> None:
    text = ("Open letter: welders from Nepal and Vietnam at the Baltic Yard site\n\n"
            "Dear Members of the Board,\n\n"
            "The men were charged 1,200 zloty a month for beds in a hostel and worked 70 hours a week.\n"
            "Their passports were collected by the subcontractor on the first day.\n\n"
            "Yours faithfully,\nThe Gdansk Builders' Solidarity Branch\n")
    wording, _, _ = speaker(text, "passports were collected", META)
    assert wording is None or "Nepal" not in wording


def test_a_memos_from_line_is_no_open_letters_sender() -> None:
    text = ("INTERNAL NOTE\n\nFrom: Ethical Trade Desk, Harwood Garments Ltd\nTo: Buying team\nDate: 3 March 2026\n\n"
            "Migrant workers at the Tiruppur mill were paid 60 percent of the minimum wage in January, and their wages "
            "for February were withheld.\n"
            "The mill holds the workers' identity cards in a locked cabinet, and the women may not leave the hostel.\n")
    wording, _, _ = speaker(text, "locked cabinet", META)
    assert wording is None or "Harwood" not in wording


def test_workers_bodies_are_advocates_and_employers_bodies_are_not() -> None:
    assert advocate_voice("the Kerala Fishers' Union") and advocate_voice("Harbour Rights Collective")
    assert not advocate_voice("the Kiln Owners' Association") and not advocate_voice("Union of Road Transporters")
    assert not advocate_voice("Delta Workers Union Holdings Ltd") and not advocate_voice("the ministry of labour")
