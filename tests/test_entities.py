"""entities.v1: organisations, roles and named people."""

from __future__ import annotations

from labourlens.analyse import entities


def ents(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(m.text, m.type, m.name, m.role) for m in entities.find(text, [])]


def test_company_suffix_and_employer_role() -> None:
    got = ents("Workers at the Dandong Brightwave Seafood Co., Ltd. said they were not paid.")
    assert ("Dandong Brightwave Seafood Co., Ltd.", "organization", "Dandong Brightwave Seafood Co., Ltd.",
            "employer") in got


def test_facility_with_employs() -> None:
    got = ents("The Sinbong Garment Factory employs 200 North Koreans.")
    assert got == [("Sinbong Garment Factory", "facility", "Sinbong Garment Factory", "employer")]


def test_known_dispatcher() -> None:
    got = ents("They were dispatched by the External Construction Guidance Bureau last year.")
    assert got == [("External Construction Guidance Bureau", "state_body", "External Construction Guidance Bureau",
                    "dispatching_company")]
    got = ents("Mansudae Overseas Project Group of Companies built the statue.")
    assert got[0][2] == "Mansudae Overseas Development Group" and got[0][3] == "dispatching_company"


def test_ministry_prefix_is_state_body() -> None:
    got = ents("Russia's Ministry of Labour denied the report.")
    assert got == [("Ministry of Labour", "state_body", "Ministry of Labour", "state_body")]


def test_buyer_role() -> None:
    got = ents("The fish was sold to Northwind Harbour Foods, a fictional importer.")
    assert ("Northwind Harbour Foods", "organization", "Northwind Harbour Foods", "buyer") in got


def test_outlets_and_acronyms() -> None:
    got = ents("South Korea's National Intelligence Service (NIS) told Yonhap News Agency.")
    assert ("National Intelligence Service", "state_body", "National Intelligence Service", "state_body") in got
    assert ("NIS", "state_body", "National Intelligence Service", "state_body") in got
    assert ("Yonhap News Agency", "outlet", "Yonhap", "outlet") in got


def test_un_panel() -> None:
    got = ents("The UN Panel of Experts said workers kept arriving.")
    assert got == [("UN Panel of Experts", "organization", "UN Panel of Experts", None)]


def test_korean_names_and_later_surname() -> None:
    text = "Ryom Chol-jin, 38, worked there. \u201cIt was hard,\u201d Ryom said."
    got = ents(text)
    assert got[0] == ("Ryom Chol-jin", "person", "Ryom Chol-jin", None)
    assert ("Ryom", "person", "Ryom Chol-jin", None) in got


def test_named_expert_apposition_and_title() -> None:
    got = ents("Tomas Veller, a researcher at the Harbin Institute, said so. Dr. Ilse Marten agreed.")
    assert ("Tomas Veller", "person", "Tomas Veller", None) in got
    assert ("Ilse Marten", "person", "Ilse Marten", None) in got


def test_said_name_after() -> None:
    got = ents("\u201cThey cannot leave,\u201d said Marta Oyelaran, who visited the site.")
    assert ("Marta Oyelaran", "person", "Marta Oyelaran", None) in got


def test_places_and_groups_are_not_people() -> None:
    text = "North Korean workers said. South Korea said. The Chinese Embassy said nothing."
    assert all(t != "person" for _, t, _, _ in ents(text))


def test_no_entities_in_plain_text() -> None:
    assert entities.find("The workers waited for weeks without pay.", []) == []


def test_spans_are_exact() -> None:
    text = "A manager at the Blue Crane Restaurant said so."
    for m in entities.find(text, []):
        assert text[m.start:m.end] == m.text and m.extractor == "entities.v1"


def test_byline_and_apposition_after_role_noun() -> None:
    text = "Headline here\n\nBy Jane Roe, Fictional Wire\n\nThey were locked in, said a former manager, Zhao Lei."
    got = ents(text)
    assert ("Jane Roe", "person", "Jane Roe", None) in got
    assert ("Zhao Lei", "person", "Zhao Lei", None) in got


def test_supplier_and_production_roles() -> None:
    text = "Women sew coats for Hongrui Garments Co., Ltd., a supplier to Northwind Apparel Inc. of Ohio."
    got = {(t, r) for t, _, _, r in ents(text)}
    assert ("Hongrui Garments Co., Ltd.", "employer") in got
    assert ("Northwind Apparel Inc.", "buyer") in got


def test_company_named_after_a_city_is_not_a_person() -> None:
    got = ents("Dandong Hongxin, a fictional trading firm, said nothing.")
    assert all(t != "person" for _, t, _, _ in got)
