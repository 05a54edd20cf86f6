"""Speaker kinds of phrases that other writers' styles use: unnamed diplomats, state inspectorates and
diplomatic missions, a body named with an apposition that says what it is, compound titles before a
name, a named person given with an organisation's possessive, pseudonyms given by the writer ("I'll call
her Mrs Yun"), academic citations ("Noh (2019)"), plural document nouns, and phrases that are not
speakers at all ("In Ghana").

Conventions (README): people speaking for the state are ``official``; unnamed people speaking
anonymously are ``anonymous_source``; named people who do not speak for the state or a company are
``named_person``. All names and bodies here are invented for the tests."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify, name_in


@pytest.mark.parametrize("phrase", [
    "three diplomats in the Kuwaiti capital",
    "a Western diplomat based in Vientiane",
    "one of the diplomats",
    "two of the diplomats",
    "a European diplomat who has followed the case",
    "several diplomats in Ulaanbaatar",
])
def test_unnamed_diplomats_are_anonymous_sources(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase, kind", [
    ("Ambassador Lena Morvik", "official"),  # named: speaks for the state
    ("the Foreign Ministry's spokeswoman", "official"),
    ("a spokesman for the embassy", "official"),
])
def test_named_envoys_and_state_spokespeople_stay_official(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", [
    "Latvia's State Labour Inspectorate",
    "the Slovak National Labour Inspectorate",
    "Norway's Labour Inspection Authority",
    "the Permanent Mission of Mongolia to the United Nations",
    "the Permanent Mission of Laos in Geneva",
    "Estonia's Tax and Customs Directorate",
])
def test_state_inspectorates_and_missions_are_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase, kind", [
    ("Habitat Malta, the agency that registers foreign workers", "official"),
    ("Work Nordic, the ministry department in charge of permits", "official"),
    ("Harbour Crewing, the firm that hired the welders", "organization"),
    ("Silva Norte, the company that built the pavilion", "organization"),
])
def test_a_name_with_a_body_in_apposition_takes_the_body_kind(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", [
    "Andrea Kovac, a researcher at the Danube Labour Institute",
    "Tomas Breyer, the lawyer who filed the complaint",
    "Mira Solberg, a former cook at the site",
])
def test_a_name_with_a_person_in_apposition_stays_a_person(phrase: str) -> None:
    assert classify(phrase) == "named_person"


@pytest.mark.parametrize("phrase, name", [
    ("DWU General Secretary Paulo Mendes", "Paulo Mendes"),
    ("Executive Director Ruth Okafor", "Ruth Okafor"),
    ("BLU Deputy General Secretary Ana Ferreira", "Ana Ferreira"),
])
def test_compound_titles_before_a_name(phrase: str, name: str) -> None:
    assert name_in(phrase) == name
    assert classify(phrase) == "named_person"  # a union's or a charity's officer is not the state


@pytest.mark.parametrize("phrase", [
    "The trust's chairman, Ousmane Sarr",
    "the foundation's founder, Lidia Harrow",
    "The association's president, Kofi Mensah",
])
def test_a_named_person_of_an_organisation_is_a_person(phrase: str) -> None:
    assert classify(phrase) == "named_person"


def test_an_unnamed_company_spokesperson_is_still_the_company() -> None:
    assert classify("the contractor's spokeswoman") == "organization"
    assert classify("a spokesman for the shipyard") == "organization"


@pytest.mark.parametrize("phrase", [
    "One of them, I'll call him Mr Pyon",
    "a young welder, whom we will call Jang",
    "the second woman, I will call her Mrs Yun",
])
def test_a_pseudonym_the_writer_gives_is_a_named_person(phrase: str) -> None:
    assert classify(phrase) == "named_person"


@pytest.mark.parametrize("phrase", ["Noh (2019)", "Lindgren (2017: 45)", "Han (2021a)", "Noh (2019), by contrast",
                                    "Baek and Cho (2018)"])
def test_academic_citations_are_named_people(phrase: str) -> None:
    assert classify(phrase) == "named_person"


@pytest.mark.parametrize("phrase", [
    "Two of the tenants' complaints",
    "one of the workers' petitions",
    "the inspectors' notices",
])
def test_plural_documents_after_a_possessive_are_documents(phrase: str) -> None:
    assert classify(phrase) == "document"


@pytest.mark.parametrize("phrase", ["In Ghana", "at the port", "During the raid", "On Monday"])
def test_prepositional_phrases_are_not_speakers(phrase: str) -> None:
    assert classify(phrase) is None


@pytest.mark.parametrize("phrase", [
    "Oyun-Erdene Batsaikhan, a contractor who hired a crew of plasterers",
    "Lee Han-sol, a supplier in Dandong",
    "Petra Varga, an employer in Gdansk",
])
def test_an_agent_noun_in_apposition_is_a_person(phrase: str) -> None:
    assert classify(phrase) == "named_person"


@pytest.mark.parametrize("phrase, name", [
    ("a port official surnamed Liang", "Liang"),
    ("a guard whose surname is Ri", "Ri"),
    ("cook Marta Szabo", "Marta Szabo"),
    ("retired welder Anton Kral, who lives next to the yard", "Anton Kral"),
])
def test_names_given_after_a_role_or_a_surname_cue(phrase: str, name: str) -> None:
    assert name_in(phrase) == name


def test_an_official_given_by_surname_stays_official() -> None:
    assert classify("a port official surnamed Liang") == "official"
    assert classify("cook Marta Szabo") == "named_person"


@pytest.mark.parametrize("phrase", ["the women's salaries of around 4", "the men's passports", "the crew's wages",
                                    "the agency's payments for the crew"])
def test_a_thing_owned_by_people_is_not_a_speaker(phrase: str) -> None:
    assert classify(phrase) is None


@pytest.mark.parametrize("phrase", ["the workers' representatives", "the women's families"])
def test_people_of_a_group_still_speak(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase", ["Dana Holt, a former customs officer", "Ilya Fenn, a retired border guard"])
def test_a_person_of_the_state_in_apposition_is_not_the_body(phrase: str) -> None:
    assert classify(phrase) == "named_person"


@pytest.mark.parametrize("phrase", ["The Russian Federation", "the Republic of Korea", "the Kingdom of Bahrain",
                                    "the Sultanate of Oman", "the People's Republic of China"])
def test_a_state_by_its_formal_name_is_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase", ["Steppe Gate Property", "Harbin North Properties", "Orda Realty"])
def test_property_firms_are_organisations(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase, kind", [("3.1.4 The contractor's payments for the crew", None),
                                          ("2.2 Former cooks", "anonymous_source"),
                                          ("4.1 Two of the welders", "anonymous_source")])
def test_a_paragraph_number_is_not_part_of_the_speaker(phrase: str, kind: str | None) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", ["the trust's chairman", "the firm's general director", "the plant's boss"])
def test_a_role_owned_by_a_body_still_speaks(phrase: str) -> None:
    assert classify(phrase) is not None


@pytest.mark.parametrize("phrase", ["the Federation of Baltic Trade Unions", "the Confederation of Shipbuilding Employers"])
def test_federations_of_unions_and_employers_are_not_states(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", ["local media", "Chinese state media", "a Scandinavian broadcaster",
                                    "some Western media outlets", "Russian newspapers", "a regional newspaper"])
def test_media_named_by_kind_are_organisations(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", ["Daily NK", "Yonhap", "the Tallinn newspaper Pohja Hääl", "the newspaper"])
def test_named_outlets_stay_outlets(phrase: str) -> None:
    assert classify(phrase) == "outlet"


@pytest.mark.parametrize("phrase", ["Latvia's Border Guard", "the State Border Guard", "the Coast Guard",
                                    "the Investigative Committee", "Russia's Investigative Committee"])
def test_guards_and_investigators_of_the_state_are_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase", ["the 2022 Trafficking in Persons Report", "the Global Labour Exploitation Index",
                                    "the Baltic Shipyards Survey", "The Annual Migration Review 2021"])
def test_titled_reports_are_documents(phrase: str) -> None:
    assert classify(phrase) == "document"


@pytest.mark.parametrize("phrase", ["The Harbour Herald", "the Steppe Daily Post", "Baltic Monitor"])
def test_titled_outlets_stay_outlets(phrase: str) -> None:
    assert classify(phrase) == "outlet"


@pytest.mark.parametrize("phrase", ["union officials", "a union representative", "a company official",
                                    "a charity spokeswoman"])
def test_officers_of_unions_companies_and_charities_are_organisations(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", ["a government agency official", "a city government spokesman",
                                    "a regional labour office official", "an embassy spokesman"])
def test_officers_of_state_bodies_stay_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase, kind", [("Neighbours", "anonymous_source"), ("Smugglers", "anonymous_source"),
                                          ("Welders", "anonymous_source"), ("Pak", "named_person")])
def test_a_capitalised_plural_noun_is_not_a_surname(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_labour_attache_speaks_for_the_state() -> None:
    assert classify("the labour attaché at the embassy") == "official"


@pytest.mark.parametrize("phrase, kind", [
    ("the Baltic Labour Observatory (BLO)", "organization"),
    ("Latvia's State Labour Inspectorate (VDI)", "official"),
    ("The yard's owner, Gdynia Hull Processing", "organization"),
    ("The site's operator, Steppe Crewing", "organization"),
])
def test_bodies_with_an_acronym_or_an_owner_company(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", ["None of them", "Nobody at the yard", "No one we met", "Neither of the women",
                                    "none of the workers interviewed"])
def test_nobody_is_not_a_speaker(phrase: str) -> None:
    assert classify(phrase) is None


def test_a_name_starting_like_a_negative_word_is_still_a_speaker() -> None:
    assert classify("Nonna Ivanova") == "named_person"


@pytest.mark.parametrize("np, trimmed", [
    ("Rosa Mbeki, a nurse in Arusha who treated three of the women after they were injured on the site",
     "Rosa Mbeki, a nurse in Arusha"),
    ("Ilya Fenn, a former driver who asked to be identified only as Ilya",
     "Ilya Fenn, a former driver who asked to be identified only as Ilya"),
    ("Tomas Breyer, the lawyer who filed it", "Tomas Breyer, the lawyer who filed it"),
])
def test_a_long_relative_clause_in_an_apposition_is_cut(np: str, trimmed: str) -> None:
    from labourlens.analyse.speakers import _trim_np

    assert _trim_np(np) == trimmed


@pytest.mark.parametrize("phrase, kind", [
    ("The ledgers", "document"), ("a wage sheet", "document"), ("the work rosters", "document"),
    ("internal company emails", "document"), ("a recruitment advertisement", "document"),
    ("our monitors", "anonymous_source"), ("a Weibo user", "anonymous_source"),
    ("@harbour_crane_watch", "anonymous_source"),
])
def test_more_documents_and_unnamed_people(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", ["@", "@x"])
def test_too_short_to_be_a_handle(phrase: str) -> None:
    assert classify(phrase) is None


@pytest.mark.parametrize("phrase", ["Russian law", "the labour laws", "local rules", "whose workers",
                                    "which the ministry", "international standards"])
def test_norms_and_relative_clauses_are_not_speakers(phrase: str) -> None:
    assert classify(phrase) is None


@pytest.mark.parametrize("phrase, kind", [("Russian customs", "official"), ("a labour law professor", "anonymous_source"),
                                          ("the Law Society", "organization")])
def test_bodies_and_people_near_those_words_still_speak(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", ["At least four welders", "at most two sources", "Over 30 former workers",
                                    "Under a dozen residents"])
def test_counted_people_are_speakers_even_after_a_preposition(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase", ["A spokesman for the mine's Russian operator", "a spokeswoman for the contractor",
                                    "a representative of the shipyard"])
def test_a_spokesperson_for_a_company_noun_is_the_company(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", ["A contractor familiar with the deal", "a supplier close to the factory",
                                    "a subcontractor with knowledge of the payments"])
def test_a_firm_word_describing_a_person_is_an_anonymous_source(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase, kind", [("Steppe Facilities Management", "organization"),
                                          ("Taiga Forest Resources", "organization"), ("OFAC", "official"),
                                          ("the FBI", "official")])
def test_more_firm_names_and_state_acronyms(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind
