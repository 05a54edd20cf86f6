"""Speakers given by a list, a frame or a description (diagnosis of two blind sets, our own wording): a hearing's
witness list that gives each witness's role and body, a question-and-answer block framed inside a wire story,
news agencies and papers named with their kind, a firm named after its role at a site, an inspecting agency's
inspector, the head of a rural settlement, whoever answers a workplace's listed number, "the auditors" after
a body of another trade, a survey's sample in the survey's own voice, and gazetteer entries (Zambian provinces,
ports, industrial parks, a Doha district). Every text is written for this test; people, firms and outlets
are fictional; places are real."""

from __future__ import annotations

import pytest

from labourlens.analyse import places
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-03-01", "language": "en"}


def _speakers(text: str) -> list[tuple[str, str | None, str | None, str]]:
    a = analyse(text, META)
    out = []
    for c in a.claims:
        s = a.source(c.source)
        out.append((c.text, s.wording if s else None, s.kind if s else None, c.source))
    return out


def _by(text: str, fragment: str) -> tuple[str | None, str | None, str]:
    got = [g for g in _speakers(text) if fragment in g[0]]
    assert got, (fragment, _speakers(text))
    return got[0][1], got[0][2], got[0][3]


HEARING = (
    "Standing Committee on Trade and Labour\n\n"
    "Hearing summary: forced labour in imported garments\n\n"
    "Witnesses\n"
    "- Ms Dana Whitcombe, Executive Director, Needle and Thread Rights Centre\n"
    "- Dr Oskar Lindahl, textile supply chain researcher\n"
    "- Mr Peter Vance, Deputy Director, Ministry of Labour\n"
    "- Ms Hana Sato, Head of Sourcing, Bluegate Apparel Holdings Ltd\n\n"
    "Summary of evidence\n\n"
    "The Chair opened the hearing by noting that the committee had received 14 written submissions on the issue "
    "of garment imports, several of which concerned factories in Bangladesh and in southern China.\n\n"
    "The committee heard that a number of buyers had recently changed their auditing practices, and members asked "
    "about the cost of those changes for small importers and for the retailers that they supply.\n\n"
    "Ms Whitcombe told the committee that workers at three factories in Gazipur had their passports taken on arrival.\n\n"
    "Dr Lindahl said that the workers were unable to leave before the end of their three-year contracts.\n\n"
    "Mr Vance said inspectors had found workers locked in dormitories at two sites in 2024.\n\n"
    "Ms Sato said her company had found no forced labour among its suppliers' workers.\n"
)


@pytest.mark.parametrize("fragment,name,kind", [
    ("passports taken on arrival", "Dana Whitcombe", "organization"),  # an NGO's director speaks for it
    ("unable to leave", "Oskar Lindahl", "named_person"),  # a researcher for herself
    ("locked in dormitories", "Peter Vance", "official"),  # a ministry's deputy director for the state
    ("found no forced labour", "Hana Sato", "organization"),  # a firm's head of sourcing for the firm
])
def test_a_witness_list_gives_the_role_of_a_witness_met_later_by_surname(fragment: str, name: str, kind: str) -> None:
    wording, got, _ = _by(HEARING, fragment)
    assert got == kind and wording is not None and name in wording


def test_a_witness_list_without_roles_decides_nothing() -> None:
    text = HEARING.replace(", Executive Director, Needle and Thread Rights Centre", "").replace(
        ", Deputy Director, Ministry of Labour", "")
    assert _by(text, "passports taken on arrival")[1] == "named_person"
    assert _by(text, "locked in dormitories")[1] == "named_person"


def test_a_sentence_is_not_a_list_line() -> None:
    from labourlens.analyse.roster_roles import roster_people

    text = ("Dana Whitcombe, who runs a shelter, said she was worried.\n"
            "Peter Vance, a former welder, said he was never paid.\n")
    assert roster_people(text) == {}


QA = ("DOHA, May 3 (Gulf Pearl Wire) - Cleaners at a hotel in Doha have not been paid for three months, according "
      "to four workers from Nepal.\n\n"
      "In a statement, the contractor, Pearl Facility Services, said salaries were paid on time.\n\n"
      "Q&A: \"They cannot leave\"\n\n"
      "Gulf Pearl Wire put four questions to Tomas Berger, who studies migration at a university in Berlin.\n\n"
      "Q: Why do workers stay?\n"
      "A: They owe money. A worker who borrowed 300,000 rupees for the visa cannot go home with nothing.\n\n"
      "Q: And the passports?\n"
      "A: Most employers still keep the passports of their workers.\n")


@pytest.mark.parametrize("fragment", ["borrowed 300,000 rupees", "keep the passports of their workers"])
def test_a_question_and_answer_block_inside_a_report_is_the_framed_person(fragment: str) -> None:
    wording, kind, _ = _by(QA, fragment)
    assert kind == "named_person" and wording is not None and "Tomas Berger" in wording


def test_an_interview_that_names_only_its_outlet_keeps_its_interviewee() -> None:
    text = ("\"The second border\": a former builder on Russia\n\n"
            "Pak Chol-min (not his real name), 47, worked on sites in Khabarovsk. He spoke to Northern Harbour Review "
            "in Seoul in March.\n\n"
            "Q: How were you chosen?\n\n"
            "A: You buy it. I paid $1,500 to a cadre to be put on the list.\n\n"
            "Q: Were you paid?\n\n"
            "A: Never. The company representative kept our passports and the brigade leader took all our wages.\n")
    wording, _, _ = _by(text, "kept our passports")
    assert wording is not None and "Pak" in wording


@pytest.mark.parametrize("phrase,kind", [
    ("the Seoul-based Kumgang News Agency", "outlet"),
    ("Steppe News Service", "outlet"),
    ("Red Cliff Press Agency", "outlet"),
    ("the Interior Ministry Press Service", "official"),  # a ministry's press office is the state's
    ("the Federal Migration Service", "official"),
    ("the State Employment Agency", "official"),
    ("Baikal Vestnik, a Irkutsk daily", "outlet"),
    ("Morning Tide, a Busan weekly", "outlet"),
    ("Ana Ruiz, a journalist", "named_person"),
    ("the operator of the warehouse, Northgate Fulfilment", "organization"),
    ("the owner of the site, Bluewater Freight", "organization"),
    ("the owner of the shop, Li Wen", "named_person"),  # a person's name keeps the person
    ("the owner of the boat, Kang", "named_person"),  # one word beside a role people hold: a surname
    ("Oyuna Bat, the agency's chief inspector for the province", "official"),
    ("Oyuna Bat, the agency's spokeswoman", "organization"),
    ("Oyuna Bat, the company's chief inspector", "named_person"),
    ("The head of the rural settlement, Dorzho Badmaev", "official"),
    ("Dorzho Badmaev, head of the Kizhinga village administration", "official"),
    ("The head of the workers, Dorzho Badmaev", "named_person"),
    ("the head of the farm, Ana Ruiz", "organization"),
    ("A man who answered the number listed for the Zhangqiu workshop", "organization"),
    ("A woman who answered the phone", "organization"),
])
def test_kinds_of_described_speakers(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


AUDIT = ("Statement on the audit of a supplier in Dongguan\n\n"
         "In May, media reports alleged that migrant workers at a shoe factory in Dongguan had their passports taken. "
         "We commissioned an unannounced audit by the independent firm Westmark Verification.\n\n"
         "The auditors found that 40 workers had worked more than 80 hours in a week.\n\n"
         "The auditors found no deductions from wages other than social insurance.\n")


def test_the_auditors_are_not_the_media_that_made_the_allegation() -> None:
    first = _by(AUDIT, "media reports alleged")
    second = _by(AUDIT, "80 hours in a week")
    assert second[0] is not None and "auditors" in second[0].lower()
    assert second[2] != first[2] and second[2] == _by(AUDIT, "no deductions")[2]


def test_the_auditors_after_an_audit_firm_are_that_firm() -> None:
    text = ("In May, Westmark Audits found that migrant workers at a shoe factory in Dongguan had their passports "
            "taken.\n\nThe auditors found that 40 workers had worked more than 80 hours in a week.\n")
    assert _by(text, "passports")[2] == _by(text, "80 hours")[2]


SURVEY = ("EXECUTIVE SUMMARY\n\n"
          "Owed and Unpaid: Returnees from Gulf Households\n"
          "Lakeside Migrant Rights Forum - Kampala, May 2025\n\n"
          "This report draws on structured interviews with 180 Ugandan women who returned in 2024 from domestic "
          "work in the Gulf.\n\n"
          "Key findings\n\n"
          "1. Documents. 61% of all respondents said their passport was taken by the employer on arrival.\n\n"
          "2. Hours. Live-in workers in the sample reported a median working day of 17 hours.\n\n"
          "3. Violence. One in five women who worked in private homes described beatings by a household member.\n\n"
          "4. Wages. Three respondents said they had never been paid at all.\n")


@pytest.mark.parametrize("fragment", ["passport was taken by the employer", "median working day", "described beatings"])
def test_a_share_of_a_survey_sample_is_the_report_s_own_finding(fragment: str) -> None:
    assert _by(SURVEY, fragment)[2] == "OUTLET"


def test_respondents_given_by_a_count_keep_the_older_reading() -> None:
    assert _by(SURVEY, "never been paid")[1] == "anonymous_source"


def test_a_wire_quoting_a_survey_keeps_the_respondents_as_speakers() -> None:
    text = ("KAMPALA, May 3 (Lake Wire) - Ugandan women who worked in Gulf homes had their passports taken, "
            "a rights group said.\n\n61% of all respondents said their passport was taken by the employer on arrival, "
            "according to the group's survey.\n")
    assert _by(text, "passport was taken by the employer")[2] != "OUTLET"


@pytest.mark.parametrize("text,expected", [
    ("DOHA, April 2 - Cleaners at two hotels in West Bay say they were unpaid.", ("QA", "West Bay")),
    ("A bank in West Bay in the Cayman Islands was fined.", ("KY", "West Bay")),
    ("Miners in Copperbelt Province were not paid for March.", ("ZM", "Copperbelt")),
    ("A camp in North-Western Province held 300 workers.", ("ZM", "North-Western Province")),
    ("Crews landed at Salalah Port in Oman.", ("OM", "Port of Salalah")),
    ("The girls were taken through the Seme Border Post into Benin.", ("NG", "Seme Border Post")),
    ("Workers at Bole Lemi Industrial Park in Addis Ababa were trained.", ("ET", "Bole Lemi Industrial Park")),
    ("A new crane arrived at the Porto de Luanda.", ("AO", "Port of Luanda")),
    ("A dye works in Agbara, Ogun State, was raided.", ("NG", "Agbara")),
])
def test_gazetteer_ports_parks_provinces_and_districts(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(p.country, p.name) for p in places.find(text)]


def test_a_compass_province_of_another_country_is_not_zambian() -> None:
    got = [(p.country, p.name) for p in places.find("Farms in the Central Province of Kenya hired pickers.")]
    assert not any(c == "ZM" for c, _ in got)


VOICES = ("Seasons of Debt: summary\n\n"
          "This report draws on 150 interviews with seasonal farm workers in Primorsky Krai in 2024.\n\n"
          "Voices from the survey\n\n"
          "\"The foreman keeps our passports in a safe. When we ask, he says: wait for the harvest.\" "
          "(Uzbek picker, 41, Primorsky Krai)\n\n"
          "\"My mother thinks I earn nine thousand. I earn two, and I still owe the broker for the bus.\" "
          "(Kyrgyz greenhouse worker, 29, Khabarovsk Krai)\n")


def test_a_quotation_labelled_after_it_in_brackets_is_the_label_s_person() -> None:
    first = _by(VOICES, "keeps our passports")
    second = _by(VOICES, "still owe the broker")
    assert first[0] is not None and "Uzbek picker" in first[0] and first[1] == "anonymous_source"
    assert second[0] is not None and "Kyrgyz greenhouse worker" in second[0] and second[2] != first[2]


def test_a_bracketed_aside_that_is_no_label_changes_nothing() -> None:
    text = VOICES.replace("(Uzbek picker, 41, Primorsky Krai)", "(see annex 2)")
    assert _by(text, "keeps our passports")[0] is None or "annex" not in (_by(text, "keeps our passports")[0] or "")


def test_the_time_a_speaker_phrase_closes_on_does_not_make_it_too_long() -> None:
    text = ("KUALA LUMPUR, Sept 12 (Southern Straits Newswire Service) - About 90 Nepali workers at a glove factory "
            "in Selangor paid recruitment fees of up to 250,000 Nepali rupees each, a union said.\n\n"
            "Two workers interviewed by Southern Straits Newswire Service outside the hostel on Tuesday evening "
            "described 14-hour shifts and unpaid overtime.\n")
    wording, kind, key = _by(text, "14-hour shifts")
    assert key != "OUTLET" and kind == "anonymous_source" and wording is not None and "Two workers" in wording


@pytest.mark.parametrize("text,group", [
    ("SALALAH, Oman - Bangladeshi fishermen on dhows out of Sur are kept at sea for weeks without shore leave and "
     "are not paid, a welfare group said.\n\n"
     "The Harbour Light Mission said it had spoken to 22 deckhands from six boats in the past month. Most said their "
     "passports were held by the boat owners.", "deckhands"),
    ("Last year I met a cleaner from Tamale in Accra.\n\n"
     "In the 80 interviews my team has conducted with Ghanaian returnees since 2022, almost all paid a fee. Several "
     "told us their passports were taken on arrival in Doha.", "Ghanaian returnees"),
])
def test_a_bare_quantifier_speaks_for_the_group_just_met(text: str, group: str) -> None:
    wording, kind, _ = _by(text, "passports")
    assert kind == "anonymous_source" and wording is not None and group in wording


def test_a_bare_quantifier_with_no_group_met_stays_as_it_was() -> None:
    text = ("SALALAH, Oman - Bangladeshi fishermen on dhows out of Sur are kept at sea for weeks without shore leave "
            "and are not paid, a welfare group said.\n\n"
            "Most said their passports were held by the boat owners.")
    wording, _, _ = _by(text, "passports were held")
    assert wording is None or "deckhands" not in wording


def test_the_committee_is_not_the_last_body_met() -> None:
    text = ("Findings\n\nEmployers at five farms in Amur Oblast held the passports of seasonal workers, "
            "Northfield Agro said.\n\n"
            "We shared our findings with the Amur Oblast Labour Committee. The committee replied that no "
            "violations of the labour rights of foreign workers had been recorded.\n")
    assert _by(text, "held the passports")[2] != _by(text, "no violations")[2]


@pytest.mark.parametrize("phrase,kind", [
    ("A NAPTIP spokeswoman, Amina Bello", "official"),  # a state agency known by its acronym
    ("a spokesman for the EFCC", "official"),
    ("a spokesman for Bello Travel Ltd", "organization"),
])
def test_state_agencies_known_by_their_acronyms(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_definite_group_with_a_participle_clause_names_the_group_heard_before() -> None:
    text = ("KIGALI, Feb. 26 (Lakes Wire) - Chinese labourers building a road in Kigali surrendered their passports "
            "to their employer on arrival, three of the workers told Lakes Wire.\n\n"
            "The men, recruited in Sichuan by an agency working for the contractor, said they had been promised "
            "9,000 yuan a month but were being paid 6,500 yuan.\n")
    assert _by(text, "surrendered their passports")[2] == _by(text, "promised")[2]


def test_a_definite_group_with_a_participle_clause_and_no_group_before_is_new() -> None:
    text = ("KIGALI, Feb. 26 (Lakes Wire) - A road contractor in Kigali kept the passports of its labourers, "
            "a union said.\n\n"
            "The men, recruited in Sichuan by an agency working for the contractor, said they had been promised "
            "9,000 yuan a month but were being paid 6,500 yuan.\n")
    assert _by(text, "kept the passports")[2] != _by(text, "promised")[2]


def test_the_woman_names_again_the_woman_described_in_an_apposition() -> None:
    text = ("Inside the Jiaozhou workshop\n\n"
            "According to three people who have worked there, about 80 North Korean women sew uniforms up to 14 hours "
            "a day.\n\n"
            "One of the three, a Chinese woman in her forties who worked as a cutter until May, said: \"The North Korean "
            "girls were locked in their dormitory every night.\"\n\n"
            "The woman, who was paid 4,000 yuan a month, said the North Koreans were paid nothing directly.\n")
    assert _by(text, "locked in their dormitory")[2] == _by(text, "paid nothing directly")[2]


RUN_ON = ("Programmers from North Korea in Yanji were ordered to double the money they send home, a source in Yanji "
          "told this site.\n\n"
          "The programmers take freelance orders from clients abroad, according to the source. They live four to a "
          "flat, and no one may leave the flat alone.\n")


def test_an_account_runs_on_past_its_according_to_over_a_pronoun_sentence() -> None:
    assert _by(RUN_ON, "take freelance orders")[2] == _by(RUN_ON, "four to a flat")[2] != "OUTLET"


def test_a_sentence_that_does_not_go_on_about_the_same_people_is_the_page_s() -> None:
    text = RUN_ON.replace("They live four to a flat", "Yanji is a city of 600,000 people on the border, where workers live four to a flat")
    assert _by(text, "four to a flat")[2] == "OUTLET"


@pytest.mark.parametrize("note", ["($1 = 3.6725 dirhams)", "(US$1 = 92.4 rubles)", "1 USD = 12,650 soms"])
def test_an_exchange_rate_note_is_no_amount(note: str) -> None:
    from labourlens.analyse import money

    text = f"Pickers were paid 800 dirhams a month instead of 1,800 dirhams.\n\n{note}\n"
    assert [a.text for a in money.find(text)] == ["800 dirhams", "1,800 dirhams"]


def test_a_sum_of_one_dollar_is_still_an_amount() -> None:
    from labourlens.analyse import money

    assert [a.text for a in money.find("Each worker was paid $1 a day; a visa cost $1,000.")] == ["$1", "$1,000"]


NEG_HEAD = "Workers at a glove factory in Klang had their passports taken and were not paid, a union said.\n\n"


@pytest.mark.parametrize("sentence,polarity", [
    ("\"No passport is kept against any worker's will,\" the plant manager said.", "negated"),
    ("The auditors found no deductions from wages other than hostel rent.", "negated"),
    ("The director told us that \"no employee of this firm has paid any fee to be hired\".", "negated"),
    ("No worker was allowed to keep a phone, and no passport was returned, the workers said.", "affirmed"),
    ("The workers said no one had been paid for three months.", "affirmed"),
])
def test_denials_in_an_employer_s_or_auditor_s_words(sentence: str, polarity: str) -> None:
    claims = analyse(NEG_HEAD + sentence, META).claims
    got = [c.polarity for c in claims if sentence[:20].strip('"') in c.text]
    assert got == [polarity], [(c.text, c.polarity) for c in claims]


def test_the_worker_named_by_the_place_a_relative_clause_gave() -> None:
    text = ("DANDONG (Yalu Post) - North Korean women at two crab plants were kept on night shifts all autumn, according "
            "to two Chinese employees of the plants and a trader who supplies them.\n\n"
            "Both employees spoke on condition of anonymity.\n\n"
            "One of them, a forklift driver, said the women started at 7 p.m.\n\n"
            "The other, who works in the cold store, said the women had no day off in October. \"They are never outside "
            "the fence without their leader,\" the cold-store worker said.\n")
    assert _by(text, "no day off")[2] == _by(text, "never outside the fence")[2] != _by(text, "started at 7")[2]


def test_a_worker_of_another_place_is_not_the_one_the_clause_gave() -> None:
    text = ("DANDONG (Yalu Post) - North Korean women at a crab plant were kept on night shifts all autumn, according "
            "to two Chinese employees of the plant.\n\n"
            "The other, who works in the cold store, said the women had no day off in October. \"They are never outside "
            "the fence without their leader,\" the dock worker said.\n")
    assert _by(text, "no day off")[2] != _by(text, "never outside the fence")[2]


@pytest.mark.parametrize("sentence,speaks", [
    ("The company denied charging workers any fee.", True),  # a denial of doing: the company speaks
    ("Recruitment agencies we contacted in Kampala denied keeping workers' passports.", True),
    ("The guards denied the workers food.", False),  # an abuse described, not a denial reported
    ("Employers deny workers rest days.", False),
])
def test_denied_with_a_gerund_is_a_denial_reported(sentence: str, speaks: bool) -> None:
    from labourlens.analyse.mentions import find_mention

    assert (find_mention(sentence) is not None) is speaks


REPLY = ("BLUE RIVER GARMENTS LTD.\n\n"
         "To: Ms. Ana Costa, Research Lead, Coastal Labour Watch\n\n"
         "Dear Ms. Costa,\n\n"
         "Your letter states that the workers' passports are held in our administration office. This is correct, but "
         "only for those workers who asked us to keep them in our safe. Any worker may collect the passport at any "
         "time.\n")


def test_a_reply_after_citing_the_addressee_s_letter_is_the_replier_s_own() -> None:
    assert _by(REPLY, "only for those workers")[2] != _by(REPLY, "passports are held")[2]


def test_a_cited_third_party_document_still_runs_on() -> None:
    text = REPLY.replace("Your letter states", "The labour inspectorate's report states").replace(
        "This is correct, but only for those workers who asked us to keep them in our safe. ", "")
    assert _by(text, "collect the passport")[2] == _by(text, "passports are held")[2]


def test_you_also_state_is_the_addressee_s_letter_again() -> None:
    text = REPLY + ("\nYou also state that workers were paid 6,000 meticais instead of the 9,000 meticais in their "
                    "contracts. We accept that a payroll error affected the October payment.\n")
    letter = _by(text, "passports are held")[2]
    assert _by(text, "6,000 meticais")[2] == letter != _by(text, "payroll error")[2]


def test_you_state_with_no_letter_cited_changes_nothing() -> None:
    text = ("BLUE RIVER GARMENTS LTD.\n\nDear Ms. Costa,\n\nYou state that workers were paid 6,000 meticais instead of "
            "the 9,000 meticais in their contracts and that their passports were taken.\n")
    assert _by(text, "6,000 meticais")[2] == "OUTLET"


@pytest.mark.parametrize("sentence,doc", [
    ("Lakes News also cited what it called an internal roster showing that 40 of the women had been moved there.",
     "roster"),
    ("Lakes News also cited a payroll sheet showing that the welders were paid 300 yuan.", "payroll sheet"),
])
def test_a_document_an_outlet_cited_speaks_for_what_it_shows(sentence: str, doc: str) -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention(sentence)
    assert m is not None and doc in m.wording


def test_citing_a_case_is_not_citing_a_document() -> None:
    from labourlens.analyse.mentions import find_mention

    assert find_mention("The lawyer cited the case of a worker who was beaten by a foreman.") is None


def test_described_as_in_an_apposition_is_not_the_reporting_verb() -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention("A second person quoted by the agency, described as a Chinese driver who delivers ice to the plant, "
                     "said the women were marched to work in pairs.")
    assert m is not None and m.cue == "said" and "driver" in m.wording


def test_described_as_false_is_still_the_speaker_s_verb() -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention("The ministry described as false the reports that workers were beaten.")
    assert m is not None and m.wording == "The ministry"


def test_a_speaker_in_apposition_who_described_something_keeps_the_verb() -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention("Ms Lena Park, the group's director, described as systematic the abuse of workers at the plant.")
    assert m is not None and m.cue == "describe" and "Lena Park" in m.wording


def test_the_other_of_two_workers_told_apart_is_a_person_of_their_own() -> None:
    text = ("KUALA LUMPUR, Sept 12 (Harbour Wire) - About 140 Nepali workers at a glove factory in Selangor paid "
            "recruitment fees of up to 250,000 Nepali rupees each, a union said.\n\n"
            "Two workers interviewed by Harbour Wire described 12-hour shifts. One, a 26-year-old from Jhapa district, "
            "said he still owed about 180,000 rupees. The other, from Kerala, said he had stopped sending money home "
            "in June. \"After the cuts there is nothing left to send,\" he said.\n")
    first, other = _by(text, "180,000 rupees"), _by(text, "nothing left to send")
    assert other[2] != first[2] and other[0] is not None and "other" in other[0].lower()
