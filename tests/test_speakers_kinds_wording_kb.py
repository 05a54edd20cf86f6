"""Speaker kinds and the wording of speaker phrases: state services, named heads of firms, firms named
by a short name, and phrases that ran over a dateline, a date, an audience or a clause. Names, firms
and sentences are invented for the tests (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speaker_voices import company_short_names
from labourlens.analyse.speakers import classify


def _by_text(text: str) -> dict[str, tuple[str | None, str]]:
    a = analyse(text, {"published": "2025-03-01", "language": "en"})
    sources = {s.key: s for s in a.sources}
    return {c.text: (sources[c.source].wording, sources[c.source].kind) for c in a.claims}


@pytest.mark.parametrize("phrase", [
    "Ghana Immigration Service spokesman Kwame Asante",
    "Kenya Immigration Service spokeswoman Grace Wanjiru",
    "Police Service spokesman Kofi Mensah",
    "Japan Fisheries Agency official Kenji Sato",
    "a Fisheries Agency spokesperson",
    "Uganda Revenue Authority spokeswoman Ama Boateng",
    "a spokesman for the Zambia Border Service",
])
def test_a_state_service_speaks_for_the_state(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase", [
    "Golden Crew Agency spokesman Tom Lee",  # a manning agency: a firm
    "Harbour Security Services spokesman Jon Pryce",  # a private guard company
    "the recruitment agency's representative",
])
def test_a_firm_with_a_service_word_stays_a_firm(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", [
    "The director of the timber company, Ivan Petrov",
    "the deputy director of the sawmill, Lin Wei",
    "The owner of the brick kiln, Ravi Kumar",
    "The plant's deputy director, Pavel Orlov",
    "the mine's executive director, Jon Pryce",
    "The cannery's technical director, Mara Silva",
])
def test_a_named_head_of_a_firm_speaks_for_it(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", [
    "The director of the rights group, Ana Ruiz",
    "The director of the shelter, Ana Ruiz",
    "The foundation's deputy director, Kofi Mensah",
    "the union's general secretary, Jon Pryce",
])
def test_a_named_head_of_a_group_stays_a_person(phrase: str) -> None:
    assert classify(phrase) == "named_person"


def test_a_firm_named_with_a_trade_word_is_the_firm_by_its_short_name() -> None:
    text = ("Two former workers sued Harbour Line Seafoods in a court in Busan, alleging that the importer bought "
            "fish packed by forced labour in Qingdao.\n\nHarbour Line said in a statement that it \"has never used "
            "forced labour\" and that its auditors found \"no problems\" at the plant.\n")
    names = company_short_names(text, {})
    assert names.get("Harbour Line") == "Harbour Line Seafoods"
    kinds = [k for t, (_, k) in _by_text(text).items() if "never used" in t]
    assert kinds == ["organization"]


def test_short_names_need_the_short_name_used_and_two_words() -> None:
    text = "Yesterday Baltic Amber Logistics denied the report. Ana Ruiz of Kelp Foods said so. Kelp was closed."
    names = company_short_names(text, {})
    assert "Baltic Amber" not in names  # never used without its trade word
    assert "Kelp" not in names  # one word could be a surname
    assert "Yesterday Baltic Amber" not in names


@pytest.mark.parametrize("word", ["Handwritten", "Typed", "Printed", "Stamped"])
def test_a_word_that_describes_notes_is_no_speaker(word: str) -> None:
    assert classify(word) is None
    assert classify("Hartmann") == "named_person"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("DHAKA, Bangladesh \u2014 Bangladeshi police said on Monday they had freed 40 men.", "Bangladeshi police"),
    ("LIMA, Peru - The labour ministry said on Friday that 12 men had been found.", "The labour ministry"),
    ("The Ministry of Labour on 14 March said the men had been paid late.", "The Ministry of Labour"),
    ("The ministry on Tuesday said the men had been paid late.", "The ministry"),
    ("The Council of the European Union on 2 September said the men had been hired by a Moscow firm.",
     "The Council of the European Union"),
    ("Several told the charity Safe Harbour Link that they had been beaten.", "Several"),
    ("Two told the newspaper that their passports were taken.", "Two"),
    ("Our researchers saw no sign that the men were locked in at night; several reported walking to the market in "
     "pairs.", "several"),
])
def test_the_speaker_phrase_is_only_the_speaker(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker
    assert sentence[m.start:m.end] == speaker


def test_a_name_with_a_dash_inside_is_kept() -> None:
    m = find_mention("Kim Lee - a former worker - said she was beaten.")
    assert m is not None and m.wording.startswith("Kim Lee")


def test_an_under_secretary_named_with_a_portfolio_is_the_official() -> None:
    text = ("The Treasury sanctioned a building contractor in Kinshasa for hiring crews sent by a foreign state.\n\n"
            "\"These men live behind the walls of the camp and are marched to work under guard,\" Under Secretary "
            "for Labour Affairs Maria Lenz said in a statement. The under secretary said the wages of the crews "
            "\"go straight to the state, not to the men.\"\n")
    found = [(w, k) for t, (w, k) in _by_text(text).items() if "walls" in t or "wages" in t]
    assert len(found) == 2
    assert all(k == "official" and "Maria Lenz" in (w or "") for w, k in found)


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Under Secretary Maria Lenz", "official"),
    ("Assistant Secretary for Labor Jon Pryce", "official"),
    ("a former Under Secretary for Labour, Jon Pryce", "named_person"),
])
def test_department_secretaries(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_under_as_a_preposition_is_still_a_setting() -> None:
    m = find_mention("Under the contract, the workers said they were locked in.")
    assert m is not None and m.wording == "the workers"


def test_several_after_the_police_are_the_people_freed() -> None:
    text = ("DHAKA, Bangladesh \u2014 Bangladeshi police said on Monday they had freed 40 men from a brick kiln "
            "near Gazipur where, according to the rescued men, they were forced to work without pay under threat "
            "of beatings.\n\nMost of those freed were from Khulna. Several told the charity Safe Harbour Link that "
            "they had answered advertisements for factory jobs paying 20,000 taka a month and had their passports "
            "taken as soon as they arrived.\n")
    found = [(w, k) for t, (w, k) in _by_text(text).items() if "advertisements" in t]
    assert found == [("Several", "anonymous_source")]


@pytest.mark.parametrize(("phrase", "kind"), [
    ("A lawyer for the company that rents the warehouse", "organization"),
    ("an attorney for the plant", "organization"),
    ("a lawyer for the ministry", "official"),
    ("A lawyer for the workers", "anonymous_source"),  # the workers' lawyer speaks for no body
    ("Ana Ruiz, a lawyer for the company", "named_person"),  # a named lawyer stays a person
])
def test_an_unnamed_lawyer_speaks_for_the_body_that_hired_them(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_body_introduced_by_what_it_is_keeps_that_kind_by_name() -> None:
    text = ("The reports the company refers to include an item by the Seoul-based outlet North Wind, which cited a "
            "former shift supervisor as saying that about 60 women at the plant were never let out of the compound."
            "\n\nAccording to North Wind, the women earned about 1,800 yuan a month, most of which went to the state "
            "firm that sent them.\n")
    names = company_short_names(text, {})
    assert names.get("North Wind") == "the outlet North Wind"
    found = [(w, k) for t, (w, k) in _by_text(text).items() if "1,800 yuan" in t]
    assert found == [("North Wind", "outlet")]


def test_described_names_map_only_what_changes_kind() -> None:
    text = "The firm Kim Soo Trading said so. The charity Human Rights Watch said so. The recruiter Ana Ruiz agreed."
    names = company_short_names(text, {})
    assert "Human Rights Watch" not in names  # already an organization by its name
    assert "Ana Ruiz" not in names  # "recruiter" is no body noun: a person


@pytest.mark.parametrize("phrase", ["Ts. Oyunaa", "Kh. Batbayar", "Sh. Enkhjargal", "B. Ts. Dorj"])
def test_a_name_after_a_two_letter_initial_is_a_person(phrase: str) -> None:
    assert classify(phrase) == "named_person"


def test_a_two_letter_initial_ends_no_sentence() -> None:
    from labourlens.analyse import sentences  # noqa: PLC0415

    text = "According to Ts. Oyunaa, who lives nearby, the men start at six. Kh. Bat agreed. The men were tired."
    assert [s.text for s in sentences.split(text)] == [
        "According to Ts. Oyunaa, who lives nearby, the men start at six.", "Kh. Bat agreed.", "The men were tired."]


def test_seeing_nothing_to_suggest_abuse_is_a_negation() -> None:
    text = ("Our researchers saw nothing to suggest that workers were physically confined to the sites at night; "
            "several reported visiting local markets in pairs. The auditors found nothing to indicate that wages "
            "were withheld.")
    claims = analyse(text, {"published": "2025-03-01", "language": "en"}).claims
    assert len(claims) == 2
    assert all(c.polarity == "negated" and not c.indicators for c in claims)


def test_a_plain_finding_is_not_negated() -> None:
    a = analyse("The auditors found that wages were withheld for three months.",
                {"published": "2025-03-01", "language": "en"})
    assert a.claims and a.claims[0].polarity != "negated"


@pytest.mark.parametrize(("phrase", "kind"), [
    ("The zone's administrative committee", "official"),
    ("the industrial park's management committee", "official"),
    ("the county party committee", "official"),
    ("the factory's management committee", "organization"),  # a firm's own committee
    ("the strike committee", "organization"),
])
def test_a_local_government_committee_is_the_state(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_committee_saying_firms_comply_with_the_rules_is_a_denial() -> None:
    text = ("North Korean women still sew coats in workshops in the Tumen trade zone, workshop owners told this paper."
            "\n\nThe zone's management committee said all enterprises in the zone \"operate in strict accordance with "
            "the relevant regulations\".\n")
    a = analyse(text, {"published": "2025-03-01", "language": "en"})
    sources = {s.key: s for s in a.sources}
    denial = [c for c in a.claims if "regulations" in c.text]
    assert len(denial) == 1 and denial[0].polarity == "negated"
    assert sources[denial[0].source].kind == "official"


def test_he_after_a_named_owner_of_a_firm_is_the_owner() -> None:
    text = ("Garment workshops in the Yanji trade park still employ North Korean women, workshop owners told this "
            "paper.\n\nMr Lin, the owner of a workshop that makes gloves for export, said he pays a broker 2,500 yuan "
            "per worker per month. \"What the broker gives the women, I don't know,\" he said. His workers, he added, "
            "have not been home \"for more than three years\".\n")
    found = [(w, k) for t, (w, k) in _by_text(text).items() if "don't know" in t or "three years" in t]
    assert len(found) == 2
    assert all(k == "organization" and (w or "").startswith("Mr Lin") for w, k in found)


@pytest.mark.parametrize("phrase", ["one exhibit", "Two exhibits", "one prosecution exhibit", "the court exhibit"])
def test_a_court_exhibit_is_a_document(phrase: str) -> None:
    assert classify(phrase) == "document"
