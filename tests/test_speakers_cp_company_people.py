"""Speaker kinds of company people, workplace owners, witnesses who own some other business, lawyers for
unions, and holders of village and regional state offices (labourlens.analyse.cp_company_people).

Conventions: README.md (Quality): companies, their spokespeople and named directors given as such and
whoever answers their phone are `organization`; the unnamed owner of the workplace answering for it is
`organization` (the gold of heldout5, heldout13, heldout14, heldout18 and heldout20; heldout2 and heldout4
read it as an unnamed source); researchers, lawyers, workers and witnesses stay `named_person`; people
speaking for a state office are `official`. Every name, company and sentence here is invented for the
tests; places are real."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

COMPANY_PEOPLE = [
    # a named person given with the firm and a role only a body has
    "Birch Timber's director, Ivan Sokolov",
    "Ostrog Rybprom's general director, Pavel Dudin",
    "Kestrel Knit's legal representative, Wang Lei",
    "Lianfa Textile's deputy director, Zhou Ming",
    "the company's deputy director Olga Zueva",
    "The factory's director Sergei Panin",
    "the plant's legal representative, Han Jun",
    "Cooperative chairman Zhao Min",
    "Factory director Liu Bo",
    "Farm manager Oleg Kurbatov",
    # someone who answered the phone at a firm named by its proper name
    "A man who answered the phone at Golden Dune Contracting's office",
    "a woman who answered the phone at Sever Timber's head office",
    "A receptionist who answered the phone at Norvik Marine's headquarters",
    # the workplace's owner, unnamed, answering for it
    "The Chinese owner of the factory",
    "the owner of the sawmill",
    "The workshop's owner",
    "The plant's Chinese owner, reached by phone",
    "the restaurant owner, reached by telephone",
    "A restaurant owner in Dalian contacted by this newspaper",
    "a farm owner in Chita, reached by phone",
]


@pytest.mark.parametrize("phrase", COMPANY_PEOPLE)
def test_company_people_speak_for_the_company(phrase: str) -> None:
    assert classify(phrase) == "organization"


NOT_COMPANY = [
    # a witness who owns some other business, or an owner heard as an unnamed source
    ("Mr Vilay, who owns a noodle stall across the road from the restaurant", "named_person"),
    ("Ana Petrova, who owns a small bakery near the site", "named_person"),
    ("Li Hua, who owns a kiosk next to the dormitory", "named_person"),
    ("a restaurant owner in Dalian", "anonymous_source"),
    ("An owner of a small haulage firm in Artyom, who once hired such crews", "anonymous_source"),
    ("The factory's owner, who asked not to be named", "anonymous_source"),
    ("the plant's former owner", "anonymous_source"),
    ("the factory's owner, a former welder", "anonymous_source"),
    # a person described with a trade noun and "who" is a person, not a firm
    ("The Ghanaian subcontractor, who delivered sand to the site in Tema", "anonymous_source"),
    ("The Chadian supplier, who brought fuel to the camp", "anonymous_source"),
    # heads of groups and lawyers for unions or workers stay people; a lawyer for a firm is not touched here
    ("Union chairman Marek Wolny", "named_person"),
    ("The association's president, Kofi Badu", "named_person"),
    ("Lena Ortiz, a lawyer representing a dockworkers' union that joined the suit", "named_person"),
    ("Tomas Berg, a lawyer representing the families", "named_person"),
    # state bodies are not firms
    ("a man who answered the phone at the Labour Ministry's office", "anonymous_source"),
]


@pytest.mark.parametrize(("phrase", "kind"), NOT_COMPANY)
def test_people_who_do_not_speak_for_the_company(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


STATE_PEOPLE = [
    "The village chief, Mr Bounmy",
    "the village head, Erdene Bat",
    "the district chief, Mr Phetsamone",
    "Irina Volkova, the ombudsman for Primorsky Krai",
    "Nadia Kessy, the ombudswoman for Kigoma Region",
]


@pytest.mark.parametrize("phrase", STATE_PEOPLE)
def test_village_and_regional_office_holders_are_officials(phrase: str) -> None:
    assert classify(phrase) == "official"


def test_a_state_role_before_a_name_needs_a_state_role() -> None:
    assert classify("The kitchen manager, Mr Bounmy") != "official"
    assert classify("the team leader, Kim Chol") != "official"


TEXT = """Several workers at the greenhouse told the Amur Courier that their passports were taken by the team leader on arrival. One of them said the men worked fourteen hours a day and were never allowed into the town.

Zeya Agro's deputy director, Marina Lysenko, rejected the allegations. "Nobody takes anyone's documents here," she said. She said the workers were paid on time every month.
"""


def test_she_after_a_named_deputy_director_is_hers_and_organization() -> None:
    a = analyse(TEXT, {"published": "2025-05-01", "language": "en"})
    sources = {s.key: s for s in a.sources}
    by_text = {c.text: sources[c.source] for c in a.claims}
    director = [s for t, s in by_text.items() if "documents" in t or "paid on time" in t]
    assert len(director) == 2
    assert all(s.kind == "organization" and "Marina Lysenko" in (s.wording or "") for s in director)
    workers = [s for t, s in by_text.items() if "passports were taken" in t]
    assert workers and workers[0].kind == "anonymous_source"


OWNER_TEXT = """A former cook at the restaurant in Dalian said the North Korean waitresses were locked in a flat above the kitchen after closing. Their wages, she said, were paid to a manager from Pyongyang.

The Chinese owner of the restaurant, reached by phone, denied that anyone was locked in. "They come and go as they like," he said.
"""


def test_the_unnamed_owner_of_the_workplace_answers_for_it() -> None:
    a = analyse(OWNER_TEXT, {"published": "2025-05-01", "language": "en"})
    sources = {s.key: s for s in a.sources}
    owner = [sources[c.source] for c in a.claims if "come and go" in c.text or "locked in" in c.text and "denied" in c.text]
    assert owner and all(s.kind == "organization" for s in owner)
    cook = [sources[c.source] for c in a.claims if "after closing" in c.text]
    assert cook and cook[0].kind == "anonymous_source"


@pytest.mark.parametrize("word", ["VostokNeftStroy", "SevLesMontazh", "Zeyastroi-Vostok", "Dalrybprom", "AmurAgroTrans"])
def test_one_word_built_of_company_parts_is_a_firm(word: str) -> None:
    assert classify(word) == "organization"


@pytest.mark.parametrize("word", ["Petrov", "Kowalski", "McAllister", "Nowicki"])
def test_surnames_are_not_firms(word: str) -> None:
    assert classify(word) == "named_person"


STATEMENT_TEXT = """Migrant workers at a gas plant in Yakutia say they have not been paid for months. Ivan Orlov, a lawyer for the workers, said their passports were held by the site administration.

VostokNeftStroy said in a statement that wages had been delayed because of the general contractor. It denied holding any passports.
"""


def test_it_after_a_firm_named_in_one_word_is_the_firm() -> None:
    a = analyse(STATEMENT_TEXT, {"published": "2025-05-01", "language": "en"})
    sources = {s.key: s for s in a.sources}
    firm = [sources[c.source] for c in a.claims if "delayed" in c.text or "denied holding" in c.text]
    assert len(firm) == 2 and all(s.kind == "organization" and s.wording == "VostokNeftStroy" for s in firm)


def test_a_role_in_apposition_before_a_name_gives_the_kind() -> None:
    from labourlens.analyse.source_names import titled_kind

    context = "In Kigoma, a Tanzanian labour officer, Neema Juma"
    assert titled_kind(context, "Neema Juma", "named_person") == "official"
    context = "Later, Zeya Agro's deputy director, Marina Lysenko"
    assert titled_kind(context, "Marina Lysenko", "named_person") == "organization"
    context = "In Kigoma, a retired teacher, Neema Juma"
    assert titled_kind(context, "Neema Juma", "named_person") == "named_person"


QUOTED = [
    ("The trade official quoted in the story", "anonymous_source"),
    ("the border official cited in our earlier report", "anonymous_source"),
    ("The police officer quoted in Tuesday's report", "official"),
    ("the customs officer interviewed by this newspaper", "official"),
    ("the worker quoted in the article", "anonymous_source"),
]


@pytest.mark.parametrize(("phrase", "kind"), QUOTED)
def test_a_person_quoted_in_an_earlier_report_keeps_a_persons_kind(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_report_cited_by_an_outlet_stays_a_document() -> None:
    assert classify("the report cited by the newspaper") == "document"


@pytest.mark.parametrize("phrase", ["Ivan Petrov, who owns a sawmill in Tynda", "Olga Zueva, who owns a fishing company",
                                    "Mads Holm, who owns Harbourline Seafood"])
def test_a_named_owner_of_the_workplace_speaks_for_it(phrase: str) -> None:
    assert classify(phrase) == "organization"
