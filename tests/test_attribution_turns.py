"""Attribution across a document: interviews, transcript turns, people told apart, pronouns,
names given to unnamed people, and the kinds of people speaking in an institution's name.

All reports here are invented for the tests (fictional people and companies)."""

from __future__ import annotations

import pytest

from attribution_helpers import who as _who
from labourlens.analyse import sentences
from labourlens.analyse.attribution import attribute, classify, find_mention

# ---------------------------------------------------------------- pronouns and interviews


INTERVIEW = """Coastline Review | Interviews

Nam Ji-won (a pseudonym) sewed uniforms for three years in a workshop in Dandong before she left in 2022.
She talked to Coastline Review in Busan.

Q: How were you recruited?
A: A cadre from the trade bureau chose me. My family paid him 1,500 dollars.

Q: Were you paid?
A: We were promised 300 dollars a month. We received about 40.

Q: Could you go out?
A: Only on Sundays, with the team leader. The gate was locked every night.
"""


def test_interview_answers_carry_the_interviewees_name_not_a_pronoun() -> None:
    for fragment in ("My family paid him", "We received about 40", "The gate was locked"):
        src = _who(INTERVIEW, fragment)
        assert src is not None and src.wording == "Nam Ji-won" and src.kind == "named_person"


def test_questions_stay_with_the_outlet() -> None:
    assert _who(INTERVIEW, "How were you recruited") is None or _who(INTERVIEW, "How were you recruited").key == "OUTLET"


NAMED_IN_CLAUSE = """Tidewater Weekly - Interview

Between 2017 and 2019 a group of North Korean cooks worked in hotel kitchens in Kuwait. One of them, who now
lives in Incheon and uses the name Seo Dal-rae, agreed to answer our questions.

Q: What were your hours?
A: We cooked from six in the morning until midnight. Nobody had a day off.

Q: Who kept your passport?
A: The team leader kept all of them in his room.
"""


def test_a_name_given_in_a_relative_clause_names_the_interviewee() -> None:
    for fragment in ("Nobody had a day off", "The team leader kept all of them"):
        src = _who(NAMED_IN_CLAUSE, fragment)
        assert src is not None and src.wording == "Seo Dal-rae"


def test_pseudonym_given_after_an_anonymous_speaker() -> None:
    m = find_mention('"We were locked in at night," said one of the cooks, whom this newsletter is calling '
                     'Pak Mi-ran (not her real name).')
    assert m is not None and m.wording == "Pak Mi-ran"
    m = find_mention("One former fisherman, identified in this report as \"Crewman C\", told the panel that he "
                     "was never paid.")
    assert m is not None and m.wording == "Crewman C" and classify(m.wording) == "anonymous_source"


def test_he_after_a_sentence_opened_by_a_named_source() -> None:
    text = (
        "Oleg Varin, a driver who delivered fish to two plants, told us the men slept in containers. "
        '"They had no heating," he said.\n\n'
        'A Chinese plant manager, who asked not to be named, said the men were free to leave. "Nobody is locked in," '
        "he said.\n\n"
        "Varin's account of their pay was different from the manager's. He said the men received 200 yuan a month."
    )
    src = _who(text, "He said the men received 200 yuan")
    assert src is not None and src.canonical == "Oleg Varin"


def test_according_to_him_is_the_person_just_quoted() -> None:
    text = (
        'A clerk at the regional labour office told the Amur Herald that the men lived in a basement. "They slept on '
        'pallets," the clerk said. According to him, the passports were kept in the manager\'s car.'
    )
    src = _who(text, "the passports were kept")
    assert src is not None and "clerk" in (src.wording or "")


# ---------------------------------------------------------------- transcripts


TRANSCRIPT = """RIVERSIDE RADIO - "Night Shift" - transcript

PRESENTER (AMINA KOROMA): Good evening. Our reporter Lars Dahl has been in Kazan.

LARS DAHL: Thanks, Amina. Two Uzbek bricklayers on the site spoke to me. The taller of the two told me the
North Koreans arrive before dawn. He said their wages go to a man they call "the captain". The shorter worker said
the North Koreans sleep on the eleventh floor of the building.

PRESENTER: And the figures?

RUTH BELL: The border statistics show a steep rise, and most of those people are listed as trainees. It is likely
that many of them work on building sites.
"""


def test_people_told_apart_in_a_transcript_turn() -> None:
    taller = _who(TRANSCRIPT, "The taller of the two told me")
    he = _who(TRANSCRIPT, "He said their wages go")
    shorter = _who(TRANSCRIPT, "The shorter worker said")
    assert taller is not None and taller.wording == "The taller of the two" and taller.kind == "anonymous_source"
    assert he is not None and he.key == taller.key  # "he" in Dahl's own turn is not Dahl
    assert shorter is not None and shorter.key not in (taller.key,) and shorter.kind == "anonymous_source"
    group = _who(TRANSCRIPT, "Two Uzbek bricklayers")
    assert group is None or shorter.key != group.key


def test_statistics_cited_in_a_turn_stay_with_the_speaker() -> None:
    for fragment in ("The border statistics show", "It is likely"):
        src = _who(TRANSCRIPT, fragment)
        assert src is not None and src.wording == "Ruth Bell"


def test_correspondent_label_is_the_broadcasters_voice() -> None:
    text = (
        "ANCHOR (PAULA REYES): Tonight, crab plants.\n\n"
        "CORRESPONDENT (MARK OTTO): We spent a week in Hunchun. A former cook at one plant, who asked us not to use "
        "her name, told us the women work fourteen hours a day.\n\n"
        "ANCHOR: And what are they paid?\n\n"
        "OTTO: The plant pays about 3,000 yuan per worker, she said, but the money goes to a manager. We could not "
        "check those figures.\n\n"
        "ANCHOR: Anyone else?\n\n"
        "OTTO: We also spoke to a lorry driver who delivers to the plant. He says the women never leave. In his "
        'words, "They are always behind the fence."\n'
    )
    cook = _who(text, "The plant pays about 3,000 yuan")
    assert cook is not None and "former cook" in (cook.wording or "")
    driver = _who(text, "He says the women never leave")
    assert driver is not None and "lorry driver" in (driver.wording or "")
    assert _who(text, "They are always behind the fence") == driver
    own = _who(text, "We could not check")
    assert own is None or own.key == "OUTLET"


# ---------------------------------------------------------------- ordinals and comparatives


def test_ordinals_pick_the_right_person_of_a_group() -> None:
    text = (
        "Two of its former cooks said the kitchen staff were locked in at night.\n\n"
        "One of the cooks, who asked not to be named, said the men were paid once a year.\n\n"
        "The second cook, who left in May, said the manager kept the passports.\n\n"
        '"They hit the youngest boy," the second cook said.\n\n'
        '"We slept on the floor of the storeroom," the first cook said.'
    )
    group = _who(text, "Two of its former cooks")
    one = _who(text, "One of the cooks")
    second = _who(text, "The second cook, who left")
    assert group is not None and one is not None and second is not None
    assert len({group.key, one.key, second.key}) == 3
    assert _who(text, "They hit the youngest boy") == second
    assert _who(text, "We slept on the floor") == one


def test_the_second_woman_is_not_the_first_one() -> None:
    text = (
        "According to two former employees, 80 women lived behind the workshop.\n\n"
        '"We were told it would be a school," said one of the women.\n\n'
        "The second woman, a cutter who asked not to be named, said her wage on paper was 2,400 yuan. "
        '"We saw about 300 yuan of it," she said.'
    )
    first = _who(text, "We were told it would be a school")
    second = _who(text, "her wage on paper")
    assert first is not None and second is not None and first.key != second.key
    assert second.wording is not None and second.wording.startswith("The second woman")
    assert _who(text, "We saw about 300 yuan") == second


def test_the_first_keeps_its_ordinal_and_the_other_gives_way_to_the_apposition() -> None:
    m = find_mention("The first, a clerk in the plant's payroll office, said the wages went to Pyongyang.")
    assert m is not None and m.wording == "The first, a clerk in the plant's payroll office"  # gold keeps "The first"
    m = find_mention("The other, a broker in Hunchun who supplies crews to factories, said the fee was 900 yuan.")
    assert m is not None and m.wording.startswith("a broker in Hunchun")


@pytest.mark.parametrize("phrase", ["the older of the two", "The younger one", "the eldest of the three",
                                    "the second"])
def test_distinguishing_descriptions_are_unnamed_people(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


# ---------------------------------------------------------------- missed attributions


@pytest.mark.parametrize("sentence, speaker", [
    ("In comments to the Border Post on Monday, a trader in Sinuiju said the order came from the trading company.",
     "a trader in Sinuiju"),
    ("In a statement carried by state television, the Labour Ministry said the permits were valid.",
     "the Labour Ministry"),
    ("Prosecuting, Inspector Karl Mifsud told the court that the cooks had no permits.", "Inspector Karl Mifsud"),
    ("Each man had a target of 4,000 dollars, and he said those who missed it lost their rest day.", "he"),
    ("Inspectors visited the farm after three of its former drivers said the pickers were locked in.",
     "three of its former drivers"),
    ("When I asked the regional office whether the men were still there, a press officer replied that they had left.",
     "a press officer"),
    ('"Our cooks keep their own passports," she told a colleague of the Harbour Post by telephone.', "she"),
    ("The article quotes a former deckhand who says the crew worked twenty hours a day.", "a former deckhand"),
    ("A 2019 census by the district labour office counted 140 North Korean workers in the greenhouses.",
     "A 2019 census by the district labour office"),
    ("A safety report exhibited in court states that the men slept above the workshop.",
     "A safety report exhibited in court"),
    ("A retired customs officer in the district, who still works part-time for the port, gave a bleaker account.",
     "A retired customs officer in the district"),
    ("We also spoke to a taxi driver who takes the men to the station.", "a taxi driver who takes the men to the station"),
])
def test_speakers_named_in_other_ways(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("sentence", [
    "The men were paid late, and the manager said nothing.",
    "The workers were beaten when they said they wanted to go home.",
    "The foreman kept a list of the men in his office.",
])
def test_no_speaker_where_nobody_reports(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is None or m.wording.lower() not in ("the manager", "they")


def test_speaker_inside_an_open_quotation_is_reported_speech() -> None:
    text = (
        '"They took our passports at the airport," Rim told the Far East Post. "We never got them back.\n\n'
        '"We could not go out alone. The guard said anyone who ran would be sent to a camp."'
    )
    rim = _who(text, "They took our passports")
    assert rim is not None and _who(text, "The guard said anyone who ran") == rim


def test_a_quote_right_after_an_introduction_belongs_to_the_person_introduced() -> None:
    text = (
        'A former welder said the crews were locked in. "We were never alone," he said.\n\n'
        "Kestrel Yards' managing director, Ivan Grosz, rejected the allegations. "
        '"All our welders were paid by bank transfer."'
    )
    src = _who(text, "All our welders were paid")
    assert src is not None and src.canonical == "Ivan Grosz"


# ---------------------------------------------------------------- kinds


@pytest.mark.parametrize("phrase, kind", [
    ("three people with knowledge of the mill", "anonymous_source"),
    ("two people familiar with the factory", "anonymous_source"),
    ("two brokers interviewed by the Border Post last year", "anonymous_source"),
    ("documents seen by the Border Post", "document"),
    ("A freight agent", "anonymous_source"),
    ("The builder, Kestrel Construction", "organization"),
    ("The developer, Polar Heights", "organization"),
    ("a subcontractor who worked beside the crews", "anonymous_source"),
    ("a supplier who delivers rice to the canteen", "anonymous_source"),
    ("The prosecution", "official"),
    ("a press officer", "official"),
    # a person speaking in an institution's name takes its kind
    ("Inspector Lena Hart", "official"),
    ("Interior Ministry spokesman Gao Ren", "official"),
    ("Gao Ren, a spokesman for the Interior Ministry", "official"),
    ("Ambassador Sun Lei", "official"),
    ("a company spokeswoman", "organization"),
    ("the factory's representative", "organization"),
    ("Vega Fisheries spokesman Ivo Ray", "organization"),
    ("Ivo Ray, a spokesman for Vega Fisheries", "organization"),
    ("the Minister for Labour, Ana Mercer", "official"),
    # and everyone else stays who they are
    ("Ivo Ray, a former police officer", "named_person"),
    ("Professor Hanna Lind", "named_person"),
    ("Defence lawyer Mira Cole", "named_person"),
    ("Lee Yu-na, a researcher at the Institute for Labour Studies", "named_person"),
    ("a Chinese official in Tumen", "anonymous_source"),
])
def test_speaker_kinds(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_initials_defined_in_the_text_take_the_kind_of_their_expansion() -> None:
    text = (
        "The Bureau of Labour Standards (BLS) fined the farm last week. "
        "BLS estimates that the farm paid the pickers less than 100 dollars a month."
    )
    src = _who(text, "BLS estimates")
    assert src is not None and src.wording == "BLS" and src.kind == "official"


def test_definite_bodies_and_documents_are_not_merged_with_other_ones() -> None:
    text = (
        "The regional prosecutor's press service said 30 North Koreans were found at the site. "
        "In 2019, the Georgian authorities said they had sent all North Korean workers home.\n\n"
        "Records seen by the Port Gazette list 40 workers with North Korean names. "
        "The agreement sets a fee of 300 dollars per worker, payable to the agency. "
        "The records also show that none of the workers was paid directly."
    )
    press = _who(text, "30 North Koreans were found")
    georgian = _who(text, "sent all North Korean workers home")
    assert press is not None and georgian is not None and press.key != georgian.key
    records = _who(text, "list 40 workers")
    agreement = _who(text, "sets a fee")
    figures = _who(text, "none of the workers was paid")
    assert records is not None and agreement is not None and records.key != agreement.key
    assert figures is not None and figures.key == records.key


def test_the_spokesperson_is_the_named_spokesperson() -> None:
    text = (
        "The reports are false, Foreign Ministry spokesperson Lin Bo said on Monday. "
        "The spokesperson added that the plants employ local residents. "
        "The Jilin Provincial Department of Commerce said a joint inspection found no foreign workers."
    )
    lin = _who(text, "The reports are false")
    assert lin is not None and lin.kind == "official" and "Lin Bo" in (lin.wording or "")
    assert _who(text, "The spokesperson added") == lin
    dept = _who(text, "joint inspection")
    assert dept is not None and dept.key != lin.key and dept.kind == "official"


def test_surname_with_a_title_is_the_named_person() -> None:
    text = (
        "Prosecuting, Inspector Karl Mifsud told the court the men had no permits. "
        "According to Inspector Mifsud, the passports were found in a drawer."
    )
    first = _who(text, "the men had no permits")
    again = _who(text, "the passports were found")
    assert first is not None and first.wording == "Inspector Karl Mifsud" and first.kind == "official"
    assert again == first


# ---------------------------------------------------------------- carrying an account on


def test_he_continues_the_account_of_the_person_just_reported() -> None:
    text = (
        "Han Ki-bok, who worked in a fishing crew off Sakhalin until 2020, told me the crew slept in the hold. "
        "Each man had a catch quota, and he said those who missed it were denied food for a day. "
        "He kept about 50 dollars a month; the rest went to the captain."
    )
    src = _who(text, "He kept about 50 dollars")
    assert src is not None and src.canonical == "Han Ki-bok"


def test_a_plain_sentence_between_two_reported_ones_continues_the_account() -> None:
    text = (
        "Pyon says his team slept in a basement under the car park. Work began at six and, before a deadline, "
        "ran until two in the morning. He described a wage of 500 dollars on paper."
    )
    src = _who(text, "Work began at six")
    assert src is not None and src.canonical == "Pyon"


def test_first_person_plural_after_a_document_is_the_outlets_own_voice() -> None:
    text = (
        "The article states that the welders were paid 900 zloty a month. "
        "Our payments to the subcontractor were made to a bank account in Gdansk."
    )
    src = _who(text, "Our payments to the subcontractor")
    assert src is None or src.key == "OUTLET"
    assert find_mention("Our records show that the agency supplied 20 welders.") is None


def test_the_statement_is_the_bodys_statement() -> None:
    text = (
        "The city prosecutor's office fined the builder, the regional press service reported on Monday. "
        "Inspectors found that the men slept on pallets, the statement said."
    )
    body = _who(text, "fined the builder")
    assert body is not None and _who(text, "slept on pallets") == body


def test_quoted_pseudonym_and_reflexive_are_not_part_of_the_speaker() -> None:
    m = find_mention('Former cook "Mrs. Seo" (a pseudonym) told our researchers that the kitchen was locked.')
    assert m is not None and m.wording == "Mrs. Seo"
    m = find_mention("The contract itself stipulates that wages are paid to Party B.")
    assert m is not None and m.wording == "The contract"


def test_media_cited_as_a_source_are_an_organization() -> None:
    text = (
        "The hotel group has read a report published on Monday by a Danish broadcaster alleging that North Korean "
        "cooks work in hotel kitchens. Some foreign media outlets reported that the cooks were not paid."
    )
    broadcaster = _who(text, "a Danish broadcaster alleging")
    media = _who(text, "the cooks were not paid")
    assert broadcaster is not None and broadcaster.wording == "a Danish broadcaster"
    assert broadcaster.kind == "organization"
    assert media is not None and media.kind == "organization"
    assert classify("Yonhap") == "outlet"  # a named outlet keeps its kind


def test_published_by_needs_an_allegation() -> None:
    assert find_mention("The workers were employed by a company that pays them late.") is None
    m = find_mention("The company denies claims made last week by a labour union that the welders were unpaid.")
    assert m is not None and "denies" not in m.wording


@pytest.mark.parametrize("sentence", [
    "Payments for the crews, she told the magazine, went to a trading company in Pyongyang.",
    "The wages, he told the paper, were paid once a year.",
])
def test_parenthetical_told_with_the_publication_as_audience(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording in ("she", "he")


def test_a_sentence_with_its_own_unrecognised_speaker_is_not_carried() -> None:
    text = ("A customs clerk who checked the trucks said the men were hidden under tarpaulins. "
            "A driver there said the men were paid in full. The clerk said the trucks crossed at night.")
    sents = sentences.split(text)
    _, atts = attribute(text, sents, None)
    assert atts[0].source == atts[2].source and atts[1].source != atts[0].source


def test_investigators_are_unnamed_people() -> None:
    assert classify("Investigators") == "anonymous_source"
