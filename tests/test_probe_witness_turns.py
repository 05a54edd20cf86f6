"""A witness's transcript turn that names someone else inside it stays the witness's account: what others
told the witness about the witness ("ANA LIMA: The recruiter said 300 dollars a month, my own bed."), an
unnamed "they" the witness tells about ("DR. OKAFOR: They described shifts of fourteen hours."), an employer who
"reported me as absconding" (a denunciation, not a report); a person the turn addresses ("Mr. Osei, the ministry
has said ...") is no speaker. A named body quoted with nothing of the witness in it still speaks. Every text is
written for this test; people and firms are fictional (places and state institutions are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
HEAD = ("Workers abroad: a hearing\nNorth Korean and Filipino workers are sent to Russia, China and the Gulf.\n\n"
        "HOST (TOM BRAY): Welcome to the programme.\n\n")
NP, AN, OF = "named_person", "anonymous_source", "official"

CASES = [
    ("promised_me", HEAD + "ANA LIMA: The recruiter in Cebu said 300 dollars a month, one day off, my own bed. When I "
     "arrived the employer took my passport.", "recruiter in Cebu said", ("Ana Lima", NP)),
    ("they_described", HEAD + "DR. OKAFOR: We interviewed eleven women from the plant.\n\nCHAIR: What did they tell you?\n\n"
     "DR. OKAFOR: They described shifts of fourteen hours in the squid season, with one rest day a month. The "
     "women were escorted by minders.", "shifts of fourteen hours", ("Okafor", NP)),
    ("told_us", HEAD + "JOSE REYES: The foreman told us our wages would come at the end of the contract. They "
     "never came.", "wages would come", ("Jose Reyes", NP)),
    ("reported_me", HEAD + "RITA GOMEZ: That is what happened to me too. My sponsor reported me as absconding after I "
     "went to the embassy, and the workers' shelter took me in.", "reported me as absconding", ("Rita Gomez", NP)),
    ("vocative", HEAD + "DR. OSEI: We found forty workers on the site.\n\nSENATOR HALE: Dr. Osei, the Labour Ministry has said the North Korean workers were all "
     "sent home in 2019. How do you respond?", "were all sent home", ("Labour Ministry", OF)),
    ("minister_speaks", HEAD + "ANA LIMA: The Labour Minister said the North Korean workers were all sent home in "
     "2019.", "were all sent home", ("Labour Minister", OF)),
]


@pytest.mark.parametrize("shape,text,frag,want", CASES, ids=[c[0] for c in CASES])
def test_witness_turns(shape: str, text: str, frag: str, want: tuple[str, str]) -> None:
    a = analyse(text, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == want[1] and want[0].lower() in (s.wording or "").lower(), \
        (s.wording, s.kind) if s else None


@pytest.mark.parametrize("text,who", [
    ("Police reported him as saying the North Korean workers were paid nothing.", "Police"),
    ("The agency reported that the North Korean workers were missing.", "The agency"),
])
def test_reports_about_people_still_report(text: str, who: str) -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention(text)
    assert m is not None and m.wording == who


@pytest.mark.parametrize("text", [
    "My employer reported me as absconding after I ran to the embassy.",
    "The foreman reported him to the police for leaving the North Korean workers' dormitory.",
    "Her sponsor had reported her as a runaway.",
    "The agency later reported them missing.",
    "The contractor reported us to immigration when we asked for our wages.",
])
def test_denounced_is_no_report(text: str) -> None:
    from labourlens.analyse.mentions import find_mention

    assert find_mention(text) is None


def test_people_the_witness_met_still_speak() -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention("DR. OKAFOR: Every worker we interviewed said the minders held their passports.")
    assert m is not None and m.wording == "Every worker we interviewed"
