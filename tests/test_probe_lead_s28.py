"""Probes from the lead's study of a set opened on 1 December 2026 (third session): the supply-chain and business
press (import detentions, audits and the audited firm's replies, investor letters, written parliamentary answers).
Every text is written for these tests; every person, outlet and company is fictional."""

from __future__ import annotations

from labourlens.analyse import indicators as lexicon
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, META, speaker, speakers_by_opening


# ", saying ..." after an act whose object is a name with an indefinite description: the act's subject speaks
def test_the_subject_of_an_act_speaks_the_participle_not_the_objects_description() -> None:
    text = LEAD + ("The labour inspectorate last week fined Mirador Textiles, a garment maker in Irbid, saying it had "
                   "kept the passports of 40 workers.\n")
    assert speaker(text, "fined Mirador")[:2] == ("The labour inspectorate", "official")


def test_the_act_subject_after_a_dateline_and_a_time_phrase() -> None:
    text = LEAD + ("GENEVA (Lakeside Wire) — The Federal Customs Office on Friday blocked gloves made by Verano Rubber, "
                   "a supplier based near Ipoh, saying it had evidence that workers paid recruitment fees of up to "
                   "$5,000.\n")
    wording, kind, _ = speaker(text, "blocked gloves")
    assert wording == "The Federal Customs Office" and kind == "official"


def test_a_described_subject_that_speaks_itself_is_kept() -> None:  # control: the apposition is the subject's
    text = LEAD + "Lina Osei, a researcher at the institute, said the workers had not been paid for four months.\n"
    assert speaker(text, "had not been paid")[0] == "Lina Osei, a researcher at the institute"


# "the group said" after a body named by its description inside another phrase: that body
def test_the_group_is_the_body_its_description_named() -> None:
    text = ("Shipment of fans held at port after complaint\n\n"
            "The petition, filed by the rights group Harbour Justice Network, says that welders at a plant in Penang "
            "paid 6,000 ringgit each to agents and were still repaying the loans a year later. Workers were "
            "allegedly made to work 14-hour shifts six days a week, the group said.\n")
    assert speaker(text, "14-hour shifts")[:2] == ("Harbour Justice Network", "organization")


def test_the_group_named_as_the_subject_is_one_source() -> None:  # control
    text = ("Complaint filed\n\n"
            "The rights group Harbour Justice Network says welders at a plant in Penang paid 6,000 ringgit each to "
            "agents. Workers were allegedly made to work 14-hour shifts six days a week, the group said.\n")
    assert speaker(text, "14-hour shifts")[2] == speaker(text, "6,000 ringgit")[2]


# a quotation opened at a sentence's start and closed later: the people it reports are inside it
def test_a_report_inside_an_opened_quotation_is_the_quoted_speakers() -> None:
    text = LEAD + ("A Filipino packer, who asked not to be named, described the inspection. \"Before the inspectors "
                   "came, the foreman told us what to answer. He said anyone who spoke about the debts would be "
                   "sent home, and he kept our passports in his office,\" she said.\n")
    by = speakers_by_opening(text, width=20)
    packer = by["\"Before the inspecto"]
    assert by["He said anyone who s"] == packer
    assert packer[1] == "anonymous_source" and (packer[0] or "").startswith("A Filipino packer")


def test_a_repost_quoted_whole_keeps_its_inner_speaker() -> None:  # control: the mark is never closed
    text = ("According to the Harbour Ledger:\n\n"
            "\"North Korea has sent about 3,000 welders to shipyards abroad, where they work 16 hours a day and hand most "
            "of their wages to the state, the country's spy agency told lawmakers on Monday, according to a news "
            "agency.\n")
    wording, kind, _ = speaker(text, "3,000 welders")
    assert kind == "official" and wording is not None and "spy agency" in wording


# firms by their legal forms and trade words, and a firm's short name
def test_legal_forms_and_trade_words_make_a_firm() -> None:
    assert classify("Morvane Energy plc") == "organization"
    assert classify("Kestrel Circuits Sdn Bhd") == "organization"
    assert classify("Kestrel Circuits") == "organization"
    assert classify("Tamsin Oyelaran") == "named_person"  # control


def test_a_firm_named_again_by_its_first_word_is_the_firm() -> None:
    text = LEAD + ("Customs detained extrusions produced by Dalong Metals, a mill in Henan province, over forced labour. "
                   "Dalong has said in a statement to local media that all its employees are paid in full and hold "
                   "their own passports.\n")
    wording, kind, _ = speaker(text, "all its employees")
    assert kind == "organization" and wording is not None and wording.startswith("Dalong")
    a = analyse(text, META)  # goods that customs detain are no people confined
    assert not any(h.cue == "detained" for c in a.claims for h in c.indicators)


def test_an_office_of_a_workplace_is_the_firm() -> None:
    assert classify("the refinery's sales office") == "organization"
    assert classify("The co-operative's president") == "organization"  # a co-operative is no state
    assert classify("The association's chairman") != "official"
    assert classify("the sales office") == "official"  # control: an office on its own stays a state office


# a written answer printed under its label: the paragraphs are the answering minister's
def test_a_written_answer_speaks_for_the_minister_who_gave_it() -> None:
    text = ("Written answer: migrant workers on Gulf building sites\n\n"
            "Question, asked by Dana Whitlow MP:\n\n"
            "To ask the Secretary of State what steps have been taken on reports of unpaid wages.\n\n"
            "Answer, from the Minister for Trade, Omar Castell MP:\n\n"
            "We understand that in several cases labourers had not been paid for four months. The Department has "
            "not received evidence that any British contractor has confiscated passports.\n\n"
            "Share this page\n")
    a = analyse(text, META)
    by = {c.text[:25]: (a.source(c.source), c) for c in a.claims}
    src, claim = by["We understand that in sev"]
    assert src is not None and src.kind == "official" and "Omar Castell" in (src.wording or "")
    src2, denial = by["The Department has not re"]
    assert src2 is not None and src2.key == src.key
    assert denial.polarity == "negated" and not denial.indicators
    assert not any(c.text.startswith("Answer, from") for c in a.claims)  # the label line is no claim


def test_an_answer_label_ends_at_the_next_heading() -> None:  # control
    text = ("Forced labour claims at Dandong seafood plant\n\n"
            "Workers at the plant said their passports were taken by managers.\n\n"
            "Response by the Ministry of Commerce:\n\n"
            "The ministry inspected the plant in May.\n\n"
            "Background\n\n"
            "Wages at the plant had been held back for three months, according to payroll records seen by the paper.\n")
    by = speakers_by_opening(text)
    assert by["Wages at the plant had been he"][1] == "document"


def test_a_denial_verb_in_quotation_marks_still_denies() -> None:
    text = ("Gloves held at port\n\n"
            "Workers at the Klang plant said their passports were kept by managers and they paid agents 5,000 ringgit.\n\n"
            "Tanvir Latex said in a statement that it \"firmly rejects\" the allegations.\n")
    a = analyse(text, META)
    denial = next(c for c in a.claims if "firmly rejects" in c.text)
    assert denial.polarity == "negated"


# a state's statistics on work permits name no abuse: a patent's advance payments are a tax, not a debt
def test_a_permit_statistics_release_is_quiet() -> None:
    text = ("Work permits, first half of the year\n\n"
            "Published by the regional migration office · preliminary figures\n\n"
            "From January to June, 212,000 foreign citizens registered in the region. Patents for work were issued to "
            "88,000 people, most of them from Tajikistan. The regional budget received 6.2 billion rubles in fixed "
            "advance payments for patents.\n")
    a = analyse(text, META)
    assert a.claims == []


def test_an_advance_from_a_broker_is_still_a_debt() -> None:  # control
    text = LEAD + "Each worker took an advance payment from the broker and could not leave until it was repaid.\n"
    a = analyse(text, META)
    assert any(h.indicator == "debt_bondage" for c in a.claims for h in c.indicators)


def found(sentence: str) -> set[str]:
    """The indicators the lexicon finds in one sentence on its own."""
    return {h.indicator for h in lexicon.match(sentence, 0).hits}


# the lead's study of heldout124 (a digest across regions): cues worded as such excerpts word them
def test_cues_of_a_digest_across_regions() -> None:
    assert "deception" in found("The recruiter took their fees and then vanished.")
    assert "deception" in found("They had been promised in Lagos that jobs in a hotel were waiting for them in Dubai.")
    assert "deception" in found("She left for what she was told was a job in a bakery in Tripoli.")
    assert {"restriction_of_movement", "isolation"} <= found("The deckhands spent five months at sea without being "
                                                            "allowed ashore.")
    assert "isolation" in found("The longliner stayed out for eleven months without a port call.")
    assert {"physical_and_sexual_violence", "intimidation_and_threats"} <= found("The skipper pointed a knife at him.")
    assert "intimidation_and_threats" in found("The foreman says that if we complain, our iqama will be cancelled.")
    assert "withholding_of_wages" in found("Couriers say each late delivery costs them a 30-riyal fine.")
    assert "withholding_of_wages" in found("Their wages of 900 dinars had been paid late since spring.")
    assert "abusive_working_and_living_conditions" in found("The loaders slept on pallets in the yard.")
    assert "abusive_working_and_living_conditions" in found("Twenty-two men share one toilet in the block.")
    assert "abusive_working_and_living_conditions" in found("Inspectors found the women living in a warehouse.")
    assert "restriction_of_movement" in found("The women were barred from going home for the holidays.")


def test_controls_of_the_digest_cues() -> None:
    assert "isolation" not in found("The crew were never allowed ashore when the ship called at Busan.")  # restriction only
    assert "withholding_of_wages" not in found("The agency said the weather was fine and no delivery was late.")
    assert "restriction_of_movement" not in found("The master's seamen's books were kept locked in the bridge.")
    assert not found("The sailors went ashore every Sunday and shared one car.")


def test_an_interview_whose_headline_names_the_worker_has_claims() -> None:
    text = ("Voices · Interviews\n\n"
            "\"We slept in shifts\": a former welder speaks\n\n"
            "Han Myong-su (a pseudonym) spent three years at a shipyard in the Russian Far East. He now lives in Seoul.\n\n"
            "Q: Were you paid?\n"
            "A: On paper. We were told we had 60,000 rubles each at the end of the year, but we never saw the money.\n\n"
            "Q: Could you leave the site?\n"
            "A: No. The gate was locked and the guard kept our passports.\n")
    a = analyse(text, META)
    assert any("never saw the money" in c.text for c in a.claims)
    assert any(h.indicator == "retention_of_identity_documents" for c in a.claims for h in c.indicators)


def test_a_headline_naming_workers_over_a_quiet_story_stays_quiet() -> None:  # control: no cue in the body
    text = ("Welders' choir wins regional prize\n\n"
            "A choir of shipyard welders from Vladivostok won the regional festival on Sunday. The choir sang three songs "
            "and will perform in Khabarovsk next month.\n")
    assert analyse(text, META).claims == []


def test_a_letterhead_with_a_malaysian_or_russian_legal_form_names_the_page_s_issuer() -> None:
    from labourlens.analyse.header_issuers import header_issuer

    assert header_issuer("KESTREL CIRCUITS SDN BHD\nStatement in response to a briefing\n")[0] == "Kestrel Circuits"
    assert header_issuer("Taiga Stroy JSC\nReply to the newspaper\n")[0] == "Taiga Stroy"
    assert header_issuer("Harbour Foods Co., Ltd.\nStatement\n")[0] == "Harbour Foods"


# a cybercrime item that names a North Korean group among suspects: a ransom is no wage, stolen data no worker's
def test_a_ransomware_item_is_quiet() -> None:
    text = ("Threat Brief — Issue 40\n\n"
            "Ransomware gang hits logistics firm in Gdansk\n\n"
            "A ransomware gang encrypted servers at a logistics firm in Gdansk on Friday, forcing staff to work on paper for "
            "two days. The gang demanded $2 million and threatened to publish customer data on its leak site. Some "
            "researchers tied its tools to a North Korean state-backed group, but the evidence was thin. The firm said it "
            "had not paid the ransom.\n")
    assert analyse(text, META).claims == []
    assert found("The workers were not paid for three months.") == {"withholding_of_wages"}  # control


# the lead's study of heldout125 (domestic workers in the Gulf and the Middle East)
def test_a_testimony_that_opens_with_the_name_in_quotation_marks_is_hers() -> None:
    text = ("WITNESS | Gathered by the Harbour Migrant Desk\n\n"
            "\"My name is Marisol. I am 38 and from Bacolod.\"\n\n"
            "I came to Kuwait in 2021 through an agency in Manila. I worked from six in the morning until midnight. "
            "Madam kept my passport in her bedroom, and for five months she paid me nothing.\n\n"
            "Editor's note: Marisol's name has been changed.\n")
    by = speakers_by_opening(text, width=20)
    assert by["Madam kept my passpo"] == ("Marisol", "named_person")


def test_a_quoted_self_naming_inside_a_tagged_quote_is_not_a_testimony() -> None:  # control
    text = LEAD + ("\"My name is Marisol,\" said a woman at the shelter, who added that her employer had kept her passport "
                   "for two years.\n")
    wording, _, _ = speaker(text, "kept her passport")
    assert wording is not None and wording.startswith("a woman at the shelter")


def test_speaking_for_a_body_whose_name_holds_commas() -> None:
    text = LEAD + ("Speaking for the Ministry of Gender, Labour and Social Development, spokesperson Ruth Anyango said there "
                   "was no evidence so far that the women's wages were withheld.\n")
    assert speaker(text, "no evidence")[:2] == ("spokesperson Ruth Anyango", "official")


# the lead's study of heldout128 (the Gulf and Africa): children in pits, families made to pay, cards taken
def test_cues_of_children_in_pits_and_cards_taken() -> None:
    assert "abuse_of_vulnerability" in found("Boys as young as ten hauled ore from the shafts.")
    assert "abuse_of_vulnerability" in found("Officers removed nine girls, the youngest aged 12, from a quarry.")
    assert "deception" in found("A broker told their parents they would go to school in the city.")
    assert "intimidation_and_threats" in found("The foreman said their families would be fined if they ran away.")
    assert {"intimidation_and_threats", "retention_of_identity_documents"} <= found(
        "If you complain, the supervisors take your work card.")
    assert "withholding_of_wages" in found("The pickers hand over a third of every bag to the depot owner.")
    assert "abusive_working_and_living_conditions" in found("The boys slept by the shaft under plastic sheeting.")


def test_controls_of_the_pit_cues() -> None:
    assert "retention_of_identity_documents" not in found("The cash machine may take your card after three wrong codes.")
    assert "withholding_of_wages" not in found("Miners hand over a share of every sack as royalties to the province.")


# a negated subject of "has had <the thing> <done to it>", however long; a rebuttal that denies two kinds of abuse
def test_none_of_them_has_had_a_passport_taken_denies() -> None:
    text = ("Workers at the Jeddah site said their pay was withheld for months and they were beaten by supervisors.\n\n"
            "None of the 2,300 people employed by Gulfstone Contracting has had a passport taken by the firm.\n")
    a = analyse(text, META)
    denial = next(c for c in a.claims if c.text.startswith("None of the 2,300"))
    assert denial.polarity == "negated" and not denial.indicators
    control = analyse(text.replace("None of the 2,300 people", "Many of the 2,300 people"), META)
    assert any(h.indicator == "retention_of_identity_documents" for c in control.claims for h in c.indicators)


def test_a_company_rebuttal_that_denies_two_abuses_has_claims() -> None:
    text = ("Statement regarding media reports on the Marina Heights project\n\n"
            "Dunecrest Builders has read with concern recent reports about workers on its Marina Heights project.\n\n"
            "None of our 800 employees has had a passport taken by the company. No worker has gone unpaid.\n")
    a = analyse(text, META)
    assert {c.polarity for c in a.claims if c.text.startswith(("None of our", "No worker"))} == {"negated"}
