"""People who speak in a company's or the state's name take the body's kind.

A firm's executive named after the firm's initials or company name, a company's HR or general manager,
someone answering a company's phone or sitting at its reception, a company given in apposition with a
legal suffix, an estimate by a body, a counted state ("One Member State"), a spokesperson for a state
agency, a state or company subject that "deny" a clause, and a titled name labelling a press-conference
answer. Companies, people and documents are invented for the tests; places are real."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2024-05-01", "language": "en"}


@pytest.mark.parametrize("phrase", [
    "TKL's chief executive, Ivan Petrov",
    "NBS's managing director, Lea Hart",
    "Norden Bay Seafood's operations manager, Omar Said",
    "Kestrel Textiles' general manager, Chen Hao",
    "SVK's chief executive, Nguyen Thi Lan",
])
def test_a_firms_named_executive_speaks_for_the_firm(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", [
    "The foundation's director, Ana Ruiz",  # the head of a charity speaks as a person
    "The union's general secretary, Ana Ruiz",  # a union's officer: a person
    "Dr. Kim's assistant, Lee Min-ho",
    "TKL's former chief executive, Ivan Petrov",  # a former office holder
])
def test_heads_of_groups_and_former_executives_stay_people(phrase: str) -> None:
    assert classify(phrase) in ("named_person", "anonymous_source")


@pytest.mark.parametrize("phrase", [
    "the HR manager",
    "the supplier's HR manager",
    "the factory's general manager",
    "the plant's human resources manager",
    "the contractor's managing director",
])
def test_a_companys_manager_speaks_for_the_company(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", [
    "a former HR manager",
    "the factory's general manager, who asked not to be named",
    "the dormitory manager",
    "a manager at the plant",
])
def test_former_anonymous_or_unplaced_managers_stay_unnamed_sources(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase", [
    "A woman who answered the phone at the reception",
    "A man who answered the phone at the factory's office",
    "a woman who picked up the phone at the plant",
    "An employee who answered the telephone at the company's headquarters",
    "a receptionist at the shipyard",
])
def test_someone_answering_a_companys_phone_speaks_for_it(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", [
    "a woman who answered the phone at her home in Yanji",
    "a woman who lives near the plant",
    "a man who answered questions from reporters",
])
def test_other_people_on_the_phone_stay_unnamed(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase", [
    "The trader, Pacific Harbour Loins Ltd.",
    "The buyer, Harbin Northstar Co.",
    "the exporter, Coastal Aquatic Products Co., Ltd.",
    "The company named in the article, Zeya Holz",
    "The firm mentioned in the report, Taiga Lesprom",
])
def test_a_company_in_apposition_is_the_company(phrase: str) -> None:
    assert classify(phrase) == "organization"


def test_a_person_in_apposition_stays_a_person() -> None:
    assert classify("The lawyer, Anna Smith") == "named_person"
    assert classify("The worker named in the report, Ana Ruiz") == "named_person"


@pytest.mark.parametrize("phrase,kind", [
    ("an estimate by the Omsk builders' association", "organization"),
    ("estimates from the Amur Oblast labour ministry", "official"),
    ("a calculation by the Seoul Migration Centre", "organization"),
    ("a rough estimate by the regional government", "official"),
])
def test_an_estimate_speaks_as_the_body_that_made_it(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", ["One Member State", "two member states", "Several Member States",
                                    "A spokesperson for Taiwan's Fisheries Agency",
                                    "a spokesman for Japan's Fisheries Agency"])
def test_states_and_state_agencies_speak_as_officials(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase", ["two people with knowledge of the factory", "Three Chinese employees at a second factory",
                                    "three former employees of the project", "a spokesperson for the recruitment agency"])
def test_counted_people_and_company_agencies_keep_their_kinds(phrase: str) -> None:
    assert classify(phrase) == ("organization" if "recruitment" in phrase else "anonymous_source")


@pytest.mark.parametrize("sentence,speaker", [
    ("The Russian authorities deny any of this is forced labour.", "The Russian authorities"),
    ("Local officials deny the crews are unpaid.", "Local officials"),
    ("Both companies deny that the welders were confined.", "Both companies"),
    ("The contractors deny the allegations.", "The contractors"),
])
def test_a_body_that_denies_a_clause_is_its_speaker(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker and m.cue == "deny"


@pytest.mark.parametrize("sentence", [
    "Employers deny workers rest days.",
    "The guards denied him food for two days.",
    "Managers denied North Korean workers their wages.",
    "The owners denied the crew any shore leave.",
])
def test_deny_with_a_person_and_a_thing_is_an_abuse_not_a_denial(sentence: str) -> None:
    assert find_mention(sentence) is None


PRESSER = """Ministry of Foreign Affairs regular press conference, 3 June 2024 (excerpt)

Q: An NGO says North Korean women at seafood plants in Dandong are locked in their dormitories. What is your response?

Spokesperson Liu Meng: I have seen the report. The situation described in it does not exist. Chinese companies obey the law.

Q: Will China inspect the plants?

Liu Meng: I have nothing to add.
"""


def test_a_titled_label_names_the_speaker_of_the_whole_answer() -> None:
    a = analyse(PRESSER, META)
    sources = {s.key: s for s in a.sources}
    answer = [c for c in a.claims if "does not exist" in c.text or "obey the law" in c.text]
    assert answer, [c.text for c in a.claims]
    for c in answer:
        assert sources[c.source].kind == "official"
        assert "Liu Meng" in (sources[c.source].wording or "")


PHONE = """A Hunchun seafood plant kept 60 North Korean women on night shifts, two former workers said.

A woman who answered the phone at the plant's office said the company employs only local staff. "This is a rumour," she said.
"""


def test_she_said_after_a_company_phone_answer_goes_to_that_person() -> None:
    a = analyse(PHONE, META)
    sources = {s.key: s for s in a.sources}
    rumour = [c for c in a.claims if "rumour" in c.text]
    employs = [c for c in a.claims if "employs only local staff" in c.text]
    assert rumour and employs
    assert rumour[0].source == employs[0].source
    assert sources[rumour[0].source].kind == "organization"


@pytest.mark.parametrize("sentence,speaker", [
    ('"We pay on time," Harbour Foods\' chief executive, Ana Ruiz, said.', "Harbour Foods' chief executive, Ana Ruiz"),
    ('"We pay on time," TKL\'s general manager, Ana Ruiz, said in a statement.', "TKL's general manager, Ana Ruiz"),
    ('"Nobody is locked in," Brightloom\'s chief compliance officer, Dan Ho, said in the statement.',
     "Brightloom's chief compliance officer, Dan Ho"),
    ('"Nobody is locked in," Dan Ho, Brightloom\'s chief compliance officer, said.',
     "Dan Ho, Brightloom's chief compliance officer"),
])
def test_a_trailing_possessive_role_and_name_is_the_speaker(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker
    assert classify(m.wording) == "organization"


def test_a_trailing_possessive_of_a_person_stays_a_person() -> None:
    m = find_mention("The men were paid late, Kim's brother, Park Ho, said.")
    assert m is not None and classify(m.wording) == "named_person"
    assert classify("Ana Ruiz, the foundation's director") == "named_person"


@pytest.mark.parametrize("sentence,speaker", [
    ('Management response (noted in the audit): the HR manager said the trainees "came on a school exchange".',
     "the HR manager"),
    ("Company reply: the firm denied that any passports were held.", "the firm"),
    ("Supplier comment: the general manager said all staff were local.", "the general manager"),
    ("Spokesperson Li Wen: I have noted the report.", "Spokesperson Li Wen"),
])
def test_a_heading_before_the_speaker_is_not_part_of_the_speaker(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker
    assert sentence[m.start:m.end] == speaker


def test_a_heading_over_a_plain_sentence_finds_no_speaker() -> None:
    assert find_mention("Key findings: workers were beaten and unpaid.") is None


def test_a_firm_given_once_with_its_legal_suffix_is_a_firm_by_its_short_name() -> None:
    from labourlens.analyse.speakers import company_short_names

    text = ("Brightloom Textiles Sdn Bhd runs two mills in Penang. In a statement, Brightloom said it had repaid "
            "all fees. Kim Trading Co. was named too. Kim said he had never met the workers.")
    names = company_short_names(text, {"NIS": "National Intelligence Service"})
    assert names["Brightloom"] == "Brightloom Textiles Sdn Bhd"
    assert names["Brightloom Textiles"] == "Brightloom Textiles Sdn Bhd"
    assert names["NIS"] == "National Intelligence Service"
    assert "Kim" not in names  # a one-word short name needs "it": "Kim said he" is a person


FIRM = """Workers at a glove factory in Klang said their passports were held, according to a report by the Penang Migrant Workers' Centre.

The factory is run by Brightloom Gloves Sdn Bhd. The centre said workers paid fees of up to 18,000 ringgit.

In a statement, Brightloom said it disagreed with the report. The company said the passports were kept in lockers that workers could open.
"""


def test_the_company_after_a_firm_by_its_short_name_is_that_firm() -> None:
    a = analyse(FIRM, META)
    sources = {s.key: s for s in a.sources}
    lockers = [c for c in a.claims if "lockers" in c.text]
    assert lockers
    assert sources[lockers[0].source].kind == "organization"
    assert "Centre" not in (sources[lockers[0].source].wording or "")


@pytest.mark.parametrize("phrase", [
    "Jon Pryce, Minister for Trade Policy",
    "Rt Hon Jane Holt MP, Minister for Industry",
    "Jane Holt MP",
    "Ana Ruiz, Secretary of State for Trade",
])
def test_ministers_and_members_of_parliament_are_officials(phrase: str) -> None:
    assert classify(phrase) == "official"


def test_a_former_minister_and_a_unions_secretary_stay_people() -> None:
    assert classify("Jane Holt, former Minister for Labour") == "named_person"
    assert classify("Tom Wright, Secretary, Baltic Dockers' Federation") == "named_person"


HEARING = """Select Committee on Supply Chains - Oral evidence (extract)

Witnesses: Tom Wright, Secretary, Baltic Dockers' Federation; Rt Hon Jane Holt MP, Minister for Industry.

Q12 Chair: Were the welders paid?

Tom Wright: On paper, yes. The yard paid the subcontractor 30 zloty an hour, and the men kept almost none of it.

Q13 Chair: Minister, do you accept that?

Jane Holt: We have no evidence that any North Korean worker was employed on a British contract. Our sanctions forbid it.
"""


def test_a_witness_titled_in_the_list_keeps_the_title_when_answering_by_name() -> None:
    a = analyse(HEARING, META)
    sources = {s.key: s for s in a.sources}
    kinds = {c.text: sources[c.source].kind for c in a.claims}
    holt = [k for t, k in kinds.items() if "no evidence" in t]
    wright = [k for t, k in kinds.items() if "kept almost none" in t]
    assert holt == ["official"]
    assert wright == ["named_person"]


CENTRE = """Workers at a glove factory in Ipoh said their passports were held, the Perak Migrant Workers' Centre said.

The centre said workers paid fees of up to 18,000 ringgit. The company said the passports were kept in lockers that workers could open.
"""


def test_the_company_never_refers_back_to_a_rights_centre() -> None:
    from labourlens.analyse.speaker_roles import other_body

    assert other_body("company", "The Perak Migrant Workers' Centre")
    assert other_body("supplier", "Clean Cloth Watch")
    assert not other_body("company", "Brightloom Gloves Sdn Bhd")
    assert not other_body("centre", "The Perak Migrant Workers' Centre")
    a = analyse(CENTRE, META)
    sources = {s.key: s for s in a.sources}
    fees = [c for c in a.claims if "fees" in c.text]
    lockers = [c for c in a.claims if "lockers" in c.text]
    assert fees and lockers
    assert fees[0].source != lockers[0].source
    assert "Centre" not in (sources[lockers[0].source].wording or "")
