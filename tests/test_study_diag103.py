"""Probes for the classes of failure the study of heldout103 showed (long-form research taken from PDF: kiln and mill
debt bondage in South Asia, migrants in the Gulf and Malaysia). Every text is written for this test in our own
wording; names, places, figures and sentence shapes differ from the set's. Each class has positive cases and controls
that must not change."""

from __future__ import annotations

import pytest

from labourlens.analyse import hedges
from labourlens.analyse.bonded_households import bonded_households
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.places import find
from probe_helpers import META, claim_with, lexicon_indicators


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in find(text)}


# --- places of the kiln and mill belts, and a legislature that is no place ---------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("Moulders from Dolakha worked at a kiln outside Bhaktapur for two seasons.", ("Bhaktapur", "NP")),
    ("Kiln families from Ramechhap district said they were paid at the season's end.", ("Ramechhap", "NP")),
    ("Brick kilns ring the Kathmandu Valley, where most of the moulders are migrants.", ("Kathmandu Valley", "NP")),
    ("Girls from Virudhunagar were taken to a spinning mill in Tamil Nadu.", ("Virudhunagar", "IN")),
    ("Police in Sangareddy rescued the men from a kiln.", ("Sangareddy", "IN")),
    ("A middleman in Bolangir paid each family an advance.", ("Balangir", "IN")),
    ("The Bangladeshi maid had come to Dhaka from Kurigram as a child.", ("Kurigram", "BD")),
    ("Respondents in Mirpurkhas reported debts of several lakh rupees.", ("Mirpur Khas", "PK")),
])
def test_kiln_and_mill_belt_places(text: str, place: tuple[str, str]) -> None:
    assert place in _places(text)


def test_lalitpur_of_nepal_in_a_nepali_text() -> None:
    text = ("Kiln owners in Lalitpur and Bhaktapur, in Nepal, said the advances in rupees were loans the families asked"
            " for.")
    assert ("Lalitpur", "NP") in _places(text)
    assert ("Lalitpur", "IN") not in _places(text)


def test_the_brick_valley_is_not_its_capital() -> None:
    places = _places("BRICK SEASONS IN THE KATHMANDU VALLEY\n\nFamilies from Sindhuli moulded bricks there.")
    assert ("Kathmandu Valley", "NP") in places
    assert ("Kathmandu", "NP") not in places


@pytest.mark.parametrize("text", [
    "The committee's report was laid before the Rajya Sabha on 3 March.",
    "SIXTEENTH LOK SABHA: REPORT ON THE WELFARE OF MIGRANT WORKERS",
    "A member of the Vidhan Sabha raised the workers' case.",
])
def test_an_indian_house_of_parliament_is_no_place(text: str) -> None:
    assert not any(country == "LY" for _, country in _places(text))


def test_the_libyan_city_is_still_read() -> None:
    assert ("Sabha", "LY") in _places("Migrants held in a warehouse in Sabha, Libya, said they were sold to farmers.")


# --- a report on bonded labour that names families, not workers --------------------------------------------------

BONDED = (
    "Former haliya households in Dadeldhura say moneylenders have pulled them back into bondage twenty years after"
    " bonded labour was outlawed.\n\n"
    "A survey by a local group found that 140 families were again ploughing for landlords to pay off loans taken for"
    " funerals.\n\n"
    "\"Until the debt is cleared my daughter must mind his goats,\" one mother told the survey team.\n"
)


def test_bonded_families_report_has_claims() -> None:
    a = analyse(BONDED, META)
    assert any("140 families" in c.text for c in a.claims)
    c = claim_with(a, "140 families")
    assert "debt_bondage" in {h.indicator for h in c.indicators}


def test_bonded_households_needs_the_system_named() -> None:
    assert bonded_households(["Debt bondage persists.", "Some families work the fields to repay loans."])
    # families and loans without bondage named: no report on bonded labour
    assert not bonded_households(["Some families work the fields to repay loans.", "The harvest was poor."])
    # bondage named, but no household that works or owes
    assert not bonded_households(["Bonded labour was abolished in 2000.", "The minister opened a school."])


def test_family_story_without_bondage_stays_quiet() -> None:
    text = ("Families in the hill villages are working longer on their terraces this year to repay loans for new"
            " seed, a farmers' cooperative said.\n\nThe cooperative expects a good maize harvest.\n")
    assert analyse(text, META).claims == []


# --- the accused side's denials ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The plant's manager said that no labourer is kept against their will and that the advances are gifts.",
    "Counsel for the owner argued that the men were free to leave at any time.",
    "Her husband's lawyer said his client \"never laid a finger on the maid\".",
    "The firm replied that \"all overtime is logged and paid at the statutory rate\".",
    "Recruiters we met said they did not charge more than the official fee.",
    "The owner said he had not prevented any of the workers from going home.",
    "The consulate has not received any formal complaint of confinement.",
    "The department does not accept the figures cited by the campaigners.",
    "The audit says that no employee reported being threatened by supervisors.",
    "\"No worker's salary is deducted for housing,\" the firm said.",
])
def test_accused_denials(sentence: str) -> None:
    assert hedges.denial_cue(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "The workers said they were never free to leave the compound.",
    "She said the men were free to go to the market on Fridays.",
    "Overtime is paid at half the normal rate, the workers said.",
    "The agents charged more than the official fee, the returnees said.",
    "They had not received any wages for five months.",
    "The manager stopped the workers from leaving the site.",
])
def test_complaints_are_no_denials(sentence: str) -> None:
    assert hedges.denial_cue(sentence) is None


def test_denial_across_a_pdf_line_break() -> None:
    sentence = "The kiln owner's lawyer said his client \"never laid a\nhand on anyone\" at the site."
    assert hedges.denial_cue(sentence) is not None
    assert hedges.lowered("A\nB\tc") == "a b c"


# --- indicator cues of research reports ----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The doctor found bruises all over his legs, some of them weeks old.", "physical_and_sexual_violence"),
    ("The inspector said the boy had burn marks across his hands.", "physical_and_sexual_violence"),
    ("The supervisor told her she would never find work in this district again.", "intimidation_and_threats"),
    ("Of the 900 grievances filed, non-payment of salaries made up nearly half.", "withholding_of_wages"),
    ("The broker kept their citizenship certificates until the debt was repaid.", "retention_of_identity_documents"),
    ("Their piece rate is paid out only at the end of the brick season.", "withholding_of_wages"),
    ("Most families could not clear the advance, and what they owed was rolled over into the following season.",
     "debt_bondage"),
    ("Small children carried bricks beside their parents at every kiln we saw.", "abuse_of_vulnerability"),
    ("The raid freed 60 moulders, among them 9 children, from two kilns.", "abuse_of_vulnerability"),
    ("Her two sons and her husband were held at a farm outside Okara for a year.", "restriction_of_movement"),
    ("The contractor stationed guards at the entrance of the kiln at night.", "restriction_of_movement"),
    ("The landlord said the family's dadan was still outstanding after three seasons.", "debt_bondage"),
    ("The kiln's clerk put the cost of the medicine onto our debt,\" one moulder said.", "debt_bondage"),
    ("Workers freed by the labour department seldom get back the wages they earned.", "withholding_of_wages"),
    ("Each container was shared by fourteen men from three countries.", "abusive_working_and_living_conditions"),
])
def test_research_report_cues(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The new road left marks on the hillside.", "physical_and_sexual_violence"),
    ("He told reporters he would never work in a kiln again.", "intimidation_and_threats"),
    ("Non-payment of taxes by the firm was the subject of a separate audit.", "withholding_of_wages"),
    ("The ward office issued citizenship certificates to 300 residents.", "retention_of_identity_documents"),
    ("Each family moulded about a thousand bricks a day.", "abusive_working_and_living_conditions"),
    ("After the moulding season the kilns fall silent.", "abusive_working_and_living_conditions"),
    ("Salaries are paid at the end of each month by bank transfer.", "debt_bondage"),
    ("The children played with their parents at the festival.", "abuse_of_vulnerability"),
    ("A meeting was held at the factory on Monday.", "restriction_of_movement"),
    ("The buyer paid in advance for the outstanding orders.", "debt_bondage"),
    ("The ministry expects to recover the cost of the programme within two years.", "withholding_of_wages"),
    ("Each room was shared by two women.", "abusive_working_and_living_conditions"),
    ("The fields could not be sown, leaving families with no income for the winter.", "restriction_of_movement"),
])
def test_research_report_cue_controls(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)


def test_mould_as_damp_still_counts() -> None:
    assert "abusive_working_and_living_conditions" in lexicon_indicators("The dormitory walls were black with mould.")


# --- speakers and sentences of research reports --------------------------------------------------------------------

def test_a_witness_deposes() -> None:
    text = ("Migrant workers in the Gulf filed 2,100 complaints last year, a parliamentary panel heard.\n\n"
            "The representative of the Labour Department further deposed that 300 workers had been repatriated"
            " without their unpaid wages.\n")
    a = analyse(text, META)
    s = a.source(claim_with(a, "without their unpaid wages").source)
    assert s is not None and s.kind == "official" and "Labour Department" in s.wording


def test_interview_citation_after_the_tag() -> None:
    text = ("Kiln families in Nepal described their debts to our team.\n\n"
            "\"We borrowed 30,000 rupees from the agent in Dolakha. After five months of work he said we still owed"
            " 9,000, so we stayed,\" a man interviewed in Patan told our team (Interview 3, man, 40, Patan,"
            " May 2024).\n")
    a = analyse(text, META)
    s = a.source(claim_with(a, "still owed 9,000").source)
    assert s is not None and s.wording == "a man interviewed in Patan"


def test_interview_citation_is_blanked_with_its_footnote() -> None:
    from labourlens.analyse.quoted_names import blank_trailing_note

    text = "\"We stayed,\" a man told us (Respondent 12, woman, 35, Sunsari, June 2024).7"
    out = blank_trailing_note(text)
    assert len(out) == len(text)
    assert out.rstrip().endswith("told us .") or out.rstrip().endswith(".")
    assert "Respondent" not in out and "7" not in out
    # a bracket that is no citation stays
    assert blank_trailing_note("He said he was paid (in cash).") == "He said he was paid (in cash)."


def test_the_job_they_found_reports_nothing() -> None:
    from labourlens.analyse.quoted_names import blank_passive_found

    text = "51 said the job or employer they found on arrival differed from what the agent had promised."
    out = blank_passive_found(text)
    assert len(out) == len(text) and " found " not in out
    assert "they found there" not in blank_passive_found("the room they found there was bare")
    # a finding reported stays: "they found that", "we found 12 workers"
    assert blank_passive_found("In Doha we found that wages were cut.") == "In Doha we found that wages were cut."
    assert blank_passive_found("Inspectors said they found 12 workers locked in.") == (
        "Inspectors said they found 12 workers locked in.")


def test_footnote_number_after_a_bracket_ends_the_sentence() -> None:
    from labourlens.analyse.sentences import split

    text = ("\"It was less than promised,\" a returnee told us (Interview 9, man, 27, Morang, May 2024).18 He had"
            " borrowed the fee from a moneylender.")
    parts = [s.text for s in split(text)]
    assert any(p.startswith("He had borrowed") for p in parts)
    # a decimal figure is no footnote
    assert len(split("Prices rose by 2.18 Percent was the figure.")) == 1


# --- "dismissed" as people who lost their jobs, and a blacklisting threat ------------------------------------------

def _claims_of(sentence: str) -> list[tuple[str | None, str, set[str]]]:
    lead = "Migrant workers at the Kestrel Timber yard in Khabarovsk described their conditions.\n\n"
    a = analyse(lead + sentence, META)
    return [(c.cue, c.polarity, {h.indicator for h in c.indicators}) for c in a.claims if c.text.startswith(sentence[:20])]


def test_a_dismissed_worker_is_no_dismissal() -> None:
    [(cue, polarity, found)] = _claims_of(
        "A welder who was among those dismissed said the foreman had told him he would never work in the city again"
        " if he complained.")
    assert cue != "dismiss" and polarity == "affirmed"
    assert "intimidation_and_threats" in found


@pytest.mark.parametrize("sentence", [
    "The company dismissed the claims that workers were locked in the dormitory.",
    "The firm dismissed as false the reports that workers were unpaid.",
])
def test_a_dismissal_of_claims_is_still_a_denial(sentence: str) -> None:
    [(cue, polarity, _)] = _claims_of(sentence)
    assert cue == "dismiss" and polarity == "negated"


# --- a flattened table's caption ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "kind"), [
    ("Table 4. Advances and deductions by kiln (NPR)", "caption"),
    ("Figure 2: Hours worked per week, by sector", "caption"),
    ("Table 4 shows that most families owed more than a season's wages.", None),
])
def test_table_and_figure_captions(line: str, kind: str | None) -> None:
    from labourlens.analyse.sentences import line_kind

    assert line_kind(line) == kind


def test_a_box_heading_is_no_caption() -> None:
    from labourlens.analyse.sentences import line_kind

    # a testimony box's label heads the account below it (tests/test_probe_testimony_blocks.py)
    assert line_kind("Box 2. A moulder's account") is None
