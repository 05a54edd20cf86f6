"""Press-conference and interview lines labelled with a bare name.

A person named by name alone ("Lin Qiao: ...", "Mao Ning said") whom the text introduced earlier
with a title that speaks for a body ("Foreign Ministry Spokesperson Lin Qiao") keeps that body's kind;
the sentences after a labelled line are the labelled speaker's, not those of the last person the
document names anywhere. Names, bodies and companies are invented for the tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.source_names import titled_kind

META = {"published": "2024-05-01", "language": "en"}

BRIEFING = """Foreign Ministry Spokesperson Lin Qiao's Regular Press Conference on March 12, 2024

Q: A report by a US-based group says North Korean workers at seafood plants in Liaoning are not paid and are confined to their dormitories. What is China's response?

Lin Qiao: I am not aware of the specifics. China has always managed foreign workers in accordance with the law. The so-called forced labour is a lie.

Q: Will China inspect the plants?

Lin Qiao: I would refer you to the competent authorities.

Key findings of the report

Workers reported that their passports were held by the company and that they were beaten for resting.
"""


def _speakers(text: str) -> list[tuple[str, str, str]]:
    a = analyse(text, META)
    sources = {s.key: s for s in a.sources}
    return [(c.text, sources[c.source].kind, sources[c.source].wording or "") for c in a.claims]


def test_a_titled_name_keeps_its_kind_when_the_name_comes_back_alone() -> None:
    context = "Foreign Ministry Spokesperson Lin Qiao's Regular Press Conference\n\nQ: ...\n\n"
    assert titled_kind(context, "Lin Qiao", "named_person") == "official"
    assert titled_kind("The plant's director, Harbour Foods chief executive Ana Ruiz, spoke.\n",
                       "Ana Ruiz", "named_person") == "organization"


def test_a_name_introduced_without_a_title_stays_a_named_person() -> None:
    assert titled_kind("Former welder Ana Ruiz spent four years in Russia.\n", "Ana Ruiz", "named_person") == "named_person"
    assert titled_kind("Nothing here names her.\n", "Ana Ruiz", "named_person") == "named_person"
    # the words before the name belong to another sentence: "... in Amur Oblast. Tom Rhee, welcome."
    assert titled_kind("He tracked men at a camp in Amur Oblast. Tom Rhee, welcome.\n", "Tom Rhee",
                       "named_person") == "named_person"


def test_a_firm_named_before_an_executive_role_speaks_for_the_firm() -> None:
    from labourlens.analyse.speakers import classify

    assert classify("Harbour Foods chief executive Ana Ruiz") == "organization"
    assert classify("Baltic Hull Services director Jan Nowak") == "organization"
    assert classify("Labour Watch Institute director Ana Ruiz") == "named_person"  # a group's staff: a person
    assert classify("Harbour Foods former manager Ana Ruiz") == "named_person"


def test_the_labelled_spokesperson_is_an_official_for_the_whole_answer() -> None:
    rows = _speakers(BRIEFING)
    answer = [r for r in rows if "managed foreign workers" in r[0] or "so-called forced labour" in r[0]]
    assert len(answer) == 2
    assert all(kind == "official" and wording == "Lin Qiao" for _, kind, wording in answer)


def test_answer_sentences_do_not_go_to_a_later_source() -> None:
    rows = _speakers(BRIEFING)
    later = [r for r in rows if r[0].startswith("Workers reported")]
    assert later and later[0][2] == "Workers"
    assert all(wording == "Lin Qiao" for text, _, wording in rows if "managed foreign workers" in text)


INTERVIEW_THEN_ANOTHER = """Park Ji-hoon, a researcher at Seoul Labour Watch, spent two years interviewing former workers sent to seafood plants in Dandong.

Q: What did they tell you about their wages?

A: The company paid the wages to a North Korean manager, not to the women. The women received about 300 yuan a month.

Q: Could they leave the dormitory?

A: No. The dormitory was locked at night and guards watched the gate.

Another researcher, Choi Eun-ji of the Korea Migration Centre, said such dormitories were common across the region.
"""


def test_answers_never_go_to_a_person_the_text_introduces_after_them() -> None:
    rows = _speakers(INTERVIEW_THEN_ANOTHER)
    answers = [r for r in rows if "North Korean manager" in r[0] or "locked at night" in r[0]]
    assert len(answers) == 2 and all(w == "Park Ji-hoon" for _, _, w in answers)
    later = [r for r in rows if "common across the region" in r[0]]
    assert later and later[0][1] == "named_person" and "Choi Eun-ji" in later[0][2]


def test_a_name_with_an_affiliation_in_apposition_is_found() -> None:
    from labourlens.analyse.speakers import classify, name_in

    phrase = "Another researcher, Choi Eun-ji of the Korea Migration Centre"
    assert classify(phrase) == "named_person" and name_in(phrase) == "Choi Eun-ji"
    assert name_in("One worker, Kim Chol from Chongjin") == "Kim Chol"


def test_notice_field_labels_are_no_speakers() -> None:
    from labourlens.analyse.mentions import find_mention

    for line in ("Fees: 900 zloty for members, 1,200 zloty for others.", "Venue: Hotel Baltyk, Gdynia.",
                 "Contact: press office, weekdays only.", "Registration: open until 1 June."):
        assert find_mention(line) is None
    m = find_mention("Lin Qiao: I am not aware of the specifics.")
    assert m is not None and m.wording == "Lin Qiao"
