"""Probes for a first-person testimony under a witness label or a note that he "told his story to" the page, a relative who tells
the witness what they know, and a host's framing talk in broadcasts and interviews (greetings, guests joining,
outreach to the accused party before its answer, stage directions, publication notices, a credit line). Every
text is written for these tests; people, firms, outlets and figures are invented."""

from __future__ import annotations

import pytest

from labourlens.analyse.host_talk import credit_line, host_talk, outreach
from labourlens.analyse.interview_frame import is_frame
from labourlens.analyse.pipeline import analyse
from probe_helpers import META, speakers_by_opening

LABELLED = (
    "Coastal Rights Archive - Accounts\n\n"
    "Witness: Tran Van Hoa (a pseudonym), born 1988, deckhand in Fiji waters from 2015\n"
    "Recorded in Hanoi, May 2023. Translated by Le Minh.\n\n"
    "My contract said ten months, but the broker kept me on board for over two years. Our wages went to the "
    "manning office, and the skipper held every passport in a drawer.\n\n"
    "The bosun kicked me whenever I dozed at the winch.\n\n"
    "Coastal Rights Archive has removed the vessel's name.\n"
)

TOLD = (
    "Gulf Domestic Voices | Accounts\n\n"
    "Rashid, 34, drove a Doha household's children to school for three years. He went back to Dhaka last spring. "
    "He told his story to Gulf Domestic Voices; his name has been changed.\n\n"
    "The sponsor kept my passport locked in his desk. I worked from five until midnight and they paid me "
    "nothing for half a year.\n\n"
    "My brother drove trucks in Muscat then. He told me his boss paid every month.\n"
)


def _speakers(text: str) -> dict[str, tuple[str | None, str | None]]:
    return speakers_by_opening(text, 25, META)


def test_a_witness_label_gives_the_first_person_account_to_the_witness() -> None:
    got = _speakers(LABELLED)
    witness = ("Tran Van Hoa", "named_person")
    for opening in ("My contract said ten mont", "Our wages went to the man", "The bosun kicked me whene"):
        assert [v for k, v in got.items() if k.startswith(opening[:20])] == [witness], opening


def test_without_the_witness_label_the_account_is_not_given_to_anyone_named() -> None:
    text = LABELLED.replace("Witness: Tran Van Hoa (a pseudonym), born 1988, deckhand in Fiji waters from 2015\n",
                            "Accounts collected from deckhands on tuna boats\n")
    assert all(w != "Tran Van Hoa" for w, _ in _speakers(text).values())


def test_a_note_that_he_told_his_story_to_the_page_names_the_witness() -> None:
    got = _speakers(TOLD)
    for opening in ("The sponsor kept my passp", "I worked from five until"):
        assert [v for k, v in got.items() if k.startswith(opening[:20])] == [("Rashid", "named_person")], opening


def test_the_witness_s_relative_who_tells_him_something_stays_the_source() -> None:
    got = _speakers(TOLD)
    said = [v for k, v in got.items() if k.startswith("He told me his boss pa")]
    assert said and said[0][0] != "Rashid"


@pytest.mark.parametrize("text", [
    "CARA LINDQVIST: Welcome to the programme.",
    "Good evening, I'm Tomas Berg.",
    "Ms. Aydin, welcome.",
    "RAFI: Omar, Lucia, thank you both.",
    "She joins us by phone from Kathmandu.",
    "And with us on the line is Dr. Ines Varga, who studies seasonal migration.",
    "She spoke to us from Dhaka, where she now runs a tailoring stall.",
    "He asked me to name him only as Karim.",
    "Let me add a final point.",
    "(He holds up a payslip.)",
    "Her study, \"Night Work\", is published next month by the Lake Institute.",
])
def test_a_host_s_framing_talk_is_no_claim(text: str) -> None:
    assert host_talk(text.split(": ", 1)[-1]) and is_frame(text)


@pytest.mark.parametrize("text", [
    "Ahead of this broadcast we contacted the recruiter that hired her, Apex Staffing.",
    "HOST: We asked the port authority about these claims.",
    "We reached the shipowner through its spokeswoman.",
    "We put these numbers to a hotel chain.",
])
def test_outreach_to_the_accused_party_is_no_claim(text: str) -> None:
    assert outreach(text)


@pytest.mark.parametrize("text", [
    "We asked the foreman for our wages every week.",
    "We reached the border after three nights on foot.",
    "We contacted the embassy, which refused to help us.",
    "I called the agency and they said I owed them more.",
    "Welcome packs were never handed out to the new arrivals.",
    "He joined the crew in Busan and was never paid.",
    "(The agency denies charging any fee.)",
    "The report, released last week by the Lake Institute, found that 40 workers had no contracts.",
])
def test_controls_worker_statements_stay_claimable(text: str) -> None:
    assert not outreach(text) and not host_talk(text)


def test_a_credit_line_names_who_introduces_the_account() -> None:
    assert credit_line("Introduced by Omar Diaz, coordinator of a migrants' group.")
    assert not credit_line("Introduced by the broker to a new employer, she was told to pay again.")


def test_the_answer_read_out_after_the_outreach_stays_a_claim() -> None:
    text = ("HOST: Tonight we hear from cleaners at a hotel in Doha.\n\n"
            "AMINA: My passport was taken on arrival and I was paid half of what my contract said.\n\n"
            "HOST: We put these claims to the hotel's owner. It said every cleaner is paid in full and keeps her "
            "own passport.\n")
    a = analyse(text, META)
    texts = [c.text for c in a.claims]
    assert not any(t.startswith("HOST: We put these claims") for t in texts)
    assert any("paid in full" in t for t in texts)
