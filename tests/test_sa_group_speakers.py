"""SA: groups, counts and subsets as speakers (all texts invented for these tests)."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of, who
from labourlens.analyse.group_speakers import bare_count, subset_word
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("count", ["Forty-one", "Sixty-two", "Thirty-five", "Fourteen", "Seventeen",
                                   "Ninety", "Eighty-eight", "Seventy respondents", "Fifteen of them"])
def test_spelled_counts_are_unnamed_people(count: str) -> None:
    assert classify(count) == "anonymous_source"


@pytest.mark.parametrize("text, count", [
    ("Forty-one said they were paid late or not at all.", "Forty-one"),
    ("Sixty-three told us their passports were held by the agency.", "Sixty-three"),
    ("- Seventeen said they had no day off in a year.", "Seventeen"),
])
def test_a_spelled_count_speaks_as_worded(text: str, count: str) -> None:
    src = who(text, "said" if "said" in text else "told")
    assert src is not None and src.kind == "anonymous_source" and src.wording == count


def test_subset_words_speak_as_their_own_part_of_the_group() -> None:
    text = ("Tajik and Kyrgyz masons said their recruiter in Samara charged them 30,000 rubles each. "
            "Several said they still owed the company money after five months. "
            "Almost all said the foreman kept their passports.")
    group, several, almost = who(text, "recruiter"), who(text, "still owed"), who(text, "kept their passports")
    assert group is not None and several is not None and almost is not None
    assert several.wording == "Several" and several.kind == "anonymous_source" and several.key != group.key
    assert almost.wording == "Almost all" and almost.key not in (group.key, several.key)


@pytest.mark.parametrize("word", ["Most", "Both", "All of them"])
def test_whole_group_words_stay_the_group(word: str) -> None:
    text = (f"Three cooks from Jos said they were locked in at night. "
            f"{word} said their wages were held for a year.")
    (_, group), (_, later) = speakers_of(text)
    assert group is not None and later is not None and group.key == later.key


def test_most_after_a_subset_is_the_whole_group() -> None:
    text = ("Nurses from Kerala said their contracts were changed on arrival. "
            "Several said they had been threatened with deportation. Most said the agency kept their diplomas.")
    group, most = who(text, "contracts were changed"), who(text, "kept their diplomas")
    assert group is not None and most is not None and group.key == most.key


@pytest.mark.parametrize("joiner", ["; ", ", and ", ", while "])
def test_a_second_speaker_in_a_sentence_is_the_next_she(joiner: str) -> None:
    text = (f"Twenty-six said they were paid late{joiner}one Kenyan woman, Wanjiru Kamau, said she had received "
            f"nothing in nine months. \"Madam said the money was safe with her,\" she told us.")
    src = who(text, "Madam said")
    assert src is not None and src.kind == "named_person" and "Wanjiru Kamau" in (src.wording or "")


def test_a_second_clause_without_a_person_adds_nobody() -> None:
    text = ("Twenty-six said they were paid late, and the agency said it had paid everyone. "
            "\"Madam said the money was safe with her,\" she told us.")
    src = who(text, "Madam said")
    assert src is None or src.kind != "named_person"


def test_a_plural_reference_is_never_one_person() -> None:
    text = ("One Nepali woman, Sita Gurung, said her employer hit her. "
            "The women described working until after midnight.")
    sita, women = who(text, "hit her"), who(text, "after midnight")
    assert sita is not None and sita.wording is not None and "Sita" in sita.wording
    assert women is None or women.key != sita.key


def test_group_helpers() -> None:
    assert bare_count("Forty-one") and bare_count("58") and bare_count("Several") and bare_count("Almost all")
    assert not bare_count("Forty-one cooks") and not bare_count("Kim") and not bare_count("the women")
    assert subset_word("several") and subset_word("almost all")
    assert not subset_word("most") and not subset_word("both")


@pytest.mark.parametrize("rest", ["The remaining 18", "The other 12", "The rest"])
def test_the_rest_of_a_counted_group_speaks_as_worded(rest: str) -> None:
    text = (f"Forty-two of the 60 loggers surveyed by the union said they had no rest day. "
            f"{rest} said they were allowed one day a month.")
    first, later = who(text, "no rest day"), who(text, "one day a month")
    assert first is not None and later is not None and later.wording == rest and later.key != first.key


def test_the_rest_of_the_money_is_no_speaker() -> None:
    assert classify("the rest of the money") is None


@pytest.mark.parametrize("text, speaker", [
    ("Dozens of Vietnamese workers said they were housed in containers.", "Dozens of Vietnamese workers"),
    ("Seafarers stranded in the port of Jeddah say they have not been paid since March.",
     "Seafarers stranded in the port of Jeddah"),
    ("A majority of the women surveyed said they were not allowed to leave.", "A majority of the women surveyed"),
    ("Roughly a third of the interviewees said they were beaten.", "Roughly a third of the interviewees"),
    ("Hundreds of Kyrgyz builders say their wages were held back.", "Hundreds of Kyrgyz builders"),
])
def test_groups_counted_by_a_rough_share_speak(text: str, speaker: str) -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention(text)
    assert m is not None and m.wording == speaker and classify(m.wording) == "anonymous_source"


@pytest.mark.parametrize("np", ["the majority of the money", "Thousands of dollars", "Dozens of containers"])
def test_shares_of_things_are_no_speakers(np: str) -> None:
    assert classify(np) is None


@pytest.mark.parametrize("subject", ["Dozens of other welders on the site", "Three of the men on the tower"])
def test_a_group_that_is_said_to_be_owed_pay_is_not_the_speaker(subject: str) -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention(f"{subject} are said to be owed several months of pay as well, he added.")
    assert m is not None and m.wording == "he"


def test_an_ordinal_person_is_not_a_share_of_a_group() -> None:
    assert classify("A third worker, Ri Chol-su, who left the crew in 2024") == "named_person"
    assert classify("A third of the interviewees") == "anonymous_source"


@pytest.mark.parametrize("text, speaker", [
    ("The camp lies 80 km from Surgut; workers told us the drying room had burned down.", "workers"),
    ("Rents are high in Doha, and cleaners told us they share beds in shifts.", "cleaners"),
    ("The season was short; Uzbek loggers told researchers the camp has no doctor.", "Uzbek loggers"),
])
def test_a_bare_group_opening_a_second_clause_speaks(text: str, speaker: str) -> None:
    from labourlens.analyse.mentions import find_mention

    m = find_mention(text)
    assert m is not None and m.wording == speaker


def test_things_opening_a_second_clause_do_not_speak() -> None:
    from labourlens.analyse.mentions import find_mention

    assert find_mention("The plant is large; trucks told us nothing about the cargo.") is None
    # in a report's findings, "..., and workers said ..." stays the report's voice
    assert find_mention("Wages go to the company, and workers said they received about 30 dinars.") is None
