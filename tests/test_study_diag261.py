"""Probes for the classes of miss found when heldout261 (court, police and prosecutors' material from Russia, China,
Central Asia and the Gulf) was opened for study (branch diag261). Every text is written for these tests, in our own
wording: people, firms, cases and figures are invented (places and currencies are real); each class has controls
that must not change."""

from __future__ import annotations

from labourlens.analyse import places
from labourlens.analyse.lawful_fees import without_lawful_fee_hits
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.source_refs import reference_place
from labourlens.model import Analysis
from probe_helpers import claim_with, lexicon_indicators, source_of

META = {"published": "2026-11-02", "language": "en"}


def _an(text: str) -> Analysis:
    return analyse(text, dict(META))


def _places(text: str) -> set[tuple[str, str | None, str]]:
    return {(p.name, p.country, p.level) for p in places.find(text)}


# ---------------------------------------------------------------- the state's investigation of a criminal case

_CASE = ("Orchard case goes to court\n\n"
         "OMSK, 9 June. Police in Omsk have charged a fruit grower with forced labour, the regional police said. "
         "The investigation found that the grower kept nine pickers in a locked shed for the whole summer. "
         "According to investigators, the pickers received no wages from June to October. "
         "The pickers were beaten when they asked to leave, investigators said. "
         "A neighbour said she often saw the men digging after dark.")


def test_case_investigation_and_investigators_are_one_official_source() -> None:
    a = _an(_CASE)
    first = source_of(a, "kept nine pickers")
    assert first.kind == "official"
    assert source_of(a, "received no wages").key == first.key
    assert source_of(a, "beaten when they asked").key == first.key
    assert source_of(a, "digging after dark").key != first.key  # control: the neighbour is her own source


def test_investigation_outside_a_criminal_case_is_left_alone() -> None:
    # control: a rights group's own investigation, no criminal case: the merge rule does not apply
    text = ("Pickers' pay in the Fergana valley\n\n"
            "The investigation by the Harvest Rights Group found that pickers in Fergana worked without contracts "
            "and were not paid for weeks. According to the group's investigators, supervisors kept the pickers' "
            "passports. A supervisor said the pickers could leave at any time.")
    a = _an(text)
    assert source_of(a, "without contracts").kind != "official"


# ---------------------------------------------------------------- "the informant at the <body>" goes back to it

def test_source_in_a_body_goes_back_to_the_source_in_that_body() -> None:
    text = ("Loggers held at a timber yard\n\n"
            "An informant at the regional labour inspectorate told the paper that the loggers had not been paid "
            "since June. Another informant, a driver at the timber yard, said the loggers were locked in the yard at "
            "night. Later the informant at the inspectorate said the yard's owner probably took their passports.")
    a = _an(text)
    inspectorate = source_of(a, "not been paid since June")
    assert source_of(a, "probably took").key == inspectorate.key
    assert source_of(a, "locked in the yard").key != inspectorate.key  # control: the driver stays apart
    assert reference_place("the informant at the inspectorate") == "inspectorate"
    assert reference_place("the informant said") is None  # control


# ---------------------------------------------------------------- words carried by a lawyer or a written statement

def test_through_his_lawyer_he_is_the_person_of_the_sentence_before() -> None:
    text = ("Cook's case in the labour court\n\n"
            "A cook, 34, told the labour court that she worked every day of the year and was never paid overtime. "
            "The restaurant owner rejected the claims. "
            "Through his advocate, he insisted that the cook \"could leave whenever she wanted\".")
    a = _an(text)
    assert source_of(a, "could leave whenever").key == source_of(a, "rejected the claims").key
    assert source_of(a, "could leave whenever").key != source_of(a, "never paid overtime").key


def test_her_statement_is_the_words_of_the_person_just_heard() -> None:
    text = ("Brickworks trial in Tula\n\n"
            "Victims' statements were read out at the hearing in Tula. "
            "A fourth victim, who asked that her name be withheld, described how the women were locked in a hostel "
            "after each shift. \"The foreman hit Dilnoza with a belt so the rest of us would keep quiet,\" her statement "
            "reads. The owner insisted in court that no women ever worked for him.")
    a = _an(text)
    victim = source_of(a, "locked in a hostel")
    assert source_of(a, "hit Dilnoza").key == victim.key
    assert source_of(a, "no women ever worked").key != victim.key  # control


def test_according_to_their_testimony_is_not_folded_into_the_sentence_before() -> None:
    # control: no quotation tagged by the statement; the earlier group keeps apart from the testimony
    text = ("Scaffolders' complaints in Valletta\n\n"
            "Scaffolders said their passports were kept by the agency and that they were paid late every month. "
            "Three riggers were hurt in a fall in May; according to their testimony, the agency warned them they would "
            "be sent home if they saw a doctor without its permission.")
    a = _an(text)
    assert source_of(a, "warned them").key != source_of(a, "paid late").key


def test_aside_pronoun_goes_to_the_role_that_opens_the_sentence() -> None:
    text = ("Pickers case in court\n\n"
            "TASHKENT, 3 May. Police say the pickers on the cotton farm were locked in at night. "
            "The farm manager insisted in court that the gate stayed open. "
            "The inspector asked the judge to admit the payroll ledger, which, she said, proves that the pickers were "
            "never paid.")
    a = _an(text)
    s = source_of(a, "payroll ledger")
    assert s.wording == "The inspector" and s.kind == "official"
    assert source_of(a, "gate stayed open").wording == "The farm manager"  # control


# ---------------------------------------------------------------- places

def test_regions_named_together_under_one_plural_level_word() -> None:
    got = _places("Herders in the Abai and Ulytau regions lost half their flocks.")
    assert ("Abai Region", "KZ", "admin1") in got and ("Ulytau Region", "KZ", "admin1") in got
    # a name read as a town already is left as read; only the name found nowhere is added
    got = _places("Inspectors visited farms in the Kostanay and Akmola regions of Kazakhstan.")
    assert ("Akmola Region", "KZ", "admin1") in got and ("Kostanay", "KZ", "city") in got
    # control: no level word, no region
    assert not any(level == "admin1" for _, _, level in _places("The crew lived in Tomsk and Omsk before the move."))


def test_a_regional_state_body_names_its_region() -> None:
    assert ("Pavlodar Region", "KZ", "admin1") in _places("Officers of the Pavlodar Region Police Department held two men.")
    assert ("Tomsk Oblast", "RU", "admin1") in _places("The Tomsk Oblast Prosecutor's Office opened a case.")


def test_an_assembly_is_no_town() -> None:
    assert not any(n == "Duma" for n, _, _ in _places("A deputy of the city Duma in Perm wrote to the governor."))
    assert not any(n == "Duma" for n, _, _ in _places("Duma deputies debated the migration bill in Moscow."))
    # control: the town itself
    assert ("Duma", "SY", "city") in _places("Shelling hit Duma, near Damascus, Syria.")


# ---------------------------------------------------------------- the rule on fees is no report of a fee taken

def test_rule_on_fees_gives_no_debt() -> None:
    sentence = "Under the new decree, no placement fee can be collected from jobseekers."
    hits = [h for h in without_lawful_fee_hits(sentence, _hits(sentence))]
    assert "debt_bondage" not in {h.indicator for h in hits}
    # control: a fee taken despite the rule stays
    taken = "The agency took recruitment fees of 2,000 dollars from each man, although such fees cannot be charged."
    assert "debt_bondage" in {h.indicator for h in without_lawful_fee_hits(taken, _hits(taken))}
    assert "debt_bondage" in lexicon_indicators("Each of the welders paid recruitment fees of 4,000 dollars to the broker.")
    taken = "A union officer said nurses were being charged recruitment fees that licensed brokers are forbidden to take."
    assert "debt_bondage" in {h.indicator for h in without_lawful_fee_hits(taken, _hits(taken))}


def _hits(sentence: str) -> list:  # type: ignore[type-arg]
    from labourlens.analyse import indicators

    return list(indicators.match(sentence, 0).hits)


def test_a_hiring_fair_report_stays_quiet() -> None:
    text = ("Hiring fair draws crowds in Muscat\n\n"
            "Some 4,000 people came to a hiring fair in Muscat on Monday, where 20 hotel groups offered 900 jobs. "
            "The labour office's stand at the fair handed out leaflets: charging jobseekers for a visa is prohibited. "
            "Waiters were offered 250 rials a month with housing and meals.")
    a = _an(text)
    assert not any(h for c in a.claims for h in c.indicators)


def test_helpers_find_claims() -> None:
    a = _an(_CASE)
    assert claim_with(a, "kept nine pickers").polarity == "affirmed"
