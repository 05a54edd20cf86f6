"""Shapes found while studying held-out set 421 (forty-fifth session): a source given a role in apposition when named
again, an anonymised case told apart by its number, a source citing kin, a quotation that runs on after "citing ...
said:", a question's opening word taken for a given name, a member's lead-in ("I also note that ..."), turns of a
Japanese record marked with a circle, denials of harm, floors on sums of money, doors locked at an hour, a primer on
sanctions law in numbered questions.
Every text is invented; places are real."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, indicators, polarity_and_indicators, speaker

TRADER = (
    "YANJI, China — North Korean women at a crab plant have been told to pay $60 more each month to the state, a "
    "Yanji-based source told the paper.\n\n"
    '"It used to be $400 a head. Now it is $460," said the source, a driver who delivers ice to the plant, on Friday.'
    "\n\nEach woman sleeps ten to a room in a shed behind the plant, the driver said.\n"
)


def test_a_role_given_in_apposition_when_the_source_is_named_again_names_it_later() -> None:
    first = speaker(TRADER, "have been told to pay")
    later = speaker(TRADER, "sleeps ten to a room")
    assert later[2] == first[2]
    assert later[0] == "a Yanji-based source"


def test_a_role_of_someone_else_is_still_someone_else() -> None:
    text = TRADER.replace("the driver said", "a cook at the plant said")
    assert speaker(text, "sleeps ten to a room")[2] != speaker(text, "have been told to pay")[2]


CASEFILE = (
    "HARBOUR RIGHTS NETWORK\nCasefile: five workers\n\nWe interviewed five North Koreans who worked abroad. Names are "
    "withheld.\n\n"
    "Case 1 — woman, 30, fish plant, Hunchun (Jilin), 2021-2023\n"
    "She said the dormitory was locked every night at ten.\n\n"
    "Case 2 — woman, 30, garment factory, Dandong, 2022-2024\n"
    "She said the manager kept her passport in his safe.\n"
)


def test_an_anonymised_case_is_worded_with_its_number() -> None:
    wording, kind, key = speaker(CASEFILE, "locked every night")
    assert kind == "anonymous_source" and wording is not None and wording.startswith("Case 1")
    assert speaker(CASEFILE, "kept her passport")[2] != key  # the same description, another case


RELATIVE = (
    "A source in Ryanggang province told the paper on Monday that North Korean women at a Yanji fish plant must work "
    "through the holiday.\n\n"
    'The source, citing a cousin who works at the plant, said: "The women were told there is no holiday this year. '
    'They gut fish from five in the morning until midnight."\n\n'
    "The plant employs around 300 North Korean women, the source said. They have not been allowed out since the "
    "summer.\n"
)


def test_the_source_is_not_the_kin_it_cites() -> None:
    assert speaker(RELATIVE, "employs around 300")[2] == speaker(RELATIVE, "must work through")[2]


def test_a_quotation_opened_after_citing_runs_on_in_the_cited_persons_voice() -> None:
    cousin = speaker(RELATIVE, "there is no holiday")
    assert cousin[0] == "a cousin who works at the plant"
    assert speaker(RELATIVE, "They gut fish")[2] == cousin[2]


def test_a_questions_opening_word_is_no_given_name() -> None:
    text = (
        "THE NIGHT DESK — Episode 9\n\nHOST: Tonight, loggers in Siberia.\n\n"
        "REPORTER: I met a man we'll call Mr Park in Seoul. He spent three years at a camp near Tynda.\n\n"
        "MR PARK: We worked sixteen hours a day and the guards kept our passports.\n\n"
        "HOST: Is Park's story typical?\n\nREPORTER: Parts of it.\n\n"
        "MR PARK: Nobody paid us for the winter months.\n"
    )
    wording, _kind, key = speaker(text, "Nobody paid us")
    assert wording is not None and "Is" not in wording.split()
    assert key == speaker(text, "sixteen hours a day")[2]


MINUTES = (
    "House committee on labour: minutes, 3 March 2026\n\n"
    "\u25cb SATO Kenji (member): Thank you. Last month I met a woman who worked at a fish plant in Dandong. She told me "
    "the women were beaten by the manager and their passports were taken.\n\n"
    "\u25cb Chair (ABE Sora): Minister of Labour.\n\n"
    "\u25cb Minister of Labour (ITO Hana): The Government is aware of reports. However, we do not hold information on "
    "how many such workers are at the plants.\n\n"
    "\u25cb Government witness (MORI Jun, Director, Immigration Bureau): The bureau has found no case of forced labour "
    "at the plants the member mentions.\n\n"
    "\u25cb SATO Kenji (member): One more point. I also note that Clear Seas Watch, a group based in Jakarta, says it has recorded nine "
    "escapes from fish plants in Dandong since 2023.\n"
)


def test_a_circle_marked_turn_is_the_labelled_persons() -> None:
    assert speaker(MINUTES, "do not hold information")[:2] == ("ITO Hana", "official")
    assert speaker(MINUTES, "found no case")[:2] == ("MORI Jun", "official")
    assert speaker(MINUTES, "were beaten by the manager")[0] == "a woman who worked at a fish plant in Dandong"


def test_a_members_lead_in_is_no_part_of_the_group_cited() -> None:
    wording, kind, _ = speaker(MINUTES, "nine escapes")
    assert wording is not None and wording.startswith("Clear Seas Watch") and kind == "organization"


def test_a_record_without_circle_marks_is_left_alone() -> None:
    text = MINUTES.replace("\u25cb ", "")
    assert speaker(text, "do not hold information")[0] != "ITO Hana"


# a report in which the sentence under test is one claim among others
LEAD = ("Migrant workers at the Kestrel Timber yard in Khabarovsk described their conditions.\n\n"
        "Two welders said the foreman beat them and kept their passports in his office.\n\n")


def _cues(sentence: str) -> set[str]:
    a = analyse(LEAD + sentence, META)
    return {h.indicator for c in a.claims if c.text.startswith(sentence[:20]) for h in c.indicators}


@pytest.mark.parametrize("sentence", [
    "A welder told us he was never physically hurt.",
    "The guard said none of the crew had been hurt.",
    "The cook said neither of us had been struck or locked up.",
    "The workers were treated fine, nobody hit them, and they had a day off every week.",
])
def test_denials_of_harm_are_negated(sentence: str) -> None:
    polarity, found = polarity_and_indicators(LEAD + sentence, sentence[:20])
    assert polarity == "negated" and not found


def test_a_denial_turned_into_an_admission_is_not_negated() -> None:
    sentence = "The cook said neither of us had been struck, but the foreman locked us in every night."
    assert polarity_and_indicators(LEAD + sentence, sentence[:20])[0] == "affirmed"


@pytest.mark.parametrize("sentence", [
    "Each worker had to bring in no less than $3,000 a month for the party.",
    "A source said each man had to hand over no fewer than 2,000 yuan a month to the state.",
])
def test_a_floor_on_a_sum_of_money_is_no_denial(sentence: str) -> None:
    polarity, found = polarity_and_indicators(LEAD + sentence, sentence[:20])
    assert polarity == "affirmed" and "withholding_of_wages" in found and "deception" not in found


@pytest.mark.parametrize("sentence, indicator", [
    ("A woman said nobody could telephone home.", "isolation"),
    ("Our contact also says the dormitory doors at both plants are locked at 10 p.m.", "restriction_of_movement"),
    ("A researcher said she had heard of padlocked dormitories at other sites.", "restriction_of_movement"),
])
def test_new_cues(sentence: str, indicator: str) -> None:
    assert indicator in _cues(sentence)


@pytest.mark.parametrize("sentence, indicator", [
    ("The office is locked at 6 p.m. every day.", "restriction_of_movement"),
    ("Workers said there were no padlocked dormitories on the farm.", "restriction_of_movement"),
])
def test_new_cues_leave_these_alone(sentence: str, indicator: str) -> None:
    assert indicator not in indicators(sentence)
    assert indicator not in _cues(sentence)


def test_our_contact_again_is_the_contact_met_with_its_qualifier() -> None:
    text = (
        "WEEKLY BRIEF 12\n\n1. Our Harbin-based contact says Korean managers at two shoe factories in Qingdao keep the "
        "stitchers' passports in a safe. Our contact also says the dormitory doors at both factories are locked at 10 "
        "p.m.\n"
    )
    assert speaker(text, "dormitory doors")[2] == speaker(text, "passports in a safe")[2]


PRIMER = (
    "COMPLIANCE NOTE\nRules on North Korean workers abroad, in three questions\nBrightwater Trade Advisers, client "
    "memo, February 2026\n\n"
    "1. What does the UN ask of states?\nResolution 2270 of 2016 stopped states from issuing new work permits to "
    "nationals of North Korea. Late in 2017, Resolution 2397 went further and asked states to repatriate, within two "
    "years, every North Korean earning income on their soil.\n\n"
    "2. Who monitors the rules today?\nThe UN expert panel's mandate ended in 2024. A monitoring team of eleven states "
    "started to publish reports in 2025.\n\n"
    "3. What does American law add?\nUnder CAATSA, goods produced with the labour of North Korean nationals are "
    "presumed to be barred at the border. Rebutting that presumption falls to the importer, and the customs service "
    "demands a lot.\n"
)


def test_a_primer_in_numbered_questions_on_sanctions_law_is_quiet() -> None:
    a = analyse(PRIMER, META)
    assert not a.claims and not a.indicators()


def test_numbered_questions_over_an_account_of_abuse_still_give_claims() -> None:
    text = (
        "INTERVIEW\nA builder back from Russia, in three questions\n\n"
        "1. Where did you work?\nOn a tower block in Vladivostok, for two years.\n\n"
        "2. Were you paid?\nThe manager kept our passports and sent most of our pay to the state. We got $50 a month.\n\n"
        "3. Could you leave the site?\nNo. The gate was locked at night and a guard watched it.\n"
    )
    a = analyse(text, META)
    assert a.claims and a.indicators()


def test_doors_locked_at_an_hour_with_the_place_before_the_verb() -> None:
    from probe_helpers import lexicon_indicators  # noqa: PLC0415

    assert "restriction_of_movement" in lexicon_indicators("The dormitory doors at both plants are locked at 11 p.m.")
    assert "restriction_of_movement" not in lexicon_indicators("The ticket office is locked at 6 p.m. on Sundays.")
