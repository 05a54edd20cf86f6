"""Workers told apart in features, relayed passages, asides and page labels (invented texts, fictional people)."""

from __future__ import annotations

import pytest

from attribution_helpers import who
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import alias_name, classify
from labourlens.analyse.worker_intros import single_name_subject

# --- 1. a worker named by one name before speaking ------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Rustam, a 29-year-old welder from Osh, keeps his pay slips in a biscuit tin.", "Rustam"),
    ("Leila, 31, shows the blisters on her hands.", "Leila"),
    ("Dilnoza, 44, from Samarkand, has not seen her children in three years.", "Dilnoza"),
    ("Bikram, a driver from Pokhara, walks us to the gate.", "Bikram"),
])
def test_a_single_name_with_an_age_or_trade_introduces_a_worker(sentence: str, name: str) -> None:
    m = single_name_subject(sentence)
    assert m is not None and m.group("np") == name


@pytest.mark.parametrize("sentence", [
    "Dandong, a city on the Yalu river, has dozens of seafood plants.",
    "Yesterday, a crane collapsed at the site.",
    "Rustam, 29, says he was paid nothing.",  # he already speaks: the sentence has its own attribution
    "Mussafah, an industrial area, holds most of the camps.",
])
def test_places_and_speaking_sentences_are_no_introduction(sentence: str) -> None:
    assert single_name_subject(sentence) is None


def test_he_says_goes_back_to_the_worker_named_just_before() -> None:
    text = ("Migrants who built the new stadium describe months without pay.\n\n"
            "Rustam, a 29-year-old welder from Osh, keeps his pay slips in a biscuit tin. The last three are blank. "
            '"The foreman says the client has not paid," he says. "We have eaten bread for a week."\n\n'
            'Leila, 31, shows the blisters on her hands. "They took my passport at the airport," she says.')
    rustam, again, leila = who(text, "client has not paid"), who(text, "eaten bread"), who(text, "took my passport")
    assert rustam is not None and rustam.kind == "named_person" and "Rustam" in (rustam.wording or "")
    assert again is not None and again.key == rustam.key
    assert leila is not None and "Leila" in (leila.wording or "") and leila.key != rustam.key


@pytest.mark.parametrize("phrase, name", [
    ("A fourth man, who asked to be called only R.", "R"),
    ("a cleaner who asked to be called only T.", "T"),
])
def test_an_initial_is_a_label_not_a_personal_name(phrase: str, name: str) -> None:
    assert alias_name(phrase) == (name, False)
    assert classify(phrase) == "anonymous_source"


def test_a_worker_called_by_an_initial_keeps_it_in_the_wording() -> None:
    text = ("Workers on the tower describe long shifts. A fourth man, who asked to be called only R., is from "
            "Chittagong and works nights. He says the guards lock the dormitory at ten.")
    src = who(text, "lock the dormitory")
    assert src is not None and src.kind == "anonymous_source" and "R." in (src.wording or "")


@pytest.mark.parametrize("sentence, speaker", [
    ("A female worker in her 30s told the informant she had been slapped for crying.", "A female worker in her 30s"),
    ("A cook at the plant told our reporting partner the gate is locked at night.", "A cook at the plant"),
    ("One of the returnees told the source the wages were never paid.", "One of the returnees"),
])
def test_the_one_who_told_the_outlets_source_speaks(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("phrase", ["our reporting partner in Jagang Province", "the reporting partner",
                                    "a reporting partner in Hyesan"])
def test_a_reporting_partner_is_an_unnamed_source(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


def test_a_reporting_partner_is_not_the_outlet() -> None:
    text = ("Frontier Report | 2026/03/02\n\nAbout 40 women sent to a garment plant in Tumen came home in May "
            "without pay, our reporting partner in North Hamgyong Province said.")
    src = who(text, "without pay", "Frontier Report")
    assert src is not None and src.kind == "anonymous_source" and "reporting partner" in (src.wording or "")


# --- 3. an aside inside a named person's sentence ---------------------------------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    ("Union lawyer Ewa Nowak said the money went to an account in Warsaw and, she believes, on to Pyongyang.",
     "Union lawyer Ewa Nowak"),
    ("The site manager said the men, he thinks, earn about 300 dollars.", "The site manager"),
])
def test_an_aside_pronoun_does_not_take_the_sentence(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


def test_an_aside_alone_still_speaks() -> None:
    m = find_mention("The money went to Warsaw and, she believes, on to Pyongyang.")
    assert m is not None and m.wording == "she"


# --- 2. reposts, blog posts quoting an outlet, page labels ------------------------------------------------

def test_a_blog_post_that_opens_with_according_to_an_outlet_is_not_the_posters() -> None:
    text = ("Posted by harbour_admin | 02.05.2025 | Shipping\n\nAccording to The Coastal Ledger:\n\n"
            "Filipino deckhands on two trawlers in Busan were paid a third of their contracts, a court has heard.\n\n"
            "An inspector, Jun Ho-seok, told the court the men worked 18-hour days.")
    assert who(text, "a third of their contracts") is None


def test_a_blog_post_in_its_own_words_is_still_the_posters() -> None:
    text = ("Posted by harbour_admin | 02.05.2025 | Shipping\n\n"
            "I walked past the trawlers in Busan again today and the deckhands were still on board.")
    src = who(text, "walked past")
    assert src is not None and src.wording == "harbour_admin"


@pytest.mark.parametrize("label", ["Standfirst", "Strapline", "Kicker"])
def test_a_page_label_is_not_a_speaker(label: str) -> None:
    text = (f"Welders paid in scrip at river port\n\n{label}: An inspection found that a contractor paid wages in "
            "vouchers\n\nBy Ola Berg\n\nThe inspection covered 40 men.")
    assert who(text, "paid wages in vouchers") is None


def test_sources_inside_a_translated_passage_speak() -> None:
    text = ("THE RIVER NOTES\n\nThis week I translated an item from a Korean-language outlet. My translation:\n\n"
            '"Women at a garment plant in Hunchun have been told to pay a levy before going home. A source in Hunchun '
            "said anyone who has not paid 2,000 yuan by June will stay. The source said the women have not been paid "
            'since March. Their phones are kept in the office."\n\n'
            "The source also said letters from home no longer arrive.\n\nIn my view this is a fee for leaving.")
    got = {frag: who(text, frag) for frag in ("told to pay a levy", "2,000 yuan", "since March", "phones are kept",
                                               "letters from home", "In my view")}
    assert got["told to pay a levy"] is None and got["In my view"] is None
    first = got["2,000 yuan"]
    assert first is not None and first.kind == "anonymous_source" and "Hunchun" in (first.wording or "")
    assert all(got[f] is not None and got[f].key == first.key  # type: ignore[union-attr]
               for f in ("since March", "phones are kept", "letters from home"))


def test_a_short_quotation_after_a_colon_is_no_relayed_passage() -> None:
    from labourlens.analyse import sentences
    from labourlens.analyse.relayed_passages import passage_blocks

    short = 'The foreman put it simply:\n\n"Nobody leaves. Nobody asks."\n\nWorkers said the gate was locked.'
    long = ('The item reads:\n\n"Wages were cut. A source said so. The gate is locked. Phones are kept."\n\n'
            "That is all.")
    assert passage_blocks(sentences.split(short)) == []
    assert [len(b) for b in passage_blocks(sentences.split(long))] == [4]


# --- 1. a source named again by what the introduction said the person does --------------------------------

@pytest.mark.parametrize("head, said, expected", [
    ("worker", "a Thai man who worked in the hotel's laundry", True),
    ("driver", "a neighbour who drives for the plant", True),
    ("seller", "a woman who sells noodles at the gate", True),
    ("worker", "a Thai man who cooked in the hotel", False),
    ("cook", "a man who cooked in the hotel", False),  # no agent noun in -er
])
def test_an_agent_noun_goes_back_to_its_verb(head: str, said: str, expected: bool) -> None:
    from labourlens.analyse.source_backrefs import agent_of_verb

    assert agent_of_verb(head, said.lower().replace("'", " ").split()) is expected


def test_the_laundry_worker_is_the_woman_who_worked_in_the_laundry() -> None:
    text = ("A Thai woman who worked in the hotel's laundry until March said the cleaners were paid in vouchers. "
            "She said their passports were kept by a manager. A village official, Mr Somsak, said no complaint was "
            "filed. The laundry worker, who asked not to be named, said two cleaners had been sent home.")
    first, later, official = who(text, "paid in vouchers"), who(text, "sent home"), who(text, "no complaint")
    assert first is not None and later is not None and official is not None
    assert later.key == first.key and official.key != first.key


@pytest.mark.parametrize("sentence, speaker", [
    ("The other, who sells diesel to the farm, said the men were watched by minders.",
     "The other, who sells diesel to the farm"),
    ("The other, whose shop faces the gate, added that nobody left.", "The other, whose shop faces the gate"),
])
def test_the_other_with_a_relative_clause_speaks(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


# --- 3. the subject of two coordinated verbs --------------------------------------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    ("A welder from Osh, 34, showed us his pay slip and said the deductions were never explained.",
     "A welder from Osh, 34"),
    ("The foreman, a man from Hamhung, laughed and said nobody leaves.", "The foreman, a man from Hamhung"),
    ("A second person, a port clerk who has worked with several plants, put the wage at 2,800 yuan and said the "
     "women saw little of it.", "A second person, a port clerk who has worked with several plants"),
])
def test_the_first_verb_is_no_part_of_the_speaker(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


def test_a_relative_clause_with_and_is_kept() -> None:
    m = find_mention("One, a plumber from Khulna who feared deportation and asked that his name be withheld, said "
                     "a supervisor kept the passports.")
    assert m is not None and m.wording.startswith("One, a plumber from Khulna")


# --- 4. correction notices --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    ('The story also said two cooks "vanished"; the neighbour who described this said they were sent home a week '
     "later.", "the neighbour who described this"),
    ("An earlier version of this article said the plant employed 300 women; the manager who gave that figure says "
     "it was 200.", "the manager who gave that figure"),
])
def test_a_correction_gives_the_account_to_the_one_it_names(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("The report said wages were late; nobody said why.", "The report"),
    ("The manager said wages were late; the cook said they were never paid.", "The manager"),
])
def test_no_correction_no_change(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


# --- 3. a report's second "that"-clause, a sequel sentence, a worker named by a predicate -------------------

@pytest.mark.parametrize("sentence, speaker", [
    ("She said she had once seen a cook with a bruised arm, but that other women later told her he had been hit.",
     "She"),
    ("The driver said the gate was locked at night and that some guards told him nobody could leave.", "The driver"),
])
def test_a_second_that_clause_is_still_the_reporters(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


def test_a_sequel_with_a_place_keeps_the_worker() -> None:
    text = ("Pavel, a 36-year-old roofer from Brest, says he was promised 900 euros a month. In Gdansk he received "
            "about 300 after deductions for the bunk and the bus. Nobody has complained since the spring.")
    first, sequel = who(text, "promised 900 euros"), who(text, "about 300")
    assert first is not None and sequel is not None and sequel.key == first.key


def test_a_worker_named_by_a_predicate_is_the_next_he() -> None:
    text = ("We call them Ilhom, Sardor and Bekzod; those are not their names.\n\n"
            "Ilhom, 41, a plasterer, said he paid 2,000 dollars to a recruiter.\n\n"
            "Bekzod was the most cautious. He said the foreman keeps their passports in a safe.")
    ilhom, bekzod = who(text, "paid 2,000 dollars"), who(text, "keeps their passports")
    assert ilhom is not None and bekzod is not None and bekzod.key != ilhom.key
    assert "Bekzod" in (bekzod.wording or "")


@pytest.mark.parametrize("sentence", ["Monday was the first day of the strike.", "Dandong is the most important port.",
                                      "Reuters was the first to report it."])
def test_no_person_in_a_place_day_or_outlet(sentence: str) -> None:
    m = single_name_subject(sentence)
    assert m is None


# --- 3. a paragraph retelling a worker's story that closes with his words ---------------------------------

def test_a_retold_paragraph_closing_with_his_words_is_his_account() -> None:
    text = ('Farid, a 33-year-old tiler from Rangpur, keeps his contract in a plastic sleeve. "They promised a '
            'driver\'s job," he says.\n\nHe paid a broker in Dhaka 3,000 dollars for the visa. When he arrived, he '
            'was handed a trowel. "Nobody asked me if I could lay tiles," he says.')
    farid, paid, handed = who(text, "promised a driver"), who(text, "paid a broker"), who(text, "handed a trowel")
    assert farid is not None and paid is not None and handed is not None
    assert paid.key == farid.key and handed.key == farid.key


def test_a_paragraph_naming_someone_else_stays_the_writers() -> None:
    text = ('Farid, a 33-year-old tiler from Rangpur, keeps his contract in a plastic sleeve. "They promised a '
            'driver\'s job," he says.\n\nHe paid a broker, Kamal Hossain, 3,000 dollars for the visa. "Nobody asked '
            'me if I could lay tiles," he says.')
    assert who(text, "paid a broker") is None


def test_a_paragraph_without_the_pronoun_stays_the_writers() -> None:
    text = ('Farid, a 33-year-old tiler from Rangpur, keeps his contract in a plastic sleeve. "They promised a '
            'driver\'s job," he says.\n\nThe camp has no air conditioning. "Nobody sleeps in July," he says.')
    assert who(text, "no air conditioning") is None


# --- 2/3. the one the writer heard from; a speaker set inside the sentence ----------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    ("It fits what I heard in Yanji last year from a Chinese van driver who delivers to the plant: he told me the "
     "women never leave.", "a Chinese van driver who delivers to the plant"),
    ("I heard the same from a cook in Hunchun: she said the gate is locked at nine.", "a cook in Hunchun"),
    ("In practice, said Dr. Mina Oh, an economist in Busan who studies remittances, it is a second tax.",
     "Dr. Mina Oh, an economist in Busan who studies remittances"),
    ("In reality, says Tomas Berg, the union organiser, the men are never paid on time.",
     "Tomas Berg, the union organiser"),
])
def test_a_speaker_found_late_in_the_sentence(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("sentence", [
    "We got a reply from the company: it said nothing about the passports.",
    "I heard it from a driver: the gate is locked.",  # no "he told me" after the colon
    "In Dandong, wages are low.",
])
def test_no_late_speaker(sentence: str) -> None:
    from labourlens.analyse.relay_chains import late_speaker

    assert late_speaker(sentence) is None


def test_in_her_telling_is_the_account_of_the_woman_just_heard() -> None:
    text = ("A seamstress I met in Hunchun told me that her workshop still employs 60 North Korean women. "
            "In her telling, the women are walked to the factory in pairs and never go out alone. "
            "By his account, the other plant is the same.")
    first, telling = who(text, "still employs"), who(text, "walked to the factory")
    assert first is not None and telling is not None and telling.key == first.key


@pytest.mark.parametrize("sentence", ["In his telling, the men were paid.", "By her account, nobody left."])
def test_own_account_phrases_give_a_pronoun(sentence: str) -> None:
    from labourlens.analyse.relay_chains import late_speaker

    m = late_speaker(sentence)
    assert m is not None and m.wording in ("he", "she")


@pytest.mark.parametrize("sentence, speaker", [
    ("Afterwards he said only that the pay was late.", "he"),
    ("Afterward, the manager said the pay was late.", "the manager"),
])
def test_afterwards_is_a_fronted_adverbial(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


# --- 1. a source named again by its head noun ---------------------------------------------------------------

@pytest.mark.parametrize("wording, noun", [
    ("our reporting partner in Jagang Province", "partner"),
    ("a contact who runs a guesthouse", "contact"),
    ("A local partner, who asked not to be named", "partner"),
])
def test_head_noun_of_a_wording(wording: str, noun: str) -> None:
    from labourlens.analyse.head_backrefs import head_noun

    assert head_noun(wording) == noun


def test_the_partner_is_the_reporting_partner_met_before() -> None:
    text = ("Border Notes | 2026/04/01\n\nAbout 30 loggers sent to Amur came home in March without pay, our reporting "
            "partner in Jagang Province said. The partner, who met three of the men, said they were kept at the camp "
            "for two winters.")
    first, later = who(text, "without pay", "Border Notes"), who(text, "two winters", "Border Notes")
    assert first is not None and later is not None and later.key == first.key


def test_the_partner_with_two_partners_met_stays_open() -> None:
    text = ("Border Notes | 2026/04/01\n\nAbout 30 loggers came home without pay, our reporting partner in Jagang "
            "Province said. Rice prices rose, our reporting partner in Hyesan said. The partner, who met three of "
            "the men, said they were kept at the camp for two winters.")
    assert who(text, "two winters", "Border Notes") is None  # which partner is not said: the writer's line


@pytest.mark.parametrize("sentence, speaker, relay", [
    ("The ruling also records the testimony of a Russian forklift driver, who told the court that the men were "
     "locked in at night.", "a Russian forklift driver", "The ruling"),
    ("The report quotes a former guard at the camp, who said the gate was locked at night.",
     "a former guard at the camp", "The report"),
])
def test_a_document_recording_a_witness_relays_the_witness(sentence: str, speaker: str, relay: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker and m.relay == relay


@pytest.mark.parametrize("sentence", ["The report quotes the ministry, which said nothing.",
                                      "The ruling records that wages were late by four months."])
def test_a_document_recording_no_witness_speaks_itself(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.relay is None and m.wording.startswith("The ")


@pytest.mark.parametrize("sentence, speaker", [
    ("In the press service's account, the men had entered on student visas.", "the press service"),
    ("By the union's own estimate, 300 men were never paid.", "the union"),
    ("The yard, which, according to the regional business registry, leases its berths to a Chinese firm, is idle.",
     "the regional business registry"),
])
def test_an_account_or_registry_named_in_the_sentence_speaks(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


def test_a_business_registry_is_a_document() -> None:
    assert classify("the regional business registry") == "document"


@pytest.mark.parametrize("sentence, speaker", [
    ("K., who asked to be identified by an initial, said the supervisor kept the passports.",
     "K., who asked to be identified by an initial"),
    ("R., a cleaner who asked to be identified by an initial, said the dormitory was locked.",
     "R., a cleaner who asked to be identified by an initial"),
])
def test_a_worker_given_as_an_initial_is_an_unnamed_source(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker and classify(m.wording) == "anonymous_source"


def test_initials_of_a_country_are_no_worker() -> None:
    assert classify("U.S. officials") == "official"


# --- 1. a member of a mixed group named in the lede -----------------------------------------------------------

@pytest.mark.parametrize("phrase, expected", [
    ("two diplomats and a local engineer", True),
    ("three drivers and a cook", True),
    ("Two workers", False),
    ("three women from Hamhung", False),
])
def test_a_mixed_group_is_coordinated(phrase: str, expected: bool) -> None:
    from labourlens.analyse.source_refs import coordinated_group

    assert coordinated_group(phrase) is expected


def test_the_engineer_of_a_mixed_group_speaks_for_himself() -> None:
    text = ("DOUALA (Wire) - Chinese welders are still at work on the port extension, two diplomats and a local "
            "engineer told the agency.\n\n"
            '"They sleep in containers behind the crane yard," the engineer said.\n\n'
            "A Dutch diplomat said the welders were paid through a state contractor.")
    group, engineer = who(text, "still at work", "Wire"), who(text, "sleep in containers", "Wire")
    assert group is not None and engineer is not None and engineer.key != group.key
    assert "engineer" in (engineer.wording or "")


# --- 3. what the workers were told, inside a source's account ------------------------------------------------

def test_what_the_company_told_the_men_is_the_sources_account() -> None:
    text = ("A source in Kazan, a foreman at one of the sites, said the men were owed four months of wages. The "
            "company had told them the money would be paid when the building was finished.")
    source, told = who(text, "owed four months"), who(text, "had told them")
    assert source is not None and told is not None and told.key == source.key


def test_what_the_company_told_reporters_is_the_companys() -> None:
    text = ("A source in Kazan, a foreman at one of the sites, said the men were owed four months of wages. The "
            "company told reporters the money would be paid when the building was finished.")
    source, told = who(text, "owed four months"), who(text, "told reporters")
    assert source is not None and told is not None and told.key != source.key and told.kind == "organization"


def test_the_company_telling_the_men_alone_in_its_paragraph_stays_the_company() -> None:
    text = ("A foreman said the men were owed four months of wages.\n\nThe company had told them the money would be "
            "paid in autumn.")
    told = who(text, "had told them")
    assert told is not None and told.kind == "organization"


@pytest.mark.parametrize("sentence, speaker", [
    ('The firm notes that the group relies on a "former night guard" cited in its report as saying that the '
     "women were locked in.", "a former night guard"),
    ("A former cook was quoted by the paper as saying the gate was locked.", "A former cook"),
])
def test_the_one_cited_as_saying_speaks(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


def test_cited_as_saying_needs_a_speaker() -> None:
    from labourlens.analyse.relay_chains import cited_as_saying

    assert cited_as_saying("The figure was cited in the report as saying little.") is None
    assert cited_as_saying("The firm said the men were paid.") is None
