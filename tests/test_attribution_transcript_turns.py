"""Transcript turns, estimates given by a relayed person, and Q&A answers that quote a threat (fictional texts)."""

from labourlens.analyse.first_person_shapes import put_it_mention
from labourlens.analyse.pipeline import analyse


def _speaker(text: str, start: str) -> tuple[str | None, str]:
    a = analyse(text, {})
    src = {s.key: s for s in a.sources}
    c = next(c for c in a.claims if start in c.text)
    return src[c.source].wording, src[c.source].kind


RADIO = """TRANSCRIPT - "Evening Report", Harbour Radio, broadcast 3 March 2025

HOST (ANNA BELL): Tonight, labour on fishing boats. My guest is Dr Tomas Reyes, who studies crews in Busan.

REYES: Thank you, Anna.

BELL: What did you hear?

REYES: We spoke to former deckhands in Busan. One of them told me the captain kept every passport in a safe. The men worked twenty hours a day during the squid season.

BELL: And the pay?

REYES: Very little. In Ulsan a second deckhand put it at 200 dollars a month, paid only at the end of the trip.
"""

QA = """Interview with a former site boss

Ri Chol-su (not his real name) ran a crew of builders in Tomsk until 2019.

Q: What happened when someone was slow?
A: I shouted at them. The political officer told me that if the crew missed the quota, I would be sent home and my wife would lose her job.

Q: Were you paid?
A: Sometimes. The foreman said the men who were paid in cash had to hand the money to the party secretary.
"""


def test_plain_sentence_after_a_relay_goes_back_to_the_turn():
    assert _speaker(RADIO, "The men worked twenty hours") == ("Dr Tomas Reyes", "named_person")


def test_relayed_estimate_is_the_relayed_persons():
    assert _speaker(RADIO, "In Ulsan a second deckhand put it at")[0] == "a second deckhand"
    assert _speaker(RADIO, "One of them told me the captain")[0] == "One of them"


def test_put_it_at_shapes():
    m = put_it_mention("One recruiter put the figure at about $200 a month.")
    assert m is not None and m.wording == "One recruiter"
    m = put_it_mention("In Omsk, another broker put the number at 15 men.")
    assert m is not None and m.wording == "another broker"
    assert put_it_mention("The manager put it at the back of the shed.") is None  # no figure: no estimate
    assert put_it_mention("The company put the workers at risk.") is None


def test_threat_told_to_the_answerer_is_the_answerers_account():
    assert _speaker(QA, "The political officer told me")[0] == "Ri Chol-su"


def test_what_an_answer_relays_about_others_keeps_its_speaker():
    assert _speaker(QA, "The foreman said the men who were paid")[0] == "The foreman"
