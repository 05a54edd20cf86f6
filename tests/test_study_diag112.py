"""Probes from the study of the held-out set heldout112 (scam compounds and forced criminality in Southeast Asia),
one or more per class of failure fixed, each with a control that must not change. Every text is written for these
tests in our own wording; every person, outlet and company is fictional."""

from __future__ import annotations

from labourlens.analyse.cast_lines import cast_line
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.rank_names import rank_name_kind
from labourlens.analyse.speakers import classify
from probe_helpers import META, indicators, lexicon_indicators, speaker, speakers_by_opening

# --- speakers ---------------------------------------------------------------------------------------------------

_QA = ("Colombo Weekly  \u203a  Features\n\n"
       "Kasun (not his real name), 31, from Galle, spent five months in a compound near Tachileik before he escaped in "
       "April. He spoke to us in Kandy.\n\n"
       "Q: How did you get there?\n"
       "A: A neighbour said there was a hotel job in Dubai. I paid him Rs. 300,000 for the visa.\n\n"
       "Q: What happened then?\n"
       "A: On arrival they took our phones. We worked fourteen hours a day.\n\n")


# "The recruiter Kasun named could not be reached": the recruiter whom Kasun named; Kasun is no firm
def test_a_recruiter_the_interviewee_named_does_not_make_him_a_firm() -> None:
    text = _QA + "The recruiter Kasun named could not be reached.\n"
    assert speaker(text, "took our phones")[:2] == ("Kasun", "named_person")


def test_a_firm_introduced_after_its_noun_stays_a_firm() -> None:
    text = ("Maids recruited by a Kathmandu agency were left unpaid in Riyadh, their families said.\n\n"
            "The agency Himal Skyway placed 40 women with a cleaning contractor. Himal Skyway said the contractor kept "
            "the women's passports.\n")
    assert speaker(text, "kept the women's passports")[1] == "organization"


# police and army ranks before a surname speak for a state force
def test_police_ranks_with_a_surname_are_officials() -> None:
    for name in ("Lt Col Dara", "Pol Col Somsak Chai", "Maj. Gen. Tan", "Col Vannak", "Sgt Otieno"):
        assert rank_name_kind(name) == "official", name
        assert classify(name) == "official", name


def test_titles_that_are_no_rank_stay_people() -> None:
    for name in ("Captain Lee", "General Manager Kim", "Deputy Director Lee", "Major Brands"):
        assert rank_name_kind(name) is None, name


# "Testimony of X: X, 27, said ...": the section's run-in label is no part of who speaks
def test_a_testimony_label_is_not_the_speaker() -> None:
    text = ("KENYA ASSEMBLY DIGEST\nLabour committee \u2014 hearing notes, 3 May 2025\n\n"
            "Summary: Two returnees from Gulf farms testified before the committee. Senator Mary Achieng, who chairs the "
            "panel, said at least 300 Kenyans were believed to be stranded.\n\n"
            "Testimony of \"Faith\" (a pseudonym, speaking by video): Faith, 27, said she was recruited in Kisumu by a "
            "man who promised a job as a nanny in Doha. She told senators she was beaten when she asked for her pay.\n\n"
            "Testimony of Peter K.: Peter, a former driver, said he had been made to work twenty hours a day. He said "
            "he saw a co-worker beaten with a belt.\n")
    got = speakers_by_opening(text, 40)
    faith = next(v for k, v in got.items() if k.startswith("Testimony of \"Faith\""))
    assert faith == ("Faith", "named_person"), got
    peter = next(v for k, v in got.items() if k.startswith("Testimony of Peter"))
    assert peter[0] is not None and peter[0].startswith("Peter") and peter[1] == "named_person", got
    assert speaker(text, "told senators")[:2] == ("Faith", "named_person")
    assert speaker(text, "co-worker beaten")[0] == peter[0]


_BRIEFING = ("RIVERSIDE MIGRANT AID\nBriefing note | Debt and confinement on fishing boats | March 2025\n\n"
             "Key findings\n\n"
             "\u2022 Of 120 fishermen we helped return between May and December, 95 said brokers had lied to them about "
             "the wages.\n"
             "\u2022 80 said their identity cards were taken at the port.\n"
             "\u2022 41 described being locked below deck at night.\n\n"
             "\"These men were not free to leave,\" said the group's director, Anan Wongsa.\n")


# a findings list that gives the group's own sample up front ("Of 120 we helped, 95 said"): the page's tally
def test_findings_with_the_sample_given_up_front_are_the_pages() -> None:
    assert speaker(_BRIEFING, "Of 120 fishermen")[1] == "outlet"
    assert speaker(_BRIEFING, "80 said their identity cards")[1] == "outlet"


def test_a_findings_list_without_its_sample_is_left_to_the_counted() -> None:
    text = _BRIEFING.replace("Of 120 fishermen we helped return between May and December, 95 said",
                             "Several fishermen said")
    assert speaker(text, "80 said their identity cards")[:2] == ("80", "anonymous_source")


# "The agency's director, reached by phone, denied ...": the firm's head, and the "he said" after him is his
def test_the_agencys_director_reached_by_phone_speaks_for_the_firm() -> None:
    text = ("Bus driver's family waits for word from Dubai\n\n"
            "Grace Atieno has not heard from her brother since May. He paid what a placement agency in Kisumu said was "
            "a driving job paying Sh90,000 a month.\n\n"
            "\"He says they took his passport on the first day,\" Ms Atieno said.\n\n"
            "His colleague, who came home in July, said the men slept twelve to a room. \"Nobody was paid for three "
            "months,\" he said.\n\n"
            "The agency's director, reached by phone, denied sending anyone to work without pay. \"We follow the law. "
            "What the employer does there is not our business,\" he said. He said the agency did not charge fees.\n")
    wording, kind, key = speaker(text, "denied sending anyone")
    assert kind == "organization" and wording is not None and wording.startswith("The agency's director")
    assert speaker(text, "not our business")[2] == key
    assert speaker(text, "did not charge fees")[2] == key
    assert speaker(text, "slept twelve to a room")[2] != key


def test_a_state_agencys_director_stays_an_official() -> None:
    text = ("Migrant workers at a Doha site went unpaid for months, the Federal Labour Agency said.\n\n"
            "The agency's director, reached by phone, said inspectors had visited the site.\n")
    assert speaker(text, "inspectors had visited")[1] == "official"


_PODCAST = ("Labour Watch Podcast \u2014 Episode notes\n\nEpisode 12: Inside the fishing fleets\n\n"
            "Guest: Dr. Ana Ruiz, a sociologist at the Pacific Institute who has interviewed 90 migrant workers "
            "released from forced labour on fishing boats. Host: Tom Berg.\n\n"
            "Tom Berg: Where are the boats now?\n\n"
            "Ana Ruiz: Most of them probably moved to other ports. In my fieldwork, nobody described being allowed "
            "ashore. Several told me they were not paid for a whole season.\n\n"
            "Tom Berg: The owners say the crews are free.\n")


# a podcast's cast line is no claim, but the guest's answers after it still are; "Several told me" is the guest's
def test_cast_lines_are_no_claims_and_the_answers_stay() -> None:
    texts = [c.text for c in analyse(_PODCAST, META).claims]
    assert not any(t.startswith(("Guest:", "Host:")) for t in texts), texts
    assert any(t.startswith("Ana Ruiz: Most of them") for t in texts), texts
    assert speaker(_PODCAST, "Several told me")[:2] == ("Dr. Ana Ruiz", "named_person")


def test_a_guests_spoken_line_is_no_cast_line() -> None:
    assert cast_line("Guest: Dr. Lena Sokol, labour researcher.")
    assert not cast_line("GUEST: We slept in containers behind the site.")
    assert not cast_line("Guest workers: many said they were unpaid.")


# --- indicators ------------------------------------------------------------------------------------------------

def test_people_sold_on_between_compounds() -> None:
    assert "abuse_of_vulnerability" in lexicon_indicators("The first boss sold her for 60,000 baht when she missed her target.")
    assert "abuse_of_vulnerability" in lexicon_indicators("He had been sold from one compound to another twice.")
    assert "abuse_of_vulnerability" in lexicon_indicators("Some were resold to other companies within a month.")
    assert "abuse_of_vulnerability" not in lexicon_indicators("The fish were sold to another trader in the port.")
    assert "abuse_of_vulnerability" not in lexicon_indicators("The land was sold for 2 million rupees.")


def test_ransom_and_release_sums_restrict_movement() -> None:
    assert "restriction_of_movement" in lexicon_indicators(
        "The family was asked to pay Rs 2 lakh in ransom for the release of their son.")
    assert "restriction_of_movement" in lexicon_indicators(
        "Their relatives were asked for money, usually 10,000 yuan, before the person was released.")
    assert "restriction_of_movement" not in lexicon_indicators("Her family was asked to pay 80,000 rupees for the visa.")


def test_held_detained_locked_and_guarded() -> None:
    assert "restriction_of_movement" in lexicon_indicators("At least 50,000 people in the region may be held in such places.")
    assert "restriction_of_movement" in lexicon_indicators("They described arbitrary detention and beatings.")
    assert "restriction_of_movement" in lexicon_indicators("They sleep on the fifth floor and the stairs are locked.")
    assert "restriction_of_movement" in lexicon_indicators("She was slapped when she asked to leave.")
    assert "restriction_of_movement" in lexicon_indicators("Activists say armed militias patrol the camps.")
    assert "restriction_of_movement" in lexicon_indicators("In my fieldwork, nobody described being free to leave.")
    assert "restriction_of_movement" not in lexicon_indicators("The hearing may be held in June.")
    assert "restriction_of_movement" not in lexicon_indicators("She was slapped when she asked for water.")


def test_armed_guards_and_threats() -> None:
    assert "intimidation_and_threats" in lexicon_indicators("The guards at the gate carried rifles.")
    assert "intimidation_and_threats" in lexicon_indicators("They must reach the target or they are beaten.")
    assert "intimidation_and_threats" not in lexicon_indicators("The guards at the gate checked our badges.")


def test_thrown_into_water_is_violence() -> None:
    assert "physical_and_sexual_violence" in lexicon_indicators("A Lao worker was thrown into a water tank by the guards.")
    assert "physical_and_sexual_violence" not in lexicon_indicators("A water tank was installed on the roof.")


def test_bought_and_owing_the_price() -> None:
    assert "debt_bondage" in lexicon_indicators("They bought him for $4,000 and he must work until it is paid back.")
    assert "debt_bondage" in lexicon_indicators("Then the boss said each of us had cost them 5,000 dollars.")
    assert "debt_bondage" in lexicon_indicators("To leave you must find two people to replace you.")
    assert "debt_bondage" in lexicon_indicators("The deductions are set so that nobody ever finishes the debt.")
    assert "debt_bondage" not in lexicon_indicators("She bought a new phone in March.")


def test_pay_withheld_until_the_debt_is_cleared() -> None:
    assert "withholding_of_wages" in lexicon_indicators("They said wages would start after the debt was cleared.")
    assert "withholding_of_wages" not in lexicon_indicators("Only 12 got them back before leaving.")
    assert "withholding_of_wages" not in lexicon_indicators("They were given only one day off a month.")


def test_promised_salary_never_received_is_deception() -> None:
    assert "deception" in lexicon_indicators("None of the 40 received the salary they were promised.")
    assert "deception" not in lexicon_indicators("All of the 40 received their salary in March.")


def test_papers_taken_away_are_retained() -> None:
    assert "retention_of_identity_documents" in lexicon_indicators("The guards fled and took our passports with them.")
    assert "retention_of_identity_documents" not in lexicon_indicators("The workers keep their passports with them.")
    assert "retention_of_identity_documents" not in lexicon_indicators("The nurses had taken their passports with them.")


def test_no_complaint_received_denies_the_abuse() -> None:
    assert indicators("The owner said, \"We have not received a single complaint of violence.\"") == set()
    assert "physical_and_sexual_violence" in indicators("The owner said there had been violence in the night shift.")
