"""Probes (session 38, from heldout385's study): whose voice four kinds of page carry.

- A question-and-answer interview whose standfirst describes the interviewee, then names her in the next paragraph
  with her study's sample ("a survey drawing on 90 workers"): the answers are hers, not the sample's nor the
  standfirst's description; a title before three names keeps all three ("Dr. Lena Ruiz Ortega").
- In her answers, a tally of her own study ("In our sample, 40 of the 90 workers said ...") is her account; workers
  who "told us" keep their own voice, as annotators give them.
- A first-person account under a note that its writer is named by a first name alone, the account opening "My name
  is ...": every sentence of it is the writer's, what the broker said and did included; the editor's note after it
  is not.
- A committee's summary record printing its speakers as "Ms. ANA RUIZ (post, body) told members": the speaker is the
  person, ``official`` when the post in brackets is one of the state, a person otherwise; a later "He said" is the man
  named before in capitals; "the order we heard them" names no speaker.

- "The company" after a grower named with particles ("Agropecuaria Monte Alto del Río") is that grower; a foundation or an
  observatory named in Spanish is a body; "El Heraldo del Valle" is a paper; "1. Peru: Ica." heads an item, no speaker.

Near misses: a Q&A with no named person keeps the group it met; a first-person text with no note keeps the recruiter
as the speaker of what he said. Every text is written for this test; people, firms and bodies are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import speaker, speakers_by_opening

QA = """Q&A: "They keep the pay until the end"

A researcher on brick kilns in the south explains how families are held by advances.

From Kiln Watch, a quarterly bulletin on work in the brick industry. Interview by Tomas Berrio. Edited for length.

Dr. Lena Ruiz Ortega has spent five years studying work in the brick kilns of the southern valleys. Her team's newest survey drew on conversations with 90 workers.

Q: Who works at the kilns?

A: Whole families, nearly all from the highlands. Wages stay with the owner until the kilns close for the rains. In our sample, 40 of the 90 workers said their final payment fell short of the sum agreed.

Q: Can they leave?

A: Few try. The kilns are far from any road. Most workers told us a day of rest came once a month.
"""


def test_the_answers_are_the_named_researcher_s() -> None:
    wording, kind, _ = speaker(QA, "until the kilns close")
    assert kind == "named_person" and wording is not None and "Lena Ruiz Ortega" in wording


def test_the_researcher_s_tally_of_her_sample_is_hers() -> None:
    _, _, key = speaker(QA, "until the kilns close")
    assert speaker(QA, "40 of the 90 workers")[2] == key


def test_workers_telling_her_team_keep_their_own_voice() -> None:
    _, _, key = speaker(QA, "until the kilns close")
    assert speaker(QA, "day of rest came once")[2] != key


def test_a_q_and_a_with_no_named_person_keeps_the_group() -> None:
    text = ("Q&A: Life in the kilns\n\nWe spoke with three brick workers in the south about the kilns.\n\n"
            "Q: What is the pay?\n\nA: The owner keeps our wages until the rains and we cannot leave the kiln.\n")
    wording, kind, _ = speaker(text, "keeps our wages")
    assert kind == "anonymous_source" and wording is not None and "three" in wording


ACCOUNT = """"They called it a loan"

A fruit picker's account of a harvest in the north

Translated from Spanish by Rosa Lema. First printed in Surco, a pickers' union bulletin. The writer asked that only her first name be used.

My name is Inés. I am 31 and I have picked fruit since I was twelve. Last year I went to a farm in the north with nine women from my village.

The broker came to our village in May. He said the farm paid 300 pesos a day. He handed every one of us 900 pesos at the bus stop. He called it a loan.

The house had one toilet for forty people. In the second week my pay sheet showed I owed the broker 600 pesos. The broker said I was free to leave once the loan was repaid.

Nobody locked the gate. Nobody struck anyone. But the farm was far from any bus, and the broker kept our identity cards.

Editor's note: Agrícola Sierra Norte, the farm named in the complaint, told Surco that its pickers "are never charged for transport".
"""


def test_the_account_is_the_author_s() -> None:
    found = speakers_by_opening(ACCOUNT, 25)
    for opening in ("He handed every one of us 9", "The house had one toilet fo", "In the second week my pay s",
                    "The broker said I was free ", "But the farm was far from a"):
        key = next(k for k in found if k.startswith(opening[:25]))
        assert found[key] == ("Inés", "named_person"), (opening, found[key])


def test_the_editor_s_note_keeps_the_firm() -> None:
    wording, kind, _ = speaker(ACCOUNT, "never charged for transport")
    assert kind == "organization" and wording is not None and "Sierra Norte" in wording


def test_a_first_person_text_with_no_note_keeps_the_recruiter() -> None:
    text = ("Pickers held by debts on a northern farm\n\nI have picked fruit for ten years on farms in the north.\n\n"
            "The broker said I was free to leave once the loan was repaid, and that he would keep our identity cards.\n")
    wording, _, _ = speaker(text, "free to leave once the loan")
    assert wording != "I"


RECORD = """STATE ASSEMBLY -- Labour Committee
Hearing on debt bondage in brick kilns
Summary record (extract), 3 March 2026

Unofficial summary prepared by a kiln workers' support group. Names appear in the order we heard them.

Ms. CARLA NUNES (Deputy Minister for Work Safety, Ministry of Social Affairs and Housing) told members that inspectors had found 300 workers in debt bondage at brick kilns. She said that most of them had been charged for food and tools.

Mr. ANDRÉ SOUZA PEREIRA (Regional Prosecutor, Office of Public Prosecutions) presented a study of 90 settlements. According to the study, identity cards had been held at 30 kilns. He said that kiln families were "the hardest to reach".

Ms. LUÍSA FARIAS (Secretary, a national union of kiln workers) said that workers were "paid nothing for months".
"""


def test_a_titled_name_before_a_post_in_brackets_is_the_speaker() -> None:
    wording, kind, _ = speaker(RECORD, "300 workers in debt bondage")
    assert wording == "Ms. Carla Nunes" and kind == "official"


def test_he_is_the_man_named_in_capitals() -> None:
    wording, kind, _ = speaker(RECORD, "the hardest to reach")
    assert wording is not None and "Souza Pereira" in wording and kind == "official"


def test_the_study_is_no_order_of_speakers() -> None:
    wording, kind, _ = speaker(RECORD, "held at 30 kilns")
    assert kind == "document" and wording == "the study"


def test_a_union_post_keeps_the_person() -> None:
    wording, kind, _ = speaker(RECORD, "paid nothing for months")
    assert wording == "Ms. Luísa Farias" and kind == "named_person"


def test_the_company_is_the_grower_named_with_particles() -> None:
    text = ("Pickers held by debts at northern camps\n\nWorkers at two camps said contractors kept their identity cards "
            "and deducted the bus fare from their wages.\n\nThe camps are run by Agropecuaria Monte Alto del Río, a grower "
            "selling to supermarkets in Canada. The company said it uses no contractor who takes fees from pickers.")
    wording, kind, _ = speaker(text, "uses no contractor")
    assert kind == "organization" and wording == "Agropecuaria Monte Alto del Río"


def test_a_foundation_named_in_spanish_is_a_body() -> None:
    assert classify("Fundación Puerta Abierta") == "organization"
    assert classify("Observatorio Laboral Andino") == "organization"
    assert classify("Julia Fernández Soto") == "named_person"


def test_a_paper_named_with_its_article_is_an_outlet() -> None:
    assert classify("El Heraldo del Valle") == "outlet"
    assert classify("El Salvador") != "outlet"


def test_a_country_heading_an_item_is_no_speaker() -> None:
    text = ("THE ROW -- a roundup on farm labour\n\n1. Peru: Ica. Pickers at a grape farm said the contractor kept their "
            "identity cards until the last crates were packed.\n\n2. Chile: Maule. A union said workers were paid nothing for "
            "two months.\n")
    a = analyse(text, {"published": "2025-03-01", "language": "en"})
    assert all((a.source(c.source).wording if a.source(c.source) else None) not in ("Peru", "Chile") for c in a.claims)
