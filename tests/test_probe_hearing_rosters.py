"""A hearing record lists its witnesses on one line after "Witnesses:", the entries parted by semicolons, each
with its role and body; their turns are then labelled with the full titled name ("Mr Tom Okello: ..."), and the
role in the list decides the kind: the chair of an association of firms speaks for it (``organization``), a
director in a state department for the state (``official``), a former worker for herself. Members' turns are
labelled "Hon. Surname:" (the style of a member of parliament): ``official``. Every text is written for this
test; people and bodies are fictional (places and state institutions are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-05-01", "language": "en"}
HEARING = (
    "PORTFOLIO COMMITTEE ON LABOUR\nVerbatim record of evidence\n\n"
    "Present: Hon. Mary Atieno Odhiambo (Chairperson); Hon. David Kiprono Langat\n\n"
    "Witnesses: Ms Rose Wanjiru Kamau, former domestic worker; Mr Peter Otieno Okello, Chairman, Federation of "
    "Licensed Recruitment Agencies (FLRA); Mr James Mwangi Karanja, Director of Diaspora Affairs, State Department "
    "for Labour\n\n"
    "Ms Rose Wanjiru Kamau: I went to Riyadh in 2021. The employer took my passport on the first day and I was "
    "not paid for five months.\n\n"
    "Hon. Langat: Mr Okello, your members sent her. We have received many complaints. Many describe migrant "
    "workers whose passports were confiscated.\n\n"
    "Mr Peter Otieno Okello: Our members do not charge migrant workers any fee. Passports are held by some "
    "employers, I do not deny it.\n\n"
    "Mr James Mwangi Karanja: The ministry recorded 900 distress cases of migrant workers last year, and most "
    "involved unpaid salaries.\n"
)
NP, OF, ORG = "named_person", "official", "organization"


@pytest.mark.parametrize("frag,want", [
    ("not paid for five months", ("Rose Wanjiru Kamau", NP)),
    ("do not charge migrant workers", ("Peter Otieno Okello", ORG)),
    ("Passports are held by some", ("Peter Otieno Okello", ORG)),
    ("900 distress cases", ("James Mwangi Karanja", OF)),
    ("passports were confiscated", ("Langat", OF)),
])
def test_roster_roles_decide_turn_kinds(frag: str, want: tuple[str, str]) -> None:
    a = analyse(HEARING, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == want[1] and want[0].lower() in (s.wording or "").lower(), \
        (s.wording, s.kind) if s else None


def test_roster_lines_split_on_semicolons() -> None:
    from labourlens.analyse.roster_roles import list_lines, roster_people

    people = roster_people(HEARING)
    assert set(people) >= {"Kamau", "Okello", "Karanja"}
    assert list_lines("Witnesses: none were called.") == ""
    # a sentence with semicolons is no list
    assert list_lines("The witnesses said they were paid late; some were not paid at all.") == ""


def test_titled_surname_labels() -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention("Hon. Langat: We have received complaints from migrant workers.")
    assert m is not None and m.wording == "Hon. Langat"
    m = find_mention("Senator Hale: The workers were not paid.")
    assert m is not None and m.wording == "Senator Hale"
    # a body's name before a colon is no turn label of a person
    assert find_mention("Labour Ministry: The workers were paid.") is None


def test_without_roster_a_titled_name_stays_a_person() -> None:
    text = ("Migrant workers testify\n\nMr Peter Otieno Okello: The agency took my passport and I was never paid "
            "for the four months I worked in Doha as a migrant worker.\n")
    a = analyse(text, META)
    c = next(c for c in a.claims if "never paid" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == NP
