"""Probes for the classes of failure the study of heldout110 showed (forced labour in sub-Saharan Africa and of
African workers abroad: children in pits and on farms, national service, labour-court digests, company denials).
Every text is written for this test in our own wording; names, places, figures and sentence shapes differ from the
set's. Each class has positive cases and controls that must not change."""

from __future__ import annotations

import pytest

from labourlens.analyse import hedges
from labourlens.analyse.claims import _core_worker
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.places import find as find_places
from labourlens.analyse.speakers import classify
from probe_helpers import META, claim_with, lexicon_indicators, source_of


def lexicon_rules(sentence: str) -> set[str]:
    """The rule ids the lexicon fires on one sentence on its own."""
    from labourlens.analyse import indicators  # noqa: PLC0415

    return {h.rule for h in indicators.match(sentence, 0).hits}


# --- boys, minors and conscripts are the people a report is about --------------------------------------------


def test_a_report_on_boys_in_the_pits_has_claims() -> None:
    text = ("Boys as young as eleven dig for tin at pits outside Manono, a parent said. They carry sacks on their "
            "heads from dawn until dark.\n\n"
            "\"They beat the boys who rest before the siren and the foreman keeps their pay,\" said Odile Kanku, whose "
            "son works there.")
    a = analyse(text, META)
    assert "physical_and_sexual_violence" in {h.indicator for c in a.claims for h in c.indicators}
    assert source_of(a, "They beat the boys").kind == "named_person"


@pytest.mark.parametrize("text", [
    "Conscripts at the camp say they were never released.",
    "Minors were found at the quarry.",
    "The boys carry sacks of ore.",
])
def test_boys_minors_and_conscripts_are_people_a_claim_is_about(text: str) -> None:
    assert _core_worker().found(text)


def test_bare_children_are_not() -> None:
    assert not _core_worker().found("Children played in the square after the festival.")


def test_a_school_sports_report_stays_quiet() -> None:
    text = ("The under-14 boys of St Mary's beat Lakeside 3-1 in the final on Saturday.\n\n"
            "The boys trained every afternoon for a month, their coach said.")
    assert not analyse(text, META).claims


# --- an editor's note that presents a transcript gives its text to the one who sent it ------------------------


def test_a_transcript_presented_in_an_editors_note_speaks_as_its_sender() -> None:
    text = ("Editor's note: What follows is a transcript of a voice note sent on Friday to our newsroom by a woman "
            "who says she works at a flower farm near Naivasha. We could not verify it.\n\n"
            "[Voice note, 2:05]\n\n"
            "\"They locked the gate of the greenhouse and kept our passports in the office.\n\n"
            "We are paid half of what the contract says.\"\n\n"
            "The farm did not answer our questions.")
    a = analyse(text, META)
    s = source_of(a, "kept our passports")
    assert s.kind == "anonymous_source"
    assert s.wording is not None and "woman" in s.wording
    assert claim_with(a, "paid half").source == s.key


def test_an_editors_note_without_a_transcript_changes_nothing() -> None:
    text = ("Editor's note: This story was updated on Friday.\n\n"
            "Workers at a flower farm near Naivasha said their passports were kept in the office and they were "
            "beaten.")
    s = source_of(analyse(text, META), "passports were kept")
    assert s.kind != "anonymous_source" or "woman" not in (s.wording or "")


# --- a byline "Posted by" with a hyphenated first name is no forum user ---------------------------------------


def test_a_hyphenated_byline_name_does_not_speak_the_story() -> None:
    text = ("Posted by Anne-Sophie Mbala | 3 March 2024, 09:15\n\n"
            "A leaked memo from a cement plant in Kasama orders supervisors to withhold the wages of striking "
            "workers.\n\n"
            "Two workers said guards had confiscated their phones at the gate.")
    a = analyse(text, META)
    for c in a.claims:
        s = a.source(c.source)
        assert s is None or (s.wording or "") not in ("Anne", "Anne-Sophie", "Anne-Sophie Mbala")


def test_a_forum_user_is_still_a_poster() -> None:
    text = ("Posted by kasama_worker\n\n"
            "The supervisors took our passports and we are not paid for overtime at the cement plant.")
    a = analyse(text, META)
    s = source_of(a, "took our passports")
    assert "kasama_worker" in (s.wording or "")


# --- counsel for the employer in a labour case speaks for the firm --------------------------------------------


def test_counsel_for_the_respondent_is_the_firm() -> None:
    text = ("The applicants, farmworkers on a mango estate, said their wages were withheld for months.\n\n"
            "For the respondent, Advocate Johan Kruger argued that the deductions from the workers' wages were "
            "lawful.")
    s = source_of(analyse(text, META), "deductions")
    assert s.kind == "organization"


def test_counsel_for_the_prosecution_is_still_official() -> None:
    text = ("Farmworkers on a mango estate said their wages were withheld for months.\n\n"
            "For the prosecution, Thandi Mokoena told the court the workers' passports were locked in a safe.")
    s = source_of(analyse(text, META), "passports were locked")
    assert s.kind == "official"


# --- an outlet named with two particles is the audience; a commander of a state body is official -------------


def test_told_an_outlet_with_two_particles() -> None:
    text = ("Children were found on cocoa farms near Daloa.\n\n"
            "\"The boys worked without any protection and were beaten,\" the commander of the Daloa gendarmerie "
            "company, Lieutenant Serge Kouadio, told L'Indépendant de la Marahoué.")
    s = source_of(analyse(text, META), "were beaten")
    assert s.kind == "official"
    assert "Kouadio" in (s.wording or "")


def test_the_commander_of_a_firms_security_is_not_official() -> None:
    text = ("Workers at the Tembo sawmill said their wages were withheld.\n\n"
            "\"Nobody was beaten at the gate,\" the commander of the Tembo Timber Ltd security team, Jonas Phiri, said.")
    s = source_of(analyse(text, META), "Nobody was beaten")
    assert s.kind != "official"


# --- a cooperative's president is one person: a later "he said" goes back to him -----------------------------


def test_he_after_a_cooperatives_president() -> None:
    text = ("Boys from Mali were found working on cocoa farms near Duekoue and were beaten. The boys were paid "
            "nothing, according to a social worker at the transit centre who is following the case.\n\n"
            "The president of the local rubber cooperative, Coop\u00e9rative H\u00e9v\u00e9a Espoir de Gagnoa, said "
            "none of its farms used forced labour. \"We check every farm. We have never seen a boy beaten there,\" he "
            "said.")
    a = analyse(text, META)
    assert "president" in (source_of(a, "never seen a boy").wording or "").lower()
    assert "social worker" in (source_of(a, "paid nothing").wording or "")


# --- denials: a quoted "categorically denies", a negated subject before "is forced", "a single complaint" -----


@pytest.mark.parametrize("text", [
    'In a reply, Kafue Granite Ltd said it "firmly denies" that any worker had been struck.',
    'In a reply, Kafue Granite Ltd said it \u201ccategorically denies\u201d that any worker had been struck.',
    "The firm said it had never received a single complaint from its quarry workers.",
])
def test_denial_cues(text: str) -> None:
    assert hedges.denial_cue(text) is not None


@pytest.mark.parametrize("text", [
    'The workers said they were "denied" food for two days.',
    "The workers said they had received a single payment in six months.",
])
def test_not_denial_cues(text: str) -> None:
    assert hedges.denial_cue(text) is None


def test_no_worker_is_forced_to_stay_is_a_denial() -> None:
    assert "restriction_of_movement" not in lexicon_indicators(
        '"No worker at our quarry is forced to stay after his shift," the manager said.')


def test_every_worker_is_forced_to_stay_is_no_denial() -> None:
    assert "restriction_of_movement" in lexicon_indicators(
        '"Every worker at our quarry is forced to stay after his shift," a driver said.')


# --- header parts that are no outlet: a numbered brief, "Download PDF", "Print" --------------------------------


def test_a_numbered_field_brief_beside_the_name() -> None:
    text = ("KASAMA RIGHTS MONITOR | Field Note No. 12\nChildren at the quarries of Mansa\n"
            "Released 3 May 2024 | Download PDF | Share\n\nSummary\n\nWorkers at the quarry said they were beaten.")
    assert analyse(text, META).meta.outlet == "Kasama Rights Monitor"


def test_a_plain_header_still_gives_its_outlet() -> None:
    text = "Copperbelt Morning Post | Business\n3 May 2024\n\nWorkers at the smelter said they were beaten."
    assert analyse(text, META).meta.outlet == "Copperbelt Morning Post"


# --- lexicon: work in water to the waist, pay collected by the handler ---------------------------------------


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The girls wash gravel standing in mud up to their knees all day.", "abusive_working_and_living_conditions"),
    ("Miners said they dig in pit water up to their chests.", "abusive_working_and_living_conditions"),
    ("The boys were brought by a middleman who takes their wages every Friday.", "withholding_of_wages"),
    ("An uncle who collected her pay kept most of it, the girl said.", "withholding_of_wages"),
])
def test_wading_and_handlers_taking_pay(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("After the rains, flood water came up to their knees in the streets.", "abusive_working_and_living_conditions"),
    ("The recruiter who collected the fees said the visas were ready.", "withholding_of_wages"),
])
def test_floods_and_fees_are_not(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)


# --- "X, who speaks for <body>"; a depot's owner; a firm's legal form in brackets -----------------------------


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Grace Achola, who speaks for the internal affairs ministry", "official"),
    ("Grace Achola, who speaks on behalf of Tembo Mining Ltd", "organization"),
    ("The depot's Lebanese owner, reached by phone", "organization"),
    ("The owner of the ore depot", "organization"),
    ("Kariba Granite (Private) Limited", "organization"),
    ("Limpopo Packers (Pty) Ltd", "organization"),
])
def test_speaker_kinds(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Grace Achola, who speaks for the workers", "named_person"),
    ("Grace Achola, who works for the internal affairs ministry", "named_person"),
])
def test_speaker_kinds_unchanged(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_the_firm_in_brackets_is_the_company_again() -> None:
    text = ("Miners at a colliery near Hwange told the hearing they were beaten by supervisors and paid late.\n\n"
            'In a statement, Kariba Granite (Private) Limited said it "categorically denies" that any worker was beaten. '
            'The company said it had "never received a single complaint" from its miners.')
    a = analyse(text, META)
    first = claim_with(a, "categorically denies")
    assert a.source(first.source).kind == "organization"  # type: ignore[union-attr]
    assert first.polarity == "negated"
    assert claim_with(a, "single complaint").source == first.source


# --- the provinces of South Africa ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("Grape pickers on a farm near Paarl, in the Western Cape, said they were locked in.", ("Western Cape", "ZA")),
    ("Zimbabwean farmworkers in Limpopo Province said their passports were taken.", ("Limpopo", "ZA")),
    ("Miners in Mpumalanga and KwaZulu-Natal went on strike.", ("KwaZulu-Natal", "ZA")),
    ("A shelter in Gauteng took in the women.", ("Gauteng", "ZA")),
    ("Police rescued the men near Worcester in the Western Cape.", ("Worcester", "ZA")),
])
def test_south_african_provinces(text: str, place: tuple[str, str]) -> None:
    assert place in {(p.name, p.country) for p in find_places(text)}


@pytest.mark.parametrize("text", [
    "The men crossed the Limpopo at night to reach the farms.",
    "Workers in the north west of the country said they were unpaid.",
])
def test_a_river_and_a_compass_point_are_no_province(text: str) -> None:
    assert not any(p.country == "ZA" and p.level == "admin1" for p in find_places(text))


# --- lexicon: cues that read a child's or a debtor's plight as something else; nobody given the gear ---------


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Girls at the farm were spraying weedkiller chemicals without any protection.", "abuse_of_vulnerability"),
    ("A worker said security guards had photographed the faces of strikers at the gate during the stoppage.",
     "restriction_of_movement"),
    ("He said he owed 80,000 francs for his bus fare and must work it off.", "withholding_of_wages"),
    ("He said he owed 80,000 francs for his bus fare and must work it off.", "restriction_of_movement"),
    ("Most of the boys at the pits did not attend school, the survey found.", "deception"),
])
def test_cues_that_are_not_the_indicator(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The migrants had no legal status and lived without any protection from the law.", "abuse_of_vulnerability"),
    ("Guards at the gate stop anyone who leaves the compound.", "restriction_of_movement"),
    ("At the end of the month we were paid only bus fare.", "withholding_of_wages"),
    ("The trainees never attended a single class at the college.", "deception"),
    ("None of the girls at the quarry had gloves or masks.", "abusive_working_and_living_conditions"),
    ("Not one of the diggers we met had been given a helmet.", "abusive_working_and_living_conditions"),
])
def test_the_same_cues_still_count(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


# --- deception: promises not kept, school promised to a child, terms never put in writing --------------------


@pytest.mark.parametrize("sentence", [
    "Parents in Gulu sent their sons to the farms with promises that were never kept.",
    '"The woman told my mother I would attend school in Kumasi," the girl said.',
    "Porters at the market were hired week after week without written terms.",
])
def test_deception_cues(sentence: str) -> None:
    assert "deception" in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The minister said every child would attend school free of charge next year.",
    "The contractor kept his promises and paid on time.",
    "The crews worked without a written contract for a month.",
])
def test_not_deception_cues_of_this_study(sentence: str) -> None:
    assert not any(h for h in lexicon_rules(sentence) if h.startswith("FL02.r110_"))


# --- hedges: a reduced "believed to have" after a noun; "looking into reports that" ---------------------------


@pytest.mark.parametrize("text", [
    "A recruiter thought to have brought the girls from Mbale was detained.",
    "Inspectors are investigating claims that the foreman kept the wages.",
    "The ministry said it was looking into reports that the women were locked in.",
])
def test_hedges_of_this_study(text: str) -> None:
    assert hedges.find_hedges(text)


@pytest.mark.parametrize("text", [
    "The foreman told them to be quiet and kept their wages.",
    "Inspectors looked into the dormitory and found forty beds.",
])
def test_no_hedge(text: str) -> None:
    assert not hedges.find_hedges(text)
