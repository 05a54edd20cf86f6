"""Transcript labels that stand for a person named elsewhere: initials in a Q&A ("VK:" after "Dr. Vera
Kostina (VK)"), a radio caller by the name given or used by the host ("Go ahead, Timur." then
"CALLER: ..."), and unnamed callers and listeners worded by their label (fictional texts)."""

from __future__ import annotations

import pytest

from labourlens.analyse.call_ins import caller_name
from labourlens.analyse.interviewees import initials_name
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speaker_voices import labelled_speaker
from labourlens.analyse.transcript_labels import interviewer_initials

META = {"published": "2025-03-01", "language": "en"}


def _speakers(text: str) -> dict[str, tuple[str, str | None]]:
    a = analyse(text, META)
    src = {s.key: s for s in a.sources}
    return {c.text: (src[c.source].kind, src[c.source].wording) for c in a.claims}


def _speaker_of(text: str, start: str) -> tuple[str, str | None]:
    found = [v for k, v in _speakers(text).items() if start in k]
    assert found, f"no claim with {start!r}"
    return found[0]


@pytest.mark.parametrize("intro, label, name", [
    ("Interview by Sam Hale (SH) with Dr. Vera Kostina (VK), a fellow at a labour institute.", "VK", "Vera Kostina"),
    ("Our editor Sam Hale spoke with economist Ines Marko, who studies remittances.", "IM", "Ines Marko"),
    ("Sam Hale talked to the former foreman Pak Chol-ho, now living in Seoul.", "PC", "Pak Chol-ho"),
    ("A conversation with Prof. Liang Wen (LW) of a fictional university.", "LW", "Liang Wen"),
])
def test_initials_stand_for_the_person_named_before(intro: str, label: str, name: str) -> None:
    found = initials_name(label, intro)
    assert found is not None and found.endswith(name)


@pytest.mark.parametrize("intro, label", [
    ("Interview with Vera Kostina and Victor Kuznetsov about building sites.", "VK"),  # two people fit
    ("Interview with Vera Kostina about building sites.", "MP"),  # nobody fits
    ("Interview with Vera Kostina about building sites.", "HOST"),  # not initials
])
def test_initials_without_one_person_stay_unresolved(intro: str, label: str) -> None:
    assert initials_name(label, intro) is None


QA = """The Supply Desk - Interview

Interview by Sam Hale (SH) with Dr. Vera Kostina (VK), a fellow at the fictional Amber Labour Institute.

SH: Where do the crews work?

VK: Mostly on building sites in Vladivostok. The men work 14 hours a day and hand their passports to a minder.

SH: And their wages?

VK: The company keeps most of the wages. The workers receive perhaps 50 dollars a month.
"""


def test_qa_answers_go_to_the_person_the_initials_stand_for() -> None:
    assert _speaker_of(QA, "14 hours a day") == ("named_person", "Dr. Vera Kostina")
    assert _speaker_of(QA, "keeps most of the wages") == ("named_person", "Dr. Vera Kostina")


QA_FAMILY_FIRST = QA.replace("Dr. Vera Kostina (VK)", "the former welder Ri Kwang-il").replace("VK:", "RK:")


def test_family_name_first_initials() -> None:
    assert _speaker_of(QA_FAMILY_FIRST, "14 hours a day") == ("named_person", "Ri Kwang-il")


RADIO = """Radio Amur Evening, phone-in on migrant labour, 3 March 2025.

HOST (Olga Seregina): Tonight we talk about building sites. Our guest is Pavel Grinev, a labour lawyer.

GRINEV: The contracts I see are signed by a foreign company, never by the workers themselves.

HOST: We have a caller. Go ahead, Timur.

CALLER: I drive a concrete mixer in Khabarovsk. The Korean crews work until midnight every day.

HOST: Did you see their documents?

CALLER: The foreman keeps every passport in a safe in his cabin.

HOST: Another caller, from Birobidzhan.

CALLER: My neighbour rents rooms to them. Nine men sleep in one room and never go out.

SECOND CALLER: The crews on our street are locked in the yard at night.

LISTENER (by text message): The builders next door work every Sunday without pay.
"""


def test_caller_named_by_the_host_speaks_on_the_following_caller_lines() -> None:
    assert _speaker_of(RADIO, "work until midnight") == ("named_person", "Timur")
    assert _speaker_of(RADIO, "keeps every passport") == ("named_person", "Timur")


def test_a_new_caller_is_not_the_one_named_before() -> None:
    kind, wording = _speaker_of(RADIO, "Nine men sleep")
    assert kind == "anonymous_source" and wording is not None and "Timur" not in wording


def test_unnamed_callers_and_listeners_are_worded_by_their_label() -> None:
    assert _speaker_of(RADIO, "locked in the yard") == ("anonymous_source", "Second caller")
    assert _speaker_of(RADIO, "every Sunday without pay") == ("anonymous_source", "Listener")


@pytest.mark.parametrize("line, name", [
    ("CALLER (gives his name as Timur, a driver): Good evening.", "Timur"),
    ("CALLER (Aigul, from Kazan): Hello.", "Aigul"),
    ("LISTENER (calls herself Nadia): I live next to the site.", "Nadia"),
    ("CALLER (unnamed man): I live next to the site.", None),
])
def test_caller_bracket_gives_the_name(line: str, name: str | None) -> None:
    assert caller_name(line.split(" (")[0], "", line) == name


@pytest.mark.parametrize("before, name", [
    ("HOST: Timur, you're on the air.\n\n", "Timur"),
    ("HOST: Our next caller is Aigul. Welcome, Aigul.\n\n", "Aigul"),
    ("HOST: Go ahead, Timur.\n\nCALLER: Hello.\n\nHOST: And now the next caller.\n\n", None),
    ("HOST: Thank you, Timur. Now the weather.\n\n", None),
])
def test_host_intro_names_the_caller(before: str, name: str | None) -> None:
    assert caller_name("CALLER", before, "CALLER: The crews never stop.") == name


def test_interviewer_initials_are_the_outlets_voice() -> None:
    a = analyse(QA, META)
    src = {s.key: s for s in a.sources}
    asked = [src[c.source].kind for c in a.claims if c.text.startswith("SH:")]
    assert all(kind == "outlet" for kind in asked)
    assert not any(s.wording in ("Sh", "Sam Hale") for s in a.sources)


@pytest.mark.parametrize("intro, initials", [
    ("Interview by Sam Hale (SH) with Dr. Vera Kostina (VK).", {"sh"}),
    ("Interviewer: Ana Costa. Guest: Dr. Vera Kostina.", {"ac"}),
    ("A conversation with Dr. Vera Kostina (VK).", set()),
])
def test_interviewer_initials(intro: str, initials: set[str]) -> None:
    assert interviewer_initials(intro) == initials


def test_a_boss_the_caller_quotes_is_a_source_of_its_own() -> None:
    text = RADIO.replace("The Korean crews work until midnight every day.",
                         "The Korean crews work until midnight. Their boss told me they cannot leave before the "
                         "building is finished.")
    assert _speaker_of(text, "cannot leave before") == ("anonymous_source", "Their boss")


PRESSER = """Press conference digest, 2 May 2025 (excerpt)

Q: A fictional NGO says 800 North Korean women work in fish plants in Hunchun. What is the ministry's response?

Spokesperson Zhao Minhui: I have seen the report. The situation it describes does not exist. All workers in the plants are paid in full.

Q: Will inspectors visit the plants?

Zhao Minhui: The relevant departments monitor the plants closely. No worker is held against their will.
"""


def test_a_titled_name_labelling_a_line_speaks_for_the_state() -> None:
    assert _speaker_of(PRESSER, "paid in full") == ("official", "Spokesperson Zhao Minhui")
    assert _speaker_of(PRESSER, "held against their will") == ("official", "Spokesperson Zhao Minhui")


@pytest.mark.parametrize("phrase, person", [
    ("Spokesperson Zhao Minhui", True),
    ("Inspector Jana Novak", True),
    ("Kim Ok-sun", True),
    ("Labour Ministry", False),
    ("Border Guard Service", False),
])
def test_a_line_label_names_a_person_not_a_body(phrase: str, person: bool) -> None:
    assert labelled_speaker(phrase) is person
