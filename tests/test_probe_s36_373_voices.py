"""Probes (session 36, from heldout373's study): in a broadcast transcript, a turn labelled with a profession alone
("INSPECTOR: ...") is that unnamed professional's, and a reporter's turn that only introduces the next voice ("ANA
RUIZ: A third driver, a man from the coast.") makes that person the "He said" of the lines after it. Near misses keep
what they had: a reporter's turn that says more than an introduction, and a heading that is no turn. Texts written
for these tests; every name is fictional."""

from __future__ import annotations

from attribution_helpers import claim_speakers, speaker_in

_SHOW = """RADIO COSTA NORTE - evening programme
Presenter: Lidia Paredes. Reporter: Tomás Vela.

LIDIA PAREDES: Tonight, the brick kilns on the river road. Tomás has been there all week.

TOMÁS VELA: Thank you, Lidia. Most of the men would only speak without their names.

LIDIA PAREDES: We also have an inspector from the regional labour office on the line. Good evening.

INSPECTOR: Good evening. In two kilns we found the workers' identity cards in the owner's office. Several men had not been paid since March.

TOMÁS VELA: A kiln owner near the bridge said every worker is paid on Saturdays. He denied keeping any documents.

TOMÁS VELA: A third worker, a grey-haired man from the hills. He said he loads the kiln before dawn and stops after dark. He said the owner keeps his identity card in a drawer.

LIDIA PAREDES: Thank you, Tomás.
"""


def test_a_profession_label_is_its_own_speaker() -> None:
    got = claim_speakers(_SHOW)
    assert speaker_in(got, "identity cards in the owner's office") == ("Inspector", "official")
    assert speaker_in(got, "not been paid since March") == ("Inspector", "official")


def test_a_turn_that_only_introduces_someone_gives_the_next_he() -> None:
    got = claim_speakers(_SHOW)
    assert speaker_in(got, "loads the kiln before dawn")[0] == "A third worker"
    assert speaker_in(got, "keeps his identity card in a drawer")[0] == "A third worker"


def test_the_owner_before_the_introduction_keeps_his_lines() -> None:
    got = claim_speakers(_SHOW)
    assert "kiln owner" in speaker_in(got, "denied keeping any documents")[0]


def test_a_turn_that_says_more_than_an_introduction_introduces_nobody() -> None:
    text = _SHOW.replace("A third worker, a grey-haired man from the hills.",
                         "A third worker, a grey-haired man from the hills, said the road floods every year.")
    got = claim_speakers(text)
    assert speaker_in(got, "loads the kiln before dawn")[0] != "A third worker"


def _outlet(text: str) -> str | None:
    from labourlens.analyse.pipeline import analyse

    return analyse(text, {}).meta.outlet


def test_a_source_line_keeps_a_romance_name_whole() -> None:
    body = "\n\nBrick workers on the river road describe wages paid in rice.\n"
    assert _outlet("[Source: El Faro del Litoral, Rosario, 4 May 2026.]" + body) == "El Faro del Litoral"
    assert _outlet("[Source: La Gaceta de la Costa, 4 May 2026.]" + body) == "La Gaceta de la Costa"


def test_a_source_line_drops_a_trailing_small_word() -> None:
    assert _outlet("Source: Rivera Post de la semana\n\nBrick workers say they were paid late.\n") == "Rivera Post"
