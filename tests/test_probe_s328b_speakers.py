"""Probes for speaker rules (s328b): a caller introduced by the call alone, a person by role and age, a firm named
like a person, a title-case dateline with a full date, a digest's run-in label, a post and its author, the passive
"is said by X to", a growers' council and its second, coordinated verb. Every firm, person and report is invented."""

from __future__ import annotations

from probe_helpers import speaker


def test_caller_met_by_the_call_alone_is_the_she_that_follows() -> None:
    text = ("APPAREL WORKER LINE - CASE REGISTER, JUNE 2026\n\n"
            "Migrant workers at knit units call this line about unpaid wages and forced overtime.\n\n"
            "Case AW-88 | Knit unit, Tongi\n"
            "A packer phoned the line on 2 June. She said the owners had not paid May wages to the packers on her line. "
            "Status: open.")
    wording, kind, _ = speaker(text, "not paid May wages")
    assert (wording, kind) == ("A packer", "anonymous_source")


def test_a_firm_that_calls_the_meeting_is_no_caller() -> None:
    text = ("Migrant workers at a Dhaka knit unit described their pay.\n\n"
            "A Dhaka exporter called a meeting of buyers on 2 June. "
            "The union's organiser, Rina Akter, said the owners had not paid May wages to the packers on her line.")
    wording, kind, _ = speaker(text, "not paid May wages")
    assert kind == "named_person" and wording is not None and "Rina Akter" in wording


def test_a_person_by_role_and_age_speaks() -> None:
    text = ("Migrant workers at a dye house in Savar described their conditions.\n\n"
            "A stitcher aged 19 said the line boss struck her with a metal scale when she missed the hourly target.")
    assert speaker(text, "metal scale")[:2] == ("A stitcher aged 19", "anonymous_source")


def test_a_name_that_says_it_of_its_supply_chain_is_the_firm() -> None:
    text = ("Migrant workers at a tannery near Chennai described unpaid fees.\n\n"
            "Norvale Living said it did not believe that the tannery was among its suppliers and that workers there "
            "were never charged recruitment fees.")
    assert speaker(text, "among its suppliers")[1] == "organization"


def test_a_person_who_says_it_of_the_weather_stays_a_person() -> None:
    text = ("Migrant workers at a tannery near Chennai described unpaid fees.\n\n"
            "Tomas Berg said it was hot in the drying shed and that workers there were never charged recruitment fees "
            "by his brother.")
    assert speaker(text, "drying shed")[1] == "named_person"


def test_a_name_the_page_prints_with_a_legal_form_is_the_firm() -> None:
    text = ("Migrant workers on melon farms described unpaid wages and debts.\n\n"
            "Vargas Norte Trading LLC against the customs agency, case 24-0101\n\n"
            "Vargas Norte, a Houston importer, argued that its own auditors had found no forced labour on the "
            "melon farms it buys from.")
    assert speaker(text, "its own auditors")[1] == "organization"


def test_a_person_with_no_firm_of_that_name_stays_a_person() -> None:
    text = ("Migrant workers on melon farms described unpaid wages and debts.\n\n"
            "Harvest Foods Ltd against the customs agency, case 24-0101\n\n"
            "Marta Ibarra, a Houston importer, argued that her auditors had found no forced labour on the "
            "melon farms she buys from.")
    assert speaker(text, "her auditors")[1] == "named_person"


def test_a_title_case_dateline_with_a_full_date_is_not_the_speaker() -> None:
    text = ("Families say daughters are held at a prawn plant in Malaysia\n\n"
            "Hue, 4 May 2026 - Seven families in Phong Dien district have asked the provincial authorities for "
            "help, saying their daughters, sent to pack prawns in Selangor as migrant workers, are not allowed to leave the "
            "plant and have not been paid since March.")
    wording, kind, _ = speaker(text, "not allowed to leave")
    assert wording is not None and wording.startswith("Seven families") and kind == "anonymous_source"


def test_a_run_in_label_is_no_person_and_the_post_speaks() -> None:
    text = ("Compliance digest, week 12\n\n"
            "Migrant workers at tanneries in Kanpur described lock-ins and unpaid overtime.\n\n"
            "Also: cutters at a tannery in Kanpur were reportedly shut in overnight during a rush order, according "
            "to an online post by a district union office.")
    assert speaker(text, "shut in overnight")[:2] == ("an online post by a district union office", "document")


def test_a_police_post_stays_the_state() -> None:
    text = ("Migrant workers at a tannery in Kanpur described being shut in.\n\n"
            "A police post near the tannery said cutters were shut in overnight during a rush order.")
    assert speaker(text, "shut in overnight")[1] == "official"


def test_passive_said_by_someone_to_have_done_it() -> None:
    text = ("Migrant workers at brick kilns near Lahore described their debts.\n\n"
            "One of the kilns, near Kasur, is said by a former guard at the site to have kept families there until "
            "their advances were repaid.")
    assert speaker(text, "advances were repaid")[:2] == ("a former guard at the site", "anonymous_source")


def test_a_growers_council_with_a_quoted_label_then_said() -> None:
    text = ("Migrant workers on berry farms described their camps.\n\n"
            "Michoacan's berry growers' council called the inspection \"an attack on the whole sector\", and said "
            "pickers on its members' farms can leave the camps at any hour.")
    wording, kind, _ = speaker(text, "can leave the camps")
    assert kind == "organization" and wording is not None and "growers' council" in wording


def test_a_post_by_a_person_is_still_the_persons() -> None:
    text = ("Compliance digest, week 12\n\n"
            "Migrant workers at tanneries in Kanpur described lock-ins and unpaid overtime.\n\n"
            "Cutters at a tannery in Kanpur were shut in overnight during a rush order, according to an online post by "
            "a man who said he was a cutter there.")
    assert speaker(text, "shut in overnight")[1] != "document"


def test_a_source_at_the_site_stays_a_person() -> None:
    text = ("Migrant workers at a cannery in Songkhla described their overtime.\n\n"
            "A source at the site said night work in the tuna season is forced on every line worker.")
    assert speaker(text, "night work")[1] == "anonymous_source"


def test_a_caller_who_rang_back_to_say_speaks() -> None:
    text = ("HOTLINE NOTES - JULY\n\n"
            "Migrant workers at a Penang glove plant call this line about passports and fees.\n\n"
            "A machine operator asked whether the hostel could keep his work permit. Our staff told him it may not. "
            "He phoned again on 9 July to say his work permit had been handed back to him.")
    assert speaker(text, "handed back")[:2] == ("A machine operator", "anonymous_source")


def test_a_firm_that_called_a_meeting_to_say_is_not_a_caller() -> None:
    text = ("Migrant workers at a Penang glove plant described passports and fees.\n\n"
            "The company called a meeting on Monday to say the hostel would keep every work permit.")
    assert speaker(text, "keep every work permit")[1] != "anonymous_source"
