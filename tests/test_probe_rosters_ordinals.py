"""Probe diag42: a broadcast's roster line gives a state role ("Participants: ...; Jan Berg, labour inspector, ...")
and the labelled speaker is then `official`, in the letters the roster writes; "The first, a 40-year-old from Dhaka,
said" introduces a person of the group just named, not the single source met before; a passive "found in
breach" reports no finding; "Plant A's owner, X Sdn Bhd" is the company; roster lines and "we asked the agency for
a comment" are no claims. Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.claim_filters import is_programme_line
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.quoted_names import blank_passive_found, own_letters
from labourlens.analyse.speakers import classify
from labourlens.model import Analysis, Source

META = {"published": "2024-05-01", "language": "en"}


def _who(a: Analysis, words: str) -> Source:
    c = next(c for c in a.claims if words in c.text)
    src = a.source(c.source)
    assert src is not None
    return src


ROSTER = """RADIO NORTH 7 | "Evening Desk" | transcript

{line}

ANNA BERG: Inspector, what did you find on the farms?

{label}: At three farms the agency kept the workers' passports in a safe. Deductions took half of their pay.

BERG: And the hours?

{short}: They picked for fourteen hours a day in the season.
"""


@pytest.mark.parametrize("line,label,short,name", [
    ("Participants: Anna Berg (host); Jan Nowicki, labour inspector, Regional Labour Inspectorate in Gdańsk; "
     "Tomas, a picker from Nepal", "JAN NOWICKI", "NOWICKI", "Jan Nowicki"),
    ("Guests: Ewa Łukasik, a labour inspector in Szczecin, and Ravi, a worker from India.", "EWA ŁUKASIK",
     "ŁUKASIK", "Ewa Łukasik"),
    ("In the studio: Anna Berg (host); Piotr Wróbel (border guard officer, Polish Border Guard)", "PIOTR WRÓBEL",
     "WRÓBEL", "Piotr Wróbel"),
])
def test_a_roster_role_of_the_state_makes_the_speaker_official(line: str, label: str, short: str, name: str) -> None:
    a = analyse(ROSTER.format(line=line, label=label, short=short), META)
    for words in ("kept the workers' passports", "fourteen hours"):
        src = _who(a, words)
        assert src.kind == "official" and (src.wording or "").endswith(name.split()[-1])
    assert _who(a, "kept the workers' passports").wording == name
    assert not any(c.text.startswith(("Participants", "Guests", "In the studio")) for c in a.claims)


@pytest.mark.parametrize("line,label,short", [
    ("Participants: Anna Berg (host); Jan Nowicki, farm owner near Leszno; Tomas, a picker from Nepal",
     "JAN NOWICKI", "NOWICKI"),
    ("Guests: Jan Nowicki, a researcher at the University of Poznań, and Ravi, a worker from India.",
     "JAN NOWICKI", "NOWICKI"),
])
def test_other_roster_roles_leave_the_person_as_he_is(line: str, label: str, short: str) -> None:
    a = analyse(ROSTER.format(line=line, label=label, short=short), META)
    assert _who(a, "kept the workers' passports").kind != "official"


def test_a_label_in_capitals_keeps_the_letters_of_the_text() -> None:
    assert own_letters("Marta Zielinska", "MARTA ZIELIŃSKA: We found the passports.") == "Marta Zielińska"
    assert own_letters("Marta Zielinska", "Marta Zielińska said so.") == "Marta Zielińska"
    assert own_letters("the inspector", "MARTA ZIELIŃSKA: We found the passports.") == "the inspector"


FIRST = """Cleaners complain to the labour office in Sharjah

A source at the labour office said the office had received dozens of complaints this year.

We spoke to two of the men at a hostel in Sharjah. {first} said he had not been paid for five months. \
"We sleep in a container," he said.

{second} said his passport was taken on the day he landed.
"""


@pytest.mark.parametrize("first,second", [
    ("The first, a 40-year-old from Dhaka", "The second man, Anil Thapa, 33,"),
    ("The first, a 40-year-old from Dhaka who asked to be called Rafiq,", "The second, a welder from Pokhara,"),
    ("The first, a cleaner from Sylhet,", "The second, a driver from Chittagong,"),
    ("The first, aged 29,", "The second, a driver from Chittagong,"),
])
def test_the_first_with_an_apposition_is_a_new_person(first: str, second: str) -> None:
    a = analyse(FIRST.format(first=first, second=second), META)
    source = _who(a, "dozens of complaints") if any("dozens" in c.text for c in a.claims) else None
    one, again, two = _who(a, "five months"), _who(a, "container"), _who(a, "passport was taken")
    assert one.key == again.key and one.key != two.key
    assert source is None or one.key != source.key
    assert one.kind in ("anonymous_source", "named_person")


def test_a_pseudonym_given_to_the_first_names_her() -> None:
    a = analyse(FIRST.format(first="The first, a 40-year-old from Dhaka who asked to be called Rafiq,",
                             second="The second, a welder from Pokhara,"), META)
    src = _who(a, "five months")
    assert src.kind == "named_person" and "Rafiq" in (src.wording or "")


def test_the_first_without_apposition_still_goes_back() -> None:
    text = ("A Chinese cook at the plant said the women work until midnight. A second source, a driver, said the "
            "gate is locked at ten. The first source said the women are paid nothing.\n")
    a = analyse("Women at a fish plant in Hunchun\n\n" + text, META)
    assert _who(a, "until midnight").key == _who(a, "paid nothing").key


@pytest.mark.parametrize("sentence", [
    'The Ministry of Labour said in a statement that it had opened an inquiry and that "any employer found in '
    'breach will be fined."',
    "Oman's Ministry of Labour said it had opened an inquiry and that any employer found guilty would lose its licence.",
    'Bahrain\'s labour ministry said that "every firm found to have withheld wages will face penalties."',
])
def test_a_passive_found_reports_no_finding(sentence: str) -> None:
    text = ("Migrant workers unpaid in the Gulf\n\nMigrant workers from Kenya employed as cleaners at a hospital said "
            "their wages had not been paid for three months and their passports were held by the employer.\n\n"
            + sentence + " It said the retention of passports by employers was prohibited.\n")
    a = analyse(text, META)
    src = _who(a, "retention of passports")
    assert src.kind == "official" and "inistry" in (src.wording or "")


def test_blank_passive_found_keeps_reports_of_findings() -> None:
    for s in ("Inspectors found that the workers were unpaid.", "The court found the firm guilty of fraud.",
              "The audit found 20 workers living in a barn."):
        assert blank_passive_found(s) == s
    out = blank_passive_found("any company found in breach will pay")
    assert "found" not in out and len(out) == len("any company found in breach will pay")


@pytest.mark.parametrize("np,kind", [
    ("Plant A's owner, Verdant Latex Industries Sdn Bhd", "organization"),
    ("The main contractor, Northstar Building (Angola) Lda", "organization"),
    ("The Thai plant's owner, Sunrise Seafood Co", "organization"),
    ("Its owner, Ivan Petrov", "named_person"),
    ("Kim's lawyer, Park Ji-won", "named_person"),
])
def test_owner_or_contractor_given_with_a_firm_name(np: str, kind: str) -> None:
    assert classify(np) == kind


@pytest.mark.parametrize("line,frame", [
    ("Participants: Anna Berg (host); Jan Nowicki, labour inspector", True),
    ("WÓJTOWICZ: We asked the agency, Flexwork Polska, for a comment.", True),
    ("We asked the ministry for comment.", True),
    ("We asked workers whether they had been paid.", False),
    ("The participants said they had been paid nothing.", False),
])
def test_roster_and_comment_requests_are_frame_lines(line: str, frame: bool) -> None:
    assert is_programme_line(line) is frame
