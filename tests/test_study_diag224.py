"""Probes for the classes of speaker and same-source miss found when heldout224 was opened for study (branch diag224).
Every text is written for these tests, in our own wording: names, outlets and figures are invented (places and
currencies are real); each class has controls that must not change."""

from __future__ import annotations

from attribution_helpers import source_key as _src
from attribution_helpers import source_wording_kind as _speaker
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import split
from labourlens.analyse.speakers import classify

META = {"published": "2026-11-03", "language": "en"}




# -- a clause opened by "he"/"she" whose verb of speaking is coordinated with it: the pronoun speaks


def test_pronoun_clause_coordinated_with_the_verb_of_speaking_is_the_pronoun() -> None:
    m = find_mention("She flew back to Cusco, Peru, in June and talked to Radio Andina from her sister's flat.")
    assert m is not None and m.wording == "She"
    m = find_mention("He went back to Sylhet, Bangladesh, in March and told the Dhaka Ledger about the debt.")
    assert m is not None and m.wording == "He"


def test_pronoun_clause_with_a_document_or_relative_clause_is_left_alone() -> None:
    m = find_mention('She showed text messages from her recruiter saying: "Your visa is ready next week."')
    assert m is None or m.wording != "She"
    m = find_mention("He keeps a voice note, recorded in May, in which his brother is shouting and asks for help.")
    assert m is None or m.wording != "He"


INTERVIEW = ("Q&A\n\nA fisherman from Cebu on months at sea\n\n"
             "Ramon Dizon, 33, worked for nine months on a longliner in the western Pacific. He came back to "
             "Cebu, Philippines, in July and talked to Visayas Harbour News at his cousin's shop.\n\n"
             "Q: How were you hired?\n"
             "A: A broker in Manila promised 400 dollars a month. I paid 20,000 pesos for papers and he kept my "
             "passport until the end.\n\n"
             "Q: How long did you work?\n"
             "A: We hauled lines for twenty hours a day and nobody had a rest day.\n")


def test_interview_answers_go_to_the_person_the_introduction_names() -> None:
    a = analyse(INTERVIEW, META)
    assert _speaker(a, "kept my passport") == ("Ramon Dizon", "named_person")
    assert _src(a, "kept my passport") == _src(a, "twenty hours a day")


# -- "Name, age, a description, who said": the named person speaks, not the description between the commas


def test_name_before_apposition_and_who_clause_speaks() -> None:
    m = find_mention("Among the men released was Tomas Quispe, 41, a mason from Arequipa, who said he was never paid.")
    assert m is not None and m.wording == "Tomas Quispe"
    m = find_mention("We met Lucia Flores, who says her supervisor locked the dormitory every night.")
    assert m is not None and m.wording == "Lucia Flores"


def test_description_after_a_place_or_a_body_keeps_its_reading() -> None:
    m = find_mention("The crews came from a camp near Lake Turkana, a site run by a contractor, which said it paid on time.")
    assert m is None or m.wording not in ("Lake Turkana",)
    m = find_mention("Workers were driven to Punta Arenas, a port in the south, where they said the bosses took their papers.")
    assert m is None or m.wording != "Punta Arenas"


# -- a relative clause on a body beside a later named person does not make that person the lede's unnamed one

CLINIC = ("Police freed 25 cleaners from a hotel in Arusha on Friday.\n\n"
          '"They kept our IDs and said we owed $700 for the bus," one of the cleaners, a 22-year-old from Moshi, '
          'told Radio Kilima. "If we were slow they shouted and hit us."\n\n'
          "She said cleaners who asked to leave were locked in a store room.\n\n"
          "Grace Mollel of the aid group Haki Kazi, which has supported families of the trapped cleaners since "
          "June, said the hotel's managers had asked each family for $400.\n")


def test_named_helper_after_a_group_member_is_a_source_of_her_own() -> None:
    a = analyse(CLINIC, META)
    assert _speaker(a, "They kept our IDs")[0] == "one of the cleaners"
    assert _src(a, "locked in a store room") == _src(a, "They kept our IDs")
    assert _src(a, "asked each family") != _src(a, "They kept our IDs")


def test_named_lede_role_still_joins_the_lede() -> None:
    text = ("A labour inspector said on Tuesday that 40 pickers at a farm near Nakuru had not been paid since March.\n\n"
            "Inspector Joseph Wafula, a senior labour inspector, said the farm kept the pickers' identity cards.\n")
    a = analyse(text, META)
    assert _src(a, "not been paid since March") == _src(a, "identity cards")


# -- police ranks abbreviated with a period ("Comr.", "Brig.", "Cpl.") end no sentence and make an officer


def test_abbreviated_police_rank_neither_ends_the_sentence_nor_makes_a_firm() -> None:
    text = '"Nobody here held their own papers," said Comr. Wayan Sudarta, spokesman for the Bali police.'
    assert len([s for s in split(text) if s.kind == "body"]) == 1
    assert classify("Comr. Wayan Sudarta, spokesman for the Bali police") == "official"
    assert classify("Supt. Agnes Wairimu, spokeswoman for the Kisumu police") == "official"
    assert classify("Comr. Wayan Sudarta") == "official"


def test_company_spokesman_without_rank_is_still_the_firm() -> None:
    assert classify("Wayan Sudarta, spokesman for Bali Nickel Ltd") == "organization"


def test_place_after_in_is_no_antecedent_for_he() -> None:
    text = ("Trawler crew taken ashore\n\n"
            "Officers in East Java reported finding 30 unpaid crewmen aboard a trawler at Benoa harbour last week.\n\n"
            "At a briefing, the deputy head of the harbour unit, Cpl. Wayan Sudarta, described the crew's cabins. "
            "He added that the crew had gone four months without wages.\n")
    a = analyse(text, META)
    wording, _ = _speaker(a, "four months without wages")
    assert wording != "East Java"


# -- a named leader of a workers' union speaks as a person; an employers' body's chairman speaks for it


def test_named_union_leader_is_a_person() -> None:
    assert classify("Celia Huanca, president of the Andean Miners' Union") == "named_person"
    assert classify("Oscar Mamani, chairman of the Port Workers Federation of Callao") == "named_person"
    assert classify("Ruth Njoki, general secretary of the Kenya Hotel Workers Union") != "organization"


def test_employer_body_and_company_heads_stay_organizations() -> None:
    assert classify("Oscar Mamani, chairman of the Lima Employers Federation") == "organization"
    assert classify("Oscar Mamani, chairman of the Bus Owners Union of Lima") == "organization"
    assert classify("Oscar Mamani, chairman of Andes Copper Ltd") == "organization"
    assert classify("a spokesman for the Andean Miners' Union") == "organization"


# -- a body told by what it did, then named as a firm in apposition: the firm


def test_described_body_named_as_a_firm_is_the_firm() -> None:
    assert classify("The agency that sent Rosa abroad, Bright Horizon Staffing") == "organization"
    assert classify("The contractor that built the camp, Savanna Works Ltd") == "organization"


def test_described_body_named_as_a_state_body_stays_official() -> None:
    assert classify("The agency that licenses recruiters, the National Employment Authority") == "official"
    assert classify("The ministry that oversees migrant workers, the Ministry of Labour") == "official"
