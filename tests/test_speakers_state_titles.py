"""People given with a title only the state gives speak for the state (``official``; README, knowledge/
speaker_roles.yaml header, tests/gold/README.md: people speaking for a state body, named or not, are
official): prosecutors and agents of a justice ministry ("Assistant Attorney General", "U.S. Attorney",
"Special Agent in Charge"), secretaries of a department, chairs and members of a legislature's committee,
prefects, akims, consuls and attachés, and the head of a named state body given before the holder's name.
A company's or an NGO's director, a lawyer, a union's secretary, a recruitment agent and a company's
representative keep their kinds. All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

_LEAD = "Hundreds of foreign workers were brought to the region last year, according to officials.\n\n"


def _speaker_kind(sentence: str) -> tuple[str | None, str | None]:
    """The kind and wording of the speaker of the claim made in ``sentence`` (after a neutral lead)."""
    a = analyse(_LEAD + sentence, {"published": "2025-03-01", "language": "en"})
    claims = [c for c in a.claims if c.start >= len(_LEAD)]
    assert claims, f"no claim found in {sentence!r}"
    source = next((s for s in a.sources if s.key == claims[0].source), None)
    return (source.kind, source.wording) if source else (None, None)


@pytest.mark.parametrize("phrase", [
    "Assistant Attorney General Maria Delgado of the Justice Department's National Security Division",
    "Deputy Attorney General Tomas Varga",
    "Attorney General Helen Moss",
    "U.S. Attorney Robert Finch",
    "Acting U.S. Attorney Carla Brandt",
    "United States Attorney Peter Lowe for the Southern District of Texas",
    "Special Agent in Charge Dana Whitlock of the FBI's Boston field office",
    "FBI Special Agent Marcus Dell",
    "Border Patrol Agent Luis Ortega",
    "Secretary of Labor Janet Crane",
    "Deputy Assistant Secretary Olivia Marsh",
    "Vice-Minister Chen Dao",
    "State Councillor Wu Hao",
    "Prefect Amadou Diallo",
    "District Commissioner Grace Achieng",
    "Akim Serik Bekov",
    "Ranking Member Paula Grant",
    "Robert Finch, the U.S. attorney for the district",
    "Amadou Diallo, prefect of the Kayes region",
    "Nadia Rahman, labour attaché at the embassy in Riyadh",
    "Tomas Varga, a customs officer at the Chop crossing",
    "Olga Petrenko, chair of the Senate Judiciary Committee",
    "Ivan Sokol, a deputy of the regional assembly",
    "Lena Park, chairwoman of the parliamentary labour committee",
    "The head of the regional migration department, Igor Petrov",
    "The director of the Federal Migration Service, Anton Belov",
    "The chief of the provincial labour department, Li Na",
    "The deputy head of the city labour department, Li Na",
    "Anton Belov, director of the Federal Migration Service",
    "Ana Ruiz, head of the labour inspection department of Almaty",
    "Chairwoman Lena Park of the House Subcommittee on Labor",
    "Ray Dunn, who chairs the Senate Labor Committee",
    "Subcommittee Chairman Ray Dunn",
    "Jane Ortiz, Deputy Assistant Secretary of Labor for International Affairs",
    "Homeland Security Secretary Dana Whitlock",
    "Customs officer Tomas Varga",
    "Consul-General Mira Sato",
    "Khokim Rustam Aliyev",
])
def test_state_titles_are_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Maria Delgado, a lawyer for the workers", "named_person"),
    ("Henrik Olsen of Human Rights Watch", "named_person"),
    ("Ravi Menon, director of Harbour Crane Services", "organization"),
    ("Maria Delgado, a spokesperson for Kestrel Foods", "organization"),
    ("Maria Delgado, a spokesperson for the Ministry of Labour", "official"),
    ("Former U.S. Attorney Robert Finch", "named_person"),
    ("Paula Grant, a former special agent", "named_person"),
    ("A member of the Karak municipal council, Omar Haddad", "named_person"),
    ("the U.S. Attorney's Office", "official"),
    ("the attorney general", "official"),
    ("the prefect", "official"),
])
def test_other_roles_keep_their_kind(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", [
    "Jonas Reed, general manager of Kestrel Foods",
    "Aisha Bello, general secretary of the Dockworkers Union",
    "Samuel Okoro, secretary of the Garment Exporters Association",
    "Tariq Aziz, a recruitment agent in Dhaka",
    "Tariq Aziz, an agent for the recruiter",
    "Li Wen, a representative of Kestrel Foods",
    "Henrik Olsen, director of the Coastal Rights Centre",
    "The director of Kestrel Foods, Anton Belov",
    "The chairman of the trade association, Pavel Kuznetsov",
    "Grace Achieng, head of the assembly line at the plant",
    "The head of the HR department at Kestrel Foods, Li Na",
    "Li Na, head of the personnel department of the factory",
    "Kestrel Foods representative Li Wen",
    "Omar Haddad, a lawyer who sued the attorney general",
    "Olga Petrenko, who wrote to the Secretary of Labor",
])
def test_non_state_roles_are_not_official(phrase: str) -> None:
    assert classify(phrase) != "official"


@pytest.mark.parametrize("sentence", [
    '"These schemes send wages to Pyongyang," said Assistant Attorney General Maria Delgado of the Justice '
    "Department's National Security Division. The workers were paid $3,000 a month.",
    '"The workers never saw their pay," U.S. Attorney Robert Finch said in a statement.',
    "Special Agent in Charge Dana Whitlock of the FBI's Boston field office said the workers were forced to work "
    "14 hours a day.",
    "The head of the regional migration department, Igor Petrov, said the workers were held in debt.",
    "Akim Serik Bekov told reporters that the builders had not been paid for three months.",
    "Olga Petrenko, chair of the Senate Judiciary Committee, said the crews were locked in their barracks.",
    "Nadia Rahman, the labour attaché at the embassy in Riyadh, said the maids' passports had been taken.",
    '"They were held like prisoners," said Robert Finch, the U.S. attorney for the Northern District of Ohio.',
    "The U.S. Attorney's Office said the defendants confiscated the workers' passports.",
    "Prefect Amadou Diallo said the miners had been held in debt for years.",
    "Ranking Member Paula Grant said the workers were locked in the dormitory at night.",
    "The deputy head of the regional labour inspectorate, Omar Haddad, said the workers had not been paid for "
    "five months.",
])
def test_state_title_speakers_in_running_text(sentence: str) -> None:
    kind, wording = _speaker_kind(sentence)
    assert kind == "official", (kind, wording)


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Jonas Reed, general manager of Kestrel Foods, said the workers were paid on time.", "organization"),
    ("Omar Haddad, a lawyer for the workers, said the men were paid only $150 a month.", "named_person"),
    ("Henrik Olsen of Human Rights Watch said the crews worked 16 hours a day.", "named_person"),
    ("Nadia Rahman, a spokesperson for Kestrel Foods, said the workers were paid on time.", "organization"),
    ("Tariq Aziz, a recruitment agent in Dhaka, said the men paid $4,000 each in fees.", "named_person"),
    ("Aisha Bello, general secretary of the Dockworkers Union, said the crews worked 16 hours a day.",
     "named_person"),
    ("Li Wen, the company's representative in Almaty, said the workers were paid on time.", "organization"),
    ("Former U.S. Attorney Robert Finch said the workers were paid nothing for six months.", "named_person"),
])
def test_non_state_speakers_in_running_text(sentence: str, kind: str) -> None:
    assert _speaker_kind(sentence)[0] == kind
