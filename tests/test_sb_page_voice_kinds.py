"""Page voice against a source, and the kinds of speakers (all texts fictional, written for these tests):
a long or apposed speaker after a quotation, trades as people who speak, counts, firms named with their
role, named researchers of a firm, a body's branch or press service, inspection records, initials of a
body used without brackets."""

from __future__ import annotations

import pytest

from attribution_helpers import who
from labourlens.analyse.attribution import find_mention
from labourlens.analyse.speaker_kinds import initials_names
from labourlens.analyse.speakers import classify

# ---------------------------------------------------------------- a quotation's speaker, described at length


@pytest.mark.parametrize("sentence, head", [
    ('"We start at six and finish when the truck is full," said a crane driver who has lifted steel on the '
     "tower since its first floor and talked to us only after his shift, away from the gate guards.",
     "a crane driver"),
    ('"Nobody goes out on Sundays," says a Kazakh cook who has fed the crew for two winters and asked that '
     "her name not be printed for fear of losing her permit.", "a Kazakh cook"),
    ('"The door is locked from outside," added one of the cleaners, who spoke to us on the condition that '
     "neither her name nor the name of the hotel be published in this newspaper.", "one of the cleaners"),
    ('"I wanted to go home for the wedding," one of the fitters, a mother of two from Pokhara, '
     "told the Harbour Courier.", "one of the fitters"),
    ('"They keep the cards in a drawer," a second welder, a father of three from Davao, said on Tuesday.',
     "a second welder"),
])
def test_the_speaker_of_a_quotation_is_found_when_described_at_length(sentence: str, head: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording.startswith(head) and m.direct


def test_the_quotation_and_the_next_one_belong_to_the_speaker_not_to_the_agency() -> None:
    text = ("TIANJIN, China (Eastwire) - The women on the packing line rarely leave the plant, according to two "
            "people who work there.\n\n"
            '"They gut fish until the sirens at midnight," said a Uighur truck driver who hauls crates from '
            "the harbour to the plant each morning and gave no name, since his employer forbids talking to "
            'reporters. "In the busy season there is no day off."\n')
    src = who(text, "In the busy season", outlet="Eastwire")
    assert src is not None and src.kind == "anonymous_source" and "truck driver" in src.wording


def test_a_quotation_with_its_speaker_in_the_main_clause_is_unchanged() -> None:
    m = find_mention('"We were never paid," said Olga Renko, a seamstress who left the workshop in May.')
    assert m is not None and "Olga Renko" in m.wording


def test_no_speaker_is_made_up_for_a_quotation_without_one() -> None:
    assert find_mention('The sign on the gate read "No entry after 10 pm" in three languages.') is None


# ---------------------------------------------------------------- trades say things (the page voice does not)


@pytest.mark.parametrize("sentence, head", [
    ("Scaffolders from Nepal working on a mall in Manama say their wages stopped in March.", "Scaffolders"),
    ("Kenyan housemaids placed by an agency in Riyadh said their employers took their phones.", "housemaids"),
    ("BASRA, Iraq (Gulfwire) - Sri Lankan pipefitters at the refinery say their passports are held.",
     "pipefitters"),
    ("Filipino tile-fitters hired for a hotel in Muscat say they were promised office jobs.", "tile-fitters"),
    ("A Ukrainian glazier told the paper the crew slept in a container on the site.", "glazier"),
])
def test_people_named_by_their_trade_are_speakers(sentence: str, head: str) -> None:
    m = find_mention(sentence)
    assert m is not None and head in m.wording
    assert classify(m.wording) == "anonymous_source"


def test_a_trade_as_the_object_is_not_a_speaker() -> None:
    m = find_mention("The contractor said it had hired forty scaffolders through an agency in Kathmandu.")
    assert m is not None and m.wording == "The contractor"


# ---------------------------------------------------------------- kinds of people and bodies


@pytest.mark.parametrize("phrase", ["Forty-one", "Sixty-two", "Thirty-seven of them", "Eighteen", "58"])
def test_a_count_of_people_is_never_a_named_person(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase", [
    "Baltmost-Stroi, the general contractor",
    "Kumtor-Build, the main contractor",
    "The developer, Amurgrad Invest",
    "the subcontractor, Severline",
    "Polar Crest Holdings, the employer",
])
def test_a_firm_named_with_its_role_is_an_organization(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", [
    "Lena Voss, the firm's head of research",
    "Tom Ardal, the group's senior analyst",
    "Priya Nair, a researcher at the institute",
    "Jonas Berg, the company's chief economist",
])
def test_a_named_researcher_of_a_firm_is_a_named_person(phrase: str) -> None:
    assert classify(phrase) == "named_person"


@pytest.mark.parametrize("phrase", [
    "Ana Ruiz, the company's spokeswoman",  # speaks for the firm
    "Petra Holm, the firm's managing director",
])
def test_a_firms_spokesperson_or_director_still_speaks_for_it(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase, kind", [
    ("the inspectorate's Szczecin branch", "official"),
    ("the labour ministry's regional office", "official"),
    ("the prosecutor's office's press service", "official"),
    ("the company's Moscow office", "organization"),
])
def test_a_branch_or_press_service_speaks_as_its_body(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", ["the inspection protocol", "an inspection act", "the protocol",
                                    "the inspection records"])
def test_an_inspection_record_is_a_document(phrase: str) -> None:
    assert classify(phrase) == "document"


def test_initials_of_a_body_used_without_brackets_take_its_name() -> None:
    text = ("Officials of the State Labour Inspection Office and the Regional Migration Service visited the site. "
            "SLIO told the group it had found irregularities. RMS said nothing. NATO was not involved.")
    names: dict[str, str] = {}
    initials_names(text, names)
    assert names["SLIO"] == "State Labour Inspection Office"
    assert names["RMS"] == "Regional Migration Service"
    assert "NATO" not in names


def test_a_state_body_known_by_its_initials_speaks_as_an_official() -> None:
    text = ("In May the Department for Labour Standards and Relations inspected the yard.\n\n"
            'DLSR told the network that its inspectors had "found unpaid overtime" in the payroll.')
    src = who(text, "DLSR told", outlet="Harbour Rights Network")
    assert src is not None and src.kind == "official"


# ---------------------------------------------------------------- the page's own voice


@pytest.mark.parametrize("sentence", [
    "Tenants of a hostel in Zeya have complained to the city council about foreign loggers, our correspondent reports.",
    "Our correspondent reports that the builders sleep in the basement of the school.",
    "This newspaper has learned that the crews were paid in rice and cigarettes.",
])
def test_the_pages_own_staff_speak_in_its_voice(sentence: str) -> None:
    src = who(sentence + " The men were never seen in town.", sentence[:25], outlet="Amur Courier")
    assert src is None or src.kind == "outlet"


def test_a_source_who_spoke_to_the_correspondent_is_still_the_source() -> None:
    src = who("A nurse at the clinic told our correspondent that two loggers were treated for frostbite.",
              "A nurse", outlet="Amur Courier")
    assert src is not None and src.kind == "anonymous_source" and "nurse" in src.wording


@pytest.mark.parametrize("sentence, head", [
    ("MUSCAT, Oman (Gulfwire) - Bangladeshi farmhands working on date plantations in Oman's Batinah region say "
     "they have not been paid since the harvest.", "Bangladeshi farmhands"),
    ("Kenyan women employed as live-in maids by families in Riyadh's northern suburbs say their passports were "
     "taken on arrival.", "Kenyan women"),
    ("Welders from Vietnam hired through an agency in Hanoi for a yard in Gdynia's port district said they "
     "worked 300 hours a month.", "Welders from Vietnam"),
])
def test_a_long_lede_subject_is_the_speaker_not_the_agency(sentence: str, head: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording.startswith(head)


def test_a_lede_without_a_speaker_stays_the_pages_voice() -> None:
    assert find_mention("Prices of cement in Luanda's markets rose by a third in the spring.") is None


def test_a_reaction_before_a_quotation_names_its_speaker() -> None:
    text = ("A site foreman in Benguela, who asked not to be named, said the crew of twenty slept in a "
            "container.\n\nThe labour ministry said it had no record of the men.\n\n"
            'Asked if the crew could take a day off, the foreman shrugged. "Go with what? They have no '
            'passports and no money."\n')
    src = who(text, "They have no passports", outlet="Coastal Wire")
    assert src is not None and "foreman" in src.wording


def test_a_reaction_of_someone_new_is_not_taken_for_a_speaker() -> None:
    m = find_mention("Asked about the fire, the building laughed.")
    assert m is None


def test_a_person_introduced_by_trade_then_by_name_is_one_source() -> None:
    text = ("HOST: Our reporter spoke to workers.\n\nREPORTER: I met a Filipino glazier, Joel Ramos, who spent a "
            'year on the tower. He told me - and I quote - "We never saw our passports."\n\n'
            "REPORTER: Ramos said the crew ate in the stairwell.\n")
    a = who(text, "We never saw", outlet="Radio Gulf")
    b = who(text, "Ramos said", outlet="Radio Gulf")
    assert a is not None and b is not None and a.key == b.key and a.kind == "named_person"


@pytest.mark.parametrize("sentence", [
    "Several parents outside the kindergarten said they had seen the builders carrying firewood at night.",
    "Two shoppers at the market said the women came only on Sundays, always with a minder.",
    "His wife said he had not been paid for eight months.",
])
def test_people_around_a_site_speak_for_themselves(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is not None and classify(m.wording) == "anonymous_source"


# ---------------------------------------------------------------- official bodies and their voices


@pytest.mark.parametrize("sentence, body", [
    ("The Nakhodka transport prosecutor's office has inspected the fish plant and found that 30 workers had "
     "no contracts, the office's press office said on Friday.", "Nakhodka transport prosecutor's office"),
    ("The regional labour inspectorate fined the yard and found that welders worked 300 hours a month, its "
     "press service said.", "regional labour inspectorate"),
])
def test_a_body_whose_press_service_reports_its_findings_speaks(sentence: str, body: str) -> None:
    m = find_mention(sentence)
    assert m is not None and body in m.wording
    assert classify(m.wording) == "official"


def test_a_press_service_of_another_body_is_kept() -> None:
    m = find_mention("Workers at the mill were not paid for months, the governor's press service said.")
    assert m is not None and "press service" in m.wording


@pytest.mark.parametrize("sentence, speaker", [
    ("The ministry urged workers to report abuse through its hotline and said that employers who keep "
     "passports face fines.", "The ministry"),
    ("The inspectorate fined the company 30,000 zloty and said the welders had worked 276 hours a month.",
     "The inspectorate"),
    ("Petra Holm visited the camp in March and told reporters the men slept in tents.", "Petra Holm"),
])
def test_a_report_in_the_second_of_two_verbs_has_the_subject_as_speaker(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


def test_two_verbs_without_a_report_have_no_speaker() -> None:
    assert find_mention("The men worked twelve hours a day and ate in the container.") is None


@pytest.mark.parametrize("sentence", [
    'In practice, as one packing-line supervisor put it to me, "the money never reaches the women."',
    'As a former cook told us, "nobody left the compound without the minder."',
])
def test_as_someone_put_it_to_me_gives_the_quotation_to_them(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording.split()[0].lower() in ("one", "a")


def test_as_usual_is_not_a_speaker() -> None:
    assert find_mention("Wages were low, as is common in the region.") is None


@pytest.mark.parametrize("sentence, wording", [
    ("Last year a study by a U.S.-based labour institute claimed that 2,000 women sewed in the plants and that "
     "some had been beaten, in a district near the port.", "a study by a U.S.-based labour institute"),
    ("A U.K. charity said the fishermen had been at sea for fourteen months.", "A U.K. charity"),
])
def test_dotted_initials_do_not_hide_a_speaker(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


@pytest.mark.parametrize("phrase, kind", [
    ("one of the subcontractors, an electrician", "anonymous_source"),
    ("one of the suppliers, an electrician from Tver", "anonymous_source"),
    ("One of the contractors, a Tashkent firm", "organization"),
])
def test_one_of_a_group_given_a_trade_is_a_person(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_firm_head_met_again_by_surname_speaks_for_the_firm() -> None:
    text = ("The prosecutor's office sent a formal demand to the mill's director, Oleg Varnakov, and opened a case.\n\n"
            "Reached by phone, Varnakov denied that the passports had been taken.\n")
    src = who(text, "Varnakov denied")
    assert src is not None and src.kind == "organization" and "Varnakov" in (src.wording or "")


def test_a_union_official_met_again_by_surname_stays_a_person() -> None:
    text = ("Union official Petra Lindqvist, of the Harbour Workers' Federation, filed a complaint.\n\n"
            "The men slept in a container, Lindqvist said.\n")
    src = who(text, "slept in a container")
    assert src is not None and src.kind == "named_person"


@pytest.mark.parametrize("phrase", ["the city's fire brigade", "firefighters", "the fire department"])
def test_fire_services_are_official(phrase: str) -> None:
    assert classify(phrase) == "official"


def test_two_local_government_units_are_two_sources() -> None:
    text = ("A fire broke out in a sewing workshop, the district's fire brigade said.\n\n"
            "The district's labour bureau said it would check the trainees' permits.\n")
    a, b = who(text, "A fire broke out"), who(text, "would check")
    assert a is not None and b is not None and a.key != b.key and b.kind == "official"


def test_the_police_after_the_police_press_service_are_one_source() -> None:
    text = ("Two workers left the camp at night, the district police press office said.\n\n"
            "Their passports, the police said, had stayed with the camp's management.\n")
    a, b = who(text, "Two workers left"), who(text, "Their passports")
    assert a is not None and b is not None and a.key == b.key


@pytest.mark.parametrize("sentence, body", [
    ("The coders keep less than a tenth of their pay, according to a security firm and two people who worked "
     "with them.", "a security firm"),
    ("Crews sleep on site, according to the regional labour inspectorate and three former welders.",
     "the regional labour inspectorate"),
])
def test_a_body_named_before_people_in_one_attribution_is_the_source(sentence: str, body: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == body


def test_people_named_together_stay_together() -> None:
    m = find_mention("The men are paid nothing, according to a diplomat and two traders.")
    assert m is not None and m.wording == "a diplomat and two traders"


@pytest.mark.parametrize("sentence, speaker", [
    ("Nights at the camp fell to minus 40 degrees; loggers told us the only stove had broken in January.",
     "loggers"),
    ("The crews slept in tents on the slope; two of the men said they had never been paid.", "two of the men"),
])
def test_a_report_after_a_semicolon_has_its_speaker(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


def test_a_semicolon_without_a_report_has_no_speaker() -> None:
    assert find_mention("The camp was remote; the nearest village was 40 km away.") is None


@pytest.mark.parametrize("sentence, speaker", [
    ('Vietnam has "never sent and will never send" workers abroad illegally, a spokesperson for the Labour '
     'Ministry said in an interview on Monday, calling a rights group\'s report "baseless".',
     "a spokesperson for the Labour Ministry"),
    ('The women were "guests" of the firm, a manager said, calling the claims "lies".', "a manager"),
])
def test_a_speaker_between_two_quotations_is_found(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


def test_a_said_inside_a_quotation_is_not_a_speaker() -> None:
    assert find_mention('"We were told the manager said nothing," and "no one left".') is None


@pytest.mark.parametrize("phrase", [
    "A district fisheries inspector, speaking on condition that his name be withheld",
    "a labour ministry official, speaking on condition of anonymity",
    "a customs officer, who asked not to be named",
])
def test_an_unnamed_official_off_the_record_is_an_anonymous_source(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase", ["a labour ministry official", "An inspector who visited the yard"])
def test_an_unnamed_official_on_the_record_stays_official(phrase: str) -> None:
    assert classify(phrase) == "official"


def test_people_and_a_report_named_together_are_two_sources() -> None:
    text = ("BENGUELA, Angola (Coastal Wire) - North Korean crews are still building a hotel here, according to two "
            "Angolan surveyors and a confidential report seen by Coastal Wire.\n\n"
            "The surveyors, who asked not to be named, said about 40 men sleep in containers on the site.\n\n"
            'The report said most of their pay was "sent onward" to Pyongyang.\n')
    lede, surveyors, report = who(text, "still building"), who(text, "40 men"), who(text, "sent onward")
    assert lede is not None and surveyors is not None and report is not None
    assert lede.key == surveyors.key and "surveyors" in (lede.wording or "")
    assert report.kind == "document" and report.key != lede.key


def test_counted_firms_and_a_person_stay_together() -> None:
    m = find_mention("The men work at night, according to two Latvian subcontractors and a former site cook.")
    assert m is not None and m.wording == "two Latvian subcontractors and a former site cook"
