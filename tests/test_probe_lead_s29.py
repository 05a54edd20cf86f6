"""Probes from the lead's study of a set opened on 1 December 2026 (fourth session): migrant workers in Malaysian
and Thai factories and plantations (NGO briefings, audit summaries, wires citing local papers, one man's story).
Every text is written for these tests; every person, outlet and company is fictional."""

from __future__ import annotations

from labourlens.analyse import hedges
from labourlens.analyse import indicators as lexicon
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, lexicon_indicators, speaker, speakers_by_opening

_BRIEFING = ("Stitched Shut | Andaman Workers' Forum\n\n"
             "Briefing: Cambodian workers in Penang glove plants\n\n"
             "Between March and May our outreach team interviewed 54 Cambodian workers at four glove plants in Penang. "
             "Our briefing, \"Stitched Shut\", found that:\n\n"
             "- Twenty workers said a broker in Phnom Penh had promised them 2,000 ringgit a month.\n"
             "- Workers described 14-hour shifts, six days a week.\n"
             "- Workers who complained were told their names would be passed to immigration.\n\n"
             "None of the four companies answered our letters.\n")


# a bullet's list mark is not text before a speaker: "- Workers who complained were told" is a passive, no report
def test_a_passive_after_a_list_mark_is_no_speaker() -> None:
    spoken = speakers_by_opening(_BRIEFING)
    assert spoken["- Workers who complained were "][1] == "outlet"  # the page (its masthead names the Forum)


# the bullets under a report's own lead-in ("Our briefing found that:") after it says whom it interviewed
def test_counted_bullets_under_the_reports_own_lead_in_are_the_page() -> None:
    spoken = speakers_by_opening(_BRIEFING)
    assert spoken["- Twenty workers said a broker"][1] == "outlet"
    assert spoken["- Workers described 14-hour sh"][1] == "outlet"


def test_bullets_under_another_bodys_report_keep_their_people() -> None:  # control: a news story about a report
    text = ("Glove workers report long shifts\n\n"
            "PENANG (Straits Courier) - A union interviewed 54 Cambodian workers at four glove plants. The report by the "
            "union found that:\n\n"
            "- Twenty workers said a broker in Phnom Penh had promised them 2,000 ringgit a month.\n"
            "- Nine workers said their passports were held by the agent.\n")
    spoken = speakers_by_opening(text)
    assert spoken["- Twenty workers said a broker"][1] != "outlet"


def test_our_briefing_is_the_page_even_when_no_publisher_is_named() -> None:
    text = ("Nepali plantation workers in debt\n\n"
            "Our briefing, \"Harvest Debts\", documents the recruitment of 300 Nepali plantation workers in Sabah.\n\n"
            "Our briefing found that workers paid 5,000 ringgit each to agents and were still repaying the loans a year "
            "later. Their passports were kept by the estate office.\n")
    wording, kind, key = speaker(text, "paid 5,000 ringgit")
    assert key == "OUTLET" and kind == "outlet"


def test_this_briefing_without_a_publisher_stays_a_document() -> None:  # control: the convention of older sets
    text = ("Nepali plantation workers in debt\n\n"
            "This briefing documents the recruitment of 300 Nepali plantation workers in Sabah.\n\n"
            "This briefing found that workers paid 5,000 ringgit each to agents and were still repaying the loans a year "
            "later. Their passports were kept by the estate office.\n")
    assert speaker(text, "paid 5,000 ringgit")[1] == "document"


# the auditors of an audit summary that their firm prepared: the page's voice, one source with the rest of it
_AUDIT = ("EXCERPT - Social compliance audit summary, Selat Rubber Products Sdn Bhd, Klang plant\n"
          "Prepared by Northbridge Assurance | Audit dates: 4-6 June 2025\n\n"
          "Findings\n\n"
          "1. The auditors did not find evidence that workers' passports are held by the employer.\n\n"
          "2. Of 90 workers interviewed, 51 said they had paid recruitment fees in their home country.\n")


def test_the_auditors_of_an_audit_summary_are_its_own_voice() -> None:
    assert speaker(_AUDIT, "did not find evidence")[2] == "OUTLET"


def test_auditors_in_a_news_story_stay_a_source() -> None:  # control: no audit heading over the page
    text = LEAD + ("Glove maker cleared by auditors\n\nThe auditors did not find evidence that workers' passports were "
                   "held by the employer, the company said on Monday, adding that 51 workers had paid fees abroad.\n")
    a = analyse(text, META)
    assert any(c.source != "OUTLET" for c in a.claims)


# one man's story told without the word "worker": his employer, his shifts, his debt make it a report about work
def test_a_single_migrants_story_is_read_without_the_word_worker() -> None:
    text = ("Family waits for answers after son's death in Pahang\n\n"
            "JHAPA - Suman Rai's father says the 24-year-old was exhausted after working \"two shifts without rest\" at a "
            "rubber factory in Pahang. His employer told the family he had a stroke. The family says he had been ill "
            "for a month and was not allowed to see a doctor.\n")
    a = analyse(text, META)
    assert any("not allowed to see a doctor" in c.text for c in a.claims)


def test_a_story_about_a_man_with_no_work_in_it_stays_quiet() -> None:  # control: no employer, no shifts
    text = ("Family waits for answers after son's death in a road crash\n\n"
            "JHAPA - Suman Rai's father says the 24-year-old was on his way home when the bus overturned. The family "
            "says he had been ill for a month.\n")
    assert analyse(text, META).claims == []


# "one of the men" named later as "the worker, identified as X": one man, named from then on
def test_one_of_the_men_named_later_is_one_source_by_his_name() -> None:
    text = ("Nepali men stranded in Penang\n\n"
            "Dozens of Nepali men have been stranded in Penang for a month without pay, the daily Terai Samachar reported "
            "on Monday, citing one of the men.\n\n"
            "\"We paid 4 lakh rupees each for a job,\" the worker, identified as Hari Gurung, 31, told the newspaper.\n")
    first = speaker(text, "stranded in Penang for a month")
    second = speaker(text, "4 lakh rupees")
    assert first[2] == second[2] and second[:2] == ("Hari Gurung", "named_person")


def test_a_source_and_a_named_worker_stay_two() -> None:  # control: "a source" is not one of the men
    text = ("Nepali men stranded in Penang\n\n"
            "Dozens of Nepali men have been stranded in Penang for a month without pay, a source in Kathmandu said.\n\n"
            "\"We paid 4 lakh rupees each for a job,\" the worker, identified as Hari Gurung, 31, told the newspaper.\n")
    assert speaker(text, "stranded in Penang for a month")[2] != speaker(text, "4 lakh rupees")[2]


# the lexicon: a job bought in the buyers' words; a workplace with no job for its recruits
def test_a_job_bought_without_naming_the_seller_is_debt_bondage() -> None:
    assert "debt_bondage" in lexicon_indicators("We paid 6 lakh taka each for a job at a garment factory.")
    rules = {h.rule for h in lexicon.match("The painters were paid 900 ringgit for the job last week.", 0).hits}
    assert "FL09.r132_paid_for_job" not in rules


def test_a_workplace_with_no_job_for_the_recruits_is_deception() -> None:
    assert "deception" in lexicon_indicators("When we arrived, the agent said the factory had no vacancies for us.")
    assert "deception" not in lexicon_indicators("The factory had no place to sleep, so they slept in the store.")


def test_without_work_or_wages_is_no_wage_withheld() -> None:
    assert "withholding_of_wages" not in lexicon_indicators(
        "The men have been living in a half-built shophouse for six weeks without work or wages.")
    assert "withholding_of_wages" in lexicon_indicators("The men worked for six weeks without wages.")


def test_a_meal_a_day_from_a_mosque_is_no_isolation() -> None:
    assert "isolation" not in lexicon_indicators("The men receive one meal a day from a local temple.")
    assert "isolation" in lexicon_indicators("The camp is two days from the nearest town.")


def test_a_mothers_voice_message_on_her_phone_is_no_phone_taken() -> None:
    assert "isolation" not in lexicon_indicators("His mother keeps his last voice message on her phone.")
    assert "isolation" in lexicon_indicators("The supervisor keeps their phones in a locked drawer.")


def test_a_recruiters_denial_of_any_fee_is_a_denial() -> None:
    assert hedges.denial_cue("\"We did not take a single taka more,\" the agent said.") is not None
    assert hedges.denial_cue("The workers did not take a single day off in March.") is None


# heldout134 (forced labour in Africa): a foreman is one of the people a report is about; "disagreed" reports
def test_a_foremans_account_anchors_a_report_on_debt() -> None:
    text = ("Gold pits near Bobo-Dioulasso: young men said to work off their fares\n\n"
            "BOBO-DIOULASSO - Young men brought from Mali to gold pits near the town are said to be working without pay "
            "until they have repaid the 120,000 CFA francs their sponsors spent on the journey, according to residents.\n\n"
            "A pit foreman said newcomers usually need \"eight months, sometimes longer\" to clear the debt.\n")
    a = analyse(text, META)
    assert any("clear the debt" in c.text and {h.indicator for h in c.indicators} == {"debt_bondage"} for c in a.claims)


def test_someone_who_disagreed_speaks_the_next_quote() -> None:
    text = ("Gold pits near Bobo-Dioulasso: young men said to work off their fares\n\n"
            "A pit foreman said newcomers work without pay for eight months to clear the debt to their sponsors.\n\n"
            "A second foreman disagreed. \"Here every digger is paid 4,000 francs a day,\" he said.\n")
    assert speaker(text, "every digger is paid")[0] == "A second foreman"


def test_african_lexicon_cues_of_heldout134_classes() -> None:
    cases = {
        "The guards beat diggers who sold ore to other buyers.": "physical_and_sexual_violence",
        "One conscript was tied to a post in the sun for a day.": "physical_and_sexual_violence",
        "I did not see my children for three years.": "isolation",
        "Sharecroppers are told they will get half the crop and then receive nothing.": "deception",
        "If they refuse, the landowner says they will be put off the land.": "intimidation_and_threats",
        "Migrants picked up at the checkpoint were sold on to farmers.": "abuse_of_vulnerability",
        "The smugglers put them in a warehouse near the bus station.": "restriction_of_movement",
        "Detainees were taken out of the hangar in groups each morning.": "restriction_of_movement",
        "A guard whipped a youth who tried to climb the compound wall.": "restriction_of_movement",
        "Those who could not pay were put to work on the farms.": "debt_bondage",
        "The contract says the worker must repay 60,000 shillings if she leaves early.": "debt_bondage",
        "The payslip carries a note: balance to be recovered next voyage.": "debt_bondage",
        "Deductions left him with a negative balance of 200 cedis.": "debt_bondage",
        "Deckhands who complain are not called for the next trip.": "intimidation_and_threats",
    }
    for sentence, indicator in cases.items():
        assert indicator in lexicon_indicators(sentence), sentence


def test_african_lexicon_controls_of_heldout134_classes() -> None:
    assert "abuse_of_vulnerability" not in lexicon_indicators("The co-operative sold cocoa to farmers' unions.")
    assert "restriction_of_movement" not in lexicon_indicators("Staff put them in a room above the warehouse to rest.")
    assert "restriction_of_movement" not in lexicon_indicators("The manager kept their phones in a locked cabinet.")
    leave = {h.rule for h in lexicon.match("Unused leave balance is to be recovered from next month's pay.", 0).hits}
    assert "FL09.r134_balance_carried" not in leave
    refund = {h.rule for h in lexicon.match("Employers must repay the fees to workers within a month.", 0).hits}
    assert "FL09.r134_must_repay" not in refund
    assert "physical_and_sexual_violence" not in lexicon_indicators("They tied up the boats for the night.")
    assert "isolation" not in lexicon_indicators("She was slapped when she asked to call home.")


# heldout138 (one story syndicated, rewritten, corrected): a post reproduced between rules, its writer named in the
# headline; "..., said their lawyer, Name"
_POST = ("Worker voices | Translated from Chinese\n\n"
         "\"They said it was a one-year job in Annaba\": a post from a pipe fitter\n\n"
         "The following post appeared on a Chinese video platform on 3 May and was deleted soon afterwards. We have "
         "withheld the author's name.\n\n"
         "---\n\n"
         "I went to Algeria in June with 15 men from my village in Hubei. The agent in Wuhan said we would earn 14,000 "
         "yuan a month.\n\n"
         "When we arrived, the site manager took our passports. For the last four months we received nothing at all.\n\n"
         "---\n\n"
         "The company named in the post did not respond to questions. We could not verify the account.\n")


def test_a_post_between_rules_is_its_headline_writers() -> None:
    wording, kind, _ = speaker(_POST, "took our passports")
    assert (wording, kind) == ("a pipe fitter", "anonymous_source")
    assert speaker(_POST, "received nothing at all")[0] == "a pipe fitter"


def test_a_speaker_named_inside_the_post_keeps_the_sentence() -> None:
    assert speaker(_POST, "14,000 yuan")[0] == "The agent in Wuhan"


def test_the_pages_words_after_the_closing_rule_are_its_own() -> None:
    a = analyse(_POST, META)
    assert all(c.source != speaker(_POST, "took our passports")[2] for c in a.claims if "did not respond" in c.text)


def test_said_their_lawyer_and_name_is_the_lawyer() -> None:
    text = LEAD + ("\"My clients were promised eight-hour days and worked fourteen,\" said their lawyer, Vera Lindqvist. "
                   "\"Their passports were held by the agency.\"\n")
    assert speaker(text, "passports were held")[:2] == ("their lawyer, Vera Lindqvist", "named_person")


def test_said_its_manager_is_not_read_as_a_new_speaker_phrase() -> None:  # control: "its" is the firm just named
    m = find_mention("\"We charge the buyer, not the crew,\" said its general manager, Ilya Sorokin.")
    assert m is None or not m.wording.startswith("its general manager")


# heldout139 (official texts): a UN communication's "According to the information received" is the letter's voice
def test_the_information_received_is_the_letters_own_voice() -> None:
    text = ("Mandates of the Special Rapporteur on the human rights of migrants\n\nExcellency,\n\n"
            "According to the information received, some 90 Nepali workers were recruited on promises of 2,000 riyals a "
            "month but were made to sign new contracts at 1,100 riyals on arrival. Their passports are allegedly held by "
            "the employer.\n\nThe drivers are said to have been told that anyone who complained would be deported.\n")
    a = analyse(text, META)
    assert {c.source for c in a.claims if "riyals" in c.text or "deported" in c.text} == {"OUTLET"}


# heldout141's one quiet report (a union election) and heldout142 (state-imposed labour in Central Asia)
def test_union_dues_and_a_loan_scheme_are_no_cues() -> None:
    assert lexicon_indicators("Members pay monthly dues of 800 naira.") == set()
    assert "debt_bondage" not in lexicon_indicators("The branch will set up a sewing machine loan scheme for apprentices.")
    assert "debt_bondage" in lexicon_indicators("He borrowed 200,000 naira from the agent to pay for the visa.")


def test_a_harvest_mobilisation_of_teachers_is_a_report() -> None:
    text = ("Teachers in Andijan sent to the cotton fields again\n\n"
            "Schoolteachers and other staff in two districts of Andijan region have been sent to the cotton fields, a "
            "teacher in Asaka "
            "told the outlet. \"The director said anyone who complains will be moved to a village school,\" she said.\n")
    a = analyse(text, META)
    assert any("intimidation_and_threats" in {h.indicator for h in c.indicators} for c in a.claims)


def test_som_and_rubles_by_the_country_of_the_report() -> None:
    from labourlens.analyse import money  # noqa: PLC0415 - only this probe needs the parser

    uz = money.find("The Khorezm order fines farmers 250,000 som for each day.")
    by = money.find("Inmates of a colony near Gomel in Belarus were paid 5 rubles a month.")
    ru = money.find("Builders in Kazan were paid 60,000 rubles a month.")
    assert [a.currency for a in uz] == ["UZS"] and [a.currency for a in by] == ["BYN"] and [a.currency for a in ru] == ["RUB"]


def test_state_mobilisation_cues() -> None:
    assert "retention_of_identity_documents" in lexicon_indicators("Her son's military ID was kept by a sergeant.")
    assert "intimidation_and_threats" in lexicon_indicators("A picker was fined 150,000 som for leaving the field early.")
    assert "isolation" in lexicon_indicators("We could not visit our families for years at a time.")
    assert "intimidation_and_threats" not in lexicon_indicators("The court fined the company for leaving early a site.")
