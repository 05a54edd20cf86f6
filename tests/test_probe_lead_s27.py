"""Probes from the lead's study of two held-out sets opened on 1 December 2026 (second session): labour a state
imposes (prison workshops, detainees, "surplus labour" transferred to factories) and a trade story that names
North Korea only as a place. Every text is written for these tests; every person, outlet and company is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, indicators, lexicon_indicators, source_of, speaker


def _claims(text: str) -> list[str]:
    return [c.text for c in analyse(text, META).claims]


# A report about prisoners or detainees put to work names no "workers": it is still about forced labour.
def test_a_report_on_prison_workshops_has_claims() -> None:
    text = ("Prison-made brake pads reach European buyers, group says\n\n"
            "Inmates at a provincial prison in Hebei assemble brake pads for an exporter, a rights group said on Monday. "
            "Former prisoners told the group they worked until late at night to meet quotas and were punished with "
            "solitary confinement when they fell short.\n\n"
            "The exporter, Northgate Friction Parts, said it had never knowingly bought goods made with prison labour.\n")
    got = _claims(text)
    assert any(c.startswith("Former prisoners told the group") for c in got), got
    assert any(c.startswith("The exporter, Northgate Friction") for c in got), got


def test_former_detainees_testimony_has_claims() -> None:
    text = ("Testimony series, part 4\n\n"
            "Aynur (a pseudonym) spent a year in a detention facility in Hotan. \"They took us to sew shoe uppers every "
            "morning. Nobody asked if we wanted to,\" she said. \"We were never paid.\"\n")
    assert any("We were never paid" in c for c in _claims(text))


def test_a_county_transfer_of_surplus_labourers_has_claims() -> None:
    text = ("Translated notice of a county labour bureau (extract)\n\n"
            "The county transferred 9,400 surplus labourers to factories in Jiangsu this year. Any worker who leaves a "
            "post without approval will have the family's land allocation revoked.\n")
    got = _claims(text)
    assert any(c.startswith("Any worker who leaves") for c in got), got


# a prison named in news that is no report of forced labour stays quiet: an escape, a new prison's opening
def test_a_prison_break_is_not_a_report_of_forced_labour() -> None:
    text = ("Two inmates escape from Ridgeview prison\n\n"
            "Two prisoners escaped from the Ridgeview county prison on Sunday night, police said. Officers recaptured one "
            "of them near the bus station on Monday morning; the other is still at large.\n")
    assert _claims(text) == []


def test_a_trainee_chef_story_is_not_a_report_of_forced_labour() -> None:
    text = ("Young cooks shine at the regional final\n\n"
            "A trainee from the Harbour Lights hotel school won the regional cooking final on Saturday. The trainee, 19, "
            "said she had practised the dish for six weeks. The prize is a 2,000-euro bursary.\n")
    assert _claims(text) == []


# "North Korea" named only as a place (a park near the bridge to it) does not make a trade story a report about
# North Korean workers; a cue about workers still would
def test_north_korea_as_a_place_does_not_make_a_report() -> None:
    text = ("Border city opens cold-chain hub\n\n"
            "TUMEN, 3 May 2025 — A 900-million-yuan cold-chain hub opened on Friday near the road bridge to North Korea. "
            "Its operator, Riverbend Freight, said it employs 210 local staff and will add 80 jobs next year. The "
            "provincial government paid 150 million yuan, with the remainder from bank loans.\n")
    assert _claims(text) == []


def test_workers_from_north_korea_with_cues_still_make_a_report() -> None:
    text = ("Builders from North Korea unpaid for months\n\n"
            "Builders from North Korea at a housing site in Ussuriysk have not been paid for five months and their "
            "passports are held by the site manager, a source in Primorsky Krai said.\n")
    assert _claims(text), "workers from North Korea with cues of abuse are a report"


def test_project_finance_is_no_debt() -> None:
    assert "debt_bondage" not in lexicon_indicators(
        "The province contributed 200 million yuan to the port, with the remainder from bank loans.")
    assert "debt_bondage" in lexicon_indicators("The workers took loans to pay the recruiter and are still paying them off.")


# indicators worded as state-imposed labour is worded
def test_a_livelihood_taken_from_those_who_refuse_is_a_threat() -> None:
    for sentence in ("Villagers who declined to sign up were told their grazing permits would not be renewed.",
                     "Families that refused lost their land allocation.",
                     "Her son was told by cadres that refusing the posting would be taken as a sign of extremism."):
        assert "intimidation_and_threats" in lexicon_indicators(sentence), sentence
    for sentence in ("The ministry declined to comment on whether permits were revoked.",
                     "She declined the offer, which was seen as a sign of good sense."):
        assert "intimidation_and_threats" not in lexicon_indicators(sentence), sentence


def test_kept_in_said_plainly_restricts_movement() -> None:
    assert "restriction_of_movement" in lexicon_indicators("The women are not allowed out in the evenings.")
    assert "restriction_of_movement" not in lexicon_indicators("The women are allowed out in the evenings.")


def test_guards_beating_detainees_is_violence() -> None:
    assert "physical_and_sexual_violence" in lexicon_indicators("Guards beat detainees who spoke their own language.")
    assert "physical_and_sexual_violence" in lexicon_indicators("A guard beat prisoners who were slow.")
    assert "physical_and_sexual_violence" not in lexicon_indicators("The home side beat the prison team 3-1 on Sunday.")


def test_a_name_written_down_is_a_threat() -> None:
    assert "intimidation_and_threats" in lexicon_indicators(
        "If you are late, the supervisor writes your name down and tells the village head.")


def test_the_truth_told_only_on_arrival_is_deception() -> None:
    assert "deception" in lexicon_indicators("Only after we arrived did they tell us the fare was a loan.")
    assert "deception" in lexicon_indicators("Only when they landed did they find out the job was in a prison workshop.")
    assert "deception" not in lexicon_indicators("Only after we arrived did they serve dinner.")


def test_a_pay_card_out_of_the_workers_hands_is_withheld_pay() -> None:
    assert "withholding_of_wages" in lexicon_indicators("He is not allowed to keep his own salary card.")
    assert "withholding_of_wages" not in lexicon_indicators("He keeps his own salary card.")


def test_transferring_labourers_is_no_remittance_quota() -> None:
    assert "withholding_of_wages" not in lexicon_indicators(
        "This year the county must transfer 8,000 surplus labourers to coastal provinces.")
    assert "withholding_of_wages" in lexicon_indicators("The men were ordered to remit $600 a month each to the embassy.")


def test_an_excerpts_source_note_is_no_claim() -> None:
    text = ("...and that was how the winter began. Excerpted from \"Unpaid Wages,\" a report by the fictional Eastern "
            "Labour Circle, pages 12-14.\n\n"
            "Witness 3 said the brigade leader kept all the workers' passports in a safe.\n")
    got = _claims(text)
    assert not any(c.startswith("Excerpted from") for c in got), got
    assert any(c.startswith("Witness 3 said") for c in got), got


# "nobody at our site is held against their will": a negated subject a few words before the cue, with the cue's
# auxiliary just before it, denies the abuse; "nobody told us that ... were beaten" does not
def test_a_negated_subject_past_four_words_denies_the_cue() -> None:
    for sentence in ("The director said that no worker at the Pinecrest plant is locked in at night.",
                     'The sawmill said that "nobody at our site is beaten."'):
        assert not lexicon_indicators(sentence), sentence
    assert "physical_and_sexual_violence" in lexicon_indicators("Nobody told us that the men at the site were beaten.")


def test_customs_paperwork_is_no_abuse() -> None:
    for sentence in ("Customs issued a withhold release order on gloves made by the fictional Redfern Latex.",
                     "A shipment of gloves worth $2 million was detained at the port in March."):
        assert not lexicon_indicators(sentence), sentence


def test_north_korea_sending_workers_is_still_a_report() -> None:
    text = ("North Korean workers abroad\n\n"
            "SEOUL (Han River Daily) -- North Korea is believed to have sent 8,000 workers to Russia this year, the "
            "unification ministry said Tuesday.\n\n"
            "Lawmaker Paek Sun-hee, citing the National Intelligence Service, said that the workers had been told their "
            "families would lose their flats if they failed to meet the plan.\n")
    s = source_of(analyse(text, META), "Lawmaker Paek")
    assert s.wording == "the National Intelligence Service", s  # not the ministry quoted before


# a name after a word that opens the clause ("When Grace Achieng, 29, landed ...") is the name without that word, for
# the "she" of the same sentence and for her surname later
def test_a_clause_opener_is_no_part_of_a_name() -> None:
    text = ("Kampala, Uganda – When Grace Achieng, 29, landed in Muscat in 2023, she said she was promised a job in a "
            "hotel. Her employer took her passport on the first day.\n\n"
            "\"I cleaned from six in the morning until midnight,\" Achieng told the Lake Courier.\n")
    assert speaker(text, "When Grace Achieng")[0] == "Grace Achieng"
    assert speaker(text, "I cleaned from six")[0] == "Grace Achieng"


def test_a_high_commission_is_a_state_body() -> None:
    text = ("POLOKWANE – Police rescued 30 Zimbabwean farmworkers who had not been paid for six months.\n\n"
            "The Zimbabwean High Commission in Pretoria said it would help repatriate the workers, who had been "
            "locked in a shed at night.\n")
    assert speaker(text, "The Zimbabwean High Commission")[1] == "official"


def test_a_human_rights_defender_speaks() -> None:
    text = ("Tajik builders in Kazan say their foreman took their work permits in October and has not returned them.\n\n"
            "Earlier, human rights defender Zarina Kholova said that employers in the region routinely kept migrants' "
            "work permits.\n")
    assert speaker(text, "Earlier, human rights")[:2] == ("human rights defender Zarina Kholova", "named_person")


def test_a_migrants_patent_taken_is_a_document_kept() -> None:
    assert "retention_of_identity_documents" in lexicon_indicators("Their patents were taken by the foreman in October.")
    assert not lexicon_indicators("The firm holds 300 patents on battery chemistry.")


def test_a_releases_list_of_its_experts_is_no_claim() -> None:
    text = ("UN experts concerned about reports of forced labour at fictional Bayside Seafoods plants\n\n"
            "GENEVA (2 May 2025) – UN human rights experts said workers at the plants were confined to the compounds "
            "and their passports were held by managers.\n\n"
            "The experts are: Lena Moss, Special Rapporteur on contemporary forms of slavery; and Omar Haddad, Special "
            "Rapporteur on the human rights of migrants.\n")
    got = _claims(text)
    assert not any(c.startswith("The experts are") for c in got), got
    assert any(c.startswith("GENEVA") for c in got), got
    turn = ("Radio Harbour, transcript\n\nHOST: What did you find at the plant?\n\n"
            "EXPERT: The workers at the plant were locked in at night and their passports were held by managers.\n")
    assert any(c.startswith("EXPERT: The workers") for c in _claims(turn))  # a labelled turn is no list of experts


def test_cadres_who_accompany_or_watch_workers() -> None:
    assert "restriction_of_movement" in lexicon_indicators(
        "Each transferred worker is accompanied by cadres who are responsible for their attendance.")
    assert "intimidation_and_threats" in lexicon_indicators("The workers were monitored by cadres at the plant.")
    assert not lexicon_indicators("The visiting delegation was accompanied by officials from the ministry.")


def test_a_death_certificate_speaks_as_a_document() -> None:
    text = ("Families question deaths of migrant builders in Doha\n\n"
            "KATHMANDU — The body of a 31-year-old builder came home on Sunday. His death certificate, issued in Doha, "
            "lists the cause of death as \"natural causes\", though he had worked twelve hours a day in 47 degrees.\n")
    assert speaker(text, "His death certificate")[:2] == ("His death certificate, issued in Doha", "document")


def test_a_job_bought_from_the_agency_is_a_recruitment_debt() -> None:
    sentence = ("In voice messages shared with the Lakeside Monitor, the workers said they had each paid the agency between "
                "Shs3 million and Shs5 million (about $800 to $1,350) for jobs in Dubai.")
    assert lexicon_indicators(sentence) == {"debt_bondage"}  # (and no isolation for the outlet named "...Monitor")
    assert not lexicon_indicators("The agency paid its staff for their work in December.")


def test_an_account_according_to_investigators_goes_on() -> None:
    text = ("NOVOSIBIRSK, 18 March — A court sentenced two recruiters for holding migrant workers in a warehouse, the "
            "prosecutor's office said.\n\n"
            "According to investigators, the defendants took the workers' passports and locked them in at night. The "
            "workers were given one meal a day.\n")
    assert speaker(text, "The workers were given")[:2] == ("investigators", "official")


def test_a_client_paying_an_agency_for_a_job_is_no_debt() -> None:
    assert "debt_bondage" not in lexicon_indicators(
        'The shipyard said it paid the agency "in full and on time", about 200,000 euros for the job.')


# a cue that starts inside a body's or an outlet's capitalised name names the body, not a worker's plight
def test_a_cue_inside_an_organisations_name_is_no_evidence() -> None:
    for sentence in ("The fictional Harbour Rights Watch interviewed 40 workers and their families in Doha.",
                     "The report by Harbour Rights Watch said guards at the site carried batons."):
        assert "intimidation_and_threats" not in indicators(sentence), sentence
    assert "intimidation_and_threats" in indicators(
        "The workers were watched by guards day and night, Harbour Rights Watch said.")
