"""Probe s329: Latin America's labour administration speaks as ``official``.

* Brazil's labour inspectors by their legal title, translated "labour auditor" or "labour tax auditor" (knowledge
  speaker_roles.yaml ``official_roles``); a bare "auditor" of a firm stays a person;
* an interviewee whom the standfirst introduces by the state post held for years ("X has worked for eight years as a
  labour inspector for the labour ministry in ...") speaks as an official in the answers
  (analyse.career_roles); the same career at a private firm leaves a person;
* labour secretariats, undersecretariats and regional labour superintendencies (knowledge source_nouns.yaml, analyse
  speakers_patterns ``STATE_NAME_WORD``); a coalition's secretariat stays an organisation.

Texts written for this test; people and firms are invented (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import speaker

META = {"published": "2026-03-02", "language": "en"}


def test_labour_auditor_is_official() -> None:
    text = ("Labour inspectors freed 14 migrant workers held in slave-like conditions on a ranch in Tocantins, Brazil.\n\n"
            "\"They drank from the same pond as the herd,\" said Joana Pires Almeida, the labour auditor who headed "
            "the team, by telephone. She said the foreman kept their identity cards in his truck.")
    assert speaker(text, "same pond", META)[1] == "official"
    assert speaker(text, "identity cards", META)[1] == "official"


def test_labour_tax_auditor_before_the_name() -> None:
    text = ("Labour inspectors freed 9 migrant workers held in slave-like conditions at a charcoal camp in Maranhão.\n\n"
            "Labour tax auditor Caio Rezende Prado said the men slept under plastic sheets and had no drinking water.")
    assert speaker(text, "plastic sheets", META)[1] == "official"


def test_a_firms_auditor_stays_a_person() -> None:
    # near miss: a named auditor of a certification firm is no state inspector
    text = ("Migrant pickers on a coffee estate in Minas Gerais said their wages were withheld for months.\n\n"
            "\"The pickers slept in a barn without doors,\" said Lívia Campos Nery, an auditor at Selo Verde Certificação.")
    assert speaker(text, "barn without doors", META)[1] != "official"


_QA = """El Diario de Itapúa — weekend interview
"They owe the ticket before they start": an inspector speaks about harvest crews
Encarnación, 2 March 2026. Interview by Tomás Ruiz Díaz.

Lidia Arce Villalba has worked for eight years as a labour inspector for the Ministry of Labour in Encarnación. She
told us about the seasonal workers hired in the border towns for farms in Argentina.

Q: Who hires them?
A: Men who pay for the bus. On arrival the workers learn that they owe the fare and the food, and the foreman keeps
their identity cards until the end of the season.

Q: Do they get paid?
A: Most of them receive nothing until the harvest ends, and some receive nothing at all.
"""

_QA_FIRM = _QA.replace("a labour inspector for the Ministry of Labour in Encarnación",
                       "a labour inspector for Calidad Total Auditorías SA in Encarnación")


def test_interviewee_introduced_by_a_state_post() -> None:
    a = analyse(_QA, META)
    kinds = {a.source(c.source).kind for c in a.claims if "identity cards" in c.text}  # type: ignore[union-attr]
    assert kinds == {"official"}


def test_interviewee_with_a_firms_post_stays_a_person() -> None:
    # near miss: the same career at a private auditing firm
    a = analyse(_QA_FIRM, META)
    kinds = {a.source(c.source).kind for c in a.claims if "identity cards" in c.text}  # type: ignore[union-attr]
    assert kinds and "official" not in kinds


def test_labour_secretariats_and_superintendencies() -> None:
    assert classify("the Labour Inspection Secretariat") == "official"
    assert classify("the Labour Undersecretariat") == "official"
    assert classify("the city's labour undersecretariat") == "official"
    assert classify("The Regional Labour Superintendency of Pernambuco") == "official"


def test_a_coalitions_secretariat_stays_an_organisation() -> None:
    # near miss: a bare "Secretariat" after a group's name is the group's office, not the state
    assert classify("the Migrant Alliance Secretariat") != "official"


def test_union_official_named_is_a_person() -> None:
    # a union's officer speaks as a person, as its leader does; a ministry's official is the state
    assert classify("A union official, Dalmiro Soria") == "named_person"
    assert classify("Dalmiro Soria, a trade union official") == "named_person"
    assert classify("a ministry official") == "official"


def test_brazilian_and_spanish_american_firm_names() -> None:
    # the trade word that ends a firm's name ("... Varejo", "... Engenharia") or the word that opens it
    # ("Construtora ...", "Usina ...") makes the name a firm's, not a person's
    assert classify("Bela Trama Varejo") == "organization"
    assert classify("Forte Azul Engenharia") == "organization"
    assert classify("Construtora Horizonte") == "organization"
    assert classify("Usina Boa Esperança") == "organization"


def test_a_persons_name_stays_a_person() -> None:
    # near miss: a Portuguese name of three words with no trade word is a person's
    assert classify("Dalva Moreira Santos") == "named_person"
