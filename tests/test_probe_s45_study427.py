"""Probes for the forty-fifth session's study of a held-out set on children and adults on West African cocoa farms and
at artisanal gold pits (``heldout427``): the speaker shapes and cues it showed that other reports share. Every text
here is invented (people, firms and figures); places are real."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import META, lexicon_indicators, polarity_and_indicators, speaker

# ---------------------------------------------------------------- a question-time record: a post, its holder in brackets

RECORD = (
    "NATIONAL ASSEMBLY - OFFICIAL REPORT\nThursday, 5 March 2026\n\n"
    "Mr Kojo Amponsah (Tema Central): Mr Speaker, I asked the Minister what is known of fishermen held on canoes.\n\n"
    "Mr Speaker: Hon Deputy Minister.\n\n"
    "Deputy Minister for Fisheries and Aquaculture (Ms Serwaa Boateng-Quaye): Mr Speaker, inspectors boarded 40 "
    "canoes at Elmina in January. On nine of them they found boys under 14 who were beaten by the crews and were never paid.\n\n"
    "Mr Amponsah: Mr Speaker, are the boys paid?\n\n"
    "Ms Boateng-Quaye: Mr Speaker, the inspectors were told that the boys' pay goes to the canoe owners. The Ministry "
    "does not accept that such practices are tolerated at the landing beaches.\n"
)


def test_a_post_with_its_holder_in_brackets_speaks_as_the_holder_in_office() -> None:
    wording, kind, key = speaker(RECORD, "beaten by the crews", META)
    assert (wording, kind) == ("Ms Serwaa Boateng-Quaye", "official")
    later = speaker(RECORD, "pay goes to the canoe owners", META)
    assert later[2] == key  # "Ms Boateng-Quaye:" is the same minister


# ---------------------------------------------------------------- an interview's answers under the initials of a double-barrelled name

INTERVIEW = (
    "HARVEST QUARTERLY | Interview\n\n"
    "Yaw Asare-Bediako has advised farm workers around Goaso for eleven years. We spoke by phone.\n\n"
    "Harvest Quarterly: What do caretakers complain of?\n"
    "YAB: Most workers say their pay is held back until the crop is sold. Some farm owners keep the workers' "
    "identity cards so that they cannot leave.\n\n"
    "HQ: And the hours?\n"
    "YAB: In the main crop they work from dawn until dark, seven days a week.\n"
)


def test_initials_that_take_each_part_of_a_double_barrelled_name_are_that_person() -> None:
    assert speaker(INTERVIEW, "dawn until dark", META)[:2] == ("Yaw Asare-Bediako", "named_person")


# ---------------------------------------------------------------- a translated record's "declared that"

JUDGMENT = (
    "Tribunal de Première Instance de Bouaké - extract of judgment, unofficial translation\n\n"
    "FACTS\nThe prosecution states that the accused brought eleven boys from Burkina Faso to cashew farms.\n\n"
    "Witness 3, a girl aged 15, declared that the overseer locked the girls in a storeroom every night.\n\n"
    "Witness 4, a boy aged 14, declared that he was never paid for the whole harvest.\n\n"
    "GROUNDS\nThe tribunal finds it established that the boys were brought by deceit.\n"
    "The tribunal does not find it proven that the overseer struck the boys.\n"
)


def test_a_witness_who_declared_that_speaks() -> None:
    wording, kind, key = speaker(JUDGMENT, "locked the girls in a storeroom", META)
    assert wording is not None and wording.startswith("Witness 3") and kind == "anonymous_source"
    assert speaker(JUDGMENT, "never paid for the whole harvest", META)[2] != key  # each witness apart


def test_a_court_that_does_not_find_it_proven_speaks_and_denies() -> None:
    wording, kind, _ = speaker(JUDGMENT, "does not find it proven", META)
    assert wording is not None and wording.lower().startswith("the tribunal") and kind == "official"
    polarity, _ = polarity_and_indicators(JUDGMENT, "The tribunal does not find")
    assert polarity == "negated"


def test_declared_without_that_is_no_saying() -> None:
    text = ("Workers at a fictional cashew plant in Bouaké said their wages were held for months.\n\n"
            "The owner declared bankruptcy in May, and the plant closed with the wages still unpaid.\n")
    a = analyse(text, META)
    claim = next((c for c in a.claims if "declared bankruptcy" in c.text), None)
    assert claim is None or (a.source(claim.source) is None or "owner" not in (a.source(claim.source).wording or "").lower())


# ---------------------------------------------------------------- a field report's lettered cases

CASES = (
    "Sahel Child Watch\nField notes 4: children on cashew farms\n\n"
    "Findings\nOur staff met 22 child workers on farms around Korhogo between March and May; most were never paid "
    "and some were beaten.\n\n"
    "Case A. A 12-year-old boy from Banfora came south with a man who called himself his cousin. On a farm near "
    "Korhogo he carried sacks of nuts heavier than himself and was beaten when he dropped one.\n\n"
    "Case B. A 15-year-old girl from Bobo-Dioulasso was told she would learn hairdressing in Abidjan. Instead she "
    "worked in a farmer's house from five in the morning and was never paid.\n"
)


@pytest.mark.parametrize("frag, wording", [
    ("was beaten when he dropped one", "A 12-year-old boy from Banfora"),
    ("was never paid", "A 15-year-old girl from Bobo-Dioulasso"),
])
def test_what_a_lettered_case_tells_of_its_person_is_theirs(frag: str, wording: str) -> None:
    assert speaker(CASES, frag, META)[:2] == (wording, "anonymous_source")


def test_the_cases_are_told_apart() -> None:
    assert speaker(CASES, "was beaten when he dropped one", META)[2] != speaker(CASES, "was never paid", META)[2]


# ---------------------------------------------------------------- kinds: state committees, a ministry's director, a spokesman's rank

@pytest.mark.parametrize("phrase", [
    "The Poro regional child-protection committee",
    "Ghana's national anti-trafficking committee",
    "the district child-labour monitoring committee",
])
def test_a_child_protection_committee_of_a_tier_of_the_state_is_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase", ["the village child-protection committee", "the union's national committee"])
def test_a_committee_of_no_tier_is_not_made_official(phrase: str) -> None:
    assert classify(phrase) != "official"


@pytest.mark.parametrize("phrase, kind", [
    ("Mariam Sanogo, the ministry's regional director for the Hauts-Bassins", "official"),
    ("Mariam Sanogo, the labour ministry's regional director", "official"),
    ("Mariam Sanogo, the ministry's researcher", "named_person"),
])
def test_a_person_of_the_ministry_by_its_common_noun(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_spokesmans_rank_and_name_said_again_by_surname_stays_official() -> None:
    text = ("Seventeen child workers were taken off a lorry at the Pô crossing on their way to cocoa farms where, "
            "the gendarmerie said, they would have worked without pay to repay the cost of the journey.\n\n"
            "Gendarmerie spokesman Lieutenant Issa Kaboré gave the figures on Tuesday morning.\n\n"
            "Kaboré said the driver was holding the children's birth certificates in his cab.\n")
    assert speaker(text, "birth certificates", META)[:2] == ("Lieutenant Issa Kaboré", "official")


# ---------------------------------------------------------------- findings of nothing

@pytest.mark.parametrize("sentence", [
    "Not one girl spoke of passports being confiscated.",
    "The survey turned up nothing to show that the boys were beaten.",
])
def test_a_finding_of_nothing_is_negated(sentence: str) -> None:
    text = ("Children at fictional cocoa farms near Soubré told researchers they were made to work without pay.\n\n"
            + sentence + "\n")
    polarity, inds = polarity_and_indicators(text, sentence[:20])
    assert polarity == "negated" and not inds


# ---------------------------------------------------------------- the lexicon

@pytest.mark.parametrize("sentence, indicator", [
    ("None of the boys had ever sat in a classroom.", "abuse_of_vulnerability"),
    ("The overseers stop you if you try to leave before the harvest ends.", "restriction_of_movement"),
    ("Two men with rifles watch the only road out of the camp.", "restriction_of_movement"),
    ("The boys were tied up for a night after one of them tried to run away.", "restriction_of_movement"),
    ("The boys were tied up for a night after one of them tried to run away.", "physical_and_sexual_violence"),
    ("She said two of the women were attacked in the camp last month.", "physical_and_sexual_violence"),
    ("Some of the girls are made to go with the guards at night.", "physical_and_sexual_violence"),
    ("The team leader kept their wages for four months.", "withholding_of_wages"),
    ("The boss kept the money the boys earned, and they never saw any of it.", "withholding_of_wages"),
    ("The foremen fine a worker 2,000 francs for a day missed.", "withholding_of_wages"),
    ("The sponsors deduct the fuel costs from the diggers' share.", "withholding_of_wages"),
    ("The agent charges each worker a fee to be placed with a farmer.", "debt_bondage"),
    ("He was told he owed the driver for the journey.", "debt_bondage"),
    ("Some of them take tramadol to keep working through the night.", "abusive_working_and_living_conditions"),
    ("The farm owners keep their consular cards.", "retention_of_identity_documents"),
    ("He has not seen his own card since he arrived in March.", "retention_of_identity_documents"),
    ("The recruiter who brought him still has his identity card.", "retention_of_identity_documents"),
])
def test_the_lexicon_reads_the_cue(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence, indicator", [
    ("The fire exits of the dormitory were chained at night.", "physical_and_sexual_violence"),
    ("I have never seen my bank card.", "retention_of_identity_documents"),
    ("They were promised they would keep their wages for the whole season.", "withholding_of_wages"),
    ("The boats were tied up at the quay after the storm.", "physical_and_sexual_violence"),
    ("Two miners were attacked by bandits on the road to the market.", "physical_and_sexual_violence"),
    ("We charge no fee to be placed with a farmer.", "debt_bondage"),
    ("She keeps her pay in a bank account in Kumasi.", "withholding_of_wages"),
])
def test_the_lexicon_leaves_the_look_alikes(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)


# ---------------------------------------------------------------- a place counted off before the speaker

def test_a_counted_place_before_the_comma_is_no_part_of_the_speaker() -> None:
    text = ("Auditors visited 30 fictional cashew farms near Bondoukou in March.\n\n"
            "On 4 farms, seasonal labourers from Mali stated that their wages were withheld until the last sale.\n")
    wording, kind, _ = speaker(text, "wages were withheld", META)
    assert wording == "seasonal labourers from Mali" and kind == "anonymous_source"


# ---------------------------------------------------------------- a fact check's rating; a live page's notes on checking

def test_a_rating_line_is_no_claim() -> None:
    from labourlens.analyse.editorial_frames import editorial_frame

    assert editorial_frame("Rating: MISLEADING.") and editorial_frame("Our verdict - Partly false.")
    assert not editorial_frame("Rating: MISLEADING. The photo shows workers locked in a shed.")


@pytest.mark.parametrize("sentence", ["We have not seen the notebook.", "We are working to confirm this."])
def test_a_page_that_has_not_checked_notes_it_as_unconfirmed(sentence: str) -> None:
    from labourlens.analyse import hedges

    assert hedges.unconfirmed_start(sentence) is not None


# ---------------------------------------------------------------- page labels that are no outlet; a surname after "van"

@pytest.mark.parametrize("head, outlet", [
    ("CASHEW WATCH | FACT-CHECK\n\nClaim: A photo shows workers locked in a shed.\n", "Cashew Watch"),
    ("OPEN LETTER\nFrom: Fair Fields Network, Nairobi\n\nDear Ms Otieno,\n\nWe write about tea.\n", None),
])
def test_a_page_label_beside_the_masthead(head: str, outlet: str | None) -> None:
    from labourlens.analyse import meta, sentences

    assert meta.detect(head, sentences.split(head), {"language": "en"}).outlet == outlet


def test_a_family_name_after_van_is_no_town() -> None:
    from labourlens.analyse.person_name_places import introduced_names

    assert "Aalst" in introduced_names("To: Mr Joost van Aalst, Chief Executive. Dear Mr van Aalst,")
