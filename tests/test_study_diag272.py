"""Probes for the classes of miss found when heldout272 (domestic and care workers in the Gulf, seen from the
outlets of the countries they come from) was opened for study (branch diag272). Every text is written for these
tests, in our own wording: people, firms, outlets and figures are invented (places and currencies are real); each
class has controls that must not change."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.model import Analysis
from probe_helpers import lexicon_indicators, source_of

META = {"published": "2026-05-04", "language": "en"}


def _an(text: str) -> Analysis:
    return analyse(text, dict(META))


# ---------------------------------------------------------------- money sent home: a statistics page is quiet

_INFLOWS = ("The Harbour Ledger\nMarkets | 3 August 2026\n\n"
            "Money from abroad climbs again\n\n"
            "Migrant workers' remittances to Nepal increased 6 percent year-on-year to $5.4 billion, central bank data for "
            "the January-June period showed on Tuesday.\n\n"
            "The labour office counted 201,000 departures for foreign jobs; Qatar and Malaysia took the biggest "
            "number of the workers.\n\n"
            "Each worker sent home an average monthly remittance of about Rs 41,000, a bank survey found.\n\n"
            "The bank expects the total to pass last year's record by December.")


def test_remittance_statistics_are_quiet() -> None:
    a = _an(_INFLOWS)
    assert [c.text for c in a.claims] == []


def test_a_period_figure_of_remittances_is_no_quota_raised() -> None:
    assert "withholding_of_wages" not in lexicon_indicators(
        "Inflows of remittances increased 6 percent year-on-year to $5.4 billion.")
    # control: a levy on each worker raised by the bosses stays a cue
    assert "withholding_of_wages" in lexicon_indicators(
        "The managers raised the levy on each worker to 300 dollars a month.")


# ---------------------------------------------------------------- voice notes transcribed under labels

_NOTES = ("Island Migrant News\n\n"
          "Voice notes from a cleaner in Riyadh\n\n"
          "A Kenyan cleaner in Riyadh, who asked us to call her Wanza, recorded messages for her sister in Mombasa "
          "in March. Her words are set out here as she spoke them.\n\n"
          "---\n\n"
          "[Audio message 1, 3 March, 58 s]\n"
          "Dada, I cannot talk long. They took my passport at the airport and I have not seen it since.\n\n"
          "[Audio message 2, 4 March, 80 s]\n"
          "I work from six until midnight. Madam told me I owe her the visa money and cannot go home.\n\n"
          "---\n\n"
          "An official of the labour office said the case had been passed to the embassy.")


def test_labelled_voice_notes_are_their_senders() -> None:
    a = _an(_NOTES)
    s = source_of(a, "They took my passport")
    assert (s.wording, s.kind) == ("Wanza", "named_person")
    assert source_of(a, "I work from six until midnight").key == s.key
    assert source_of(a, "Madam told me I owe her").key == s.key  # what she tells others said is her account
    # control: the official after the closing rule speaks for the office
    assert source_of(a, "passed to the embassy").key != s.key


def test_a_bracketed_label_of_another_kind_is_left_alone() -> None:
    # control: a photo label is no recording; the officer's words stay the officer's
    text = _NOTES.replace("[Audio message 1, 3 March, 58 s]", "[Photo, 3 March]").replace("[Audio message 2, 4 March, 80 s]", "")
    text = text.replace("Dada, I cannot talk long. ", "A labour officer, who asked not to be named, said: ")
    a = _an(text)
    assert source_of(a, "I work from six until midnight").wording != "Wanza"


# ---------------------------------------------------------------- a dateline before the lede's subject

def test_aside_pronoun_after_a_dateline_is_the_sentence_subject() -> None:
    text = ("Returnee tells of unpaid months\n\n"
            "Her old boss says she is lying.\n\n"
            "Migrant domestic workers in the Gulf often have their passports taken by employers.\n\n"
            "ACCRA \u2014 Efua Mensah returned from Beirut last year owing, she says, more than she had earned there.\n\n"
            "The 31-year-old worked for a family in Jounieh.")
    a = _an(text)
    assert source_of(a, "more than she had earned").wording == "Efua Mensah"


def test_aside_pronoun_without_a_dateline_keeps_working() -> None:
    text = ("Returnee tells of unpaid months\n\n"
            "Migrant domestic workers in the Gulf often have their passports taken by employers.\n\n"
            "Zawadi Njoroge flew back from Doha in May with, she says, eight months of wages unpaid.")
    a = _an(text)
    assert source_of(a, "eight months of wages unpaid").wording == "Zawadi Njoroge"


# ---------------------------------------------------------------- "the agency" after a recruitment firm's name

_LEAD = ("Cleaner says fee was never returned\n\n"
         "Migrant domestic workers in the Gulf often have their passports taken by employers.\n\n")
_FIRM = (_LEAD +
         "Amina Yusuf paid a placement fee before she flew to Kuwait, she said. Pwani Recruitment Agency, which "
         "placed her, said it had done nothing wrong. The agency said it never takes money from candidates.")


def test_the_agency_after_a_recruitment_firm_is_the_firm() -> None:
    assert source_of(_an(_FIRM), "never takes money from candidates").kind == "organization"


def test_the_agency_after_a_state_agency_stays_official() -> None:
    text = (_LEAD +
            "Amina Yusuf paid a placement fee before she flew to Kuwait, she said. The National Employment Agency "
            "promised to review her file. The agency denied that any worker had been charged a fee.")
    assert source_of(_an(text), "denied that any worker").kind == "official"


# ---------------------------------------------------------------- intake notes written without subjects

_INTAKE = ("Harbour Shelter bulletin\n\n"
           "Intake 11 | Ethiopia | age 27\n"
           "Worked eight months in a house in Salmiya. Says broker in Addis Ababa promised her a job in a clinic. "
           "Employer warned her she would lose her residence card if she complained. Passport kept by the employer.")


def test_subjectless_notes_name_no_speaker() -> None:
    a = _an(_INTAKE)
    first = source_of(a, "Worked eight months")
    assert source_of(a, "promised her a job in a clinic").key == first.key
    assert source_of(a, "lose her residence card").key == first.key


def test_a_named_person_who_told_her_stays_the_speaker() -> None:
    # control: a sentence with its own subject and a named speaker is untouched
    text = ("Harbour Shelter bulletin\n\n"
            "Intake 11 | Ethiopia | age 27\n"
            "Worked eight months in a house in Salmiya without pay. Rahel Tesfaye told reporters the employer kept her passport.")
    a = _an(text)
    assert source_of(a, "kept her passport").wording == "Rahel Tesfaye"


# ---------------------------------------------------------------- "By her account" after a woman heard

def test_by_her_account_is_the_woman_just_heard() -> None:
    text = ("Two maids leave their employers in Jeddah\n\n"
            "\"They kept my passport from the first day,\" said a 40-year-old woman from Cebu, the elder of the two.\n\n"
            "By her account the family paid her nothing for four months and locked the gate at night.\n\n"
            "The employer could not be reached.")
    a = _an(text)
    assert source_of(a, "paid her nothing for four months").key == source_of(a, "kept my passport").key


def test_by_account_with_no_one_heard_stays_the_page() -> None:
    text = ("Two maids leave their employers in Jeddah\n\n"
            "By all accounts the agency had closed its office by March.")
    a = _an(text)
    assert all(a.source(c.source) is None or a.source(c.source).kind == "outlet" for c in a.claims)  # type: ignore[union-attr]


# ---------------------------------------------------------------- cues: held until a cost is repaid, hair pulled

def test_held_until_the_recruitment_cost_is_repaid_is_debt() -> None:
    assert "debt_bondage" in lexicon_indicators(
        "The broker would not let the men go home till their recruitment costs were repaid.")
    # control: a plain denial stays a denial
    assert "debt_bondage" not in lexicon_indicators("The workers were not asked to repay any recruitment cost.")


def test_hair_pulled_in_the_first_person_is_violence() -> None:
    assert "physical_and_sexual_violence" in lexicon_indicators("He pulled our hair and shouted at us.")
    # control: food burned in the kitchen is no injury
    assert "abusive_working_and_living_conditions" not in lexicon_indicators("He shouted at us because the bread was burned.")
