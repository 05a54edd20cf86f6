"""A firm met again by the short form of its name (labourlens.analyse.firm_names). Wordings are our own."""

from __future__ import annotations

from labourlens.analyse.firm_names import firm_short_names
from labourlens.analyse.pipeline import analyse
from labourlens.model import Source


def _kinds(text: str, wording: str, kind: str = "named_person") -> str:
    return firm_short_names(text, [Source(key="S1", wording=wording, kind=kind)])[0].kind


def test_a_short_name_given_in_full_with_a_company_word_is_the_firm() -> None:
    assert _kinds("The ministry fined the contractor, Pearl Horizon Contracting, last year.", "Pearl Horizon") \
        == "organization"
    assert _kinds("Workers of Amber Coast Holdings say they were not paid.", "Amber Coast") == "organization"
    assert _kinds("a deal with Vostok Tayga Trading in 2021", "Vostok Tayga") == "organization"


def test_a_person_whose_name_is_never_followed_by_a_company_word_stays_a_person() -> None:
    assert _kinds("Anna Petrova, a lawyer, said the men were owed wages.", "Anna Petrova") == "named_person"
    assert _kinds("Pearl Horizon Contracting denied it.", "Lena Horizon") == "named_person"
    assert _kinds("Pearl Horizon Contracting denied it.", "a worker", "anonymous_source") == "anonymous_source"


def test_the_short_name_speaks_as_the_firm_in_a_report() -> None:
    text = ("Migrant builders in Doha say they have not been paid since June. Qatar's labour ministry said it had "
            "opened an inquiry into the contractor, Pearl Horizon Contracting. Pearl Horizon said in an emailed "
            "response that wages had been \"delayed by a client\" and would be paid in full.")
    a = analyse(text)
    src = {s.key: s for s in a.sources}
    delayed = next(c for c in a.claims if "delayed" in c.text)
    assert src[delayed.source].kind == "organization"


def test_a_surname_given_after_a_firm_role_speaks_for_the_firm() -> None:
    text = ('"Our interns are paid like everyone else," the plant\'s personnel director, surnamed Lin, told the paper. '
            "Lin said the posts were false.")
    assert _kinds(text, "Lin") == "organization"
    text = ("A man who answered the sawmill's telephone, and who gave his name only as Mr. Oh, said the men were "
            "well paid.")
    assert _kinds(text, "Mr. Oh") == "organization"


def test_a_surname_given_after_a_resident_or_worker_stays_a_person() -> None:
    assert _kinds("One resident, surnamed Jin, said the door was locked at night.", "Jin") == "named_person"
    assert _kinds("A welder, who gave his name only as Bolat, said pay was late.", "Bolat") == "named_person"


def test_a_person_introduced_as_running_a_firm_speaks_for_it() -> None:
    text = "Wen Lihua (WL) manages Bright Sail Garments, a sewing plant in Dandong. She spoke to us by phone."
    assert _kinds(text, "Wen Lihua") == "organization"
    assert _kinds("Oleg Fedin runs the subcontractor that hired the crew.", "Oleg Fedin") == "organization"


def test_a_person_who_runs_a_shelter_or_an_ngo_stays_a_person() -> None:
    assert _kinds("Anna Petrova runs a shelter for migrant women in Moscow.", "Anna Petrova") == "named_person"
    assert _kinds("Anna Petrova heads the Vostok Rights Centre.", "Anna Petrova") == "named_person"


def test_it_after_a_body_in_the_same_paragraph_is_that_body() -> None:
    text = ("Migrant builders in Doha say they have not been paid since June. The ministry opened an inquiry into the "
            "contractor, Pearl Horizon Contracting. A ministry official, who was not authorised to speak, said the "
            "firm had been fined before.\n\nPearl Horizon said in a statement that wages had been \"delayed by a "
            "client\". It said it \"does not hold passports\" of any worker.")
    a = analyse(text)
    delayed = next(c for c in a.claims if "delayed" in c.text)
    passports = next(c for c in a.claims if "passports" in c.text)
    assert passports.source == delayed.source
    assert {s.key: s for s in a.sources}[passports.source].kind == "organization"


def test_it_follows_moves_an_it_to_the_body_that_spoke_just_before() -> None:
    from dataclasses import dataclass

    from labourlens.analyse.firm_names import it_follows
    from labourlens.analyse.speakers import Mention

    @dataclass
    class _Att:
        source: str

    @dataclass
    class _Sent:
        paragraph: int

    sources = [Source(key="S1", wording="A ministry official", kind="official"),
               Source(key="S2", wording="Pearl Horizon", kind="organization"),
               Source(key="S3", wording="a welder", kind="anonymous_source")]
    sents = [_Sent(1), _Sent(1), _Sent(2), _Sent(2)]
    result = [_Att("S2"), _Att("S1"), _Att("S3"), _Att("S1")]
    mentions = [None, Mention("It", 0, 2, "said", False), None, Mention("It", 0, 2, "said", False)]
    it_follows(sents, result, mentions, sources)  # type: ignore[arg-type]
    assert result[1].source == "S2"  # right after the firm, in its paragraph
    assert result[3].source == "S1"  # after a person: left as it was
