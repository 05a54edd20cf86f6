"""Interview framing is no claim, empty answers do not continue a claim, and an interview about
sanctions law only yields nothing (analyse.interview_frame, analyse.context). Texts written for this
test; the people, outlets and companies are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.interview_frame import empty_answer, is_frame
from labourlens.analyse.pipeline import analyse


@pytest.mark.parametrize("text", [
    "The conversation was held in Russian in March and has been shortened.",
    "This interview was conducted by video and has been lightly edited.",
    "The interview took place in Mongolian on 3 May.",
    "We asked him about the brigade and its pay.",
    "I asked her about the years in Dubai.",
    "Her answers below follow our questions.",
    "We met in a tea house in Almaty; she kept her coat on.",
    "We met him outside a church in Daejeon.",
    "We spoke by phone.",
    "I talked with them over Signal in June.",
    "We spoke to them together in October; they took turns.",
    "She agreed to a video interview on 4 June 2023.",
    "He asked us to use only his first name.",
    "She asks that we call her Sun.",
    "We have altered her voice.",
    "He now lives in Canada.",
    "She now lives near Gwangju.",
    "Transcript (machine-generated, checked by an editor).",
    "With me on the line is Arnav Sethi, a shipping analyst.",
    "HOST: With us today is a former welder.",
    "Our guest tonight is a former cook.",
    "Her voice has been altered.",
    "HOST: Let's turn to the canteen.",
    "Let’s start with the journey.",
    "Ines Marlow, thank you.",
    "REPORTER: The contractor, Ostrava Steelworks, sent us a written statement.",
    "The ministry emailed this newspaper a brief response.",
    "PRESENTER: Thank you for joining us.",
])
def test_framing_sentences(text: str) -> None:
    assert is_frame(text)


@pytest.mark.parametrize("text", [
    "We met our minder every morning at the gate.",
    "The interpreter spoke to the workers in Korean.",
    "He now lives in fear that his family will be punished for what he told us, he said.",
    "We asked the foreman for our wages and he refused.",
    "They took our passports when we arrived.",
    "Let's say the foreman kept every passport in his safe.",
    "The manager sent us a statement saying the workers keep their passports.",
    "Kang (not his real name) sewed coats in Dandong for three years.",
    "We had to thank the leader for every meal, which came late.",
    "A: We spoke by phone to our families once a year, with the security man listening.",
])
def test_sentences_about_the_work_are_not_framing(text: str) -> None:
    assert not is_frame(text)


@pytest.mark.parametrize("text", [
    "ROH: Never.", "Nobody knows.", "A: I could not say.", "That is all.", "I never believed it.",
    "Truthfully, I am not sure it ever will.", "PARK: I was not there that day.", "GUEST: Yes.",
])
def test_empty_answers(text: str) -> None:
    assert empty_answer(text)


@pytest.mark.parametrize("text", [
    "Dinner was ten minutes at the bench.", "Noodles, radish soup and some bread.",
    "A: Your sister works in Sinuiju, he said.", "Twelve hours, every day.", "ROH: The foreman kept the cards.",
    "Hardly any of them did, and most of them never.", "Almost none of us.", "That is untrue.", "LI: All lies.",
])
def test_answers_with_content(text: str) -> None:
    assert not empty_answer(text)


INTERVIEW = """Ri Song-hui, 29, sewed uniforms at a workshop in Erenhot for North Korean managers.

The conversation was held in Korean and has been shortened. We met in a tea house in Seoul.

Q: What were the hours like?
RI: We worked from seven in the morning until midnight, seven days a week.

Q: Did you ever think of complaining?
RI: Sometimes.

Q: And the food?
RI: Noodles, radish soup, sometimes a little pork.

Q: Were you paid?
RI: The manager kept our wages for the state plan. We got nothing.
"""


def test_interview_claims_skip_framing_and_empty_answers() -> None:
    texts = [c.text for c in analyse(INTERVIEW, {"published": None, "language": "en"}).claims]
    assert any("seven in the morning" in t for t in texts)
    assert any("kept our wages" in t for t in texts)
    assert not any("has been shortened" in t or "tea house" in t for t in texts)
    assert not any(t.strip().endswith("Sometimes.") for t in texts)


LAW_ONLY = """TRADE DESK — Episode 12

HOST: Our guest is Ines Marlow, a sanctions lawyer in Geneva. What does the resolution oblige states to do?

GUEST: It obliges states to send North Korean nationals who earn income abroad home by a set deadline. Each
state has to write its own penalties into its law.

HOST: And companies?

GUEST: Check your suppliers, keep records, and ask your regulator. Fines differ widely.
"""


def test_interview_about_sanctions_law_only_yields_nothing() -> None:
    an = analyse(LAW_ONLY, {"published": None, "language": "en"})
    assert an.claims == []


WORKERS_NAMED = LAW_ONLY.replace("Fines differ widely.", "The North Korean workers I met had their wages taken.")


def test_law_interview_that_speaks_of_workers_is_not_gated() -> None:
    an = analyse(WORKERS_NAMED, {"published": None, "language": "en"})
    assert an.claims


def test_negative_echo_keeps_a_denial_in_the_question_s_words() -> None:
    from labourlens.analyse.interview_frame import negative_echo

    assert negative_echo("Q: Did the guards beat you?", "A: No, nobody beat us.")
    assert negative_echo("Were you locked in at night?", "We were never locked in.")
    assert not negative_echo("Did the guards beat you?", "A: Always.")
    assert not negative_echo("Did you believe the manager?", "I did not believe that.")


def test_denial_answers_and_counts_are_not_empty() -> None:
    from labourlens.analyse.interview_frame import denial_answer

    assert denial_answer("A: Not me.") and denial_answer("Never, not once.") and denial_answer("HAN: No.")
    assert not denial_answer("I did not believe that.") and not denial_answer("Always.")
    assert not empty_answer("I saw it twice.") and not empty_answer("A: 3 of us.")


TURNS = """Jang Myong-ok, 41, welded ship hulls in Gdansk for a North Korean state company.

INTERVIEWER: What was a normal day?

JANG: We worked sixteen hours a day and the foreman kept our passports. Breakfast was five minutes standing up. We stopped at ten at night.

INTERVIEWER: Were you ever hit?

JANG: No.

INTERVIEWER: Did you ever think of leaving?

JANG: Everybody does. My wife and daughter are in Sinpo, the foreman reminded us.
"""


def test_later_sentences_of_an_answer_turn_continue_it() -> None:
    texts = [c.text for c in analyse(TURNS, {"published": None, "language": "en"}).claims]
    assert any("Breakfast was five minutes" in t for t in texts)
    assert any(t.strip() == "JANG: No." for t in texts)  # a denial straight after a question
    assert not any(t.strip() == "JANG: Everybody does." for t in texts)


EXPERT = """Dr. Lena Vogt studies labour migration at a university in Leipzig. Our guest today is a former welder.

HOST: How many North Korean workers are still in Russia?

VOGT: Several thousand, mostly on building sites, and their wages go to the state plan.

HOST: And their passports?

VOGT: The brigade leaders keep them.
"""

WORKER = """Choe Kwang-il, 38, spent five years on building sites in Novosibirsk before he escaped in 2021.

Q: Who kept your passport?

CHOE: The brigade leader, from the first day.

Q: Were you paid?

CHOE: The manager kept our wages for the state plan.
"""


def test_standfirst_of_an_interview_keeps_the_worker_s_years_of_work_only() -> None:
    expert = [c.text for c in analyse(EXPERT, {"published": None, "language": "en"}).claims]
    assert expert and not any("studies labour migration" in t or "Our guest" in t for t in expert)
    worker = [c.text for c in analyse(WORKER, {"published": None, "language": "en"}).claims]
    assert any("spent five years on building sites" in t for t in worker)


def test_turn_labels() -> None:
    from labourlens.analyse.interview_frame import labelled

    assert labelled("KIM: We got up at five.") and labelled("Mr. Osei: Twice a week.")
    assert labelled("[00:01:12] LEE: The yard paid the agency.") and labelled("GUEST [Ana Ruiz]: It varies.")
    assert not labelled("The manager said: go back to work.") and not labelled("We got up at five.")


TRAILING = """Ahn Bo-ra, 30, sewed uniforms for four years in a North Korean workshop in Dandong.

INTERVIEWER: Were you paid?

AHN: The manager kept our wages for the state plan. I could not say why.

INTERVIEWER: Did you see the others?

PARK: I was not there that day.
"""


def test_empty_sentences_inside_or_opening_an_answer_turn_are_no_claims() -> None:
    texts = [c.text for c in analyse(TRAILING, {"published": None, "language": "en"}).claims]
    assert any("kept our wages" in t for t in texts)
    assert not any("could not say why" in t or "not there that day" in t for t in texts)


PANEL = """A conversation with Rafael Ito, who studies labour exports at an institute in Lisbon.

MB: Are North Korean workers still on building sites in Siberia?

RI: Fewer, and less visibly, mostly on student visas.

MB: What do you make of the weather this year?

RI: Mild, mostly.
"""


def test_a_labelled_answer_to_a_question_about_the_workers_is_a_claim() -> None:
    texts = [c.text for c in analyse(PANEL, {"published": None, "language": "en"}).claims]
    assert any("Fewer, and less visibly" in t for t in texts)
    assert not any("A conversation with" in t for t in texts)  # the standfirst frames the interview


LEAD_IN = """Seo Min-ho, 44, spent six years on building sites in Kazan for a North Korean state company.

INTERVIEWER: Many readers picture the brigades as volunteers. Was that true for you?

SEO: No. The foreman kept our passports and our wages went to the state plan.

INTERVIEWER: You kept a diary there. How big were the rooms?

SEO: Twelve men in a container.
"""


def test_the_interviewer_s_lead_in_to_a_question_is_no_claim() -> None:
    texts = [c.text for c in analyse(LEAD_IN, {"published": None, "language": "en"}).claims]
    assert any("kept our passports" in t for t in texts)
    assert not any("Many readers picture" in t or "You kept a diary" in t for t in texts)
