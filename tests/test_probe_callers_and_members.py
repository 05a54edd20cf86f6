"""Call-in callers who give their name on their first line, and members of Commonwealth parliaments and assemblies.

"CALLER 1: My name is Kwesi, ..." makes every CALLER 1 line Kwesi's (``named_person``), and the next caller who says
"This is Auntie Esi" is another person; "Hon. Grace Auma", "Honourable Kofi Mensah" and "Peter Wafula, MP for
Lurambi" are lawmakers (``official``), while "Honda Motors" stays a firm. Every text is written for this test; people
and firms are fictional (places are real)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import speaker  # noqa: E402

META = {"published": "2026-05-02", "language": "en"}
CALL_IN = ("RADIO ASEMPA 101.3 FM, TARKWA - MORNING PHONE-IN\nTranscript, call-in segment\n\n"
           "PRESENTER (Efua Mensah): Good morning. We are talking about the quarry at Nsuaem where our young men work. "
           "First caller, go ahead.\n\n"
           "CALLER 1: My name is Kwesi, I am calling from Nsuaem. I worked at the quarry for five months.\n\n"
           "PRESENTER: What was it like?\n\n"
           "CALLER 1: They took our Ghana Cards on the first day and kept them. We worked from 5 in the morning until "
           "dark, every day, with no Sunday.\n\n"
           "CALLER 2: This is Auntie Esi, my nephew is there now. The camp gate is locked at night and they cannot go "
           "to town.\n")


def _speaker(text: str, frag: str) -> tuple[str | None, str | None, str]:
    return speaker(text, frag, META)


@pytest.mark.parametrize(("frag", "name"), [
    ("took our Ghana Cards", "Kwesi"),
    ("from 5 in the morning", "Kwesi"),
    ("gate is locked at night", "Auntie Esi"),
])
def test_a_caller_is_the_person_they_say_they_are(frag: str, name: str) -> None:
    assert _speaker(CALL_IN, frag)[:2] == (name, "named_person")


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Hon. Grace Auma", "official"),
    ("Honourable Kofi Mensah", "official"),
    ("Hon. Auma", "official"),
    ("Peter Wafula, MP for Lurambi", "official"),
    ("Honda Motors", "organization"),
])
def test_members_of_parliaments_and_assemblies(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize(("phrase", "kind"), [
    ("the Mombasa Tide", "outlet"),
    ("Kampala Pulse", "outlet"),
    ("the Kenema Trumpet", "outlet"),
    ("Tiyende Global Recruiters", "organization"),
    ("The Kenema District Labour Officer, Mr Augustine Bockarie", "official"),
    ("Principal Secretary Jane Wambui", "official"),
    ("The County Executive Committee Member for Labour, Ms Lilian Achieng", "official"),
])
def test_african_outlets_firms_and_local_government_titles(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_the_workers_spokesman_speaks_as_a_person() -> None:
    text = ("Road workers at the Pendembu highway project went on strike on Monday over unpaid wages.\n\n"
            "\"When it rains they send us home without pay and the foreman beats us,\" the workers' spokesman, "
            "Mohamed Kamara, said.\n")
    a = analyse(text, META)
    c = next(c for c in a.claims if "send us home" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "named_person"


@pytest.mark.parametrize(("phrase", "kind"), [
    ("The factory's human resources officer, Mr Liu Gang", "organization"),
    ("the quarry's safety officer, John Phiri", "organization"),
    ("the ministry's press officer, Li Wei", "official"),
    ("A police abstract issued at Kitengela police station", "document"),
    ("a police officer", "official"),
])
def test_a_firm_s_officer_and_a_police_abstract(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_message_seen_and_reproduced_is_the_message_s() -> None:
    text = ("A message circulating in a Telegram group for families of Kyrgyz workers claims that about 30 builders "
            "in Kazan have not been paid since May and cannot leave their hostel.\n\n"
            "The Bishkek Courier has seen the message, which was shared with us by a member of the group. We reproduce "
            "it below with the phone numbers removed:\n\n"
            "\"We are 30 Kyrgyz working on a site in Kazan. From May no salary. They took our passports and we cannot "
            "go out. Please help us.\"\n\n"
            "A voice note attached to the message says the men sleep twenty to a room.\n")
    a = analyse(text, META)
    first = next(c for c in a.claims if "have not been paid since May" in c.text)
    for frag in ("From May no salary", "They took our passports"):
        c = next(c for c in a.claims if frag in c.text)
        assert c.source == first.source


@pytest.mark.parametrize(("sentence", "wording", "kind"), [
    ("The Member for Mumias East, Hon. Joseph Odera, opposed the Motion, saying the matter was a national function.",
     "The Member for Mumias East, Hon. Joseph Odera", "official"),
    ("The employers' association rejected the report, saying its members pay their guards on time.",
     "The employers' association", "organization"),
])
def test_the_subject_of_an_act_then_saying_speaks(sentence: str, wording: str, kind: str) -> None:
    from labourlens.analyse.mentions import find_mention
    m = find_mention(sentence)
    assert m is not None and m.wording == wording and classify(m.wording) == kind


def test_he_after_an_honourable_member_is_the_member() -> None:
    text = ("The Member for Shinyalu, Hon. Peter Odhiambo, moved the Motion on guards working in the Gulf. He said "
            "that at least 200 young men from the county had their passports taken by their employers in Qatar. "
            "Many of the guards were not paid for months and could not leave their camps, he said.\n")
    a = analyse(text, META)
    c = next(c for c in a.claims if "passports taken" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "official"


def test_she_after_a_named_person_s_account() -> None:
    text = ("Two sisters from Tigray who returned from Lebanon in September say their employers kept their passports.\n\n"
            "Selam, 29, and her younger sister Hiwot, 24, travelled in 2019 through a broker who charged each of them "
            "15,000 birr.\n\n"
            "Selam said her employer paid her for eight months, then stopped paying her at all.\n\n"
            "Hiwot's account is harsher. She said she was not allowed out of the apartment for the whole of her "
            "contract and was beaten. The woman said her employer kept her passport in a locked drawer.\n")
    a = analyse(text, META)
    for frag in ("not allowed out", "locked drawer"):
        c = next(c for c in a.claims if frag in c.text)
        s = a.source(c.source)
        assert s is not None and s.wording == "Hiwot", frag
