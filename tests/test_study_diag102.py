"""Probes for the classes of failure studied on heldout102 (branch diag102), in our own wording: the states of
Mexico and Brazil in the gazetteer; the firm that operates a workplace, the unnamed owner of a named firm, a speaker
followed by how the report reached it, and a firm described with "which runs"; the operator of a workplace told apart
from an agency named before; police forces under their own-language names and a member of an inspection team; a
court report's "Prosecuting, X said"."""

from __future__ import annotations

import pytest

from labourlens.analyse import places
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import META, speaker


def _place_names(text: str) -> set[tuple[str | None, str]]:
    return {(p.country, p.name) for p in places.find(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Most of the pickers travel north from Oaxaca and Michoacán each spring.", {("MX", "Oaxaca"), ("MX", "Michoacán")}),
    ("Inspectors found the crew on a ranch in Mato Grosso, far from the nearest town.", {("BR", "Mato Grosso")}),
    ("The men had been hired in Piauí and driven for three days to the cane fields.", {("BR", "Piauí")}),
])
def test_states_of_mexico_and_brazil(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _place_names(text)


@pytest.mark.parametrize("text", ["She works at a bakery in Puebla.", "A flight from São Paulo landed late."])
def test_state_named_like_its_capital_needs_its_level_word(text: str) -> None:
    assert not [p for p in places.find(text) if p.level == "admin1"]


def test_state_with_its_level_word() -> None:
    assert [p for p in places.find("Recruiters toured Puebla state last year.") if p.level == "admin1" and p.country == "MX"]


@pytest.mark.parametrize("phrase", [
    "The factory operator",
    "the mine operators",
    "The operator of the laundry",
    "The operator of one of the sawmills named in the audit",
    "The owner of Dunmore Fresh Produce",
    "The bakery's owner, contacted by a local charity",
    "The owner of Dunmore Fresh Produce, one of the growers supplying the chain",
    "Finca Los Olivos, which runs the packhouse",
])
def test_firm_that_runs_a_workplace_speaks_as_organization(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize(("phrase", "kind"), [
    ("the crane operator", "anonymous_source"),  # a worker, not a firm
    ("Ana Ruiz, contacted by phone", "named_person"),
    ("The owner of Mr Li", None),
    ("a member of the union", "anonymous_source"),
])
def test_controls_stay(phrase: str, kind: str | None) -> None:
    got = classify(phrase)
    if kind is None:
        assert got != "organization"
    else:
        assert got == kind


@pytest.mark.parametrize("phrase", [
    "the Bari carabinieri",
    "Colonel Paolo Neri of the Lecce carabinieri",
    "a member of the regional inspection team",
])
def test_police_forces_and_inspection_team_members_are_official(phrase: str) -> None:
    assert classify(phrase) == "official"


def test_operator_is_not_the_agency_named_before() -> None:
    text = ("Romanian workers placed at a cold store near Lincoln by a labour agency say the agency kept their passports "
            "and charged them for beds, the Echo has learned.\n\nTwo workers said their wages were cut for every day off.\n\n"
            "The agency, Vistula Staffing Ltd, denied holding any passports.\n\n"
            "The warehouse operator said it was not aware of the complaints.")
    agency = speaker(text, "denied holding")
    operator = speaker(text, "not aware of the complaints")
    assert operator[1] == "organization"
    assert operator[2] != agency[2]


def test_prosecuting_counsel_is_official() -> None:
    text = ("Two brothers who ran a hand car wash in Derby were jailed for keeping six workers in forced labour.\n\n"
            "Prosecuting, Mark Ellery said the workers were paid £15 a day and their passports were taken on arrival.\n\n"
            "Defending, Sara Quint said her client had treated the workers fairly.")
    a = analyse(text, META)
    kinds = {a.source(c.source).wording: a.source(c.source).kind for c in a.claims if a.source(c.source)}
    assert kinds.get("Mark Ellery") == "official"
    assert kinds.get("Sara Quint", "named_person") == "named_person"


def test_plain_common_word_is_not_an_accented_state() -> None:
    assert not places.find('"Para nosotros, nada cambia," the picker said.')
    assert [p.name for p in places.find("The crew was rescued in western Pará.")] == ["Pará"]


@pytest.mark.parametrize(("text", "currency"), [
    ("HERMOSILLO, Sonora — Pickers said they were paid 300 pesos a day at the grape farm.", "MXN"),
    ("In Medellín the cleaners earned 40,000 pesos a day.", "COP"),
    ("In Manila the cooks got 18,000 pesos.", "PHP"),  # control: the default stays
])
def test_pesos_by_the_places_a_report_names(text: str, currency: str) -> None:
    a = analyse(text, META)
    assert [m.currency for m in a.amounts if m.kind == "money"] == [currency]


@pytest.mark.parametrize(("header", "outlet"), [
    ("Harbour Light Trust — Case Note 2025/03", "Harbour Light Trust"),
    ("EL SUR DIGITAL | Sección: Regiones | Lectura: 3 min", "El Sur Digital"),
    ("Ministério da Economia e Finanças — Press Office", "Ministério da Economia e Finanças"),
])
def test_masthead_lines(header: str, outlet: str) -> None:
    from labourlens.analyse import meta, sentences

    text = header + "\n\nFarm workers say they were not paid for months\n\nWorkers on a farm said they had not been paid."
    got = meta.detect(text, sentences.split(text), {}).outlet
    assert got is not None and got.lower() == outlet.lower()


def test_headline_in_title_case_is_no_masthead() -> None:
    from labourlens.analyse import meta, sentences

    text = "Ministry Says Seasonal Pickers Were Paid — Report\n\nWorkers on a farm said they had not been paid."
    assert meta.detect(text, sentences.split(text), {}).outlet is None


@pytest.mark.parametrize(("phrase", "kind"), [
    ("the arrest warrant", "document"),
    ("The warrant", "document"),
    ("a warrant officer", "official"),  # control: a rank, not the paper
    ("Sindicato de Trabajadores del Campo", "organization"),
    ("Associação dos Trabalhadores Rurais", "organization"),
    ("Trabalhadoras do Vale", "organization"),
    ("The collective", "organization"),
    ("Maria del Carmen", "named_person"),  # control: a person's name
    ("Ana dos Santos", "named_person"),
    ("Seasonal Workers Network organiser Lucia Ferrante", "named_person"),
    ("Harvest Rights Alliance coordinator Tomas Reyes", "named_person"),
])
def test_documents_bodies_and_organisers(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_described_then_named_speaker_keeps_the_name() -> None:
    text = ("Migrant workers at a vineyard in Mendoza described their conditions.\n\n"
            "According to the labour inspector who led the raid, Ana Ruiz, none of the 20 workers had a contract.")
    wording, kind, _ = speaker(text, "none of the 20")
    assert wording is not None and "Ana Ruiz" in wording and kind == "official"


def test_relative_clause_without_a_name_is_cut() -> None:
    text = ("Migrant workers at a vineyard in Mendoza described their conditions.\n\n"
            "According to the union that represents them, none of the 20 workers had a contract.")
    assert speaker(text, "none of the 20")[0] == "the union"


def test_according_to_the_warrant_is_the_document() -> None:
    text = ("Police arrested two gangmasters who recruited migrant farm workers near Latina on Monday.\n\n"
            "About forty migrant workers were allegedly made to pick for fourteen hours a day and were paid €2 an hour, "
            "according to the arrest warrant.")
    assert speaker(text, "About forty")[1] == "document"


def test_denial_of_keeping_anybodys_papers_is_negated() -> None:
    text = ("LATINA — Police arrested two gangmasters accused of holding thirty migrant farm workers in forced labour.\n\n"
            "The workers said their passports were taken on arrival and that they were paid €2 an hour.\n\n"
            "The lawyer for the older suspect, Piero Vanni, said his client \"never kept anybody's documents\" and had only "
            "driven the men to work.")
    a = analyse(text, META)
    denial = next(c for c in a.claims if "Piero Vanni" in c.text)
    assert denial.polarity == "negated" and not denial.indicators


def test_keeping_anyones_passport_is_retention() -> None:
    from probe_helpers import lexicon_indicators

    assert "retention_of_identity_documents" in lexicon_indicators("The foreman kept anyone's passport who complained.")
    assert not lexicon_indicators("She never kept copies of anybody's documents.")


def test_nobody_leaves_unless_escorted_is_a_restriction_and_a_plain_denial_stays() -> None:
    from probe_helpers import lexicon_indicators

    assert "restriction_of_movement" in lexicon_indicators("No worker goes into town unless a guard goes with them.")
    assert not lexicon_indicators("The company does not retain any travel documents.")
