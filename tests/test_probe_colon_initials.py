"""Two shapes of South Asian papers. A colon dateline ("THRISSUR: Twelve workers who ...") is the place of the
story, not a speaker's turn: a capitalised label the gazetteer knows, before a long sentence told in the third
person (a turn in the first person, or a short one, stays a turn: "ASHA: We were never paid."). A given name
followed by initials ("Rajan T.V.", "Anil K.R.") is a person; initials that are a firm's legal form ("Noor
Trading W.L.L.", "Hassan S.A.") keep a firm a firm. Every text is written for this test; people and firms are
fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-02-01", "language": "en"}
STORY = (
    "Stranded workers return home\n\n"
    "THRISSUR: Twelve construction workers from Thrissur district who had been stranded in Dubai for a year after "
    "their employer stopped paying them landed in Kochi on Tuesday.\n\n"
    "\"We ate one meal a day,\" said Rajan T.V., 41, from Chalakudy. \"Our visas expired and the company kept "
    "our passports.\"\n\n"
    "Rajan said the company owed him about AED 14,000 in unpaid wages. The men's families had taken loans to keep "
    "going, he said.\n"
)


def test_colon_dateline_is_no_speaker() -> None:
    a = analyse(STORY, META)
    c = next(c for c in a.claims if "stopped paying" in c.text)
    s = a.source(c.source)
    assert s is None or s.kind == "outlet", (s.wording, s.kind)


@pytest.mark.parametrize("frag", ["kept our passports", "owed him about", "taken loans"])
def test_initials_name_a_person(frag: str) -> None:
    a = analyse(STORY, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "named_person" and "Rajan" in (s.wording or ""), (s.wording, s.kind) if s else None


@pytest.mark.parametrize("name,kind", [
    ("Rajan T.V.", "named_person"), ("Anil K.R.", "named_person"), ("Noor Trading W.L.L.", "organization"),
    ("Hassan S.A.", "organization"), ("Rahman Builders L.L.C.", "organization"),
])
def test_initials_person_or_legal_form(name: str, kind: str) -> None:
    assert classify(name) == kind


@pytest.mark.parametrize("text,who", [
    ("ASHA: We were never paid in Dubai.", "Asha"),  # a turn in the first person, though Asha is also a town
    ("SANTOS: There was no day off.", "Santos"),  # a short turn, though Santos is also a city
])
def test_turns_named_like_places_stay_turns(text: str, who: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == who
