"""Whom a later "he" / "she" means. A person introduced without being quoted keeps the role given in apposition
("At the embassy in Faiha, a labour attache, Ramon Ortiz, was more candid." then '"...," he said': the attaché,
``official``), also after a fronted place; a role with a place and up to three words before the name ("Kitwe
district labour officer Ms Ruth Banda") names her, so that "She said" is hers; a named person "who runs" a firm
is one person, not a group ("Leo Cruz, who runs a licensed agency and chairs an association of recruiters"); a
person counted in the order the writer met them ("The second woman I speak with, who is 23, ...") is the "she"
of the next sentences. Every text is written for this test; people and firms are fictional (places and state
institutions are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-02-20", "language": "en"}


def _speaker(text: str, frag: str) -> tuple[str | None, str | None]:
    a = analyse(text, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    return (s.wording, s.kind) if s else (None, None)


def test_apposed_role_after_fronted_place() -> None:
    text = ("Domestic workers in Kuwait\n\nMaria (not her real name) says her employer kept her passport and paid "
            "her nothing for five months.\n\nAt the Philippine embassy in the Faiha district, a labour attache, "
            "Ramon Ortiz, was more candid. \"The domestic workers who reach us have already escaped,\" he said.\n")
    wording, kind = _speaker(text, "already escaped")
    assert kind == "official" and "Ortiz" in (wording or "")


def test_district_officer_named_after_place_and_role() -> None:
    text = ("Contract miners in Kitwe\n\nContract workers at a copper mine say a labour-hire firm deducts half "
            "their wages and holds their passports. Union secretary Joseph Tembo said the union had received 40 "
            "complaints from the workers about unpaid wages.\n\nKitwe district labour officer Ms Ruth Banda said her office would inspect the payroll. She "
            "said the contract workers were free to complain \"without fear of losing their jobs\".\n")
    wording, kind = _speaker(text, "free to complain")
    assert kind == "official" and "Banda" in (wording or "")


def test_named_agency_head_is_one_person() -> None:
    text = ("Recruiters answer back\n\nDomestic workers sent to Kuwait say agencies charged them fees and their "
            "employers kept their passports. Three of the women told me they had been threatened with arrest. \"He "
            "said I would go to jail,\" one of them said.\n\n"
            "Leo Cruz, who runs a licensed agency in Quezon City and chairs a regional association of recruiters, "
            "said his company charges the domestic workers nothing. \"The problem is the sponsor who does not "
            "follow the contract,\" he said in a telephone interview.\n")
    wording, kind = _speaker(text, "does not follow the contract")
    assert "Cruz" in (wording or ""), (wording, kind)


def test_ordinal_person_met_is_the_next_she() -> None:
    text = ("The shelter\n\nJoy (not her real name), a 40-year-old from Cebu, says her employer kept her "
            "passport. \"She never paid me on time,\" Joy says.\n\nThe second woman I speak with, who is 23 and "
            "from Jinja, asks me not to use any name. She was sent to a household of 12 people and sleeps, she "
            "says, on the kitchen floor, and her employer kept her passport.\n")
    wording, kind = _speaker(text, "kitchen floor")
    assert kind == "anonymous_source" and "second woman" in (wording or "").lower(), (wording, kind)


def test_ordinal_person_met_is_not_the_group() -> None:
    text = ("Guards in Doha\n\nFour of the five Kenyan men told us they had been recruited in Nairobi for hotel jobs "
            "and their passports were taken on arrival. The second Kenyan man we interviewed, a former clerk, said he "
            "was afraid to complain because his residence permit was tied to the employer.\n")
    wording, kind = _speaker(text, "afraid to complain")
    assert kind == "anonymous_source" and "second kenyan man" in (wording or "").lower(), (wording, kind)
