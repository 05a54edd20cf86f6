"""Probes for the classes of miss found when heldout175 (seasonal and guest workers in Pacific and North American farm
and meat schemes) was opened for study (branch diag175). Every text is written for these tests, in our own wording:
names, firms and figures are invented (places and currencies are real); each class has controls that must not
change."""

from __future__ import annotations

from probe_helpers import lexicon_indicators, speaker

META = {"published": "2026-11-20", "language": "en"}

# ---------------------------------------------------------------- deception: the job, the riches, money for what was free


def test_told_it_would_be_other_work_is_deception() -> None:
    assert "deception" in lexicon_indicators("The recruiter told us it would be picking work in a glasshouse.")
    assert "deception" in lexicon_indicators("They had been told the job would be packing apples, not gutting fish.")
    assert "deception" in lexicon_indicators("The agent said we would get rich in one season.")


def test_told_it_would_be_work_controls() -> None:
    assert "deception" not in lexicon_indicators("We were told it would be hard work from the start.")
    assert "deception" not in lexicon_indicators("The forecast said it would be cold in Otago next week.")


def test_money_for_what_was_already_paid_is_deception() -> None:
    assert "deception" in lexicon_indicators(
        "Families were told the fee was for visas, which the employer already pays under the rules.")
    assert "deception" in lexicon_indicators(
        "Pickers in Mildura were billed A$60 a week for a bus ride they had been promised free.")


def test_money_for_what_was_paid_controls() -> None:
    assert "deception" not in lexicon_indicators("The board said it already pays the levy each spring.")
    assert "deception" not in lexicon_indicators("Tickets for the concert were free for pensioners.")


# ---------------------------------------------------------------- isolation: no way to town, no visitors


def test_no_way_to_town_and_no_visitors_are_isolation() -> None:
    assert "isolation" in lexicon_indicators("The farm is 40 km out and the men have no way to get to town on Sundays.")
    assert "isolation" in lexicon_indicators("A notice in the hostel says tenants cannot receive visitors after dark.")


def test_isolation_controls() -> None:
    assert "isolation" not in lexicon_indicators("The bus to town leaves at seven every morning.")
    assert "isolation" not in lexicon_indicators("The museum will receive visitors again from March.")


# ---------------------------------------------------------------- intimidation: complainers not called back


def test_left_off_next_seasons_list_is_intimidation() -> None:
    assert "intimidation_and_threats" in lexicon_indicators(
        "Two pickers who spoke to the union were dropped from next season's list.")
    assert "intimidation_and_threats" in lexicon_indicators(
        "Her name was removed after she complained to the Fair Work Ombudsman.")


def test_season_list_controls() -> None:
    assert "intimidation_and_threats" not in lexicon_indicators("The grower published next season's list of varieties.")
    assert "intimidation_and_threats" not in lexicon_indicators("The stain was removed after they washed the van.")


# ---------------------------------------------------------------- crowding in seasonal housing; hands cut at the line


def test_crowded_seasonal_housing() -> None:
    assert "abusive_working_and_living_conditions" in lexicon_indicators("The Tongan crew lived twelve to a house in Motueka.")
    assert "abusive_working_and_living_conditions" in lexicon_indicators(
        "At the Renmark block 22 workers shared one bathroom and a leaking roof.")
    assert "abusive_working_and_living_conditions" in lexicon_indicators(
        "Mele said she shared a caravan with six other women all winter.")
    assert "abusive_working_and_living_conditions" in lexicon_indicators(
        "Three boners at the abattoir crushed their fingers in the same week.")


def test_crowding_controls() -> None:
    assert "abusive_working_and_living_conditions" not in lexicon_indicators("The couple shared a room with a view.")
    assert "abusive_working_and_living_conditions" not in lexicon_indicators("The grower cut prices to win the contract.")
    assert "abusive_working_and_living_conditions" not in lexicon_indicators("The town has two to a house on average.")


# ---------------------------------------------------------------- abuse of vulnerability: fear of losing a tied place


def test_fear_of_losing_place_on_scheme() -> None:
    assert "abuse_of_vulnerability" in lexicon_indicators("He stayed silent, afraid of losing his place in the programme.")
    assert "abuse_of_vulnerability" in lexicon_indicators("The men feared losing their visas if they spoke up.")


def test_fear_of_losing_controls() -> None:
    assert "abuse_of_vulnerability" not in lexicon_indicators("The club feared losing its place in the league.")


# ---------------------------------------------------------------- "N men shared three bedrooms": no speakers

SHARED = ("Otago Weekly\n\nCrowded cottages\n\n"
          "Kiribati workers on a cherry orchard near Cromwell described their housing to the Weekly.\n\n"
          "In one cottage we saw, 11 men shared two bedrooms and a garage, each paying NZ$170 a week.\n\n"
          "The orchard said the rent was fair.\n")


def test_many_men_sharing_bedrooms_is_the_page() -> None:
    wording, kind, key = speaker(SHARED, "11 men shared two bedrooms", META)
    assert key == "OUTLET" or kind == "outlet"


def test_shared_story_control() -> None:
    text = ("Otago Weekly\n\nVoices\n\nKiribati workers on a cherry orchard near Cromwell spoke to the Weekly.\n\n"
            "Four workers shared that their passports were held by the contractor.\n")
    wording, _kind, _key = speaker(text, "passports were held", META)
    assert wording is not None and "workers" in wording


# ---------------------------------------------------------------- "their church minister" then the named reverend

CLERGY = ("Porirua Times\n\nFees for flights\n\n"
          "PORIRUA - Nine Tongan men working on a kiwifruit block near Te Puke paid a recruiter up to 2,000 pa'anga "
          "each, according to their pastor.\n\n"
          "Reverend Sione Havili, who serves a Tongan parish in Porirua, said the men were still repaying the money.\n\n"
          "One of the men, Tevita Fifita, 29, said the supervisor shouted at them daily.\n")


def test_possessive_role_lede_named_by_clergy_title() -> None:
    a = speaker(CLERGY, "paid a recruiter up to", META)
    b = speaker(CLERGY, "still repaying the money", META)
    assert a[2] == b[2]
    c = speaker(CLERGY, "shouted at them daily", META)
    assert c[2] != b[2]


def test_possessive_lede_control_other_role() -> None:
    text = ("Porirua Times\n\nFees\n\nNine men paid a recruiter up to 2,000 pa'anga each, according to their lawyer.\n\n"
            "Reverend Sione Havili, who serves a parish in Porirua, said the men were still repaying the money.\n")
    assert speaker(text, "paid a recruiter", META)[2] != speaker(text, "still repaying", META)[2]


# ---------------------------------------------------------------- "The supervisor kept saying ..." in a worker's answer

QA = ("Harbour Review - Interviews\n\nA season at the cannery\n\n"
      "Losana Tui, 31, from Lautoka, spent a year at a fish cannery in Western Australia.\n\n"
      "Q: Could you change jobs?\n"
      "A: No. My visa named the cannery. Our team leader kept telling us that anyone who left would be sent home.\n")


def test_kept_saying_in_an_answer_is_the_worker() -> None:
    wording, kind, _key = speaker(QA, "anyone who left would be sent home", META)
    assert wording is not None and "Losana Tui" in wording and kind == "named_person"


def test_kept_saying_control_plain_speaker() -> None:
    text = ("Harbour Review\n\nCannery\n\nFijian workers at a fish cannery in Western Australia described their "
            "season.\n\nLosana Tui said her visa named the cannery and her passport was kept by the firm. "
            "The cannery's manager has repeatedly said that no worker's passport was kept by the firm.\n")
    wording, _kind, _key = speaker(text, "no worker's passport", META)
    assert wording is not None and "manager" in wording
